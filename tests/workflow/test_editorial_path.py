"""The whole path through the real admin views: a partner drafts and submits, the
methodologist and the editor approve, the page is live and found; and the rejection path."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import CustomDocument
from publications.models import ExperiencePublicationPage

pytestmark = pytest.mark.django_db

TITLE = "Краеведческая экспедиция с музеем"


def upload_document(client, collection):
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "План экспедиции",
            "collection": collection.pk,
            "file": SimpleUploadedFile(
                "plan.txt", "План экспедиции: маршрут, задания, отчёт.".encode(), "text/plain"
            ),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "login" not in response["Location"], response["Location"]
    return CustomDocument.objects.get(title="План экспедиции")


def publication_form(terms, document=None, **overrides):
    data = {
        "title": TITLE,
        "slug": "kraevedcheskaya-ekspediciya",
        "summary": "Как школа и музей вместе провели экспедицию по станице.",
        "licence": "cc-by-4.0",
        "material_type": terms["material_type"].pk,
        "publication_date": "2026-11-20",
        "subject_areas": [terms["subject"].pk],
        "education_levels": [terms["level"].pk],
        "authors": inline_formset([{"name": "Иванова Мария Петровна", "position": "учитель"}]),
        "body": streamfield(
            [("paragraph", rich_text("<p>Маршрут экспедиции прошёл по старым улицам станицы.</p>"))]
        ),
        "attachments": streamfield(
            [("attachment", {"document": document.pk, "description": "Маршрут"})]
            if document
            else []
        ),
        "nominations": streamfield([]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    for name in ("subject_areas", "education_levels"):
        form[name] = data[name]
    return form


def create_and_submit(client, network, terms):
    a = network["a"]
    client.login(username=a.user.username, password="test-password-123")
    document = upload_document(client, a.collection)
    assert document.collection_id == a.collection.pk
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=("publications", "experiencepublicationpage", a.partner.pk),
    )
    response = client.post(add_url, {**publication_form(terms, document), "action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ExperiencePublicationPage.objects.get(slug="kraevedcheskaya-ekspediciya")
    client.logout()
    return page


def act(client, user, page, action, comment=""):
    client.force_login(user)
    state = WorkflowState.objects.get(
        base_content_type__model="page",
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)),
        {"comment": comment},
    )
    client.logout()
    assert response.status_code in (200, 302), response.content.decode()[:2000]
    return task_state


def test_partner_submits_reviewers_approve_visitor_finds(client, network, terms, reindex):
    page = create_and_submit(client, network, terms)
    page.refresh_from_db()
    assert not page.live
    assert client.get("/publications/").content.decode().count(TITLE) == 0

    state = page.current_workflow_state
    assert state.current_task_state.task.name == "Методическая экспертиза"
    # Only methodologists were told about the submission.
    recipients = {address for message in mail.outbox for address in message.to}
    assert "m@example.org" in recipients
    assert not recipients & {"museum@example.org", "e@example.org"}

    mail.outbox.clear()
    act(client, network["methodologist"], page, "approve", "Методически грамотно.")
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task.name == "Редакционное утверждение"
    recipients = {address for message in mail.outbox for address in message.to}
    assert "e@example.org" in recipients
    assert "museum@example.org" not in recipients

    act(client, network["editor"], page, "approve")
    page.refresh_from_db()
    assert page.live
    assert TITLE in client.get("/publications/").content.decode()
    reindex()
    results = client.get("/search/", {"q": "экспедиция"}).content.decode()
    assert TITLE in results


def test_rejection_returns_draft_with_comment(client, network, terms):
    page = create_and_submit(client, network, terms)
    mail.outbox.clear()
    act(client, network["methodologist"], page, "reject", "Добавьте описание заданий.")
    page.refresh_from_db()
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # The author is told, with the comment; the other partner is not.
    to_author = [m for m in mail.outbox if "school9@example.org" in m.to]
    assert to_author
    assert any("Добавьте описание заданий." in (m.body + str(m.alternatives)) for m in to_author)
    assert not any("museum@example.org" in m.to for m in mail.outbox)
    # The draft is back in the author's hands: they can edit and see the comment.
    client.login(username=network["a"].user.username, password="test-password-123")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    assert "Добавьте описание заданий." in edit.content.decode()


def test_completeness_gate_blocks_submit_but_not_draft(client, network, terms):
    a = network["a"]
    client.login(username=a.user.username, password="test-password-123")
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=("publications", "experiencepublicationpage", a.partner.pk),
    )
    incomplete = publication_form(
        terms,
        summary="",
        licence="",
        material_type="",
        subject_areas=[],
        body=streamfield([]),
    )
    response = client.post(add_url, {**incomplete, "action-submit": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Кратко", "Предметные области", "Вид материала", "Лицензия"):
        assert label in html.split("Чтобы отправить материал на проверку")[1][:600]
    assert "Добавьте текст публикации или хотя бы один файл" in html
    assert not ExperiencePublicationPage.objects.filter(slug="kraevedcheskaya-ekspediciya").exists()

    response = client.post(add_url, incomplete)  # plain "save draft"
    assert response.status_code == 302
    draft = ExperiencePublicationPage.objects.get(slug="kraevedcheskaya-ekspediciya")
    assert not draft.live
    assert draft.current_workflow_state is None


def test_partner_cannot_publish_even_by_forging_the_button(client, network, terms):
    a = network["a"]
    client.login(username=a.user.username, password="test-password-123")
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=("publications", "experiencepublicationpage", a.partner.pk),
    )
    response = client.post(add_url, {**publication_form(terms), "action-publish": "1"})
    page = ExperiencePublicationPage.objects.filter(slug="kraevedcheskaya-ekspediciya").first()
    assert page is None or not page.live
    assert response.status_code in (200, 302, 403)
