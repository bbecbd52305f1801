"""Making inline (ParentalKey) child models of pages translatable when they already have rows.

Wagtail's ``BootstrapTranslatableModel`` gives every existing row a new translation key and the
default locale. For a page's inline objects that is not enough: an English page made with
wagtail-localize before the change holds copies of the Russian page's objects, which must get
the English page's locale and the same translation keys as the objects they were copied from
(wagtail-localize matches a page's children with their translations by translation key). So
``BootstrapInlineTranslatableModel`` fills the two fields the way wagtail-localize would have:

* ``locale`` — the locale of the object's page;
* ``translation_key`` — a new key for each object of a source page (one in the default
  language, or the first of its translation group); the objects of the page's translations
  take the keys of the source page's objects in the same position, a new key when there is
  none.

It also writes the two fields into the latest and the live revision of each page, so the
editor (which builds its form from the latest revision) and publishing keep the keys.
"""

import uuid
from collections import defaultdict

from django.conf import settings
from django.db import migrations
from wagtail.coreutils import get_supported_content_language_variant


def bootstrap_inline_translatable_model(apps, model_string, language_code=None):
    model = apps.get_model(model_string)
    Page = apps.get_model("wagtailcore.Page")
    Locale = apps.get_model("wagtailcore.Locale")
    Revision = apps.get_model("wagtailcore.Revision")
    language_code = language_code or get_supported_content_language_variant(settings.LANGUAGE_CODE)
    default_locale_id = (
        Locale.objects.filter(language_code=language_code).values_list("pk", flat=True).first()
    )
    parental_key = model._meta.get_field("page")
    relation = parental_key.remote_field.related_name

    rows = defaultdict(list)  # page id -> [child pk] in display order
    for pk, page_id in (
        model.objects.filter(translation_key__isnull=True)
        .order_by("page_id", "sort_order", "pk")
        .values_list("pk", "page_id")
    ):
        rows[page_id].append(pk)
    if not rows:
        return

    pages = {
        page["pk"]: page
        for page in Page.objects.filter(pk__in=rows).values(
            "pk", "locale_id", "translation_key", "latest_revision_id", "live_revision_id"
        )
    }
    groups = defaultdict(list)
    for page in sorted(pages.values(), key=lambda page: page["pk"]):
        groups[page["translation_key"]].append(page)

    values = {}  # child pk -> (translation key, locale id)
    for group in groups.values():
        source = next((page for page in group if page["locale_id"] == default_locale_id), group[0])
        keys = [uuid.uuid4() for _ in rows[source["pk"]]]
        for page in group:
            for position, pk in enumerate(rows[page["pk"]]):
                key = keys[position] if position < len(keys) else uuid.uuid4()
                values[pk] = (key, page["locale_id"])

    for instance in model.objects.filter(pk__in=values).only("pk"):
        instance.translation_key, instance.locale_id = values[instance.pk]
        instance.save(update_fields=["translation_key", "locale"])

    revision_ids = {
        revision_id
        for page in pages.values()
        for revision_id in (page["latest_revision_id"], page["live_revision_id"])
        if revision_id
    }
    for revision in Revision.objects.filter(pk__in=revision_ids):
        changed = False
        for child in revision.content.get(relation) or []:
            if child.get("pk") in values and not child.get("translation_key"):
                key, locale_id = values[child["pk"]]
                child["translation_key"] = str(key)
                child["locale"] = locale_id
                changed = True
        if changed:
            revision.save(update_fields=["content"])


class BootstrapInlineTranslatableModel(migrations.RunPython):
    """``BootstrapTranslatableModel`` for a page's inline model: see the module docstring."""

    def __init__(self, model_string, language_code=None):
        def forwards(apps, schema_editor):
            bootstrap_inline_translatable_model(apps, model_string, language_code)

        super().__init__(forwards, migrations.RunPython.noop)
