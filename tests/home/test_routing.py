"""Routing in one query per request keeps Wagtail's rules: live pages only, sub-routes,
view restrictions of any ancestor, and the cached menu and settings follow changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import NetworkSettings
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home_page):
    partners = factories.PartnerIndexPageFactory(parent=home_page, show_in_menus=True)
    partner = factories.PartnerPageFactory(parent=partners, title="Лицей № 4", slug="licey-4")
    publication = factories.ExperiencePublicationPageFactory(
        parent=partner, title="Уроки в музее", slug="uroki-v-muzee"
    )
    return {"partners": partners, "partner": partner, "publication": publication}


def test_deep_page_is_served(client, tree):
    response = client.get("/partners/licey-4/uroki-v-muzee/")
    assert response.status_code == 200
    assert "Уроки в музее" in response.content.decode()


def test_routing_cost_does_not_grow_with_depth(client, tree):
    """Wagtail's default routing spends two queries per level; ours one for the whole path
    plus one for the page itself."""

    def page_queries(url):
        client.get(url)  # warm Wagtail's site-root cache
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return [q["sql"] for q in captured.captured_queries if "wagtailcore_page" in q["sql"]]

    path_lookups = [
        sql for sql in page_queries("/partners/licey-4/uroki-v-muzee/") if '"url_path" IN' in sql
    ]
    assert len(path_lookups) == 1
    slug_lookups = [
        sql for sql in page_queries("/partners/licey-4/uroki-v-muzee/") if '"slug" =' in sql
    ]
    assert slug_lookups == []


@pytest.mark.parametrize(
    "path", ["/partners/licey-4/nope/", "/partners/nope/uroki-v-muzee/", "/licey-4/"]
)
def test_wrong_paths_are_404(client, tree, path):
    assert client.get(path).status_code == 404


def test_unpublished_page_is_404_but_its_parent_still_serves(client, tree):
    tree["publication"].unpublish()
    assert client.get("/partners/licey-4/uroki-v-muzee/").status_code == 404
    assert client.get("/partners/licey-4/").status_code == 200


def test_login_restriction_on_ancestor_protects_descendants(client, tree):
    PageViewRestriction.objects.create(page=tree["partner"], restriction_type="login")
    response = client.get("/partners/licey-4/uroki-v-muzee/")
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "login" in response["Location"]
    assert "Уроки в музее" not in client.get("/publications/").content.decode()


def test_restricted_page_is_left_out_of_listings(client, tree, home_page):
    index = factories.PublicationIndexPageFactory(parent=home_page)
    PageViewRestriction.objects.create(page=tree["partner"], restriction_type="login")
    html = client.get(index.url).content.decode()
    assert "Уроки в музее" not in html
    partners_html = client.get("/partners/").content.decode()
    assert "Лицей № 4" not in partners_html


def test_menu_follows_publishing(client, tree, home_page):
    assert "Партнёры" in client.get("/").content.decode().split("Главное меню")[1]
    new_section = factories.StandardPageFactory(
        parent=home_page, title="Методический кабинет", show_in_menus=True, live=False
    )
    assert "Методический кабинет" not in client.get("/").content.decode()
    new_section.save_revision().publish()
    assert "Методический кабинет" in client.get("/").content.decode()
    new_section.refresh_from_db()
    new_section.unpublish()
    assert "Методический кабинет" not in client.get("/").content.decode()


def test_footer_follows_network_settings(client, home_page):
    settings = NetworkSettings.load()
    settings.email = "old@example.org"
    settings.save()
    assert "old@example.org" in client.get("/").content.decode()
    settings.email = "new@example.org"
    settings.save()
    html = client.get("/").content.decode()
    assert "new@example.org" in html
    assert "old@example.org" not in html


def test_breadcrumbs_follow_the_route(client, tree):
    html = client.get("/partners/licey-4/uroki-v-muzee/").content.decode()
    crumbs = html.split('aria-label="Навигационная цепочка"')[1].split("</nav>")[0]
    assert crumbs.index("Партнёры") < crumbs.index("Лицей № 4") < crumbs.index("Уроки в музее")
