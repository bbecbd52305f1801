"""The demo loader builds the network once; running it again creates nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_load_demo_twice_creates_nothing_new(home_page, client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    first = counts()
    assert first["pages"] > 2
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert counts() == first
    response = client.get("/about/forms/")
    assert response.status_code == 200
    assert "Горизонтальная" in response.content.decode()


def test_demo_accounts_log_in_to_admin(home_page, client):
    from home.demo import DEMO_PASSWORD

    call_command("load_demo", stdout=open("/dev/null", "w"))
    for username in ("admin", "editor", "methodologist"):
        client.logout()
        assert client.login(username=username, password=DEMO_PASSWORD), username
        response = client.get("/admin/")
        assert response.status_code == 200, username


def test_load_demo_prints_counts_and_accounts(home_page, capsys):
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "создано" in out
    assert "editor" in out and "Редакторы" in out


def test_load_demo_refused_when_demo_content_is_not_allowed(home_page, settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError, match="DEMO_CONTENT_ALLOWED"):
        call_command("load_demo")
    assert get_user_model().objects.filter(username="editor").count() == 0
