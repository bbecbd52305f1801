"""The search_document table (PostgreSQL): kept with the index, bounded ranking pages
consistently, facet counts from the in-memory bitmaps equal to Wagtail's tables' GROUP BY,
and the compact page range of the paginator (every database)."""

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.models import Locale

from search import docsets, documents, engine
from search.engine import CompactPaginator
from tests.search.conftest import results_of

postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="search_document exists on PostgreSQL only"
)


def test_compact_page_range_keeps_what_the_template_shows():
    paginator = CompactPaginator(range(1000), 10)
    paginator.get_page(50)
    assert list(paginator.page_range) == [1, 2, 48, 49, 50, 51, 52, 99, 100]
    paginator.get_page(1)
    assert list(paginator.page_range) == [1, 2, 3, 99, 100]


@postgresql
def test_rows_follow_publishing_and_unpublishing(network, home_page):
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home_page, title="Новый материал")
    page.save_revision().publish()
    with connection.cursor() as cursor:
        cursor.execute("SELECT live FROM search_document WHERE page_id = %s", [page.pk])
        assert cursor.fetchone() == (True,)
        page.unpublish()
        cursor.execute("SELECT live FROM search_document WHERE page_id = %s", [page.pk])
        assert cursor.fetchone() == (False,)
        page.delete()
        cursor.execute("SELECT COUNT(*) FROM search_document WHERE page_id = %s", [page.pk])
        assert cursor.fetchone() == (0,)


@postgresql
def test_subjects_of_a_published_page_are_in_its_row(network):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT cardinality(subjects) FROM search_document WHERE page_id = %s",
            [network["project"].pk],
        )
        assert cursor.fetchone() == (2,)


@postgresql
def test_bounded_ranking_pages_through_every_result_once(client, home_page, monkeypatch):
    from tests.factories import StandardPageFactory

    for number in range(25):
        StandardPageFactory(parent=home_page, title=f"Урок номер {number}")
    exact = client.get("/search/", {"q": "урок"})
    monkeypatch.setattr(documents, "RANK_CANDIDATES", 15)
    seen = []
    for page in (1, 2, 3):
        response = client.get("/search/", {"q": "урок", "page": page})
        assert response.context["outcome"].count == 25
        seen += results_of(response)
    assert len(seen) == 25 and len(set(seen)) == 25
    assert exact.context["outcome"].count == 25
    # The page says that only the newest matches were ranked; not when all were, nor by date.
    assert "упорядочены 15 самых новых" in response.content.decode()
    assert "самых новых" not in exact.content.decode()
    by_date = client.get("/search/", {"q": "урок", "sort": "date"})
    assert "самых новых" not in by_date.content.decode()


def facet_table(outcome):
    return {
        (facet.key, option.value, option.count)
        for facet in outcome.facets
        for option in facet.options
    }


@postgresql
@pytest.mark.parametrize(
    "query, selection",
    [
        ("проект", {}),
        ("урок", {}),
        ("музей", {}),
        ("история", {}),
        ("проект", {"partner": "museum"}),
        ("проект", {"subject": "history"}),
    ],
)
def test_bitmap_facets_equal_the_group_by_over_wagtails_tables(network, settings, query, selection):
    """The same search through search_document (bitmaps) and through Wagtail's tables (the
    GROUP BY of search.facets): the same total, the same facet options and counts."""
    from tests.partners.builders import subject

    chosen = {
        key: network[value].pk if key == "partner" else subject(value).pk
        for key, value in selection.items()
    }
    russian = Locale.objects.get(language_code="ru")
    fast = engine.search(query, russian, selection=chosen)
    settings.SEARCH_DOCUMENTS = False
    cache.clear()
    slow = engine.search(query, russian, selection=chosen)
    assert fast.count == slow.count > 0
    assert facet_table(fast) == facet_table(slow)
    assert [page.pk for page in fast.page_obj] and {page.pk for page in fast.page_obj} == {
        page.pk for page in slow.page_obj
    }


@postgresql
def test_a_page_the_bitmaps_do_not_know_rebuilds_them(network, home_page, monkeypatch):
    """A page written by another process before this one heard of it (no version change
    seen): its id in a match rebuilds the bitmaps, so it is counted at once."""
    from tests.factories import StandardPageFactory

    russian = Locale.objects.get(language_code="ru")
    before = engine.search("проект", russian)
    monkeypatch.setattr(docsets, "bump", lambda: None)
    page = StandardPageFactory(parent=home_page, title="Ещё один проект")
    page.save_revision().publish()
    built = docsets.current()
    after = engine.search("проекты", russian)
    assert docsets.current() is not built
    assert after.count == before.count + 1
    types = {
        option.label: option.count for f in after.facets if f.key == "type" for option in f.options
    }
    assert types["Информационная страница"] == 1


@postgresql
def test_by_date_pages_through_every_result_newest_first(client, home_page, monkeypatch):
    """Date order beyond the cached newest ids (RANK_CANDIDATES) asks the table again."""
    from tests.factories import StandardPageFactory

    for number in range(25):
        StandardPageFactory(parent=home_page, title=f"Урок номер {number}")
    monkeypatch.setattr(documents, "RANK_CANDIDATES", 15)
    seen = []
    for page in (1, 2, 3):
        response = client.get("/search/", {"q": "урок", "sort": "date", "page": page})
        seen += results_of(response)
    assert seen == [f"Урок номер {number}" for number in range(24, -1, -1)]
