"""What a teacher notices: only published, public pages of their language; typos and the
wrong keyboard layout repaired; facets that narrow and count; snippets; sorting."""

import pytest

from tests.search.conftest import results_of, text_of

pytestmark = pytest.mark.django_db


def test_drafts_private_pages_and_other_locales_never_appear(client, network):
    titles = results_of(client.get("/search/", {"q": "проекты"}))
    assert "Проектная деятельность на уроках истории" in titles
    assert "Черновик о проектах" not in titles
    assert "Закрытые проекты для своих" not in titles
    assert "Project work with museums" not in titles


def test_english_search_shows_english_pages_only(client, network):
    titles = results_of(client.get("/en/search/", {"q": "projects"}))
    assert titles == ["Project work with museums"]
    # Russian words of an English page are found in English only.
    assert results_of(client.get("/en/search/", {"q": "проекты"})) == ["Project work with museums"]


def test_typo_is_repaired_and_said_so(client, network):
    response = client.get("/search/", {"q": "праектная деятельность"})
    html = text_of(response)
    assert "Показаны результаты по запросу «проектная деятельность»" in html
    assert "Проектная деятельность на уроках истории" in results_of(response)


def test_wrong_keyboard_layout_is_repaired(client, network):
    response = client.get("/search/", {"q": "ghjtrn"})  # «проект» typed in QWERTY
    assert "Показаны результаты по запросу «проект»" in text_of(response)
    assert "Вебинар: проекты с музеем" in results_of(response)


def test_exact_search_skips_the_repair(client, network):
    response = client.get("/search/", {"q": "ghjtrn", "exact": "1"})
    assert "Показаны результаты" not in text_of(response)
    assert results_of(response) == []
    corrected = client.get("/search/", {"q": "ghjtrn"}).context["outcome"]
    assert "exact=1" in corrected.original_url


def test_known_words_are_not_corrected(client, network):
    response = client.get("/search/", {"q": "музей"})
    assert "Показаны результаты" not in text_of(response)


def test_snippet_marks_the_matched_words_and_escapes_text(client, network):
    response = client.get("/search/", {"q": "исследовательских проектов"})
    html = response.content.decode()
    assert "<mark>исследовательские</mark> <mark>проекты</mark>" in html


def test_transcript_is_searchable(client, network):
    titles = results_of(client.get("/search/", {"q": "поговорим"}))
    assert titles == ["Вебинар: проекты с музеем"]


def facet_options(response, key):
    """{label: count} of one facet."""
    facet = next(f for f in response.context["outcome"].facets if f.key == key)
    return {option.label: option.count for option in facet.options}


def test_facets_count_the_current_result(client, network):
    response = client.get("/search/", {"q": "проект"})
    assert facet_options(response, "partner") == {"Гимназия № 5": 1, "Краеведческий музей": 2}
    assert facet_options(response, "type") == {"Публикация опыта": 2, "Вебинар": 1}
    assert facet_options(response, "subject") == {
        "История": 2,
        "Проектная деятельность": 1,
        "Краеведение": 1,
    }
    assert facet_options(response, "material") == {"Конспект урока": 1, "Описание практики": 1}
    assert sum(facet_options(response, "year").values()) == 3


def test_choosing_a_facet_narrows_and_keeps_the_query(client, network):
    museum = network["museum"]
    response = client.get("/search/", {"q": "проект", "partner": museum.pk})
    assert sorted(results_of(response)) == [
        "Вебинар: проекты с музеем",
        "Музейные уроки краеведения",
    ]
    # counts are those of the narrowed result
    assert facet_options(response, "partner") == {"Краеведческий музей": 2}
    option = next(f for f in response.context["outcome"].facets if f.key == "partner").options[0]
    assert option.selected and "q=%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82" in option.url
    assert "partner=" not in option.url  # choosing it again removes it


def test_subject_and_type_facets_narrow(client, network):
    from tests.partners.builders import subject

    response = client.get("/search/", {"q": "проект", "subject": subject("local-history").pk})
    assert results_of(response) == ["Музейные уроки краеведения"]
    webinar_type = network["webinar"].content_type_id
    response = client.get("/search/", {"q": "проект", "type": webinar_type})
    assert results_of(response) == ["Вебинар: проекты с музеем"]


@pytest.mark.parametrize("value", ["abc", "-1", "1" * 40, "0", "٣"])
def test_odd_facet_values_are_harmless(client, network, value):
    response = client.get("/search/", {"q": "проект", "partner": value, "year": value})
    assert response.status_code == 200


def test_sort_by_date(client, network):
    from django.utils import timezone
    from wagtail.models import Page

    # Saved as a page (not a queryset update): the search index, and on PostgreSQL the
    # search_document table, are written when a page is saved.
    webinar = Page.objects.get(pk=network["webinar"].pk).specific
    webinar.first_published_at = timezone.now() + timezone.timedelta(days=1)
    webinar.save()
    response = client.get("/search/", {"q": "проект", "sort": "date"})
    titles = results_of(response)
    assert titles[0] == "Вебинар: проекты с музеем"  # published last
    assert response.context["outcome"].sort == "date"


def test_pagination_keeps_query_and_facets(client, home_page):
    from tests.factories import StandardPageFactory

    for number in range(12):
        StandardPageFactory(parent=home_page, title=f"Урок номер {number}")
    response = client.get("/search/", {"q": "урок"})
    assert response.context["outcome"].count == 12
    assert len(results_of(response)) == 10
    assert "q=%D1%83%D1%80%D0%BE%D0%BA&amp;page=2" in response.content.decode()
    assert len(results_of(client.get("/search/", {"q": "урок", "page": 2}))) == 2


def test_suggestions_endpoint(client, network):
    data = client.get("/search/suggest/", {"q": "Краев"}).json()
    assert {"title": "Краеведческий музей", "kind": "partner"}.items() <= data["suggestions"][
        0
    ].items()
    assert data["suggestions"][0]["url"].endswith("/")
    titles = [
        item["title"]
        for item in client.get("/search/suggest/", {"q": "подгот"}).json()["suggestions"]
    ]
    assert titles == ["Подготовка к олимпиаде по математике"]
    assert client.get("/search/suggest/", {"q": "черновик"}).json()["suggestions"] == []
    assert client.get("/search/suggest/", {"q": "п"}).json()["suggestions"] == []


@pytest.mark.parametrize("query", ["x" * 5000, '"', "\x00", "*", "-", "AND"])
def test_suggestions_never_fail(client, network, query):
    assert client.get("/search/suggest/", {"q": query}).status_code == 200


def test_search_box_is_a_plain_form_enhanced_by_a_script(client, network):
    html = client.get("/").content.decode()
    assert 'action="/search/"' in html and 'name="q"' in html
    assert 'data-suggest-url="/search/suggest/"' in html
    assert "js/search-suggest.js" in html


def test_cached_counts_follow_publishing(client, network, home_page, monkeypatch):
    from search import facets
    from tests.factories import StandardPageFactory

    computed = []
    original = facets.build  # every path (Wagtail's tables or search_document) ends here
    monkeypatch.setattr(facets, "build", lambda *a: computed.append(1) or original(*a))
    before = client.get("/search/", {"q": "проект"}).context["outcome"].count
    assert client.get("/search/", {"q": "проект"}).context["outcome"].count == before
    assert len(computed) == 1  # the second time from the cache
    page = StandardPageFactory(parent=home_page, title="Ещё один проект")
    page.save_revision().publish()
    assert client.get("/search/", {"q": "проект"}).context["outcome"].count == before + 1
    page.unpublish()
    assert client.get("/search/", {"q": "проект"}).context["outcome"].count == before
    assert len(computed) == 3


def test_facet_filters_as_id_lists_match_the_subqueries(network):
    """Elasticsearch gets lists of ids instead of subqueries: the same pages either way."""
    from wagtail.models import Page

    from search.facets import selection_filter
    from tests.partners.builders import material_type, subject

    for selection in [
        {"subject": subject("history").pk},
        {"material": material_type("lesson-plan").pk},
        {"year": network["project"].publication_date.year},
        {"partner": network["museum"].pk, "type": network["webinar"].content_type_id},
    ]:
        as_subqueries = set(Page.objects.filter(selection_filter(selection)))
        as_lists = set(Page.objects.filter(selection_filter(selection, materialise=True)))
        assert as_subqueries == as_lists and as_lists, selection


def test_snippets_escape_page_text(client, home_page):
    from tests.factories import StandardPageFactory

    StandardPageFactory(
        parent=home_page, title="Осторожно", intro='Опасный <script>alert("x")</script> текст'
    )
    html = client.get("/search/", {"q": "опасный"}).content.decode()
    assert "<mark>Опасный</mark> &lt;script&gt;alert" in html
    assert '<script>alert("x")' not in html


def test_snippet_marks_forms_that_do_not_start_like_the_lemma(client, home_page):
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, title="Семейное чтение", intro="Родители и дети читают.")
    html = client.get("/search/", {"q": "ребёнок"}).content.decode()
    assert "<mark>дети</mark>" in html


def test_snippets_lemmatise_only_the_words_that_can_match(monkeypatch):
    """A long text costs no lemmatisation of words that cannot be a form of the query's
    lemmas (each new word costs ~0.2 ms: a long attachment would take seconds)."""
    from search import snippets

    calls = []
    original = snippets.word_lemmas
    monkeypatch.setattr(snippets, "word_lemmas", lambda word: calls.append(word) or original(word))
    text = "история краеведения и музейной педагогики " * 500 + "новые уроки"
    score, html = snippets.best_window(text, {"урок"})
    assert score and "<mark>уроки</mark>" in html
    assert set(calls) == {"уроки"}


def test_a_repeated_query_reuses_its_counts_until_a_page_is_published(client, network, home_page):
    """Count and facets of a query are cached (README: «Повторный запрос … из кэша»), and a
    publication makes the next search count again."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import StandardPageFactory

    def search():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/search/", {"q": "проект"})
        return response.context["outcome"].count, len(queries)

    count, first = search()
    again, repeated = search()
    assert again == count and repeated < first
    StandardPageFactory(parent=home_page, title="Новый проект").save_revision().publish()
    after, _queries = search()
    assert after == count + 1
