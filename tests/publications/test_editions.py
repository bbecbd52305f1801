"""A contest regulation keeps its published editions; visitors can read an earlier one."""

import pytest

from tests.factories import ContestRegulationPageFactory

pytestmark = pytest.mark.django_db


def publish(page, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return revision


@pytest.fixture
def contest(partner):
    page = ContestRegulationPageFactory(
        parent=partner,
        title="Конкурс «Юный краевед»",
        slug="young-local-historian",
        summary="Приём работ до конца марта.",
    )
    return page


@pytest.fixture
def two_editions(contest):
    first = publish(contest, summary="Приём работ до конца марта.", edition_note="")
    second = publish(
        contest, summary="Приём работ продлён до середины апреля.", edition_note="продлён срок"
    )
    return first, second


def test_editions_list_every_published_edition_newest_first(contest, two_editions):
    first, second = two_editions
    editions = contest.editions()
    assert [edition["revision_id"] for edition in editions] == [second.pk, first.pk]
    assert [edition["note"] for edition in editions] == ["продлён срок", ""]
    assert editions[0]["date"] >= editions[1]["date"]


def test_note_left_over_from_the_previous_edition_is_not_repeated(contest, two_editions):
    """The note field keeps its value after publishing; an edition that did not change it
    wrote no note of its own."""
    first, second = two_editions
    third = publish(contest, summary="Добавлена номинация.")  # edition_note still the same
    editions = contest.editions()
    assert [edition["revision_id"] for edition in editions] == [third.pk, second.pk, first.pk]
    assert [edition["note"] for edition in editions] == ["", "продлён срок", ""]


def test_drafts_are_not_editions(contest, two_editions):
    contest.summary = "Черновик третьей редакции"
    contest.edition_note = "ещё не опубликовано"
    contest.save_revision()
    assert len(contest.editions()) == 2
    assert "ещё не опубликовано" not in [edition["note"] for edition in contest.editions()]


def test_republishing_the_same_revision_is_one_edition(contest, two_editions):
    first, second = two_editions
    second.publish()
    assert [edition["revision_id"] for edition in contest.editions()] == [second.pk, first.pk]


def test_earlier_edition_is_shown_to_visitors(client, contest, two_editions):
    first, _second = two_editions
    response = client.get(f"{contest.url}edition/{first.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Приём работ до конца марта." in html
    assert "Приём работ продлён до середины апреля." not in html
    assert "Оно больше не действует" in html
    assert f'href="{contest.url}"' in html  # a link to the edition in force


def test_current_page_lists_the_edition_history(client, contest, two_editions):
    first, _second = two_editions
    html = client.get(contest.url).content.decode()
    assert "Приём работ продлён до середины апреля." in html
    assert "История редакций положения" in html
    assert f"{contest.url}edition/{first.pk}/" in html
    assert "продлён срок" in html


def test_draft_revision_is_not_served(client, contest, two_editions):
    contest.summary = "Секретный черновик"
    draft = contest.save_revision()
    response = client.get(f"{contest.url}edition/{draft.pk}/")
    assert response.status_code == 404
    assert "Секретный черновик" not in response.content.decode()


def test_another_pages_revision_is_not_served(client, partner, contest, two_editions):
    other = ContestRegulationPageFactory(parent=partner, summary="Чужое положение")
    other_revision = publish(other, summary="Чужое положение, опубликованное")
    response = client.get(f"{contest.url}edition/{other_revision.pk}/")
    assert response.status_code == 404
    assert "Чужое положение" not in response.content.decode()


def test_unknown_revision_is_not_found(client, contest, two_editions):
    _first, second = two_editions
    assert client.get(f"{contest.url}edition/{second.pk + 1000}/").status_code == 404
    assert client.get(f"{contest.url}edition/abc/").status_code == 404
