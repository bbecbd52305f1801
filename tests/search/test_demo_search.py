"""What `make run` shows a teacher on the demo network: material found by an inflected word,
a typo, the wrong keyboard layout and a word that is only inside an attached file, then
narrowed by a facet (on SQLite and on PostgreSQL, whichever the suite runs on)."""

import pytest
from django.core.management import call_command

from tests.search.conftest import results_of


@pytest.fixture
def loaded(demo, db):
    """The demo as `make run` leaves it: the text of every file extracted (the module's
    fixture never commits, so the extraction queued on commit is run here) and indexed."""
    from wagtail.documents import get_document_model

    from search.tasks import extract_document_text

    for pk in get_document_model().objects.values_list("pk", flat=True):
        extract_document_text.call(pk)
    call_command("update_index", verbosity=0)
    return demo


def outcome_of(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response, response.context["outcome"]


def test_a_teacher_finds_demo_material_every_way(loaded, client):
    # An inflected word: "конкурсы" finds the pages about one contest ("Конкурс чтецов …").
    response, outcome = outcome_of(client, q="конкурсы")
    assert not outcome.corrected
    assert any(title.startswith("Конкурс ") for title in results_of(response))

    # A typo and the wrong keyboard layout are repaired, and the page says so.
    for typed, meant in [
        ("праектная деятельность", "проектная деятельность"),
        ("ghjtrn", "проект"),
    ]:
        response, outcome = outcome_of(client, q=typed)
        assert outcome.corrected and outcome.searched_query == meant and outcome.count
        assert f"Показаны результаты по запросу «{meant}»" in response.content.decode()

    # Words only in the attached full texts ("…эти заметки легли в основу описания") find
    # every publication that has one, and the result says where they were found.
    response, outcome = outcome_of(client, q="заметки легли")
    assert outcome.count >= 40
    assert all(result.found_in_attachment for result in outcome.page_obj)
    assert "Найдено в приложенном файле" in response.content.decode()

    # A facet narrows the result, keeps the query, and its count is the new total.
    _response, outcome = outcome_of(client, q="краеведение")
    partner = next(facet for facet in outcome.facets if facet.key == "partner")
    option = partner.options[0]
    assert option.count < outcome.count
    narrowed = client.get("/search/" + option.url)
    assert narrowed.context["outcome"].count == option.count
    assert narrowed.context["outcome"].query == "краеведение"
