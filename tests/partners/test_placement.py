"""Where the partner directory and partner sections can be created in the page tree."""

import pytest
from wagtail.models import Locale, Page

from home.models import StandardPage
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import (
    CollectionPage,
    ContestRegulationPage,
    EventPage,
    ExperiencePublicationPage,
    PublicationIndexPage,
    WebinarPage,
)
from tests.factories import (
    ExperiencePublicationPageFactory,
    PublicationIndexPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def test_partner_directory_goes_on_the_home_page(home_page):
    assert PartnerIndexPage.can_create_at(home_page)
    assert PartnerIndexPage.parent_page_types == ["home.HomePage"]


def test_only_one_partner_directory_per_home_page(home_page, partner_index):
    assert not PartnerIndexPage.can_create_at(home_page)
    # Other page types are still offered on the home page.
    assert PublicationIndexPage.can_create_at(home_page)


def test_english_home_page_gets_its_own_partner_directory(home_page, partner_index):
    english_home = home_page.copy_for_translation(Locale.objects.get(language_code="en"))
    assert PartnerIndexPage.can_create_at(english_home)
    assert not PartnerIndexPage.can_create_at(home_page)


@pytest.mark.parametrize("where", ["root", "standard", "partner_index", "partner", "publications"])
def test_partner_directory_refused_elsewhere(where, home_page, partner_index, partner):
    parents = {
        "root": Page.get_first_root_node(),
        "standard": StandardPageFactory(parent=home_page),
        "partner_index": partner_index,
        "partner": partner,
        "publications": PublicationIndexPageFactory(parent=home_page),
    }
    assert not PartnerIndexPage.can_create_at(parents[where])


def test_partner_directory_holds_only_partners():
    assert PartnerIndexPage.allowed_subpage_models() == [PartnerPage]


def test_partner_section_goes_in_the_directory_any_number_of_times(partner_index, partner):
    assert PartnerPage.can_create_at(partner_index)  # a second, third… partner


@pytest.mark.parametrize(
    "where", ["root", "home", "standard", "partner", "publications", "publication"]
)
def test_partner_section_refused_outside_the_directory(where, home_page, partner):
    parents = {
        "root": Page.get_first_root_node(),
        "home": home_page,
        "standard": StandardPageFactory(parent=home_page),
        "partner": partner,  # a partner inside another partner
        "publications": PublicationIndexPageFactory(parent=home_page),
        "publication": ExperiencePublicationPageFactory(parent=partner),
    }
    assert not PartnerPage.can_create_at(parents[where])


def test_partner_section_holds_exactly_the_four_material_types(partner):
    assert set(PartnerPage.allowed_subpage_models()) == {
        ExperiencePublicationPage,
        ContestRegulationPage,
        WebinarPage,
        EventPage,
    }
    for model in (ExperiencePublicationPage, ContestRegulationPage, WebinarPage, EventPage):
        assert model.can_create_at(partner)
    for model in (
        PartnerPage,
        PartnerIndexPage,
        PublicationIndexPage,
        CollectionPage,
        StandardPage,
    ):
        assert not model.can_create_at(partner)
