"""The review path through the real admin: a partner writes and submits, the methodologist and
the editor decide, the visitor finds the result; and the way back to the author."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import WorkflowState
from wagtail.rich_text import RichText

from home.models import EducationLevel, MaterialType, SubjectArea
from partners.models import PartnerPage
from publications.models import ExperiencePublicationPage

from . import support

SECTION = "СОШ № 7 ст. Примерной"
OTHER_SECTION = "Музей казачьей истории «Курень»"
MISSING = ("Кратко", "Предметные области", "Уровни образования", "Вид материала", "Лицензия")


def in_progress(page_pk):
    return WorkflowState.objects.filter(
        base_content_type__model="page",
        object_id=str(page_pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).first()


def submitted_material(title, slug, text):
    """A publication of partner1's school, submitted by partner1: the state flow 4 ends in."""
    author = support.user("partner1")
    ru = {"locale__language_code": "ru"}
    section = PartnerPage.objects.get(slug="school-7-primernaya", **ru)
    page = ExperiencePublicationPage(
        title=title,
        slug=slug,
        summary="Как школа и музей вместе провели экспедицию по станице.",
        licence="cc-by-4.0",
        material_type=MaterialType.objects.get(slug="lesson-plan", **ru),
        publication_date=timezone.localdate() - datetime.timedelta(days=1),
        body=[("paragraph", RichText(f"<p>{text}</p>"))],
        live=False,
        owner=author,
    )
    section.add_child(instance=page)
    page.subject_areas.set([SubjectArea.objects.get(slug="local-history", **ru)])
    page.education_levels.set([EducationLevel.objects.get(slug="basic", **ru)])
    page.save_revision(user=author)
    page.get_workflow().start(page, author)
    return page


def review_row(page, title):
    """The dashboard's «В ожидании вашего отзыва» row of ``title``."""
    row = page.get_by_role("row", name=re.compile(re.escape(title)))
    expect(row).to_be_visible()
    return row


def decide_from_dashboard(page, title, action, comment=None):
    row = review_row(page, title)
    row.get_by_role("button", name="Действия").click()
    row.get_by_role("button", name=action, exact=True).click()
    if comment is not None:
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Оставить комментарий").fill(comment)
        dialog.get_by_role("button", name=action).click()
    # Decided: the dashboard comes back without the task.
    expect(page.get_by_role("row", name=re.compile(re.escape(title)))).to_have_count(0)


# Wagtail's editor autosaves drafts. It takes its snapshot of the form two seconds after the
# page loads (edits before that are not noticed) and says so with "w-unsaved:watch-edits".
WATCH_EDITS = (
    "document.addEventListener('w-unsaved:watch-edits', () => { window.e2eWatched = true; });"
)


def editor_ready(page):
    """The editor has taken its snapshot: from now on every edit is autosaved."""
    page.wait_for_function("window.e2eWatched === true")


def autosaved(page):
    """The first autosave creates the page (the address becomes its edit view). A person sees
    «Сохранён» before pressing a button; sending while that first save is under way would post
    the new page twice (a slug clash)."""
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(page.locator("#w-autosave-indicator")).not_to_have_attribute(
        "data-w-autosave-state-value", "saving"
    )


@pytest.mark.flow(4)
def test_partner_writes_attaches_completes_and_submits(page):
    """Партнёр: вход, только свой раздел, публикация, текст, файл, подсказка о метаданных, отправка"""
    title = "Экспедиция по станице вместе с музеем"
    page.context.add_init_script(WATCH_EDITS)
    support.log_in(page, "partner1")

    # Only its own section in the page explorer.
    explorer = support.admin_explorer(page)
    expect(explorer.get_by_role("link", name=SECTION).first).to_be_visible()
    expect(explorer).not_to_contain_text(OTHER_SECTION)
    expect(explorer).not_to_contain_text("Партнёры")
    explorer.get_by_role("link", name=SECTION).first.click()

    # A new experience publication in the section.
    page.get_by_role("navigation", name="Actions").get_by_role("button", name="Действия").click()
    page.get_by_role("link", name="Добавить дочернюю страницу").click()
    page.get_by_role("link", name="Публикация опыта", exact=True).click()
    editor_ready(page)
    page.get_by_role("textbox", name=re.compile("^Заголовок")).first.fill(title)

    # The body: a paragraph in the Draftail editor.
    body = page.get_by_role("region", name="Текст", exact=True)
    body.get_by_role("button", name="Вставить блок").click()
    page.get_by_role("option", name="Текст", exact=True).click()
    body.get_by_role("textbox").first.click()
    page.keyboard.type("Маршрут экспедиции прошёл по старым улицам станицы: шесть остановок.")

    # The attachment: uploaded through the document chooser.
    files = page.get_by_role("region", name="Файлы", exact=True)
    files.get_by_role("button", name="Вставить блок").click()
    files.get_by_role("button", name="Выберите документ").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Загрузка").click()
    chooser.get_by_label(re.compile("Заголовок")).fill("План экспедиции")
    chooser.get_by_label(re.compile("Файл")).set_input_files(
        files=[
            {
                "name": "plan-ekspedicii.txt",
                "mimeType": "text/plain",
                "buffer": "План экспедиции: маршрут, задания, отчёт.".encode(),
            }
        ]
    )
    chooser.get_by_role("button", name="Загрузка").click()
    expect(chooser).to_be_hidden()
    expect(files).to_contain_text("План экспедиции")

    # Submitting without the metadata: told exactly what is missing.
    autosaved(page)
    page.get_by_role("button", name="Больше действий").click()
    page.get_by_role("button", name=re.compile("^Отправить")).click()
    messages = page.locator(".messages")
    expect(messages).to_contain_text("Чтобы отправить материал на проверку")
    gate = messages.get_by_text(re.compile("Чтобы отправить материал на проверку"))
    for label in MISSING:
        expect(gate).to_contain_text(label)
    expect(files).to_contain_text("План экспедиции")  # nothing typed was lost

    # Completing it.
    page.get_by_role("textbox", name=re.compile("^Кратко")).fill(
        "Как школа и музей вместе провели экспедицию по станице."
    )
    page.get_by_role("button", name="Выбрать вид материала").click()
    types = page.get_by_role("dialog")
    types.get_by_role("link", name="Конспект урока").click()
    expect(types).to_be_hidden()
    page.get_by_role("combobox", name=re.compile("^Лицензия")).select_option(
        label="CC BY 4.0 — можно всё, с указанием автора"
    )
    page.get_by_role("checkbox", name="Краеведение").check()
    page.get_by_role("checkbox", name=re.compile("^Основное общее")).check()

    expect(page.locator("#w-autosave-indicator")).not_to_have_attribute(
        "data-w-autosave-state-value", "saving"
    )
    page.get_by_role("button", name="Больше действий").click()
    page.get_by_role("button", name=re.compile("^Отправить")).click()
    expect(page.locator(".messages")).to_contain_text("отправлена на модерацию")

    material = ExperiencePublicationPage.objects.get(title=title)
    assert not material.live
    assert material.get_parent().title == SECTION
    state = in_progress(material.pk)
    assert state.current_task_state.task.name == "Методическая экспертиза"
    attachment = material.get_latest_revision_as_object().attachments[0].value["document"]
    assert attachment.title == "План экспедиции"
    assert attachment.collection.name == SECTION


@pytest.mark.flow(5)
def test_methodologist_and_editor_approve_and_the_visitor_finds_it(new_page):
    """Методист одобряет с комментарием, редактор одобряет: материал в списке и в поиске"""
    title = "Этнографическая экспедиция: записываем рассказы старожилов"
    material = submitted_material(
        title,
        "etnograficheskaya-ekspediciya",
        "Школьники записали воспоминания старожилов о довоенной станице.",
    )

    methodologist = new_page()
    support.log_in(methodologist, "methodologist")
    decide_from_dashboard(
        methodologist, title, "Одобрить с комментарием", "Методически грамотно, можно в сеть."
    )
    state = in_progress(material.pk)
    assert state.current_task_state.task.name == "Редакционное утверждение"

    editor = new_page()
    support.log_in(editor, "editor")
    decide_from_dashboard(editor, title, "Одобрить")
    material.refresh_from_db()
    assert material.live

    visitor = new_page()
    visitor.goto("/")
    visitor.get_by_role("navigation", name="Главное меню").get_by_role(
        "link", name="Опыт и материалы"
    ).click()
    expect(visitor.get_by_role("link", name=title)).to_be_visible()

    search = visitor.get_by_label("Поиск по сайту")
    search.fill("старожилы")
    search.press("Enter")
    visitor.wait_for_url(re.compile(r"/search/\?"))
    result = visitor.locator("main").get_by_role("link", name=title)
    expect(result).to_be_visible()
    result.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)


@pytest.mark.flow(6)
def test_rejected_material_returns_to_the_author_with_the_comment(new_page):
    """Возврат на доработку: партнёр видит комментарий проверяющего, черновик снова у него"""
    title = "Школьный музей за один учебный год"
    comment = "Добавьте описание заданий для учащихся и фотографии экспозиции."
    material = submitted_material(
        title, "shkolnyy-muzey-za-god", "Как мы собрали школьный музей за один учебный год."
    )

    methodologist = new_page()
    support.log_in(methodologist, "methodologist")
    decide_from_dashboard(methodologist, title, "Запрос изменений", comment)
    assert in_progress(material.pk) is None

    partner = new_page()
    support.log_in(partner, "partner1")
    # «Мои материалы и их состояние» on the dashboard: the state and the reviewer's words.
    row = (
        partner.get_by_role("row")
        .filter(has_text=title)
        .filter(has_text=re.compile("Возвращено на доработку", re.IGNORECASE))
    )
    expect(row).to_contain_text(comment)

    row.get_by_role("link", name=title).click()
    partner.wait_for_url(re.compile(rf"/admin/pages/{material.pk}/edit/"))
    title_field = partner.get_by_role("textbox", name=re.compile("^Заголовок")).first
    expect(title_field).to_be_editable()
    expect(title_field).to_have_value(title)

    partner.get_by_role("button", name="Переключить статус").click()
    partner.get_by_role("button", name="Посмотреть детали").click()
    expect(partner.get_by_role("dialog")).to_contain_text(comment)
    partner.keyboard.press("Escape")

    # Back in the author's hands: it can change the text, save and send it again.
    partner.get_by_role("textbox", name=re.compile("^Кратко")).fill(
        "Как мы собрали школьный музей: задания для учащихся и фотографии экспозиции."
    )
    partner.get_by_role("button", name="Больше действий").click()
    expect(
        partner.get_by_role("button", name=re.compile("Перезапустить|Отправить"))
    ).to_be_visible()
    partner.get_by_role("button", name="Сохранить черновик").click()
    expect(partner.locator(".messages")).to_contain_text(title)
    latest = ExperiencePublicationPage.objects.get(pk=material.pk).get_latest_revision_as_object()
    assert latest.summary.startswith("Как мы собрали школьный музей: задания")
