"""The search_document table (PostgreSQL): kept with the index, bounded ranking pages
consistently, and the compact page range of the paginator (every database)."""

import pytest
from django.db import connection

from search import documents
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
