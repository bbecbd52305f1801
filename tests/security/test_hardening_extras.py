"""Limits beyond the matrix: a partner cannot delete its own section; administrators cannot
touch superusers."""

import pytest
from django.urls import reverse

from partners.models import PartnerPage
from partners.provisioning import provision_partner
from tests import factories
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home_page):
    factories.PartnerIndexPageFactory(parent=home_page)
    return provision_partner(title="Лицей искусств", email="arts@example.org", invite=False)


def test_partner_cannot_delete_its_own_section(client, section):
    client.force_login(section.user)
    url = reverse("wagtailadmin_pages:delete", args=[section.partner.pk])
    response = client.post(url, follow=True)
    assert PartnerPage.objects.filter(pk=section.partner.pk).exists()
    assert "Раздел организации удаляют только редакторы" in response.content.decode()


def test_editor_can_delete_a_section(client, section):
    client.force_login(make_user("editor-del", "Редакторы"))
    client.post(reverse("wagtailadmin_pages:delete", args=[section.partner.pk]))
    assert not PartnerPage.objects.filter(pk=section.partner.pk).exists()


def test_administrator_cannot_edit_a_superuser(client, db):
    administrator = make_user("admin-x", "Администраторы")
    boss = factories.UserFactory(username="boss", is_superuser=True, is_staff=True)
    client.force_login(administrator)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[boss.pk]),
        {"username": "boss", "email": "boss@example.org", "first_name": "x", "last_name": "y"},
    )
    assert response.status_code in (302, 403)
    boss.refresh_from_db()
    assert boss.is_superuser and boss.first_name != "x"
