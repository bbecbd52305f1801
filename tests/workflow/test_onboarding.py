"""Becoming a partner: the public form, the administrator's decision, provisioning."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, GroupPagePermission

from home.models import Department, OrganisationType
from partners.applications import ApplicationStatus, PartnerApplication
from partners.models import PartnerPage
from partners.provisioning import ProvisioningError, provision_partner
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/become-partner/"


@pytest.fixture
def directory(home_page):
    return factories.PartnerIndexPageFactory(parent=home_page)


def application_data(**overrides):
    data = {
        "organisation_name": "Театр юного зрителя «Огонёк»",
        "full_name": "МБУК «Театр юного зрителя „Огонёк“»",
        "organisation_type": OrganisationType.objects.get(slug="theatre").pk,
        "department": Department.objects.get(slug="culture").pk,
        "contact_name": "Ольга Смирнова",
        "email": "ogonek@example.org",
        "offers": "Спектакли и мастер-классы по сценической речи для школьников.",
        "requests": "Ищем школы для совместного театрального проекта.",
        "consent": "on",
    }
    data.update(overrides)
    return data


def test_application_is_stored_and_administrators_are_told(client, directory, administrator):
    administrator.email = "admin@example.org"
    administrator.save()
    response = client.post(URL, application_data())
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1")
    application = PartnerApplication.objects.get()
    assert application.status == ApplicationStatus.NEW
    assert "Заявка отправлена" in client.get(response["Location"]).content.decode()


def test_administrators_get_an_email(
    client, directory, administrator, django_capture_on_commit_callbacks
):
    administrator.email = "admin@example.org"
    administrator.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, application_data())
    assert [m.to for m in mail.outbox] == [["admin@example.org"]]
    assert "Огонёк" in mail.outbox[0].subject


@pytest.mark.parametrize(
    ("field", "value"),
    [("email", "not-an-email"), ("organisation_name", ""), ("offers", ""), ("consent", "")],
)
def test_invalid_application_shows_errors_and_stores_nothing(client, directory, field, value):
    response = client.post(URL, application_data(**{field: value}))
    assert response.status_code == 400
    assert "Проверьте поля" in response.content.decode()
    assert not PartnerApplication.objects.exists()


def test_honeypot_pretends_success_and_stores_nothing(client, directory):
    response = client.post(URL, application_data(homepage="http://spam.example"))
    assert response.status_code == 302
    assert not PartnerApplication.objects.exists()


def test_rate_limit_per_address(client, directory):
    for number in range(5):
        response = client.post(URL, application_data(email=f"a{number}@example.org"))
        assert response.status_code == 302
    response = client.post(URL, application_data(email="a6@example.org"))
    assert response.status_code == 429
    assert "Попробуйте снова через час" in response.content.decode()
    assert PartnerApplication.objects.count() == 5


def test_form_needs_csrf_token(directory):
    client = Client(enforce_csrf_checks=True)
    response = client.post(URL, application_data())
    assert response.status_code == 403
    assert not PartnerApplication.objects.exists()


def test_approval_provisions_everything_once(
    client, directory, administrator, django_capture_on_commit_callbacks
):
    client.post(URL, application_data())
    application = PartnerApplication.objects.get()
    client.force_login(administrator)
    decide = reverse("partner_applications:decide", args=[application.pk])
    assert client.get(decide).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide, {"decision": "approve"})
    assert response.status_code == 302

    partner = PartnerPage.objects.get(title="Театр юного зрителя «Огонёк»")
    assert not partner.live  # a draft the partner fills in
    group = Group.objects.get(name="Партнёр: Театр юного зрителя «Огонёк»")
    assert partner.partner_group == group
    assert set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    ) == {(partner.pk, "add_page"), (partner.pk, "change_page")}
    assert partner.collection == Collection.objects.get(name="Театр юного зрителя «Огонёк»")
    assert partner.get_workflow().name == "Материалы партнёров"
    user = get_user_model().objects.get(email="ogonek@example.org")
    assert list(user.groups.all()) == [group]
    assert not user.has_usable_password()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.partner == partner

    # The invitation carries a working set-password link.
    invitation = [m for m in mail.outbox if "ogonek@example.org" in m.to][0]
    link = re.search(r"https?://\S+", invitation.body).group(0)
    path = link.split("testserver", 1)[1]
    client.logout()
    response = client.get(path, follow=True)
    assert response.status_code == 200
    set_password = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(
        set_password,
        {"new_password1": "Огонёк-пароль-2026", "new_password2": "Огонёк-пароль-2026"},
    )
    assert response.status_code == 302
    assert client.login(username=user.username, password="Огонёк-пароль-2026")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[partner.pk])).status_code == 200

    # Deciding again is refused; provisioning the same partner again creates nothing new.
    client.force_login(administrator)
    response = client.post(decide, {"decision": "approve"}, follow=True)
    assert "уже рассмотрена" in response.content.decode()
    counts = (
        PartnerPage.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        get_user_model().objects.count(),
    )
    provision_partner(
        title="Театр юного зрителя «Огонёк»", email="ogonek@example.org", invite=False
    )
    assert counts == (
        PartnerPage.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        get_user_model().objects.count(),
    )


def test_rejection_needs_a_reason_and_provisions_nothing(
    client, directory, administrator, django_capture_on_commit_callbacks
):
    client.post(URL, application_data())
    application = PartnerApplication.objects.get()
    client.force_login(administrator)
    decide = reverse("partner_applications:decide", args=[application.pk])
    response = client.post(decide, {"decision": "reject", "reason": ""})
    assert response.status_code == 200
    assert "причину отказа" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(decide, {"decision": "reject", "reason": "Организация вне нашего региона."})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert not PartnerPage.objects.exists()
    assert not Group.objects.filter(name__startswith="Партнёр:").exists()
    assert [m.to for m in mail.outbox] == [["ogonek@example.org"]]
    assert "Организация вне нашего региона." in mail.outbox[0].body


def test_only_administrators_decide(client, directory, editor):
    client.post(URL, application_data())
    application = PartnerApplication.objects.get()
    client.force_login(editor)
    response = client.post(
        reverse("partner_applications:decide", args=[application.pk]), {"decision": "approve"}
    )
    assert response.status_code in (302, 403)
    assert not PartnerPage.objects.exists()
    assert client.get(reverse("partner_applications:index")).status_code in (302, 403)


def test_failed_provisioning_leaves_nothing_behind(client, home_page, administrator):
    """No partner directory yet: the approval fails with a clear message, all rolled back."""
    client.post(URL, application_data())
    application = PartnerApplication.objects.get()
    client.force_login(administrator)
    response = client.post(
        reverse("partner_applications:decide", args=[application.pk]), {"decision": "approve"}
    )
    assert response.status_code == 200
    assert "нет каталога партнёров" in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.NEW
    assert not Group.objects.filter(name__startswith="Партнёр:").exists()
    assert not get_user_model().objects.filter(email="ogonek@example.org").exists()


def test_provision_partner_command(directory, capsys):
    call_command(
        "provision_partner",
        "Детская библиотека № 2",
        "lib2@example.org",
        "--type",
        "library",
        "--department",
        "culture",
        "--no-invite",
    )
    call_command("provision_partner", "Детская библиотека № 2", "lib2@example.org", "--no-invite")
    out = capsys.readouterr().out
    assert "создан" in out and "уже был" in out
    assert PartnerPage.objects.filter(title="Детская библиотека № 2").count() == 1
    partner = PartnerPage.objects.get(title="Детская библиотека № 2")
    assert partner.organisation_type.slug == "library"


def test_provision_partner_command_names_bad_codes(directory):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="school"):
        call_command("provision_partner", "X", "x@example.org", "--type", "shcool")


def test_provisioning_without_email_is_refused(directory):
    with pytest.raises(ProvisioningError):
        provision_partner(title="Без почты", email="")
