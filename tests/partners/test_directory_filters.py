"""Filters of the partner directory: type, department, municipality, form, name."""

import pytest
from django.http import QueryDict

from home.models import NetworkSettings
from partners.filters import PartnerFilterSet
from partners.models import PartnerPage
from tests.factories import PartnerPageFactory
from tests.partners.builders import department, municipality, organisation_type

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(partner_index):
    specs = [
        # title, full name, type, department, municipality
        ("Школа № 5", "МБОУ «Средняя школа № 5»", "school", "education", "dinskoy"),
        ("Гимназия № 1", "МАОУ «Гимназия № 1»", "school", "education", "krasnodar"),
        (
            "Аграрный колледж",
            "ГБПОУ «Кубанский аграрный колледж»",
            "college",
            "education",
            "krasnodar",
        ),
        ("Детский сад «Солнышко»", "МБДОУ № 12", "kindergarten", "education", "ust-labinsk"),
        (
            "Краеведческий музей",
            "МБУК «Историко-краеведческий музей»",
            "museum",
            "culture",
            "dinskoy",
        ),
        ("Драмтеатр", "ГАУК «Театр драмы»", "theatre", "culture", "krasnodar"),
        ("Завод «Кубань»", "АО «Завод Кубань»", "enterprise", "economy", "korenovsk"),
    ]
    for title, full_name, type_slug, department_slug, municipality_slug in specs:
        PartnerPageFactory(
            parent=partner_index,
            title=title,
            full_name=full_name,
            organisation_type=organisation_type(type_slug) if type_slug else None,
            department=department(department_slug),
            municipality=municipality(municipality_slug),
        )
    hidden = PartnerPageFactory(parent=partner_index, title="Школа-черновик")
    hidden.unpublish()
    return partner_index


def run(directory, query=""):
    return PartnerFilterSet(
        QueryDict(query) if query else None,
        queryset=PartnerPage.objects.child_of(directory).live(),
        host=NetworkSettings.load(),
    )


def titles(filterset):
    return [partner.title for partner in filterset.qs]


EVERYONE = [
    "Аграрный колледж",
    "Гимназия № 1",
    "Детский сад «Солнышко»",
    "Драмтеатр",
    "Завод «Кубань»",
    "Краеведческий музей",
    "Школа № 5",
]


def test_no_filter_lists_every_live_partner_by_title(directory):
    assert titles(run(directory)) == EVERYONE


@pytest.mark.parametrize(
    "query, expected",
    [
        ("type=school", ["Гимназия № 1", "Школа № 5"]),
        ("type=museum", ["Краеведческий музей"]),
        ("type=library", []),
        ("department=culture", ["Драмтеатр", "Краеведческий музей"]),
        ("department=economy", ["Завод «Кубань»"]),
        ("municipality=krasnodar", ["Аграрный колледж", "Гимназия № 1", "Драмтеатр"]),
        ("municipality=dinskoy", ["Краеведческий музей", "Школа № 5"]),
        ("form=horizontal", ["Гимназия № 1", "Школа № 5"]),
        ("form=vertical", ["Аграрный колледж", "Детский сад «Солнышко»"]),
        ("form=mixed", ["Драмтеатр", "Завод «Кубань»", "Краеведческий музей"]),
        ("q=Гимназия", ["Гимназия № 1"]),
        ("q=музей", ["Краеведческий музей"]),  # in the full name only… and in the title
        ("q=Кубанский", ["Аграрный колледж"]),  # full name only
        ("q=  Драмтеатр  ", ["Драмтеатр"]),
        ("q=", EVERYONE),
        ("q=%20%20", EVERYONE),
        ("q=нет такого", []),
    ],
)
def test_each_filter_alone(directory, query, expected):
    filterset = run(directory, query)
    assert filterset.is_valid(), filterset.errors
    assert titles(filterset) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("type=school&municipality=krasnodar", ["Гимназия № 1"]),
        ("department=culture&municipality=krasnodar", ["Драмтеатр"]),
        ("form=mixed&municipality=dinskoy", ["Краеведческий музей"]),
        ("form=vertical&municipality=krasnodar&q=колледж", ["Аграрный колледж"]),
        ("form=horizontal&department=culture", []),
        ("type=school&q=Школа", ["Школа № 5"]),
    ],
)
def test_filters_combined(directory, query, expected):
    assert titles(run(directory, query)) == expected


def test_every_partner_is_in_exactly_the_form_filter_its_card_shows(directory):
    """A partner whose type is not filled in has no form on its card: no form filter may
    list it (here: a department is set, the type is not)."""
    PartnerPageFactory(
        parent=directory, title="Без типа", organisation_type=None, department=department("culture")
    )
    by_form = {
        form: set(titles(run(directory, f"form={form}")))
        for form in ("horizontal", "vertical", "mixed")
    }
    for partner in PartnerPage.objects.child_of(directory).live():
        partner = PartnerPage.objects.get(pk=partner.pk)
        listed_in = [form for form, names in by_form.items() if partner.title in names]
        expected = [partner.interaction_form] if partner.interaction_form else []
        assert listed_in == expected, partner.title


def test_name_search_ignores_letter_case(directory):
    """Visitors type in lower case: «гимназия» finds «Гимназия № 1»."""
    assert titles(run(directory, "q=гимназия")) == ["Гимназия № 1"]
    assert titles(run(directory, "q=ДРАМТЕАТР")) == ["Драмтеатр"]


def test_form_filter_follows_the_host(directory):
    host = NetworkSettings.load()
    host.host_organisation_type = organisation_type("museum")
    host.host_department = department("culture")
    host.save()
    assert titles(run(directory, "form=horizontal")) == ["Краеведческий музей"]
    assert titles(run(directory, "form=vertical")) == ["Драмтеатр"]


def test_form_filter_without_host_finds_nobody(directory):
    assert (
        titles(
            PartnerFilterSet(
                QueryDict("form=horizontal"),
                queryset=PartnerPage.objects.child_of(directory).live(),
                host=None,
            )
        )
        == []
    )


@pytest.mark.parametrize(
    "query, field",
    [
        ("type=spaceport", "type"),
        ("department=%3Cscript%3E", "department"),
        ("municipality=moscow", "municipality"),
        ("form=diagonal", "form"),
    ],
)
def test_unknown_value_is_ignored_with_a_form_error(directory, query, field):
    filterset = run(directory, query)
    assert field in filterset.errors
    assert titles(filterset) == EVERYONE


def test_unknown_value_leaves_the_other_filters_working(directory):
    filterset = run(directory, "type=spaceport&municipality=krasnodar")
    assert "type" in filterset.errors
    assert titles(filterset) == ["Аграрный колледж", "Гимназия № 1", "Драмтеатр"]


def test_very_long_name_query_is_cut_not_refused(directory):
    assert titles(run(directory, "q=" + "Гимназия" + "я" * 5000)) == []
    assert titles(run(directory, "q=Гимназия" + " " * 5000)) == ["Гимназия № 1"]


def test_directory_page_survives_malformed_query_strings(client, directory):
    for query in [
        "type=spaceport&form=diagonal&page=-3",
        "municipality=%00&q=%FF%FE&page=abc",
        "q=" + "я" * 3000,
        "type=school&type=museum&page=99999",
    ]:
        response = client.get(f"{directory.url}?{query}")
        assert response.status_code == 200, query


def test_directory_page_shows_the_filtered_partners(client, directory):
    html = client.get(f"{directory.url}?form=vertical").content.decode()
    assert "Аграрный колледж" in html
    assert "Детский сад «Солнышко»" in html
    assert "Гимназия № 1" not in html
    assert "Вертикальная форма" in html
