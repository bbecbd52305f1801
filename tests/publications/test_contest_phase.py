"""A contest's phase is computed from its dates; the SQL filter uses the same rule."""

import datetime

import pytest

from publications.models import ContestPhase, ContestRegulationPage
from publications.models.contests import RESULTS_FRESH_DAYS, phase_condition, phase_on
from tests.factories import ContestRegulationPageFactory

OPENS = datetime.date(2025, 3, 1)
DEADLINE = datetime.date(2025, 3, 31)
RESULTS = datetime.date(2025, 4, 20)
DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    "today, expected",
    [
        (OPENS - 30 * DAY, ContestPhase.UPCOMING),
        (OPENS - DAY, ContestPhase.UPCOMING),
        (OPENS, ContestPhase.APPLICATIONS),
        (OPENS + DAY, ContestPhase.APPLICATIONS),
        (DEADLINE, ContestPhase.APPLICATIONS),  # the deadline day is included
        (DEADLINE + DAY, ContestPhase.JUDGING),
        (RESULTS - DAY, ContestPhase.JUDGING),
        (RESULTS, ContestPhase.RESULTS),
        (RESULTS + (RESULTS_FRESH_DAYS - 1) * DAY, ContestPhase.RESULTS),
        (RESULTS + RESULTS_FRESH_DAYS * DAY, ContestPhase.ARCHIVED),
        (RESULTS + 3 * RESULTS_FRESH_DAYS * DAY, ContestPhase.ARCHIVED),
    ],
)
def test_phase_at_boundary_dates(today, expected):
    assert phase_on(today, OPENS, DEADLINE, RESULTS) == expected
    contest = ContestRegulationPage(
        applications_open=OPENS, application_deadline=DEADLINE, results_date=RESULTS
    )
    assert contest.phase_on(today) == expected


def test_results_stay_fresh_for_ninety_days():
    assert RESULTS_FRESH_DAYS == 90


def test_without_results_date_judging_lasts_until_one_is_set():
    assert phase_on(DEADLINE + DAY, OPENS, DEADLINE, None) == ContestPhase.JUDGING
    assert phase_on(DEADLINE + 1000 * DAY, OPENS, DEADLINE, None) == ContestPhase.JUDGING


def test_one_day_application_window():
    assert phase_on(OPENS - DAY, OPENS, OPENS, RESULTS) == ContestPhase.UPCOMING
    assert phase_on(OPENS, OPENS, OPENS, RESULTS) == ContestPhase.APPLICATIONS
    assert phase_on(OPENS + DAY, OPENS, OPENS, RESULTS) == ContestPhase.JUDGING


def test_results_on_the_day_after_the_deadline():
    assert phase_on(DEADLINE + DAY, OPENS, DEADLINE, DEADLINE + DAY) == ContestPhase.RESULTS


@pytest.mark.parametrize(
    "opens, deadline, results",
    [(None, DEADLINE, RESULTS), (OPENS, None, RESULTS), (None, None, RESULTS), (None, None, None)],
)
def test_no_phase_while_application_dates_are_missing(opens, deadline, results):
    contest = ContestRegulationPage(
        applications_open=opens, application_deadline=deadline, results_date=results
    )
    for today in (OPENS - DAY, OPENS, DEADLINE + DAY, RESULTS + 200 * DAY):
        assert contest.phase_on(today) is None
    assert contest.phase is None
    assert contest.phase_label == ""


def test_phase_label_is_russian():
    contest = ContestRegulationPage(
        applications_open=datetime.date.today() - DAY,
        application_deadline=datetime.date.today() + DAY,
    )
    assert contest.phase == ContestPhase.APPLICATIONS
    assert contest.phase_label == "Приём заявок"


@pytest.mark.parametrize(
    "today, expected",
    [
        (OPENS - 10 * DAY, {"stage": "opens", "date": OPENS, "days_left": 10}),
        (OPENS, {"stage": "opens", "date": OPENS, "days_left": 0}),
        (OPENS + DAY, {"stage": "deadline", "date": DEADLINE, "days_left": 29}),
        (DEADLINE, {"stage": "deadline", "date": DEADLINE, "days_left": 0}),
        (DEADLINE + DAY, {"stage": "results", "date": RESULTS, "days_left": 19}),
        (RESULTS, {"stage": "results", "date": RESULTS, "days_left": 0}),
        (RESULTS + DAY, None),
    ],
)
def test_next_deadline(today, expected):
    contest = ContestRegulationPage(
        applications_open=OPENS, application_deadline=DEADLINE, results_date=RESULTS
    )
    assert contest.next_deadline_on(today) == expected


def test_next_deadline_skips_missing_dates():
    contest = ContestRegulationPage(applications_open=None, application_deadline=DEADLINE)
    assert contest.next_deadline_on(OPENS) == {
        "stage": "deadline",
        "date": DEADLINE,
        "days_left": 30,
    }
    assert contest.next_deadline_on(DEADLINE + DAY) is None


# The same rule in SQL ------------------------------------------------------------------------

DATE_SETS = [
    # (opens, deadline, results) relative to a fixed origin, in days; None = not set
    (0, 30, 50),
    (0, 30, None),
    (10, 10, 11),
    (-200, -150, -120),
    (-100, -60, -59),
    (5, 40, 40),
    (None, 30, 50),
    (0, None, 50),
    (None, None, None),
    (20, 25, 25 + RESULTS_FRESH_DAYS),
]
ORIGIN = datetime.date(2025, 9, 1)


def offset(days):
    return None if days is None else ORIGIN + datetime.timedelta(days=days)


def probe_days():
    """Every date where some contest changes phase, and the days either side of it."""
    days = set()
    for dates in DATE_SETS:
        for value in dates:
            if value is None:
                continue
            for delta in (-1, 0, 1, RESULTS_FRESH_DAYS - 1, RESULTS_FRESH_DAYS):
                days.add(value + delta)
    return sorted(days)


@pytest.mark.django_db
def test_sql_condition_selects_exactly_the_contests_in_each_phase(partner):
    contests = {}
    for n, (opens, deadline, results) in enumerate(DATE_SETS):
        page = ContestRegulationPageFactory(
            parent=partner,
            title=f"Конкурс {n}",
            applications_open=offset(opens),
            application_deadline=offset(deadline),
            results_date=offset(results),
        )
        contests[page.pk] = page
    for day in probe_days():
        today = offset(day)
        for phase in ContestPhase:
            by_sql = set(
                ContestRegulationPage.objects.filter(phase_condition(phase, today)).values_list(
                    "pk", flat=True
                )
            )
            by_python = {pk for pk, page in contests.items() if page.phase_on(today) == phase}
            assert by_sql == by_python, (today, phase)
        undated = {pk for pk, page in contests.items() if page.phase_on(today) is None}
        selected_somewhere = set()
        for phase in ContestPhase:
            selected_somewhere |= set(
                ContestRegulationPage.objects.filter(phase_condition(phase, today)).values_list(
                    "pk", flat=True
                )
            )
        assert selected_somewhere == set(contests) - undated
