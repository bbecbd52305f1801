"""Query cost of the partner directory and a partner's profile: the same with 10 items as
with 200, within budget. Run with ``-s`` to see the measured counts."""

import pytest

from tests.partners.builders import KINDS, make_material, make_partners, measure, sql_of

pytestmark = pytest.mark.django_db

LISTING_BUDGET = 15
DIRECTORY_PER_PAGE = 24


def material_rows(html):
    return html.count('class="material-row"') + html.count('class="card card--material"')


def report(label, count_10, count_200):
    print(f"\n[query cost] {label}: 10 items → {count_10}, 200 items → {count_200}")


def test_partner_directory_costs_the_same_with_10_and_200_partners(client, partner_index):
    make_partners(partner_index, 10)
    response, at_10 = measure(client, partner_index.url)
    html = response.content.decode()
    assert html.count('class="card card--partner"') == 10
    assert "Организация 000" in html

    make_partners(partner_index, 190, start=10)
    response, at_200 = measure(client, partner_index.url)
    html = response.content.decode()
    assert html.count('class="card card--partner"') == DIRECTORY_PER_PAGE
    assert "форма" in html  # the derived form is shown on the cards

    report("partner directory", len(at_10), len(at_200))
    assert len(at_10) <= LISTING_BUDGET, sql_of(at_10)
    assert len(at_200) <= LISTING_BUDGET, sql_of(at_200)
    assert len(at_200) == len(at_10), sql_of(at_200)


def test_filtered_partner_directory_within_budget(client, partner_index):
    make_partners(partner_index, 30)
    query = "?type=school&department=education&municipality=dinskoy&form=horizontal&q=Орг"
    response, queries = measure(client, partner_index.url + query)
    assert 'class="card card--partner"' in response.content.decode()
    print(f"\n[query cost] partner directory, all filters: {len(queries)}")
    assert len(queries) <= LISTING_BUDGET, sql_of(queries)


def test_partner_profile_costs_the_same_with_10_and_200_materials(client, partner_index):
    partner, *co_authors = make_partners(partner_index, 3)

    def add(numbers):
        for n in numbers:
            make_material(KINDS[n % len(KINDS)], partner, n, co_partners=co_authors)

    add(range(10))
    response, at_10 = measure(client, partner.url)
    html = response.content.decode()
    assert material_rows(html) == 10
    for heading in ["Публикации опыта", "Конкурсы", "Вебинары", "Мероприятия"]:
        assert heading in html

    add(range(10, 200))
    response, at_200 = measure(client, partner.url)
    html = response.content.decode()
    shown = material_rows(html)
    assert 10 < shown < 200  # a capped number per material type, not all 200

    report("partner profile", len(at_10), len(at_200))
    assert len(at_10) <= LISTING_BUDGET, sql_of(at_10)
    assert len(at_200) <= LISTING_BUDGET, sql_of(at_200)
    assert len(at_200) == len(at_10), sql_of(at_200)
