"""Query cost of the public pages: a listing costs the same with 10 items as with 200, and
stays within budget; a detail page stays within its own budget.

Each measured request is the second one: the first generates image renditions (once in a
page's life) and fills the cached site chrome, as any visitor before would have.
Run with ``-s`` to see the measured counts.
"""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    CollectionPageFactory,
    ContestIndexPageFactory,
    EventIndexPageFactory,
    ExperiencePublicationPageFactory,
    PublicationIndexPageFactory,
    WebinarIndexPageFactory,
)
from tests.partners.builders import (
    KINDS,
    SUBJECT_CYCLE,
    make_image,
    make_material,
    make_partners,
    measure,
    sql_of,
    subject,
)

pytestmark = pytest.mark.django_db

LISTING_BUDGET = 15
DETAIL_BUDGET = 12
PER_PAGE = 12

INDEX_FACTORIES = {
    "publication": PublicationIndexPageFactory,
    "contest": ContestIndexPageFactory,
    "webinar": WebinarIndexPageFactory,
    "event": EventIndexPageFactory,
}


def report(label, count_10, count_200):
    print(f"\n[query cost] {label}: 10 items → {count_10}, 200 items → {count_200}")


def cards(html):
    return html.count('class="card card--material"')


def assert_constant_and_within_budget(label, client, url, grow, shown_titles):
    """Measure ``url`` with 10 items, ``grow`` to 200, measure again."""
    response, at_10 = measure(client, url)
    html = response.content.decode()
    assert cards(html) == 10
    for title in shown_titles(10):
        assert title in html

    grow()
    response, at_200 = measure(client, url)
    html = response.content.decode()
    assert cards(html) == PER_PAGE
    for title in shown_titles(200):
        assert title in html

    report(label, len(at_10), len(at_200))
    assert len(at_200) <= LISTING_BUDGET, sql_of(at_200)
    assert len(at_10) <= LISTING_BUDGET, sql_of(at_10)
    assert len(at_200) == len(at_10), (
        f"{len(at_10)} queries with 10 items, {len(at_200)} with 200:\n{sql_of(at_200)}"
    )


@pytest.fixture
def partners(partner_index):
    return make_partners(partner_index, 5)


# Listings: one test per listing type, 10 then 200 items --------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_material_index_costs_the_same_with_10_and_200_items(client, home_page, partners, kind):
    index = INDEX_FACTORIES[kind](parent=home_page)
    for n in range(10):
        make_material(kind, partners[n % len(partners)], n, co_partners=[partners[0]])

    def grow():
        for n in range(10, 200):
            make_material(kind, partners[n % len(partners)], n, co_partners=[partners[0]])

    def newest(total):
        # The first page, newest first by the listing's date.
        if kind == "publication":
            return [f"Публикация опыта {n:03d}" for n in range(min(total, PER_PAGE))]
        return []

    assert_constant_and_within_budget(f"{kind} index", client, index.url, grow, newest)


def test_filtered_listing_costs_no_more(client, home_page, partners):
    """Every filter in use at once: still within budget, same as unfiltered."""
    index = PublicationIndexPageFactory(parent=home_page)
    for n in range(30):
        make_material("publication", partners[n % len(partners)], n, co_partners=[partners[1]])
    _response, plain = measure(client, index.url)
    query = (
        f"?partner={partners[1].slug}&subject=mathematics&level=basic&audience=pupils"
        f"&material_type=case-study&year={timezone.localdate().year}&sort=title"
    )
    response, filtered = measure(client, index.url + query)
    print(f"\n[query cost] publication index, all filters: {len(filtered)}")
    assert len(filtered) <= LISTING_BUDGET, sql_of(filtered)
    assert cards(response.content.decode()) >= 1


def test_collection_costs_the_same_with_10_and_200_items(client, home_page, partners):
    collection = CollectionPageFactory(
        parent=home_page,
        include_publications=True,
        include_contests=True,
        include_webinars=True,
        include_events=True,
        subject_areas=[subject(slug) for slug in SUBJECT_CYCLE],
        partners=[partners[0], partners[1], partners[2], partners[3], partners[4]],
        max_items=200,
    )

    def add(numbers):
        for n in numbers:
            make_material(KINDS[n % len(KINDS)], partners[n % len(partners)], n)

    add(range(10))
    assert_constant_and_within_budget(
        "collection", client, collection.url, lambda: add(range(10, 200)), lambda total: []
    )


def test_collection_second_page_costs_the_same(client, home_page, partners):
    collection = CollectionPageFactory(parent=home_page, include_webinars=True, max_items=200)
    for n in range(40):
        make_material("webinar", partners[n % len(partners)], n)
    _response, first = measure(client, collection.url)
    response, second = measure(client, collection.url + "?page=2")
    assert cards(response.content.decode()) == PER_PAGE
    assert len(second) == len(first) <= LISTING_BUDGET


# Detail pages -------------------------------------------------------------------------------


def document(title):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4 test", name="file.pdf")
    )


def rich_material(kind, partners, related=2, n=1):
    """A fully filled-in page of ``kind``, with ``related`` co-authors, files, subject areas,
    authors or speakers (each speaker from a partner organisation), nominations…"""
    co_partners = [partners[1 + i % (len(partners) - 1)] for i in range(related)]
    page = make_material(
        kind,
        partners[0],
        n,
        co_partners=list(dict.fromkeys(co_partners)),
        subject_areas=[subject(slug) for slug in SUBJECT_CYCLE[:related]],
        body=[
            {"type": "heading", "value": {"text": "Как это было", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Подробный рассказ.</p>"},
            *[
                {"type": "image", "value": {"image": make_image().pk, "caption": "Фото"}}
                for _ in range(related)
            ],
        ],
        attachments=[
            {"type": "attachment", "value": {"document": document(f"Файл {i}").pk}}
            for i in range(related)
        ],
    )
    if kind == "publication":
        for i in range(related):
            page.authors.create(name=f"Автор {i}", position="учитель истории")
        page.tags.add(*[f"метка {i}" for i in range(related)])
    if kind == "contest":
        page.regulation_document = document("Положение")
        page.application_form = document("Форма заявки")
        page.results_document = document("Итоги")
        page.nominations = [
            {"type": "nomination", "value": {"title": f"Номинация {i}", "description": ""}}
            for i in range(related)
        ]
        page.edition_note = ""
    if kind == "webinar":
        page.video_url = "https://rutube.ru/video/0123456789abcdef0123456789abcdef/"
        page.chapters = [
            {"type": "chapter", "value": {"timecode": f"{i:02d}:00", "title": f"Тема {i}"}}
            for i in range(related)
        ]
        for i in range(related):
            page.speakers.create(name=f"Спикер {i}", partner=co_partners[i])
        page.speakers.create(name="Гость без организации")
        page.start = timezone.now() - datetime.timedelta(days=3)
    if kind == "event":
        page.venue = "Актовый зал"
        page.programme = [
            {"type": "item", "value": {"time": f"1{i}:00", "title": f"Пункт {i}", "speaker": ""}}
            for i in range(related)
        ]
    page.save_revision().publish()
    if kind == "contest":
        page.edition_note = "продлён срок"
        page.save_revision().publish()
    return page


@pytest.mark.parametrize("kind", KINDS)
def test_detail_page_within_budget(client, partners, kind):
    page = rich_material(kind, partners)
    response, queries = measure(client, page.url)
    html = response.content.decode()
    assert page.title in html
    assert partners[1].title in html  # co-author shown
    print(f"\n[query cost] {kind} detail: {len(queries)}")
    assert len(queries) <= DETAIL_BUDGET, sql_of(queries)


@pytest.mark.parametrize("kind", KINDS)
def test_detail_cost_does_not_grow_with_related_items(client, partner_index, kind):
    """One co-author, file, author or speaker costs the same queries as four of each."""
    partners = make_partners(partner_index, 6)
    few = rich_material(kind, partners, related=1, n=1)
    many = rich_material(kind, partners, related=4, n=2)
    _response, few_queries = measure(client, few.url)
    response, many_queries = measure(client, many.url)
    assert "Спикер 3" in response.content.decode() or kind != "webinar"
    print(f"\n[query cost] {kind} detail: 1 related → {len(few_queries)}, 4 → {len(many_queries)}")
    assert len(many_queries) == len(few_queries), sql_of(many_queries)


# An earlier edition is rebuilt from its revision: Wagtail's deserialisation loads the page's
# comments, its many-to-many terms and foreign keys again (about a dozen queries on top of a
# detail page). Rarely visited, so it gets its own budget rather than the detail one.
EDITION_BUDGET = 26


def test_contest_edition_page_within_budget(client, partners):
    contest = rich_material("contest", partners)
    first_edition = contest.editions()[-1]["revision_id"]
    response, queries = measure(client, f"{contest.url}edition/{first_edition}/")
    assert "Оно больше не действует" in response.content.decode()
    print(f"\n[query cost] contest earlier edition: {len(queries)}")
    assert len(queries) <= EDITION_BUDGET, sql_of(queries)


def test_network_publication_without_partner_within_budget(client, home_page, partners):
    index = PublicationIndexPageFactory(parent=home_page)
    page = ExperiencePublicationPageFactory(
        parent=index, listing_image=make_image(), subject_areas=[subject("history")]
    )
    response, queries = measure(client, page.url)
    assert "Материал сети «Содружество»" in response.content.decode()
    assert len(queries) <= DETAIL_BUDGET, sql_of(queries)
