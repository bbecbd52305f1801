"""Becoming a partner: the public form, the administrator's decision, the invitation email."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from partners.applications import ApplicationStatus, PartnerApplication

from . import support

NAME = "Театр кукол «Теремок»"
EMAIL = "teremok@example.org"
PASSWORD = "Теремок-пароль-2026"


@pytest.mark.flow(7)
def test_application_approved_partner_sets_password_and_logs_in(new_page, live_server):
    """«Стать партнёром»: заявка, одобрение администратором, пароль по ссылке из письма, вход"""
    applicant = new_page()
    applicant.goto("/")
    applicant.get_by_role("link", name="Стать партнёром сети").click()
    expect(applicant.get_by_role("heading", level=1)).to_have_text("Стать партнёром сети")
    applicant.get_by_role("textbox", name=re.compile("^Организация")).fill(NAME)
    applicant.get_by_role("combobox", name=re.compile("^Тип организации")).select_option(
        label="Театр"
    )
    applicant.get_by_role("combobox", name=re.compile("^Ведомство")).select_option(label="Культура")
    applicant.get_by_role("textbox", name=re.compile("^Контактное лицо")).fill("Ирина Котова")
    applicant.get_by_role("textbox", name=re.compile("^Электронная почта")).fill(EMAIL)
    applicant.get_by_role("textbox", name=re.compile("^Что организация предлагает")).fill(
        "Кукольные спектакли по кубанским сказкам и мастер-классы по изготовлению кукол."
    )
    applicant.get_by_role("checkbox", name=re.compile("^Согласен")).check()
    applicant.get_by_role("button", name="Отправить заявку").click()
    expect(applicant.get_by_text("Заявка отправлена")).to_be_visible()
    assert PartnerApplication.objects.get(email=EMAIL).status == ApplicationStatus.NEW

    administrator = new_page()
    support.log_in(administrator, "admin")
    administrator.get_by_role("link", name="Заявки партнёров").click()
    row = administrator.get_by_role("row", name=re.compile(re.escape(NAME)))
    row.get_by_role("button", name=re.compile("^Дополнительные опции")).click()
    row.get_by_role("link", name="Просмотр").click()
    expect(administrator.locator("main")).to_contain_text(EMAIL)
    administrator.locator("header").get_by_role("button", name="Действия").click()
    administrator.get_by_role("link", name="Рассмотреть заявку").click()
    administrator.get_by_role("radio", name=re.compile("^Одобрить")).check()
    administrator.get_by_role("button", name="Принять решение").click()
    expect(administrator.locator(".messages")).to_contain_text(
        f"Приглашение с установкой пароля отправлено на {EMAIL}"
    )
    assert PartnerApplication.objects.get(email=EMAIL).status == ApplicationStatus.APPROVED

    # The invitation went out by email (locmem: the live server runs in this process).
    invitation = next(message for message in mail.outbox if EMAIL in message.to)
    link = re.search(r"https?://\S+", invitation.body).group(0)
    path = re.sub(r"^https?://[^/]+", "", link)
    partner = new_page()
    partner.goto(path)
    partner.get_by_label(re.compile("Новый пароль")).fill(PASSWORD)
    partner.get_by_label(re.compile("Подтверждение нового пароля")).fill(PASSWORD)
    partner.get_by_role("button", name="Сбросить пароль").click()
    partner.wait_for_url("**/admin/password_reset/complete/")

    support.log_in(partner, EMAIL, PASSWORD)
    explorer = support.admin_explorer(partner)
    section = explorer.get_by_role("link", name=NAME).first
    expect(section).to_be_visible()
    expect(explorer).not_to_contain_text("СОШ № 7 ст. Примерной")
    section.click()
    # Its own section, with nothing in it yet.
    partner.wait_for_url(re.compile(r"/admin/pages/\d+/"))
    expect(partner.get_by_role("heading", level=1)).to_contain_text(NAME)
    expect(partner.locator("main")).to_contain_text(re.compile(r"\b0 страниц"))
