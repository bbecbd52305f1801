"""Editors promote results for a query; every search is counted, and the report shows the
most frequent queries and those that found nothing."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.roles import EDITORS, METHODOLOGISTS
from search.models import QueryDay
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_promoted_page_is_shown_first(client, network):
    SearchPromotion.objects.create(
        query=Query.get("олимпиада"),
        page=network["excursion"],
        description="Выбор редакции",
        sort_order=0,
    )
    html = client.get("/search/", {"q": "Олимпиада"}).content.decode()
    promoted = html.index('class="search-promotion"')
    assert "Музейные уроки краеведения" in html[promoted : promoted + 300]
    assert "Выбор редакции" in html
    assert promoted < html.index('class="search-results"')


def test_unpublished_promotion_is_not_shown(client, network):
    SearchPromotion.objects.create(
        query=Query.get("олимпиада"), page=network["draft"], sort_order=0
    )
    assert (
        'class="search-promotion"'
        not in client.get("/search/", {"q": "олимпиада"}).content.decode()
    )


def test_searches_and_zero_results_are_counted(client, network):
    client.get("/search/", {"q": "Олимпиада"})
    client.get("/search/", {"q": "олимпиада "})
    client.get("/search/", {"q": "олимпиада", "page": "2"})  # paging is not a new search
    client.get("/search/", {"q": "квантовая хромодинамика"})
    day = QueryDay.objects.get(query_string="олимпиада")
    assert (day.searches, day.empty_searches) == (2, 0)
    empty = QueryDay.objects.get(query_string="квантовая хромодинамика")
    assert (empty.searches, empty.empty_searches) == (1, 1)


def test_report_lists_frequent_and_fruitless_queries(client, network):
    for _ in range(3):
        client.get("/search/", {"q": "олимпиада"})
    client.get("/search/", {"q": "квантовая хромодинамика"})
    editor = make_user("report-editor", EDITORS, password=PASSWORD)
    client.force_login(editor)
    html = client.get("/admin/reports/search-queries/").content.decode()
    empty = html[html.index('id="empty-queries"') :]
    frequent = html[html.index('id="frequent-queries"') :]
    assert "квантовая хромодинамика" in empty.split("</table>")[0]
    assert "олимпиада" not in empty.split("</table>")[0]
    assert "<td>олимпиада</td><td>3</td>" in frequent


def test_report_is_for_editors_only(client, network):
    client.force_login(make_user("report-methodologist", METHODOLOGISTS, password=PASSWORD))
    assert client.get("/admin/reports/search-queries/").status_code in (302, 403)


def test_editors_may_manage_promotions(network):
    editor = make_user("promo-editor", EDITORS, password=PASSWORD)
    assert editor.has_perm("wagtailsearchpromotions.add_searchpromotion")
