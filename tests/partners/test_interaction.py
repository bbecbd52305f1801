"""The form of interaction (горизонтальная / вертикальная / смешанная) is derived, not typed.

The network's host is a general-education school of the education department (set by
migration 0004 in «Настройки сети»).
"""

import pytest

from home.models import NetworkSettings
from partners.interaction import InteractionForm, derive, form_condition
from partners.models import PartnerPage
from tests.factories import PartnerPageFactory
from tests.partners.builders import department, organisation_type, translate_term

pytestmark = pytest.mark.django_db


def fresh(partner):
    """The partner as a new request would load it (no cached host settings)."""
    return PartnerPage.objects.get(pk=partner.pk)


def test_host_is_a_school_of_the_education_department():
    host = NetworkSettings.load()
    assert host.host_organisation_type.slug == "school"
    assert host.host_department.slug == "education"


@pytest.mark.parametrize(
    "type_slug, department_slug, expected, label",
    [
        ("school", "education", InteractionForm.HORIZONTAL, "Горизонтальная"),
        ("college", "education", InteractionForm.VERTICAL, "Вертикальная"),
        ("kindergarten", "education", InteractionForm.VERTICAL, "Вертикальная"),
        ("museum", "culture", InteractionForm.MIXED, "Смешанная"),
        ("enterprise", "economy", InteractionForm.MIXED, "Смешанная"),
        # Same type as the host but another department: still mixed.
        ("school", "culture", InteractionForm.MIXED, "Смешанная"),
    ],
)
def test_form_follows_type_and_department(
    partner_index, type_slug, department_slug, expected, label
):
    partner = PartnerPageFactory(
        parent=partner_index,
        organisation_type=organisation_type(type_slug),
        department=department(department_slug),
    )
    partner = fresh(partner)
    assert partner.interaction_form == expected
    assert partner.interaction_form_label == label


@pytest.mark.parametrize("missing", ["organisation_type", "department", "both"])
def test_no_form_while_type_or_department_is_missing(partner_index, missing):
    values = {"organisation_type": None, "department": None}
    if missing == "organisation_type":
        values["department"] = department("culture")
    elif missing == "department":
        values["organisation_type"] = organisation_type("museum")
    partner = fresh(PartnerPageFactory(parent=partner_index, **values))
    assert partner.interaction_form is None
    assert partner.interaction_form_label == ""


def test_no_form_while_the_host_is_not_configured(partner):
    host = NetworkSettings.load()
    host.host_department = None
    host.save()
    assert fresh(partner).interaction_form is None


def test_translated_term_counts_as_the_original():
    school, culture = organisation_type("school"), department("culture")
    education = department("education")
    english_school = translate_term(school, name="School")
    english_education = translate_term(education, name="Education")
    english_culture = translate_term(culture, name="Culture")
    assert derive(english_school, english_education, school, education) == "horizontal"
    assert derive(school, education, english_school, english_education) == "horizontal"
    assert derive(english_school, english_culture, school, education) == "mixed"
    assert derive(organisation_type("college"), education, english_school, english_education) == (
        "vertical"
    )


def test_partner_holding_translated_terms_keeps_its_form(partner):
    """Editors pick Russian terms; data imported with English ones must derive the same."""
    PartnerPage.objects.filter(pk=partner.pk).update(
        organisation_type=translate_term(organisation_type("school")),
        department=translate_term(department("education")),
    )
    assert fresh(partner).organisation_type.locale.language_code == "en"
    assert fresh(partner).interaction_form == InteractionForm.HORIZONTAL


def test_host_set_in_a_translated_term_still_matches(partner):
    host = NetworkSettings.load()
    host.host_organisation_type = translate_term(organisation_type("school"), name="School")
    host.host_department = translate_term(department("education"), name="Education")
    host.save()
    assert fresh(partner).interaction_form == InteractionForm.HORIZONTAL


def test_changing_the_host_changes_every_partners_form(partner, other_partner):
    assert fresh(partner).interaction_form == InteractionForm.HORIZONTAL
    assert fresh(other_partner).interaction_form == InteractionForm.MIXED

    host = NetworkSettings.load()
    host.host_organisation_type = organisation_type("museum")
    host.host_department = department("culture")
    host.save()

    assert fresh(partner).interaction_form == InteractionForm.MIXED
    assert fresh(other_partner).interaction_form == InteractionForm.HORIZONTAL

    host.host_organisation_type = organisation_type("theatre")
    host.save()
    assert fresh(other_partner).interaction_form == InteractionForm.VERTICAL


def test_derive_is_pure_and_needs_all_four_inputs():
    school, college = organisation_type("school"), organisation_type("college")
    education, culture = department("education"), department("culture")
    assert derive(school, education, school, education) == InteractionForm.HORIZONTAL
    assert derive(college, education, school, education) == InteractionForm.VERTICAL
    assert derive(college, culture, school, education) == InteractionForm.MIXED
    for args in [
        (None, education, school, education),
        (school, None, school, education),
        (school, education, None, education),
        (school, education, school, None),
    ]:
        assert derive(*args) is None


# SQL and Python agree -----------------------------------------------------------------------

PARTNER_MIX = [
    # (organisation type, department): None means not filled in yet
    ("school", "education"),
    ("school", "education"),
    ("college", "education"),
    ("kindergarten", "education"),
    ("university", "education"),
    ("museum", "culture"),
    ("theatre", "culture"),
    ("school", "culture"),
    ("enterprise", "economy"),
    ("ngo", "civil-society"),
    (None, "education"),
    (None, "culture"),  # a department but no type: no form yet
    ("museum", None),
    ("school", None),
    (None, None),
]


def build_mix(partner_index, translated=False):
    partners = []
    for n, (type_slug, department_slug) in enumerate(PARTNER_MIX):
        org_type = organisation_type(type_slug) if type_slug else None
        dept = department(department_slug) if department_slug else None
        partner = PartnerPageFactory(
            parent=partner_index,
            title=f"Организация {n}",
            organisation_type=org_type,
            department=dept,
        )
        if translated and n % 3 == 0:
            # English terms can only arrive by import: the admin offers Russian ones.
            PartnerPage.objects.filter(pk=partner.pk).update(
                organisation_type=translate_term(org_type) if org_type else None,
                department=translate_term(dept) if dept else None,
            )
        partners.append(partner)
    return partners


def forms_by_python_and_sql():
    host = NetworkSettings.load()
    result = {}
    for form in InteractionForm:
        condition = form_condition(form, host.host_organisation_type, host.host_department)
        by_sql = set(PartnerPage.objects.filter(condition).values_list("title", flat=True))
        by_python = {p.title for p in PartnerPage.objects.all() if p.interaction_form == form}
        result[form] = (by_sql, by_python)
    return result


@pytest.mark.parametrize("translated", [False, True], ids=["ru-terms", "some-translated"])
def test_sql_condition_selects_exactly_the_partners_derive_names(partner_index, translated):
    build_mix(partner_index, translated=translated)
    for form, (by_sql, by_python) in forms_by_python_and_sql().items():
        assert by_sql == by_python, form


def test_sql_and_python_agree_for_other_hosts(partner_index):
    build_mix(partner_index)
    host = NetworkSettings.load()
    for host_type, host_department in [
        ("museum", "culture"),
        ("college", "education"),
        ("enterprise", "economy"),
    ]:
        host.host_organisation_type = organisation_type(host_type)
        host.host_department = department(host_department)
        host.save()
        for form, (by_sql, by_python) in forms_by_python_and_sql().items():
            assert by_sql == by_python, (host_type, host_department, form)


def test_partner_without_a_type_is_not_selected_as_mixed(partner_index):
    """The card shows no form for it (type not filled in); the «Смешанная» filter must agree."""
    partner = PartnerPageFactory(
        parent=partner_index, organisation_type=None, department=department("culture")
    )
    assert fresh(partner).interaction_form is None
    host = NetworkSettings.load()
    mixed = form_condition(InteractionForm.MIXED, host.host_organisation_type, host.host_department)
    assert not PartnerPage.objects.filter(mixed, pk=partner.pk).exists()


def test_sql_selects_nobody_while_the_host_is_not_configured(partner_index):
    build_mix(partner_index)
    for form in InteractionForm:
        assert not PartnerPage.objects.filter(form_condition(form, None, department("education")))
        assert not PartnerPage.objects.filter(
            form_condition(form, organisation_type("school"), None)
        )
