"""English translations of the demo network, made with wagtail-localize's own machinery.

Each object gets what a translator working in the admin would leave behind: a
``TranslationSource`` with its segments, an enabled ``Translation`` into English, a
``StringTranslation`` for every string segment and a published English page (or snippet). So
editors see the demo's English pages as synced translations: the translation editor, "Sync
translated pages" and PO export work on them.

The English text comes from dictionaries next to the Russian data, keyed by the Russian source
string (``home/demo_english.py``, ``partners/demo/english.py``, ``publications/demo/english.py``).
A string with no Cyrillic letter in it (a slug, a timecode, an address on the web) stays as it
is. Any other string without an English entry stops the load: the demo has no half-translated
pages.
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

ENGLISH = "en"
CYRILLIC = re.compile("[А-Яа-яЁё]")
TAG = re.compile(r"</?[a-z][^>]*>")


class MissingEnglish(Exception):
    """Russian demo text without an English entry (or with mismatched inline tags)."""


def english_locale():
    locale, _ = Locale.objects.get_or_create(language_code=ENGLISH)
    return locale


def english_for(text, english):
    """The English string for a Russian source string, or None when there is none."""
    if text in english:
        return english[text]
    return None if CYRILLIC.search(text) else text


def is_translated(instance, locale):
    """True when ``instance`` already has a synced (wagtail-localize) translation into locale."""
    target = instance.get_translation_or_none(locale)
    if target is None or getattr(target, "alias_of_id", None):
        # Missing, or an alias made by wagtail-localize's tree synchronisation: translate it.
        return False
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        source__locale_id=instance.locale_id,
        target_locale=locale,
    ).exists()


def has_new_english(instance, english):
    """True when ``instance`` has Russian strings its translation source lacks and the demo has
    English for all of them (a database loaded before they became translatable). Edits made
    since by hand, with no English in the demo data, are left alone."""
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return False
    known = set(source.stringsegment_set.values_list("context__path", "string__data"))
    new = [
        segment.string.data
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
        and (segment.path, segment.string.data) not in known
    ]
    return bool(new) and all(english_for(text, english) is not None for text in new)


def list_items_to_block_format(page):
    """Re-publish ``page`` if a StreamField of it keeps list items in the old plain-list
    format (demo databases loaded before list items got ids): wagtail-localize does not
    extract such items, so they would stay Russian. Returns True if the page was changed."""
    changed = False
    for field in page._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        value = getattr(page, field.name)
        before = json.dumps(list(value.raw_data), cls=DjangoJSONEncoder, sort_keys=True)
        for _child in value:  # binding every block makes list blocks write their item ids
            pass
        after = json.dumps(value.get_prep_value(), cls=DjangoJSONEncoder, sort_keys=True)
        if after != before:
            setattr(page, field.name, json.loads(after))
            changed = True
    if changed:
        page.save_revision(log_action=True).publish()
        page.refresh_from_db()
    return changed


@transaction.atomic
def translate(instance, english, locale=None):
    """Translate ``instance`` into English with the strings from ``english`` (a dict keyed by
    the Russian source string). Returns (english instance, created); does nothing when the
    instance already has a synced translation, so a second run changes nothing — unless the
    instance has new translatable strings (see ``has_new_english``): then the translation is
    brought up to date with them.

    A page's parent must be translated first (wagtail-localize raises
    ``ParentNotTranslatedError`` otherwise): callers go top-down.
    """
    locale = locale or english_locale()
    if isinstance(instance, Page):
        instance = instance.specific
    created = not is_translated(instance, locale)
    if not created:
        target = instance.get_translation(locale)
        if not has_new_english(instance, english):
            return target, False
        # Content the source did not extract yet (an inline model or a field that became
        # translatable after the first load): update the existing translation.
        TranslationSource.update_or_create_from_instance(instance)

    elif isinstance(instance, Page) and list_items_to_block_format(instance):
        # The content changed: a source made by an earlier run must see it.
        TranslationSource.update_or_create_from_instance(instance)
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )

    missing = []
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = segment.string.data
        data = english_for(text, english)
        if data is None or sorted(TAG.findall(data)) != sorted(TAG.findall(text)):
            missing.append(text)
            continue
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data, "translation_type": "manual"},
        )
    if missing:
        listed = "\n".join(f"  {text!r}" for text in missing)
        raise MissingEnglish(
            f"{type(instance).__name__} «{instance}»: no English (or different inline tags) "
            f"for\n{listed}"
        )

    # What ``Translation.save_target(publish=True)`` does, with two differences: a missing
    # string is an error rather than a fallback to Russian, and the page is published now
    # instead of when the outermost transaction commits (``save_target`` defers it with
    # ``transaction.on_commit``, which never runs inside a test's transaction).
    is_page = isinstance(instance, Page)
    target, _ = source.create_or_update_translation(
        locale, publish=not is_page, copy_parent_pages=False, fallback=False
    )
    if is_page:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target, created


def translate_all(instances, english, report, label):
    """Translate every instance (in the order given: parents first) and report the counts."""
    locale = english_locale()
    created = existing = 0
    for instance in instances:
        _, was_created = translate(instance, english, locale)
        created += was_created
        existing += not was_created
    report(label, created=created, existing=existing)


def leftover_cyrillic(text, allowed=()):
    """Words of ``text`` with Cyrillic letters in them, after removing the allowed names."""
    for name in allowed:
        text = text.replace(name, " ")
    return sorted({word for word in re.findall(r"\S+", text) if CYRILLIC.search(word)})
