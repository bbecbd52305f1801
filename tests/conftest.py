import io
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache as django_cache
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from home.roles import ADMINISTRATORS, EDITORS, METHODOLOGISTS
from tests.factories import HomePageFactory, UserFactory

PASSWORD = "test-password-123"


@pytest.fixture(autouse=True)
def clear_cache():
    """Menus, settings and rate limits live in the cache: every test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    """The site's home page: made by a migration, rebuilt if a transactional test flushed it."""
    home = HomePage.objects.filter(locale__language_code="ru").first()
    if home is None:
        ru, _ = Locale.objects.get_or_create(language_code="ru")
        Locale.objects.get_or_create(language_code="en")
        root = Page.get_first_root_node() or Page.add_root(title="Root", locale=ru)
        home = HomePageFactory(parent=root, slug="home", locale=ru)
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
        )
    return home


def make_user(username, group_name=None, **kwargs):
    groups = [Group.objects.get(name=group_name)] if group_name else []
    return UserFactory(username=username, groups=groups, **kwargs)


@pytest.fixture
def editor(db):
    return make_user("editor-test", EDITORS)


@pytest.fixture
def methodologist(db):
    return make_user("methodologist-test", METHODOLOGISTS)


@pytest.fixture
def administrator(db):
    return make_user("admin-test", ADMINISTRATORS)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for this module; roll it back when the module is done."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            django_cache.clear()
            out = io.StringIO()
            call_command("load_demo", stdout=out)
            yield SimpleNamespace(output=out.getvalue())
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            django_cache.clear()
