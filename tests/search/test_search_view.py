"""The search view: published pages of the current locale only; any input is safe."""

import re

import pytest
from django.core.management import call_command

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page):
    live = StandardPageFactory(parent=home_page, title="Дни партнёрского взаимодействия")
    draft = StandardPageFactory(parent=home_page, title="Черновик партнёрского плана")
    draft.unpublish()
    call_command("update_index", stdout=open("/dev/null", "w"))
    return live, draft


def test_finds_published_page_not_draft(client, pages):
    response = client.get("/search/", {"q": "партнёрского"})
    assert response.status_code == 200
    html = re.sub(r"</?mark>", "", response.content.decode())  # matched words are marked
    assert "Дни партнёрского взаимодействия" in html
    assert "Черновик партнёрского плана" not in html


def test_empty_result_says_so(client, pages):
    response = client.get("/search/", {"q": "несуществующеесловоxyz"})
    assert response.status_code == 200
    assert "ничего не найдено" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        '"unbalanced',
        "' OR 1=1--",
        "nul\x00byte",
        "\u202eevil",
        "е\u0301\u0301",
        "AND OR NOT",
        "*",
        "(",
        "-",
        "",
    ],
)
def test_hostile_queries_never_fail(client, pages, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("page_number", ["-1", "0", "999999999999", "abc"])
def test_odd_page_numbers(client, pages, page_number):
    response = client.get("/search/", {"q": "партнёрского", "page": page_number})
    assert response.status_code == 200
