"""Morphology: an inflected query finds the other forms of its words, on the configured
database backend (CI runs this file on SQLite and on PostgreSQL)."""

import re

import pytest
from django.db import connection

from search.morphology import lemma, lemmatize_query, lemmatize_text
from tests.factories import StandardPageFactory

# (text on a page, query that must find it)
PAIRS = [
    ("Положение о конкурсе чтецов", "конкурсы"),
    ("Конкурсы для школьников", "конкурсе"),
    ("Дети изучают родной край", "детей"),
    ("Занятия для детей младшего возраста", "дети"),
    ("Проектная деятельность в начальной школе", "проектной деятельности"),
    ("Опыт проектной деятельности учащихся", "проектная деятельность"),
    ("Уроки краеведения в музее", "урок"),
    ("Открытый урок по физике", "уроками"),
    ("Педагогам о наставничестве", "педагог"),
    ("Мастер-классы для учителей", "мастер-класс"),
    ("Олимпиада по математике", "олимпиады"),
    ("Вебинары о воспитании", "вебинар"),
    ("Ёлочные игрушки своими руками", "елочная игрушка"),
    ("Школьная библиотека и чтение", "библиотеки"),
    ("Экскурсия в краеведческий музей", "экскурсии музеев"),
    ("Сетевое взаимодействие образовательных организаций", "образовательная организация"),
    ("Родителям первоклассников", "родители первоклассника"),
    ("Исследовательские работы учащихся", "исследовательская работа"),
    ("Teaching children to read", "child teach"),
    ("Project activities for pupils", "project activity pupil"),
    ("Lesson plans and studies", "lesson planning study"),
    ("The teacher created new classes", "teachers creating class"),
    ("Museums and libraries", "museum library"),
    ("Running a school garden", "run school gardens"),
]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("конкурсы", "конкурсе"),
        ("детей", "дети"),
        ("проектной", "проектная"),
        ("деятельности", "деятельность"),
        ("Ёлка", "елки"),
        ("studies", "study"),
        ("making", "makes"),
        ("children", "child"),
        ("planned", "plans"),
        ("classes", "class"),
    ],
)
def test_word_forms_share_a_lemma(a, b):
    assert lemma(a) == lemma(b)


def test_indexed_text_keeps_every_likely_reading():
    # «мыла» is a form of both «мыло» and «мыть»: the index has both.
    assert set(lemmatize_text("мыла").split()) >= {"мыло", "мыть"}


def test_stop_words_drop_but_a_stop_word_only_query_survives():
    assert lemmatize_query("о конкурсе") == "конкурс"
    assert lemmatize_query("и") == "и"


def test_punctuation_and_case_do_not_matter():
    assert lemmatize_query("ПРОЕКТНАЯ, деятельность!") == lemmatize_query("проектной деятельности")


@pytest.mark.django_db
def test_every_pair_is_found_on_this_database(client, home_page):
    for number, (text, _query) in enumerate(PAIRS):
        StandardPageFactory(parent=home_page, title=f"Страница {number}", intro=text)
    missed = []
    for number, (text, query) in enumerate(PAIRS):
        html = re.sub(r"</?mark>", "", client.get("/search/", {"q": query}).content.decode())
        if f"Страница {number}<" not in html:
            missed.append((query, text))
    assert not missed, f"{connection.vendor}: not found {missed}"
    assert len(PAIRS) >= 20
