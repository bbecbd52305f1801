"""Dashboard panels: reviewers see what awaits them, partners their own material and its
state, editors this month's contest dates."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(network):
    a = network["a"]
    page = factories.ExperiencePublicationPageFactory(
        parent=a.partner, title="Опыт наставничества", live=False
    )
    revision = page.save_revision(user=a.user)
    Workflow.objects.get(name="Материалы партнёров").start(page, a.user)
    draft = factories.ExperiencePublicationPageFactory(
        parent=a.partner, title="Черновик про экологию", live=False
    )
    draft.save_revision(user=a.user)
    return {"page": page, "draft": draft, "revision": revision}


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_partner_sees_own_material_with_state(client, network, submitted):
    html = dashboard(client, network["a"].user)
    panel = html.split('id="my-submissions-section"')[1]
    assert "Опыт наставничества" in panel
    assert "На проверке: Методическая экспертиза" in panel
    assert "Черновик про экологию" in panel
    assert "Черновик" in panel


def test_other_partner_sees_nothing_of_it(client, network, submitted):
    html = dashboard(client, network["b"].user)
    assert "Опыт наставничества" not in html
    assert "Черновик про экологию" not in html


def test_rejected_material_shows_reviewers_comment(client, network, submitted):
    page = submitted["page"]
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(
        task_state, network["methodologist"], "reject", comment="Уточните цели урока."
    )
    html = dashboard(client, network["a"].user)
    panel = html.split('id="my-submissions-section"')[1]
    assert "Возвращено на доработку" in panel
    assert "Уточните цели урока." in panel


def test_methodologist_sees_what_awaits_review(client, network, submitted):
    html = dashboard(client, network["methodologist"])
    assert "Опыт наставничества" in html
    assert "Черновик про экологию" not in html
    # Not the editor's turn yet.
    assert "Опыт наставничества" not in dashboard(client, network["editor"])


def test_editor_sees_contest_dates_this_month(client, network, home_page):
    today = timezone.localdate()
    factories.ContestRegulationPageFactory(
        parent=network["a"].partner,
        title="Конкурс юных экскурсоводов",
        applications_open=today - datetime.timedelta(days=40),
        application_deadline=today,
        results_date=today + datetime.timedelta(days=80),
    )
    html = dashboard(client, network["editor"])
    panel = html.split('id="deadlines-this-month-section"')[1]
    assert "Конкурс юных экскурсоводов" in panel
    assert "конец приёма заявок" in panel
    assert "сегодня" in panel
    assert 'id="deadlines-this-month-section"' not in dashboard(client, network["a"].user)
