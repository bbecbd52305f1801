"""The demo network (``manage.py load_demo``): partners, material, files, and idempotence.

The load is slow (tens of seconds), so it runs once for the module inside a transaction that
is rolled back afterwards: the other test modules never see the demo data.
"""

import io

import docx
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from home.models import CustomDocument, CustomImage, Department, OrganisationType
from partners.interaction import InteractionForm
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import (
    CollectionPage,
    ContestIndexPage,
    ContestPhase,
    ContestRegulationPage,
    EventFormat,
    EventIndexPage,
    EventPage,
    ExperiencePublicationPage,
    PublicationIndexPage,
    WebinarIndexPage,
    WebinarPage,
)
from publications.video import parse_video_url


@pytest.fixture
def loaded(demo, db):
    return demo


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "documents": CustomDocument.objects.count(),
        "images": CustomImage.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
    }


def ru(model):
    return model.objects.filter(locale__language_code="ru")


def document_text(document):
    """The text of a generated DOCX, or "" for other files."""
    if not document.file.name.endswith(".docx"):
        return ""
    with document.file.open("rb") as handle:
        return "\n".join(p.text for p in docx.Document(handle).paragraphs)


def is_readable(document):
    storage = document.file.storage
    if not storage.exists(document.file.name) or document.file.size < 1000:
        return False
    with document.file.open("rb") as handle:
        head = handle.read(5)
    if document.file.name.endswith(".pdf"):
        return head == b"%PDF-"
    return len(document_text(document)) > 200


# Partners -------------------------------------------------------------------------------------


def test_partners_cover_every_type_department_and_interaction_form(loaded):
    partners = list(PartnerPage.objects.live().select_related("organisation_type", "department"))
    assert len(partners) >= 12
    assert {p.organisation_type.slug for p in partners} == set(
        ru(OrganisationType).values_list("slug", flat=True)
    )
    assert {p.department.slug for p in partners} == set(
        ru(Department).values_list("slug", flat=True)
    )
    assert {p.interaction_form for p in partners} == set(InteractionForm.values)


def test_partner_profiles_are_complete(loaded):
    partners = PartnerPage.objects.live().prefetch_related("contacts", "projects")
    for partner in partners:
        assert partner.full_name and partner.address and partner.phone, partner.title
        assert partner.website.startswith("https://example.org/"), partner.title
        assert partner.email.endswith("example.org"), partner.title
        assert 45.0 <= partner.latitude <= 45.7 and 38.9 <= partner.longitude <= 39.6
        assert partner.description.startswith("<p>")
        assert {block.block_type for block in partner.resources} <= {
            "course",
            "master_class",
            "excursion",
            "venue",
            "equipment",
        }
        assert len(partner.resources) >= 1
        assert 1 <= len(partner.contacts.all()) <= 2
        assert partner.projects.all()
        assert partner.logo and partner.logo.width == partner.logo.height
        assert partner.agreement_number and partner.agreement_signed
        assert is_readable(partner.agreement_document), partner.title
        assert partner.revisions.exists()
    agreements = {partner.agreement_is_active for partner in partners}
    assert agreements == {True, False}, "some agreements active, at least one expired"
    assert ru(PartnerIndexPage).get(slug="partners").show_in_menus


def test_partner_accounts_are_in_their_partner_groups(loaded):
    school = get_user_model().objects.get(username="partner1")
    museum = get_user_model().objects.get(username="partner2")
    assert school.groups.filter(name="Партнёр: СОШ № 7 ст. Примерной").exists()
    assert museum.groups.get().name.startswith("Партнёр: Музей")
    assert "partner1" in loaded.output and "Партнёр: СОШ № 7 ст. Примерной" in loaded.output


# Material -------------------------------------------------------------------------------------


def test_indexes_are_in_the_menu(loaded):
    for model, slug in [
        (PublicationIndexPage, "publications"),
        (ContestIndexPage, "contests"),
        (WebinarIndexPage, "webinars"),
        (EventIndexPage, "events"),
    ]:
        page = ru(model).get(slug=slug)
        assert page.live and page.show_in_menus


def test_forty_publications_with_readable_attachments(loaded):
    publications = list(
        ru(ExperiencePublicationPage)
        .live()
        .prefetch_related("authors", "subject_areas", "education_levels", "audiences", "tags")
    )
    assert len(publications) == 40
    under_index = [p for p in publications if p.partner is None]
    assert 1 <= len(under_index) < 10, "mostly in partner sections, a few network-level"
    today = timezone.localdate()
    for page in publications:
        assert page.summary and page.body and page.material_type and page.licence
        assert page.authors.all() and page.tags.all(), page.title
        assert page.subject_areas.all() and page.education_levels.all() and page.audiences.all()
        assert 0 <= (today - page.publication_date).days <= 3 * 366
        documents = page.documents
        assert documents, page.title
        assert any(is_readable(document) for document in documents), page.title
        assert any(page.title in document_text(document) for document in documents)
    spread = {p.publication_date.year for p in publications}
    assert len(spread) >= 3


def test_contests_cover_every_phase_and_one_has_two_editions(loaded):
    contests = list(ru(ContestRegulationPage).live())
    assert len(contests) == 8
    assert {contest.phase for contest in contests} == set(ContestPhase.values)
    for contest in contests:
        assert contest.nominations and contest.participants and contest.level
        assert is_readable(contest.regulation_document), contest.title
        assert contest.application_form and contest.contact_email
        if contest.phase in (ContestPhase.RESULTS, ContestPhase.ARCHIVED):
            assert is_readable(contest.results_document), contest.title
    twice = [contest for contest in contests if len(contest.editions()) >= 2]
    assert twice
    notes = [edition["note"] for edition in twice[0].editions()]
    assert notes[0] and len(set(notes)) == len(notes)


def test_webinars_past_with_video_upcoming_with_registration(loaded):
    webinars = list(WebinarPage.objects.live().prefetch_related("speakers"))
    assert len(webinars) >= 8
    past = [w for w in webinars if not w.is_upcoming]
    upcoming = [w for w in webinars if w.is_upcoming]
    assert len(past) >= 3 and len(upcoming) >= 2
    assert {parse_video_url(w.video_url).provider for w in past} == {"youtube", "rutube", "vk"}
    for webinar in past:
        assert webinar.chapter_list() and webinar.transcript.count("\n\n") >= 2
    for webinar in upcoming:
        assert webinar.registration_url.startswith("https://") and not webinar.video_url
    for webinar in webinars:
        assert webinar.speakers.all() and webinar.documents
    assert any(s.partner_id for w in webinars for s in w.speakers.all())


def test_events_of_every_format_past_and_upcoming(loaded):
    events = list(EventPage.objects.live().filter(locale__language_code="ru"))
    assert len(events) == 6
    assert {event.format for event in events} == set(EventFormat.values)
    assert {event.is_past for event in events} == {True, False}
    for event in events:
        assert event.programme and (event.venue or event.online_url)
        assert event.end > event.start


def test_collections_find_material(loaded):
    collections = list(ru(CollectionPage).live())
    assert len(collections) == 3
    for collection in collections:
        assert collection.matching_items(), collection.title


def test_demo_pages_render(loaded, client):
    urls = ["/", "/partners/", "/publications/", "/contests/", "/webinars/", "/events/"]
    for model in (
        PartnerPage,
        ExperiencePublicationPage,
        ContestRegulationPage,
        WebinarPage,
        EventPage,
        CollectionPage,
    ):
        urls.append(model.objects.live().first().url)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_second_run_creates_nothing(loaded):
    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert "Готово: создано объектов 0" in out.getvalue()
