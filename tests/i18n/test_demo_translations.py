"""The demo network's English version: real wagtail-localize translations, rendered in English.

``load_demo`` runs once for the module (the ``demo`` fixture, rolled back afterwards); its
second pass (``load_translations`` of each demo module) translates the home page, the pages
about the network, every seed taxonomy term, four partners and part of their material.
"""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation as django_translation
from wagtail.models import Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from home.demo_translation import CYRILLIC, leftover_cyrillic
from home.models import HomePage, StandardPage
from home.models.taxonomies import TAXONOMY_MODELS
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import (
    ContestIndexPage,
    ContestRegulationPage,
    EventIndexPage,
    EventPage,
    ExperiencePublicationPage,
    PublicationIndexPage,
    WebinarIndexPage,
    WebinarPage,
)

# Where a page shows its own translatable content (as opposed to interface labels, which the
# gettext catalogues translate, and synchronised fields: documents, taxonomy terms, partners).
CONTENT = (
    "h1",
    "p.lead",
    ".stream",
    "section.rich-text",
    ".resource__title",
    ".resource p",
    "ul.facts",
    "ol.chapters",
    ".transcript__text",
)

MINIMUM = [
    (HomePage, 1),
    (StandardPage, 4),
    (PartnerIndexPage, 1),
    (PartnerPage, 4),
    (PublicationIndexPage, 1),
    (ContestIndexPage, 1),
    (WebinarIndexPage, 1),
    (ExperiencePublicationPage, 6),
    (ContestRegulationPage, 2),
    (WebinarPage, 2),
    (EventIndexPage, 1),
    (EventPage, 1),
]


@pytest.fixture
def loaded(demo, db):
    return demo


def english(model):
    return model.objects.filter(locale__language_code="en")


def russian(model):
    return model.objects.filter(locale__language_code="ru")


def english_pages():
    return list(english(Page).exclude(depth=1).specific().order_by("path"))


def render(client, page):
    with django_translation.override("en"):
        response = client.get(page.get_url())
    return response, response.content.decode()


def main_soup(html):
    return BeautifulSoup(html.split('<main id="main"')[1].split("</main>")[0], "html.parser")


def content_text(html):
    soup = main_soup(html)
    for badge in soup.select(".badge"):  # block-type labels: interface, not content
        badge.decompose()
    return "\n".join(
        element.get_text(" ") for selector in CONTENT for element in soup.select(selector)
    )


def source_of(page):
    return TranslationSource.objects.get(object_id=page.translation_key, locale__language_code="ru")


# What is translated ---------------------------------------------------------------------------


def test_english_pages_meet_the_minimums(loaded):
    counts = {model.__name__: english(model).live().count() for model, _ in MINIMUM}
    assert counts == {
        model.__name__: max(counts[model.__name__], minimum) for model, minimum in MINIMUM
    }
    # Every information page the demo creates, and partners of at least four types.
    assert english(StandardPage).count() == russian(StandardPage).count()
    types = set(english(PartnerPage).values_list("organisation_type__slug", flat=True))
    assert len(types) >= 4


def test_every_seed_term_and_every_term_in_use_has_an_english_version(loaded):
    for model in TAXONOMY_MODELS:
        ru = dict(russian(model).values_list("translation_key", "slug"))
        en = dict(english(model).values_list("translation_key", "name"))
        assert set(ru) <= set(en), model.__name__
        assert not [name for name in en.values() if CYRILLIC.search(name)], model.__name__
        # The slug (what filters put in addresses) is the same in both languages.
        assert set(english(model).values_list("slug", flat=True)) == set(ru.values())


def test_each_english_page_is_a_synced_translation_of_its_russian_source(loaded):
    pages = english_pages()
    assert len(pages) >= sum(minimum for _, minimum in MINIMUM)
    for page in pages:
        assert page.live and not page.alias_of_id, page.url_path
        source = source_of(page)
        assert type(source.get_source_instance()) is type(page)
        assert Translation.objects.filter(
            source=source, target_locale=page.locale, enabled=True
        ).exists(), page.url_path
        assert TranslationLog.objects.filter(source=source, locale=page.locale).exists()
        # Every string segment has its English string: nothing falls back to Russian.
        segments = StringSegment.objects.filter(source=source).annotate_translation(page.locale)
        assert segments.exists()
        assert not [s.string.data for s in segments if not s.translation], page.url_path
        # Its parent is the English version of the Russian page's parent (top-down).
        ru_parent = source.get_source_instance().get_parent()
        if ru_parent.depth > 1:
            assert page.get_parent().translation_key == ru_parent.translation_key
            assert page.get_parent().locale_id == page.locale_id


def test_slugs_are_synchronised(loaded):
    for page in english_pages():
        if page.depth > 2:  # the English home page sits beside the Russian one
            assert page.slug == source_of(page).get_source_instance().slug


# What visitors see ----------------------------------------------------------------------------


def test_each_english_page_renders_in_english(client, loaded):
    for page in english_pages():
        response, html = render(client, page)
        assert response.status_code == 200, page.url_path
        assert page.get_url().startswith("/en/")
        assert '<html lang="en">' in html, page.url_path
        soup = main_soup(html)
        assert soup.h1.get_text(" ", strip=True) == page.title
        assert page.title in BeautifulSoup(html, "html.parser").title.get_text()


# Names kept as they are in Russian on purpose: none so far (organisations, people and places
# are translated or transliterated in the English data).
KEPT_NAMES = ()


def test_no_russian_left_in_the_content_of_english_pages(client, loaded):
    leftovers = {}
    for page in english_pages():
        _, html = render(client, page)
        text = content_text(html)
        assert text.strip(), page.url_path
        words = leftover_cyrillic(text, KEPT_NAMES)
        if words:
            leftovers[page.url_path] = words
        # The same parts of the Russian page are Russian: the check looks at the right places.
        _, html = render(client, source_of(page).get_source_instance())
        assert leftover_cyrillic(content_text(html)), page.url_path
    assert leftovers == {}


# What may stay Russian in <main> of an English page, and nothing else: the titles of the
# attached documents (Russian files keep their Russian titles; their descriptions are
# translated), agreement numbers («СВ-2023/01») and free tags (taggit's tags are one shared
# vocabulary, which wagtail-localize does not translate).
KEPT_RUSSIAN_ELEMENTS = (".document > a", "ul.tags")
AGREEMENT_NUMBER = re.compile(r"СВ-[\d/]+")


def main_text_without_kept_russian(html):
    soup = main_soup(html)
    for element in soup.select(", ".join(KEPT_RUSSIAN_ELEMENTS)):
        element.decompose()
    return AGREEMENT_NUMBER.sub(" ", soup.get_text(" "))


def test_no_russian_left_anywhere_in_the_main_content(client, loaded):
    leftovers = {}
    for page in english_pages():
        _, html = render(client, page)
        words = leftover_cyrillic(main_text_without_kept_russian(html), KEPT_NAMES)
        if words:
            leftovers[page.url_path] = words
    assert leftovers == {}


def test_the_allow_list_is_not_wider_than_what_it_allows():
    html = (
        '<main id="main"><ul class="document-list"><li class="document"><a href="/d">Положение'
        '</a><span class="document__description">Положение</span></li></ul>'
        '<p>№ СВ-2023/01 Совместные проекты</p><ul class="tags"><li>театр</li></ul></main>'
    )
    assert leftover_cyrillic(main_text_without_kept_russian(html)) == [
        "Положение",
        "Совместные",
        "проекты",
    ]


def test_english_pages_link_partners_in_english(client, loaded):
    """Co-authoring partners and speakers' organisations: the English page of a partner that
    has one, the Russian page of one that has none (both on the same page, in one query)."""
    page = english(WebinarPage).filter(speakers__partner__isnull=False).distinct().first()
    assert page is not None
    speakers = page.speaker_list()
    shown = [speaker.partner_page for speaker in speakers if speaker.partner_page]
    assert shown
    _, html = render(client, page)
    for partner in shown:
        translation = partner.specific.get_translation_or_none(page.locale)
        expected = translation if translation and translation.live else partner
        assert partner.pk == expected.pk
        assert f'href="{expected.get_url()}"' in html

    material = next(
        (
            material
            for model in (ExperiencePublicationPage, ContestRegulationPage, WebinarPage)
            for material in english(model).filter(co_partners__isnull=False).distinct()
        ),
        None,
    )
    assert material is not None
    # And a partner without an English version: linked in Russian.
    untranslated = (
        russian(PartnerPage)
        .live()
        .exclude(translation_key__in=english(PartnerPage).values("translation_key"))[0]
    )
    material.co_partners.add(untranslated)
    material.save()
    material = type(material).objects.get(pk=material.pk)
    co_partners = list(material.co_partners.all())
    assert all(partner.locale.language_code == "ru" for partner in co_partners)
    with CaptureQueriesContext(connection) as queries:
        listed = material.co_partner_list()
    assert len(queries) == 2  # the co-partners, then all their translations at once
    _, html = render(client, material)
    for partner, link in zip(co_partners, listed, strict=True):
        translation = partner.get_translation_or_none(material.locale)
        if translation and translation.live:
            assert link.pk == translation.pk and link.locale_id == material.locale_id
        else:
            assert link.pk == partner.pk
        assert f'href="{link.get_url()}">{link.title}</a>' in html
    assert {link.locale.language_code for link in listed} == {"en", "ru"}


# What editors see -----------------------------------------------------------------------------


def test_editors_get_the_translation_editor_and_po_export(client, loaded, django_user_model):
    admin = django_user_model.objects.create_superuser("translator", "t@example.org", "x")
    client.force_login(admin)
    partner = english(PartnerPage).first()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[partner.pk]))
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()

    translation = Translation.objects.get(source=source_of(partner), target_locale=partner.locale)
    po = translation.export_po()
    assert len(po) and all(entry.msgstr for entry in po)
    assert not [entry.msgstr for entry in po if CYRILLIC.search(entry.msgstr)]


def test_sync_translated_pages_keeps_the_english(loaded, django_capture_on_commit_callbacks):
    """What "Sync translated pages" does after the Russian page changed."""
    page = english(ExperiencePublicationPage).first()
    title = page.title
    source = source_of(page)
    ru = source.get_source_instance()
    ru.search_description = "Новое описание для поисковиков"
    ru.save_revision().publish()
    source.update_from_db()
    segment = StringSegment.objects.get(source=source, string__data=ru.search_description)
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=page.locale,
        context=segment.context,
        data="A new description for search engines",
    )
    translation = Translation.objects.get(source=source, target_locale=page.locale)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    page.refresh_from_db()
    assert page.search_description == "A new description for search engines"
    assert page.title == title
    assert page.live and not page.has_unpublished_changes


# Idempotence ----------------------------------------------------------------------------------


def test_a_second_load_creates_no_translation(loaded):
    def counts():
        return {
            "english pages": english(Page).count(),
            "revisions": Revision.objects.count(),
            "sources": TranslationSource.objects.count(),
            "translations": Translation.objects.count(),
            "strings": StringTranslation.objects.count(),
            "logs": TranslationLog.objects.count(),
            "terms": sum(english(model).count() for model in TAXONOMY_MODELS),
        }

    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    lines = [line for line in out.getvalue().splitlines() if "Английская версия" in line]
    assert len(lines) == 11
    assert all(re.search(r"\b0\b.*\b[1-9]\d*\b", line) for line in lines), lines
    assert "load_translations" in loaded.output
