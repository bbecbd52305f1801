"""Home and standard pages: placement, rendering in Russian, preview, navigation, errors."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from home.models import HomePage, StandardPage
from publications.models import CollectionPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_placement_rules(home_page):
    assert HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(home_page)
    assert StandardPage.can_create_at(home_page)
    about = StandardPageFactory(parent=home_page)
    assert StandardPage.can_create_at(about)
    assert not StandardPage.can_create_at(Page.get_first_root_node())
    assert StandardPage.allowed_subpage_models() == [StandardPage, CollectionPage]


def test_home_page_renders_russian_content(client, home_page):
    home_page.intro = "Сеть объединяет школы, музеи и колледжи."
    home_page.save_revision().publish()
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ru">' in html
    assert "Сеть объединяет школы, музеи и колледжи." in html
    assert "Перейти к содержанию" in html  # skip link
    assert 'role="search"' in html


def test_standard_page_renders_body_blocks_and_breadcrumbs(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        slug="forms",
        title="Формы взаимодействия",
        intro="Горизонтальная, вертикальная и смешанная.",
        body=[
            {"type": "heading", "value": {"text": "Три формы", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Партнёры <b>одного типа</b>.</p>"},
            {
                "type": "facts",
                "value": {"heading": "Коротко", "items": [{"title": "Смешанная", "text": "x"}]},
            },
            {"type": "quote", "value": {"text": "Сеть — механизм", "attribution": "Автор"}},
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Формы взаимодействия",
        "<h2>Три формы</h2>",
        "<b>одного типа</b>",
        "Смешанная",
        "Сеть — механизм",
        'aria-label="Навигационная цепочка"',
    ]:
        assert text in html


def test_menu_lists_live_menu_pages_only(client, home_page):
    StandardPageFactory(parent=home_page, title="О сети", slug="about", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Скрытая", slug="hidden", show_in_menus=False)
    draft = StandardPageFactory(
        parent=home_page, title="Черновик", slug="draft", show_in_menus=True
    )
    draft.unpublish()
    html = client.get("/").content.decode()
    nav = html.split('aria-label="Главное меню"')[1].split("</nav>")[0]
    assert "О сети" in nav
    assert "Скрытая" not in nav
    assert "Черновик" not in nav


def test_english_prefix_serves_english_interface(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_unknown_url_shows_friendly_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Страница не найдена" in html
    assert 'role="search"' in html


def test_500_template_is_self_contained(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Что-то пошло не так" in html
    assert "{%" not in html


class TestPreview(WagtailTestUtils):
    def test_editor_previews_unsaved_standard_page(self, client, home_page, editor):
        client.force_login(editor)
        url = reverse(
            "wagtailadmin_pages:preview_on_add", args=("home", "standardpage", home_page.pk)
        )
        post_data = {
            "title": "Предпросмотр страницы",
            "slug": "preview-page",
            "intro": "Текст для предпросмотра",
            "body-count": "0",
        }
        response = client.post(url, post_data)
        assert response.status_code == 200
        assert response.json()["is_valid"] is True
        response = client.get(url)
        assert response.status_code == 200
        assert "Текст для предпросмотра" in response.content.decode()
