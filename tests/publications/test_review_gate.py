"""The completeness gate in the real admin: drafts save half-filled, publishing needs metadata.

Posts go through Wagtail's own create view, as an editor's browser would send them.
"""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from publications.models import EventPage, ExperiencePublicationPage
from tests.factories import UserFactory
from tests.partners.builders import level, material_type, subject

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="superuser", is_superuser=True, is_staff=True))
    return client


def add_url(model_name, parent):
    return reverse("wagtailadmin_pages:add", args=("publications", model_name, parent.pk))


def publication_data(**fields):
    """Only a title and slug, plus the empty StreamFields and the authors' inline formset.

    Multiple-choice fields (lists of ids) are passed flat, as a browser sends them."""
    nested = {
        "title": "Проектная неделя в пятых классах",
        "slug": "project-week",
        "publication_date": "2025-02-10",
        "body": streamfield([]),
        "attachments": streamfield([]),
        "authors": inline_formset([]),
    }
    flat = {}
    for name, value in fields.items():
        (flat if isinstance(value, list) else nested)[name] = value
    return {**nested_form_data(nested), **flat}


def complete_publication_data(**fields):
    data = {
        "summary": "Как мы провели проектную неделю с музеем и колледжем.",
        "subject_areas": [subject("history").pk, subject("local-history").pk],
        "education_levels": [level("basic").pk],
        "material_type": material_type("case-study").pk,
        "licence": "cc-by-4.0",
        "body": streamfield([("paragraph", rich_text("<p>Неделя началась с экскурсии.</p>"))]),
        "authors": inline_formset([{"name": "Иванова Мария Петровна", "position": "учитель"}]),
    }
    data.update(fields)
    return publication_data(**data)


def test_half_filled_draft_is_saved(admin_client, partner):
    response = admin_client.post(add_url("experiencepublicationpage", partner), publication_data())
    assert response.status_code == 302
    page = ExperiencePublicationPage.objects.get(slug="project-week")
    assert not page.live
    assert page.get_parent().pk == partner.pk
    assert page.has_unpublished_changes


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_publishing_or_submitting_a_half_filled_page_is_refused(admin_client, partner, action):
    response = admin_client.post(
        add_url("experiencepublicationpage", partner), publication_data(**{action: action})
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Чтобы отправить материал на проверку или опубликовать его, заполните:" in html
    for label in ["Кратко", "Предметные области", "Уровни образования", "Вид материала"]:
        assert label in html.split("заполните:")[1].split("Черновик")[0], label
    assert "Лицензия" in html.split("заполните:")[1].split("Черновик")[0]
    assert "Черновик можно сохранить и без этого." in html
    assert "Добавьте текст публикации или хотя бы один файл" in html
    assert not ExperiencePublicationPage.objects.filter(slug="project-week").exists()


def test_missing_fields_are_named_and_present_ones_are_not(admin_client, partner):
    data = complete_publication_data(summary="", licence="", **{"action-publish": "1"})
    response = admin_client.post(add_url("experiencepublicationpage", partner), data)
    assert response.status_code == 200
    html = response.content.decode()
    missing = html.split("заполните:")[1].split(". Черновик")[0]
    assert missing.strip() == "Кратко, Лицензия"
    assert not ExperiencePublicationPage.objects.filter(slug="project-week").exists()


def test_complete_publication_is_published(admin_client, partner):
    data = complete_publication_data(**{"action-publish": "action-publish"})
    response = admin_client.post(add_url("experiencepublicationpage", partner), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ExperiencePublicationPage.objects.get(slug="project-week")
    assert page.live
    assert {term.slug for term in page.subject_areas.all()} == {"history", "local-history"}
    assert [author.name for author in page.authors.all()] == ["Иванова Мария Петровна"]
    assert page.partner.pk == partner.pk


def test_attachment_alone_is_enough_text(admin_client, partner):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Программа недели", file=ContentFile(b"%PDF-1.4 test", name="programme.pdf")
    )
    data = complete_publication_data(
        body=streamfield([]),
        attachments=streamfield(
            [("attachment", {"document": document.pk, "description": "Программа"})]
        ),
        **{"action-publish": "1"},
    )
    response = admin_client.post(add_url("experiencepublicationpage", partner), data)
    assert response.status_code == 302
    assert ExperiencePublicationPage.objects.get(slug="project-week").live


# Events: the cross-field rule ---------------------------------------------------------------


def event_data(**fields):
    data = {
        "title": "Круглый стол «Школа и музей»",
        "slug": "school-and-museum",
        "format": "round_table",
        "summary": "Обсуждаем совместные проекты.",
        "start": "2025-05-10 10:00",
        "end": "2025-05-10 13:00",
        "venue": "Краеведческий музей, ул. Красная, 1",
        "online_url": "",
        "body": streamfield([]),
        "attachments": streamfield([]),
        "programme": streamfield([]),
    }
    data.update(fields)
    return nested_form_data(data)


def test_event_ending_before_it_starts_is_refused(admin_client, partner):
    data = event_data(end="2025-05-10 09:00", **{"action-publish": "1"})
    response = admin_client.post(add_url("eventpage", partner), data)
    assert response.status_code == 200
    assert "Окончание мероприятия раньше его начала: проверьте даты." in response.content.decode()
    assert not EventPage.objects.filter(slug="school-and-museum").exists()


def test_event_needs_a_place_or_a_link(admin_client, partner):
    data = event_data(venue="", online_url="", **{"action-publish": "1"})
    response = admin_client.post(add_url("eventpage", partner), data)
    assert response.status_code == 200
    assert "Укажите место проведения или ссылку для онлайн-участия." in (response.content.decode())


def test_event_with_wrong_dates_can_still_be_saved_as_draft(admin_client, partner):
    response = admin_client.post(add_url("eventpage", partner), event_data(end="2025-05-10 09:00"))
    assert response.status_code == 302
    assert not EventPage.objects.get(slug="school-and-museum").live


def test_complete_event_is_published(admin_client, partner):
    response = admin_client.post(
        add_url("eventpage", partner), event_data(**{"action-publish": "1"})
    )
    assert response.status_code == 302
    event = EventPage.objects.get(slug="school-and-museum")
    assert event.live
    assert event.end - event.start == datetime.timedelta(hours=3)


def test_event_missing_required_dates_names_them(admin_client, partner):
    data = event_data(start="", end="", **{"action-publish": "1"})
    response = admin_client.post(add_url("eventpage", partner), data)
    assert response.status_code == 200
    missing = response.content.decode().split("заполните:")[1].split(". Черновик")[0]
    assert missing.strip() == "Начало, Окончание"
