"""Listing filters of the material indexes, on the QuerySet they produce (what a visitor sees
in the list) and through the page for malformed query strings."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone

from publications.filters import (
    ContestFilterSet,
    EventFilterSet,
    ExperienceFilterSet,
    WebinarFilterSet,
)
from publications.models import (
    ContestRegulationPage,
    EventPage,
    ExperiencePublicationPage,
    WebinarPage,
)
from publications.models.indexes import listing_queryset, live_partners
from tests.factories import (
    ContestIndexPageFactory,
    ContestRegulationPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperiencePublicationPageFactory,
    PublicationIndexPageFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
)
from tests.partners.builders import audience, level, material_type, subject

pytestmark = pytest.mark.django_db


def run(filterset_class, model, home_page, query=""):
    filterset = filterset_class(
        QueryDict(query) if query else None,
        queryset=listing_queryset(model, home_page.locale),
        partners=live_partners(home_page.locale),
    )
    return filterset


def titles(filterset):
    return [page.title for page in filterset.qs]


def title_set(filterset):
    found = titles(filterset)
    assert len(found) == len(set(found)), "a page is listed twice"
    return set(found)


# Experience publications --------------------------------------------------------------------


@pytest.fixture
def publications(home_page, partner, other_partner):
    """partner = «Школа № 5», other_partner = «Краеведческий музей» (slug museum)."""
    network_index = PublicationIndexPageFactory(parent=home_page)
    ExperiencePublicationPageFactory(
        parent=partner,
        title="Б: уроки истории в музее",
        publication_date=datetime.date(2023, 5, 1),
        subject_areas=[subject("history")],
        education_levels=[level("basic")],
        audiences=[audience("teachers")],
        material_type=material_type("case-study"),
    )
    ExperiencePublicationPageFactory(
        parent=other_partner,
        title="А: математика и история",
        publication_date=datetime.date(2024, 2, 1),
        subject_areas=[subject("mathematics"), subject("history")],
        education_levels=[level("primary")],
        audiences=[audience("pupils")],
        material_type=material_type("lesson-plan"),
        co_partners=[partner],
    )
    ExperiencePublicationPageFactory(
        parent=other_partner,
        title="В: биология на природе",
        publication_date=datetime.date(2024, 9, 1),
        subject_areas=[subject("biology")],
        education_levels=[level("basic"), level("secondary")],
        audiences=[audience("teachers"), audience("parents")],
        material_type=material_type("guide"),
    )
    ExperiencePublicationPageFactory(
        parent=network_index,
        title="Г: сетевая история",
        publication_date=datetime.date(2022, 1, 15),
        subject_areas=[subject("history")],
        education_levels=[level("basic")],
        material_type=material_type("article"),
    )
    draft = ExperiencePublicationPageFactory(
        parent=partner,
        title="Черновик об истории",
        publication_date=datetime.date(2024, 3, 1),
        subject_areas=[subject("history")],
    )
    draft.unpublish()


ALL_PUBLICATIONS = [
    "В: биология на природе",
    "А: математика и история",
    "Б: уроки истории в музее",
    "Г: сетевая история",
]


def test_no_filter_lists_every_live_publication_newest_first(home_page, publications):
    assert titles(run(ExperienceFilterSet, ExperiencePublicationPage, home_page)) == (
        ALL_PUBLICATIONS
    )


@pytest.mark.parametrize(
    "query, expected",
    [
        # own section and co-authored material
        ("partner=school-5", {"Б: уроки истории в музее", "А: математика и история"}),
        ("partner=museum", {"А: математика и история", "В: биология на природе"}),
        (
            "subject=history",
            {"Б: уроки истории в музее", "А: математика и история", "Г: сетевая история"},
        ),
        ("subject=mathematics", {"А: математика и история"}),
        ("subject=chemistry", set()),
        (
            "level=basic",
            {"Б: уроки истории в музее", "В: биология на природе", "Г: сетевая история"},
        ),
        ("level=primary", {"А: математика и история"}),
        ("audience=teachers", {"Б: уроки истории в музее", "В: биология на природе"}),
        ("audience=parents", {"В: биология на природе"}),
        ("material_type=guide", {"В: биология на природе"}),
        ("material_type=case-study", {"Б: уроки истории в музее"}),
        ("year=2024", {"А: математика и история", "В: биология на природе"}),
        ("year=2022", {"Г: сетевая история"}),
    ],
)
def test_each_filter_alone(home_page, publications, query, expected):
    filterset = run(ExperienceFilterSet, ExperiencePublicationPage, home_page, query)
    assert filterset.is_valid(), filterset.errors
    assert title_set(filterset) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("partner=museum&subject=history", ["А: математика и история"]),
        ("partner=school-5&subject=history&year=2023", ["Б: уроки истории в музее"]),
        ("subject=history&level=basic", ["Б: уроки истории в музее", "Г: сетевая история"]),
        ("level=basic&audience=teachers&material_type=guide", ["В: биология на природе"]),
        (
            "subject=history&sort=old",
            ["Г: сетевая история", "Б: уроки истории в музее", "А: математика и история"],
        ),
        (
            "level=basic&sort=title",
            ["Б: уроки истории в музее", "В: биология на природе", "Г: сетевая история"],
        ),
        ("partner=school-5&audience=parents", []),
    ],
)
def test_filters_combined(home_page, publications, query, expected):
    assert titles(run(ExperienceFilterSet, ExperiencePublicationPage, home_page, query)) == expected


def test_sort_orders(home_page, publications):
    new = titles(run(ExperienceFilterSet, ExperiencePublicationPage, home_page, "sort=new"))
    old = titles(run(ExperienceFilterSet, ExperiencePublicationPage, home_page, "sort=old"))
    by_title = titles(run(ExperienceFilterSet, ExperiencePublicationPage, home_page, "sort=title"))
    assert new == ALL_PUBLICATIONS
    assert old == list(reversed(ALL_PUBLICATIONS))
    assert by_title == sorted(ALL_PUBLICATIONS)


def test_year_choices_are_the_years_that_have_material(home_page, publications):
    filterset = run(ExperienceFilterSet, ExperiencePublicationPage, home_page)
    assert [value for value, _ in filterset.filters["year"].extra["choices"]] == [
        "2024",
        "2023",
        "2022",
    ]


def test_partner_choices_are_live_partners(home_page, partner, other_partner, publications):
    filterset = run(ExperienceFilterSet, ExperiencePublicationPage, home_page)
    assert filterset.filters["partner"].extra["choices"] == [
        ("museum", "Краеведческий музей"),
        ("school-5", "Школа № 5"),
    ]
    other_partner.unpublish()
    filterset = run(ExperienceFilterSet, ExperiencePublicationPage, home_page, "partner=museum")
    assert "partner" in filterset.errors


@pytest.mark.parametrize(
    "query, field",
    [
        ("subject=no-such-subject", "subject"),
        ("level=%3Cscript%3E", "level"),
        ("audience=", None),
        ("material_type=42", "material_type"),
        ("partner=no-such-partner", "partner"),
        ("year=1999", "year"),
        ("year=abc", "year"),
        ("year=99999999999999999999", "year"),
        ("sort=random", "sort"),
    ],
)
def test_unknown_value_is_ignored_with_a_form_error(home_page, publications, query, field):
    filterset = run(ExperienceFilterSet, ExperiencePublicationPage, home_page, query)
    if field:
        assert field in filterset.errors
    assert titles(filterset) == ALL_PUBLICATIONS


def test_unknown_value_leaves_the_other_filters_and_the_sort_working(home_page, publications):
    filterset = run(
        ExperienceFilterSet,
        ExperiencePublicationPage,
        home_page,
        "subject=no-such-subject&level=basic&sort=title",
    )
    assert "subject" in filterset.errors
    assert titles(filterset) == [
        "Б: уроки истории в музее",
        "В: биология на природе",
        "Г: сетевая история",
    ]


def test_malformed_query_strings_do_not_break_the_listing(client, home_page, publications):
    index = PublicationIndexPageFactory._meta.model.objects.get()
    for query in [
        "subject=no-such&level=%00&year=abc&sort=random&page=-1",
        "partner=%D0%BD%D0%B5%D1%82&material_type=&page=9999",
        "subject=history&subject=biology&year[]=1",
        "page=abc&" + "x" * 3000 + "=1",
    ]:
        response = client.get(f"{index.url}?{query}")
        assert response.status_code == 200, query


# Contests ------------------------------------------------------------------------------------

TODAY = datetime.date(2025, 6, 15)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def contests(partner, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: TODAY)

    def contest(title, opens, deadline, results, level):
        ContestRegulationPageFactory(
            parent=partner,
            title=title,
            applications_open=TODAY + opens * DAY,
            application_deadline=TODAY + deadline * DAY,
            results_date=TODAY + results * DAY,
            level=level,
        )

    contest("Скоро", 5, 20, 40, "regional")
    contest("Приём", -5, 5, 30, "municipal")
    contest("Последний день", -1, 0, 10, "school")  # deadline == today
    contest("Экспертиза", -30, -1, 10, "municipal")
    contest("Итоги", -60, -30, -10, "federal")
    contest("Архив", -300, -250, -200, "regional")
    ContestRegulationPageFactory(
        parent=partner,
        title="Без дат",
        applications_open=None,
        application_deadline=None,
        results_date=None,
        level="school",
    )


ALL_CONTESTS = {"Скоро", "Приём", "Последний день", "Экспертиза", "Итоги", "Архив", "Без дат"}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("phase=upcoming", {"Скоро"}),
        ("phase=applications", {"Приём", "Последний день"}),
        ("phase=judging", {"Экспертиза"}),
        ("phase=results", {"Итоги"}),
        ("phase=archived", {"Архив"}),
        ("open=on", {"Приём", "Последний день"}),
        ("open=true", {"Приём", "Последний день"}),
        ("contest_level=municipal", {"Приём", "Экспертиза"}),
        ("contest_level=school", {"Последний день", "Без дат"}),
        ("phase=applications&contest_level=municipal", {"Приём"}),
        ("open=on&contest_level=school", {"Последний день"}),
        ("phase=archived&contest_level=municipal", set()),
        ("partner=school-5&phase=results", {"Итоги"}),
    ],
)
def test_contest_filters(home_page, contests, query, expected):
    filterset = run(ContestFilterSet, ContestRegulationPage, home_page, query)
    assert filterset.is_valid(), filterset.errors
    assert title_set(filterset) == expected


def test_contest_without_open_box_lists_everything(home_page, contests):
    assert title_set(run(ContestFilterSet, ContestRegulationPage, home_page)) == ALL_CONTESTS
    # An unticked checkbox sends nothing.
    assert title_set(run(ContestFilterSet, ContestRegulationPage, home_page, "sort=new")) == (
        ALL_CONTESTS
    )


def test_contest_phase_moves_with_the_calendar(home_page, contests, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: TODAY + 5 * DAY)
    assert title_set(run(ContestFilterSet, ContestRegulationPage, home_page, "open=on")) == {
        "Скоро",  # opened today
        "Приём",  # its last day
    }
    assert title_set(run(ContestFilterSet, ContestRegulationPage, home_page, "phase=judging")) == {
        "Последний день",
        "Экспертиза",
    }


@pytest.mark.parametrize(
    "query, field",
    [("phase=finished", "phase"), ("contest_level=world", "contest_level")],
)
def test_contest_unknown_values_are_ignored(home_page, contests, query, field):
    filterset = run(ContestFilterSet, ContestRegulationPage, home_page, query)
    assert field in filterset.errors
    assert title_set(filterset) == ALL_CONTESTS


# Webinars and events: upcoming / past ------------------------------------------------------


@pytest.fixture
def webinars(partner):
    now = timezone.now()
    for title, start in [
        ("Завтра", now + DAY),
        ("Через месяц", now + 30 * DAY),
        ("Вчера", now - DAY),
        ("Год назад", now - 365 * DAY),
    ]:
        WebinarPageFactory(parent=partner, title=title, start=start, duration_minutes=90)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("when=upcoming", ["Через месяц", "Завтра"]),
        ("when=upcoming&sort=old", ["Завтра", "Через месяц"]),
        ("when=past", ["Вчера", "Год назад"]),
        ("when=upcoming&sort=new", ["Через месяц", "Завтра"]),
        ("when=someday", ["Через месяц", "Завтра", "Вчера", "Год назад"]),
    ],
)
def test_webinar_when(home_page, webinars, query, expected):
    assert titles(run(WebinarFilterSet, WebinarPage, home_page, query)) == expected


def test_webinar_on_air_now_is_listed_as_upcoming(home_page, partner, webinars):
    """Started ten minutes ago, ninety minutes long: its card says «Скоро» (is_upcoming), so
    «Предстоящие» must list it and «Прошедшие» must not."""
    WebinarPageFactory(
        parent=partner,
        title="Идёт сейчас",
        start=timezone.now() - datetime.timedelta(minutes=10),
        duration_minutes=90,
    )
    assert WebinarPage.objects.get(title="Идёт сейчас").is_upcoming
    assert "Идёт сейчас" in titles(run(WebinarFilterSet, WebinarPage, home_page, "when=upcoming"))
    assert "Идёт сейчас" not in titles(run(WebinarFilterSet, WebinarPage, home_page, "when=past"))


@pytest.fixture
def events(partner):
    now = timezone.now()
    for title, start, hours, event_format in [
        ("Семинар завтра", now + DAY, 3, "seminar"),
        ("Конференция через неделю", now + 7 * DAY, 8, "conference"),
        ("Круглый стол вчера", now - DAY, 3, "round_table"),
        ("День партнёра в прошлом году", now - 300 * DAY, 6, "partner_day"),
    ]:
        EventPageFactory(
            parent=partner,
            title=title,
            start=start,
            end=start + datetime.timedelta(hours=hours),
            format=event_format,
        )


@pytest.mark.parametrize(
    "query, expected",
    [
        ("format=seminar", {"Семинар завтра"}),
        ("format=conference", {"Конференция через неделю"}),
        ("format=exchange", set()),
        ("when=upcoming", {"Семинар завтра", "Конференция через неделю"}),
        ("when=past", {"Круглый стол вчера", "День партнёра в прошлом году"}),
        ("when=past&format=round_table", {"Круглый стол вчера"}),
        ("when=upcoming&format=round_table", set()),
        ("partner=school-5&when=upcoming&format=conference", {"Конференция через неделю"}),
    ],
)
def test_event_filters(home_page, events, query, expected):
    filterset = run(EventFilterSet, EventPage, home_page, query)
    assert filterset.is_valid(), filterset.errors
    assert title_set(filterset) == expected


def test_event_unknown_format_is_ignored(home_page, events):
    filterset = run(EventFilterSet, EventPage, home_page, "format=rave")
    assert "format" in filterset.errors
    assert len(titles(filterset)) == 4


def test_event_in_progress_is_listed_as_upcoming(home_page, partner, events):
    """A three-day conference that began yesterday is not over: its card says «Скоро»
    (is_past is False), so it belongs under «Предстоящие», not «Прошедшие»."""
    now = timezone.now()
    EventPageFactory(parent=partner, title="Идёт конференция", start=now - DAY, end=now + 2 * DAY)
    assert not EventPage.objects.get(title="Идёт конференция").is_past
    assert "Идёт конференция" in titles(run(EventFilterSet, EventPage, home_page, "when=upcoming"))
    assert "Идёт конференция" not in titles(run(EventFilterSet, EventPage, home_page, "when=past"))


def test_webinar_year_follows_moscow_time(home_page, partner):
    """A webinar at 00:30 on 1 January (Moscow) belongs to the new year in the choices and in
    the filter alike, although in UTC it is still 31 December."""
    moscow = datetime.timezone(datetime.timedelta(hours=3))
    WebinarPageFactory(
        parent=partner,
        title="Новогодний",
        start=datetime.datetime(2025, 1, 1, 0, 30, tzinfo=moscow),
    )
    filterset = run(WebinarFilterSet, WebinarPage, home_page)
    assert [value for value, _ in filterset.filters["year"].extra["choices"]] == ["2025"]
    assert titles(run(WebinarFilterSet, WebinarPage, home_page, "year=2025")) == ["Новогодний"]


@pytest.mark.parametrize(
    "factory, query",
    [
        (ContestIndexPageFactory, "phase=nope&contest_level=%FF&open=maybe&year=x"),
        (WebinarIndexPageFactory, "when=tomorrow&partner=x&page=0"),
        (EventIndexPageFactory, "format=%3Cb%3E&when=&year=2024&page=last"),
    ],
)
def test_other_listings_survive_malformed_query_strings(client, home_page, partner, factory, query):
    index = factory(parent=home_page)
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
