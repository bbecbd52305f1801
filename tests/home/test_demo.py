"""The demo loader builds the network once; running it again creates nothing; its accounts
work; production settings refuse it. (The network's content: tests/publications.)"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from home.demo import DEMO_PASSWORD


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture
def loaded(demo, db):
    return demo


def test_load_demo_twice_creates_nothing_new(loaded, client):
    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert "создано объектов 0" in out.getvalue()
    response = client.get("/about/forms/")
    assert response.status_code == 200
    assert "Горизонтальная" in response.content.decode()


@pytest.mark.parametrize("username", ["admin", "editor", "methodologist", "partner1", "partner2"])
def test_every_demo_account_logs_in_to_admin(loaded, client, username):
    assert client.login(username=username, password=DEMO_PASSWORD), username
    assert client.get("/admin/").status_code == 200


def test_partner_account_opens_on_its_own_section(loaded, client):
    client.login(username="partner1", password=DEMO_PASSWORD)
    response = client.get("/admin/pages/", follow=True)
    section = (
        get_user_model()
        .objects.get(username="partner1")
        .groups.get()
        .partner_pages.get(locale__language_code="ru")
    )
    assert response.redirect_chain[-1][0].endswith(f"/admin/pages/{section.pk}/")


def test_load_demo_prints_counts_and_accounts(loaded):
    out = loaded.output
    assert "создано" in out
    for row in ("editor", "Редакторы", "partner1", "Партнёр:"):
        assert row in out


@pytest.mark.django_db
def test_load_demo_refused_when_demo_content_is_not_allowed(home_page, settings):
    settings.DEMO_CONTENT_ALLOWED = False
    before = counts()
    with pytest.raises(CommandError, match="DEMO_CONTENT_ALLOWED"):
        call_command("load_demo")
    assert counts() == before
