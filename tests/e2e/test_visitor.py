"""Visitors: finding a partner and its material, and using the site with the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from . import support

MUSEUM = "Музей казачьей истории «Курень»"
LESSON = "Музейный урок «Один день в казачьем курене» для 2–4 классов"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.flow(1)
def test_visitor_finds_a_partner_and_downloads_its_material(page):
    """Посетитель: главная → каталог партнёров → фильтр по типу → профиль → публикация → файл"""
    page.goto("/")
    page.get_by_role("navigation", name="Главное меню").get_by_role("link", name="Партнёры").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Партнёры")
    expect(page.get_by_role("link", name="СОШ № 7 ст. Примерной")).to_be_visible()

    page.get_by_label("Тип организации").select_option(label="Музей")
    page.get_by_role("button", name="Показать").click()
    page.wait_for_url(re.compile(r"[?&]type=museum"))
    results = page.locator("main")
    expect(results.get_by_role("link", name=MUSEUM)).to_be_visible()
    expect(results.get_by_role("link", name="СОШ № 7 ст. Примерной")).to_have_count(0)

    results.get_by_role("link", name=MUSEUM).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(MUSEUM)

    page.get_by_role("link", name=LESSON).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(LESSON)

    files = page.get_by_role("region", name="Файлы")
    # The PDF opens in the browser; the DOCX of appendices is downloaded.
    with page.expect_response(re.compile(r"/documents/\d+/")) as answer:
        with page.expect_download() as download_info:
            files.get_by_role("link", name=f"{LESSON}: приложения").click()
    response = answer.value
    assert response.status == 200
    assert response.headers["content-type"] == DOCX
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename.endswith(".docx")
    with open(download.path(), "rb") as docx:
        assert docx.read(2) == b"PK"  # a zip, as every DOCX

    with page.expect_response(re.compile(r"/documents/\d+/")) as answer:
        files.get_by_role("link", name=LESSON, exact=True).click()
    assert answer.value.status == 200
    assert answer.value.headers["content-type"] == "application/pdf"


@pytest.mark.flow(3)
def test_visitor_switches_language_on_a_translated_page(page):
    """Посетитель: переключает язык на переведённой странице и попадает на её перевод"""
    page.goto("/partners/")
    page.locator("main").get_by_role("link", name=MUSEUM).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(MUSEUM)
    russian_url = page.url

    page.get_by_role("navigation", name="Язык сайта").get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/partners/"))
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_role("heading", level=1)).to_have_text("Kuren Museum of Cossack History")
    assert page.locator("main").get_attribute("lang") is None  # the content is English too
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()

    page.get_by_role("navigation", name="Site language").get_by_role("link", name="Русский").click()
    page.wait_for_url(russian_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(MUSEUM)

    # A page without an English version: the English home page, which says why.
    from publications.models import EventPage

    english = EventPage.objects.filter(locale__language_code="en").values("translation_key")
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="ru")
        .exclude(translation_key__in=english)
        .order_by("path")
        .first()
    )
    assert event is not None, "the demo should keep an event without an English version"
    page.goto(event.get_url())
    page.get_by_role("navigation", name="Язык сайта").get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/\?untranslated=1$"))
    notice = page.get_by_role("status").filter(has_text="not available in English yet")
    expect(notice).to_be_visible()


@pytest.mark.flow(2)
def test_teacher_searches_with_suggestions_and_facets(page):
    """Педагог: подсказки в поиске, запрос в другой форме слова, уточнение фасетом, результат"""
    page.goto("/")
    search = page.get_by_role("combobox", name="Поиск по сайту")

    # Suggestions while typing the start of a word; one is picked with the mouse.
    search.press_sequentially("музейн", delay=60)
    suggestions = page.get_by_role("listbox", name="Подсказки поиска")
    expect(suggestions).to_be_visible()
    suggestions.get_by_role("option", name=LESSON).click()
    page.wait_for_url("**/muzeyny-urok-den-v-kurene/")
    expect(page.get_by_role("heading", level=1)).to_have_text(LESSON)

    # An inflected query, submitted: «музейными уроками» finds «Музейный урок …».
    search = page.get_by_role("combobox", name="Поиск по сайту")
    search.fill("музейными уроками")
    search.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    results = page.locator("ol.search-results > li")
    expect(results.first).to_be_visible()
    total = results.count()
    expect(page.locator("main")).to_contain_text(LESSON)

    # Narrowed by a facet: webinars only.
    facets = page.get_by_role("complementary", name="Уточнить результаты")
    facets.get_by_role("link", name=re.compile("^Вебинар \\d+$")).click()
    page.wait_for_url(re.compile(r"[?&]type="))
    expect(facets.locator("[aria-current=true]")).to_contain_text("Вебинар")
    narrowed = results.count()
    assert 0 < narrowed < total
    for meta in results.locator(".search-result__meta").all_inner_texts():
        assert meta.startswith("Вебинар"), meta

    first = results.first.get_by_role("link").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def tab_to_link(page, text):
    return support.tab_to(page, lambda state: state["tag"] == "a" and state["text"] == text)


@pytest.mark.flow(8)
def test_keyboard_only_navigation_search_filter_and_language(page):
    """Только клавиатура: главное меню, поиск, фильтр списка и переключатель языка, фокус виден"""
    page.goto("/")

    # The skip link comes first and takes the focus to the content.
    skip = support.tab_to(page, lambda state: state["text"] == "Перейти к содержанию", limit=1)
    assert skip["href"] == "#main"

    # Main navigation: Tab to «Опыт и материалы», Enter.
    tab_to_link(page, "Опыт и материалы")
    page.keyboard.press("Enter")
    page.wait_for_url("**/publications/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Опыт и материалы")

    # A listing filter: choose a subject with the arrow keys, submit with Enter.
    subject = support.tab_to(page, lambda state: state["tag"] == "select")
    field = page.locator(f"#{subject['id']}")
    before = field.input_value()
    page.keyboard.press("ArrowDown")
    chosen = field.input_value()
    assert chosen != before, "the arrow key did not change the choice"
    support.tab_to(page, lambda state: state["tag"] == "button" and state["text"] == "Показать")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"[?&]{subject['name']}={re.escape(chosen)}"))

    # The search box in the header (a new page: the focus starts at the top again).
    support.tab_to(page, lambda state: state["id"] == "site-search-q")
    page.keyboard.type("краеведение")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    expect(page.locator("main")).to_contain_text("краевед")

    # The language switcher, further along the header.
    tab_to_link(page, "English")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/"))
    assert page.locator("html").get_attribute("lang") == "en"
