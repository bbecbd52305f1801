"""Elasticsearch: the same lemmas and behaviour when ELASTICSEARCH_URL is set; when it is
down, publishing still works and the search falls back to the database with a notice."""

import logging
import os
import re
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings

from cms.settings.base import DATABASE_SEARCH_BACKEND, elasticsearch_backend
from tests.factories import StandardPageFactory
from tests.search.conftest import results_of, text_of

pytestmark = pytest.mark.django_db

UNREACHABLE = "http://127.0.0.1:9"
ES_URL = os.environ.get("ELASTICSEARCH_URL", "")
needs_elasticsearch = pytest.mark.skipif(
    not ES_URL,
    reason="ELASTICSEARCH_URL is not set: the Elasticsearch tests need a running cluster "
    "(the test of the fallback when it is unreachable runs everywhere)",
)


def backends(url, prefix="test_"):
    es = elasticsearch_backend(url)
    es.update(INDEX_PREFIX=prefix, TIMEOUT=2)
    return {"default": es, "database": DATABASE_SEARCH_BACKEND}


def test_unreachable_elasticsearch_neither_blocks_publishing_nor_breaks_search(
    client, home_page, caplog
):
    with override_settings(WAGTAILSEARCH_BACKENDS=backends(UNREACHABLE)):
        with caplog.at_level(logging.ERROR):
            page = StandardPageFactory(
                parent=home_page, title="Сетевой проект", intro="Проект для детей"
            )
            page.save_revision().publish()
        page.refresh_from_db()
        assert page.live

        response = client.get("/search/", {"q": "проекты для детей"})
        assert response.status_code == 200
        assert "упрощённом режиме" in text_of(response)
        assert results_of(response) == ["Сетевой проект"]

        suggestions = client.get("/search/suggest/", {"q": "Сетев"})
        assert suggestions.status_code == 200
        assert [item["title"] for item in suggestions.json()["suggestions"]] == ["Сетевой проект"]


@needs_elasticsearch
def test_elasticsearch_finds_inflected_words(client, home_page):
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    with override_settings(WAGTAILSEARCH_BACKENDS=backends(ES_URL, prefix)):
        StandardPageFactory(
            parent=home_page, title="Конкурсы чтецов", intro="Проектная деятельность детей"
        )
        StandardPageFactory(parent=home_page, title="Teaching children", intro="Lesson plans")
        call_command("update_index", stdout=open(os.devnull, "w"))
        try:
            for query, title in [
                ("конкурсе", "Конкурсы чтецов"),
                ("проектной деятельности дети", "Конкурсы чтецов"),
                ("child teach", "Teaching children"),
                ("lesson planning", "Teaching children"),
            ]:
                response = client.get("/search/", {"q": query})
                assert title in results_of(response), query
                assert "упрощённом режиме" not in text_of(response)
        finally:
            from wagtail.search.backends import get_search_backend

            backend = get_search_backend("default")
            backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


@needs_elasticsearch
def test_elasticsearch_snippets_and_facets(client, home_page):
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    with override_settings(WAGTAILSEARCH_BACKENDS=backends(ES_URL, prefix)):
        StandardPageFactory(parent=home_page, title="Уроки краеведения", intro="Музейный урок")
        call_command("update_index", stdout=open(os.devnull, "w"))
        try:
            response = client.get("/search/", {"q": "урок"})
            assert re.search(r"<mark>[Уу]рок", response.content.decode())
            facet = next(f for f in response.context["outcome"].facets if f.key == "type")
            assert facet.options[0].count == 1
        finally:
            from wagtail.search.backends import get_search_backend

            get_search_backend("default").es.indices.delete(
                index=f"{prefix}*", ignore_unavailable=True
            )
