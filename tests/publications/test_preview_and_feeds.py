"""Every page type previews from the admin with its own content; listings publish RSS."""

import datetime
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(home_page):
    partners = factories.PartnerIndexPageFactory(parent=home_page)
    partner = factories.PartnerPageFactory(parent=partners, title="Гимназия № 3")
    indexes = {
        "publications": factories.PublicationIndexPageFactory(parent=home_page),
        "contests": factories.ContestIndexPageFactory(parent=home_page),
        "webinars": factories.WebinarIndexPageFactory(parent=home_page),
        "events": factories.EventIndexPageFactory(parent=home_page),
    }
    pages = {
        "partner_index": partners,
        "partner": partner,
        "publication": factories.ExperiencePublicationPageFactory(
            parent=partner, title="Краеведческий квест для пятиклассников"
        ),
        "contest": factories.ContestRegulationPageFactory(
            parent=partner, title="Конкурс чтецов «Родное слово»"
        ),
        "webinar": factories.WebinarPageFactory(
            parent=partner,
            title="Вебинар о медиации в школе",
            video_url="https://rutube.ru/video/0123456789abcdef0123456789abcdef/",
        ),
        "event": factories.EventPageFactory(parent=partner, title="День открытых дверей"),
        "collection": factories.CollectionPageFactory(
            parent=home_page,
            title="Подборка для классных руководителей",
            include_contests=True,
        ),
        **indexes,
    }
    for page in pages.values():
        page.save_revision().publish()
    return pages


PAGE_KEYS = [
    "partner_index",
    "partner",
    "publication",
    "contest",
    "webinar",
    "event",
    "collection",
    "publications",
    "contests",
    "webinars",
    "events",
]


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_type_previews_in_admin(client, network, key):
    page = network[key]
    admin = factories.UserFactory(username="preview-admin", is_superuser=True, is_staff=True)
    client.force_login(admin)
    edit_html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    post_data = querydict_from_html(edit_html, form_id="page-edit-form")
    post_data["title"] = f"{page.title} (черновик для предпросмотра)"
    # StreamFields are drawn by JavaScript in the editor: post them empty.
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in post_data:
            post_data[f"{field.name}-count"] = "0"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = client.post(preview_url, data=post_data)
    assert response.status_code == 200
    assert response.json() == {"is_valid": True, "is_available": True}
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "(черновик для предпросмотра)" in response.content.decode()
    # The preview did not change the live page.
    assert "(черновик" not in client.get(page.url).content.decode()


@pytest.mark.parametrize("key", ["publications", "contests", "webinars", "events", "collection"])
def test_listing_publishes_rss_of_what_it_lists(client, network, key):
    response = client.get(network[key].url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    expected = {
        "publications": "Краеведческий квест для пятиклассников",
        "contests": "Конкурс чтецов «Родное слово»",
        "webinars": "Вебинар о медиации в школе",
        "events": "День открытых дверей",
        "collection": "Конкурс чтецов «Родное слово»",
    }[key]
    assert expected in titles


def test_feed_follows_listing_filters(client, network):
    network["contest"].applications_open = timezone.localdate() + datetime.timedelta(days=3)
    network["contest"].application_deadline = timezone.localdate() + datetime.timedelta(days=9)
    network["contest"].save_revision().publish()
    url = network["contests"].url + "feed/"
    upcoming = client.get(url, {"phase": "upcoming"}).content.decode()
    archived = client.get(url, {"phase": "archived"}).content.decode()
    assert "Конкурс чтецов" in upcoming
    assert "Конкурс чтецов" not in archived


def test_listing_page_links_its_feed(client, network):
    html = client.get(network["publications"].url).content.decode()
    assert 'type="application/rss+xml"' in html
    assert network["publications"].url + "feed/" in html
