"""A small network to search: two partners with material, classified; a draft, a private
page and an English page that must never leak into Russian results."""

import re

import pytest
from wagtail.models import Locale, PageViewRestriction

from search import vocabulary
from tests.factories import (
    ExperiencePublicationPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
    WebinarPageFactory,
)
from tests.partners.builders import level, material_type, subject


def text_of(response):
    """The page's HTML with <mark> tags removed (matched words are marked)."""
    return re.sub(r"</?mark>", "", response.content.decode())


def results_of(response):
    """Titles of the results, in order."""
    html = response.content.decode()
    return [
        re.sub(r"<[^>]+>", "", title)
        for title in re.findall(r'<li class="search-result">\s*<h2><a [^>]*>(.*?)</a>', html)
    ]


@pytest.fixture
def network(home_page):
    directory = PartnerIndexPageFactory(parent=home_page)
    school = PartnerPageFactory(parent=directory, title="Гимназия № 5")
    museum = PartnerPageFactory(parent=directory, title="Краеведческий музей")
    pages = {
        "school": school,
        "museum": museum,
        "project": ExperiencePublicationPageFactory(
            parent=school,
            title="Проектная деятельность на уроках истории",
            summary="Как дети готовят исследовательские проекты о родном крае.",
            material_type=material_type("lesson-plan"),
        ),
        "olympiad": ExperiencePublicationPageFactory(
            parent=school,
            title="Подготовка к олимпиаде по математике",
            summary="Задачи повышенной сложности для учащихся основной школы.",
            material_type=material_type("guide"),
        ),
        "excursion": ExperiencePublicationPageFactory(
            parent=museum,
            title="Музейные уроки краеведения",
            summary="Экскурсии и проекты для школьников.",
            material_type=material_type("case-study"),
        ),
        "webinar": WebinarPageFactory(
            parent=museum,
            title="Вебинар: проекты с музеем",
            summary="Запись вебинара для педагогов.",
            transcript="Сегодня поговорим о том, как музей помогает проектной работе.",
        ),
    }
    pages["project"].subject_areas.set([subject("history"), subject("project-activities")])
    pages["project"].education_levels.set([level("basic")])
    pages["project"].save_revision().publish()
    pages["olympiad"].subject_areas.set([subject("mathematics")])
    pages["olympiad"].save_revision().publish()
    pages["excursion"].subject_areas.set([subject("history"), subject("local-history")])
    pages["excursion"].save_revision().publish()

    draft = StandardPageFactory(parent=home_page, title="Черновик о проектах")
    draft.unpublish()
    private = StandardPageFactory(parent=home_page, title="Закрытые проекты для своих")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    english_home = home_page.copy_for_translation(Locale.objects.get(language_code="en"))
    english_home.save_revision().publish()
    english = StandardPageFactory(
        parent=english_home,
        locale=english_home.locale,
        title="Project work with museums",
        intro="Проекты на английской версии сайта",
    )
    pages.update(draft=draft, private=private, english=english, english_home=english_home)
    vocabulary.rebuild()
    return pages
