"""The language switcher, hreflang alternates, the content language of pages, and locale
isolation of listings and feeds."""

import re

import pytest
from wagtail.models import Locale

from tests.factories import (
    ExperiencePublicationPageFactory,
    PublicationIndexPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def english():
    return Locale.objects.get(language_code="en")


def switcher(html):
    return html.split('class="language-switcher"')[1].split("</nav>")[0]


def main(html):
    return html.split('<main id="main"')[1].split("</main>")[0]


@pytest.fixture
def english_home(home_page):
    home = home_page.copy_for_translation(english())
    home.title = "Sodruzhestvo"
    home.save_revision().publish()
    return home


@pytest.fixture
def about(home_page, english_home):
    """A page with a live English translation."""
    ru = StandardPageFactory(parent=home_page, title="О сети", slug="about", intro="О нас")
    en = ru.copy_for_translation(english())
    en.title = "About the network"
    en.intro = "About us"
    en.save_revision().publish()
    return ru, en


def test_switcher_goes_to_the_translation_of_the_current_page(client, about):
    ru, en = about
    html = client.get(ru.get_url()).content.decode()
    assert f'href="{en.get_url()}" hreflang="en"' in switcher(html)
    assert f'hreflang="en" href="http://testserver{en.get_url()}"' in html
    assert f'hreflang="ru" href="http://testserver{ru.get_url()}"' in html

    html = client.get(en.get_url()).content.decode()
    assert '<html lang="en">' in html
    assert "About the network" in html
    assert f'href="{ru.get_url()}" hreflang="ru"' in switcher(html)


def test_switcher_falls_back_to_the_home_page_with_a_notice(client, home_page, english_home):
    ru_only = StandardPageFactory(parent=home_page, title="Только по-русски", slug="ru-only")
    html = client.get(ru_only.get_url()).content.decode()
    assert 'href="/en/?untranslated=1"' in switcher(html)
    # No alternate is announced for a language the page does not exist in.
    assert 'hreflang="en" href=' not in html

    landing = client.get("/en/?untranslated=1").content.decode()
    assert '<html lang="en">' in landing
    assert 'role="status"' in landing
    assert "The page you were reading is not available in English yet" in landing
    assert 'role="status"' not in client.get("/en/").content.decode()


def test_untranslated_page_under_english_prefix_marks_its_content_russian(client, home_page):
    """Without an English home page Wagtail serves the Russian one under /en/: the interface
    is English, the content is marked as Russian."""
    html = client.get("/en/").content.decode()
    assert '<html lang="en">' in html
    assert '<main id="main" class="container" tabindex="-1" lang="ru">' in html
    html = client.get("/").content.decode()
    assert '<main id="main" class="container" tabindex="-1">' in html


def test_translated_page_needs_no_content_lang(client, english_home):
    html = client.get("/en/").content.decode()
    assert '<main id="main" class="container" tabindex="-1">' in html


PAGE_LINK = re.compile(r'href="(/[^"]*)"')


@pytest.fixture
def two_listings(home_page, english_home):
    index = PublicationIndexPageFactory(parent=home_page, title="Опыт", slug="publications")
    ru_only = ExperiencePublicationPageFactory(parent=index, title="Только русская публикация")
    both = ExperiencePublicationPageFactory(parent=index, title="Переведённая публикация")
    en_index = index.copy_for_translation(english())
    en_index.title = "Experience"
    en_index.save_revision().publish()
    en_both = both.copy_for_translation(english())
    en_both.title = "Translated publication"
    en_both.save_revision().publish()
    return index, en_index, ru_only, both, en_both


def test_listings_and_feeds_show_the_current_locale_only(client, two_listings):
    index, en_index, ru_only, both, en_both = two_listings

    ru_html = main(client.get(index.get_url()).content.decode())
    assert "Только русская публикация" in ru_html
    assert "Переведённая публикация" in ru_html
    assert "Translated publication" not in ru_html
    assert not [link for link in PAGE_LINK.findall(ru_html) if link.startswith("/en/")]

    en_html = main(client.get(en_index.get_url()).content.decode())
    assert "Translated publication" in en_html
    assert "Только русская" not in en_html
    assert "Переведённая" not in en_html
    page_links = [
        link
        for link in PAGE_LINK.findall(en_html)
        if not link.startswith(("/documents/", "/media/", "/static/"))
    ]
    assert page_links and all(link.startswith("/en/") for link in page_links), page_links

    feed = client.get(en_index.get_url() + "feed/").content.decode()
    assert "Translated publication" in feed
    assert "Только русская" not in feed and "Переведённая" not in feed
    ru_feed = client.get(index.get_url() + "feed/").content.decode()
    assert "Translated publication" not in ru_feed


@pytest.mark.parametrize(
    ("days", "expected"),
    [(1, "1 day left to apply"), (3, "3 days left to apply"), (21, "21 days left to apply")],
)
def test_english_plural_forms(days, expected):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("en"):
        html = render_to_string(
            "includes/contest_deadline.html",
            {"deadline": {"stage": "deadline", "days_left": days}},
        )
    assert html.strip() == expected


def test_suggestions_show_the_current_locale_only(client, home_page, english_home):
    ru = StandardPageFactory(parent=home_page, title="Музейные проекты", slug="museum-projects")
    en = ru.copy_for_translation(english())
    en.title = "Museum projects"
    en.save_revision().publish()

    def suggested(prefix, query):
        response = client.get(f"{prefix}/search/suggest/", {"q": query})
        assert response.status_code == 200
        return [item["title"] for item in response.json()["suggestions"]]

    assert suggested("/en", "Museum") == ["Museum projects"]
    assert suggested("/en", "Музейн") == []
    assert suggested("", "Музейн") == ["Музейные проекты"]
    assert suggested("", "Museum") == []
