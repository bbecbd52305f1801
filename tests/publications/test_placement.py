"""Where material pages, their indexes and collections can be created in the page tree."""

import pytest
from django.apps import apps
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import (
    CollectionPage,
    ContestIndexPage,
    ContestRegulationPage,
    EventIndexPage,
    EventPage,
    ExperiencePublicationPage,
    PublicationIndexPage,
    WebinarIndexPage,
    WebinarPage,
)
from tests.factories import (
    CollectionPageFactory,
    ContestIndexPageFactory,
    ContestRegulationPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperiencePublicationPageFactory,
    PartnerPageFactory,
    PublicationIndexPageFactory,
    StandardPageFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
)

pytestmark = pytest.mark.django_db

MATERIALS = {
    ExperiencePublicationPage: (PublicationIndexPage, ExperiencePublicationPageFactory),
    ContestRegulationPage: (ContestIndexPage, ContestRegulationPageFactory),
    WebinarPage: (WebinarIndexPage, WebinarPageFactory),
    EventPage: (EventIndexPage, EventPageFactory),
}
INDEXES = {
    PublicationIndexPage: PublicationIndexPageFactory,
    ContestIndexPage: ContestIndexPageFactory,
    WebinarIndexPage: WebinarIndexPageFactory,
    EventIndexPage: EventIndexPageFactory,
}
ALL_TYPES = [
    PartnerIndexPage,
    PartnerPage,
    *MATERIALS,
    *INDEXES,
    CollectionPage,
]


@pytest.fixture
def tree(home_page, partner_index, partner):
    """One page of every kind a material could be misplaced under."""
    other = PartnerPageFactory(parent=partner_index, title="Колледж", slug="college")
    indexes = {model: factory(parent=home_page) for model, factory in INDEXES.items()}
    return {
        "root": Page.get_first_root_node(),
        "home": home_page,
        "standard": StandardPageFactory(parent=home_page),
        "partner_index": partner_index,
        "partner": partner,
        "other_partner": other,
        "other_partners_publication": ExperiencePublicationPageFactory(parent=other),
        "other_partners_contest": ContestRegulationPageFactory(parent=other),
        "collection": CollectionPageFactory(parent=home_page),
        **{model.__name__: page for model, page in indexes.items()},
    }


@pytest.mark.parametrize("model", MATERIALS, ids=lambda m: m.__name__)
def test_material_goes_under_a_partner_or_its_own_index(model, tree):
    own_index = MATERIALS[model][0]
    assert model.can_create_at(tree["partner"])
    assert model.can_create_at(tree["other_partner"])
    assert model.can_create_at(tree[own_index.__name__])


@pytest.mark.parametrize("model", MATERIALS, ids=lambda m: m.__name__)
def test_material_refused_anywhere_else(model, tree):
    own_index = MATERIALS[model][0].__name__
    refused = [
        "root",
        "home",
        "standard",
        "partner_index",
        "other_partners_publication",
        "other_partners_contest",
        "collection",
    ] + [name for name in (m.__name__ for m in INDEXES) if name != own_index]
    allowed_anyway = [where for where in refused if model.can_create_at(tree[where])]
    assert allowed_anyway == []


@pytest.mark.parametrize("model", MATERIALS, ids=lambda m: m.__name__)
def test_material_pages_have_no_children(model):
    assert model.allowed_subpage_models() == []


@pytest.mark.parametrize("model", INDEXES, ids=lambda m: m.__name__)
def test_index_goes_once_on_the_home_page(model, home_page):
    assert model.can_create_at(home_page)
    INDEXES[model](parent=home_page)
    assert not model.can_create_at(home_page)


@pytest.mark.parametrize("model", INDEXES, ids=lambda m: m.__name__)
def test_index_refused_under_partner_and_elsewhere(model, tree):
    refused = ["root", "standard", "partner_index", "partner", "collection"]
    assert [where for where in refused if model.can_create_at(tree[where])] == []


@pytest.mark.parametrize("model", INDEXES, ids=lambda m: m.__name__)
def test_index_holds_only_its_own_material(model):
    listed = apps.get_model(model.listing_model)
    assert model.allowed_subpage_models() == [listed]


@pytest.mark.parametrize("model", INDEXES, ids=lambda m: m.__name__)
def test_each_language_has_its_own_index(model, home_page):
    INDEXES[model](parent=home_page)
    english_home = home_page.copy_for_translation(Locale.objects.get(language_code="en"))
    assert model.can_create_at(english_home)


def test_home_page_offers_indexes_directory_and_collections_but_no_material(home_page):
    offered = set(HomePage.allowed_subpage_models())
    assert {
        PartnerIndexPage,
        PublicationIndexPage,
        ContestIndexPage,
        WebinarIndexPage,
        EventIndexPage,
        CollectionPage,
    } <= offered
    assert not offered & {PartnerPage, *MATERIALS}


def test_collection_goes_on_home_page_and_nests(home_page):
    assert CollectionPage.can_create_at(home_page)
    collection = CollectionPageFactory(parent=home_page)
    assert CollectionPage.can_create_at(collection)
    assert CollectionPage.allowed_subpage_models() == [CollectionPage]
    # Any number of collections: no per-parent limit.
    assert CollectionPage.can_create_at(home_page)


def test_collection_can_be_created_under_an_information_page(home_page):
    """CollectionPage declares «home.StandardPage» as a parent; the page type must accept it."""
    about = StandardPageFactory(parent=home_page)
    assert CollectionPage.can_create_at(about)


def test_collection_refused_in_partner_sections_and_indexes(tree):
    refused = ["root", "partner_index", "partner", "other_partners_publication"] + [
        m.__name__ for m in INDEXES
    ]
    assert [where for where in refused if CollectionPage.can_create_at(tree[where])] == []


@pytest.mark.parametrize("model", ALL_TYPES, ids=lambda m: m.__name__)
def test_every_declared_parent_accepts_the_page_type(model):
    """A declared parent that refuses the child makes the declaration dead: editors never see
    the page type offered there."""
    refusing = [
        parent.__name__
        for parent in model.clean_parent_page_models()
        if model not in parent.allowed_subpage_models()
    ]
    assert refusing == []


def test_standard_page_keeps_partner_material_out(home_page):
    about = StandardPageFactory(parent=home_page)
    for model in (PartnerIndexPage, PartnerPage, *MATERIALS, *INDEXES):
        assert not model.can_create_at(about), model.__name__
    assert StandardPage.can_create_at(about)
