"""One search, start to finish: clean and repair the query, narrow by facets, search through
Wagtail's API, count facets over the match set, build snippets for the page shown.

The view only turns the request into arguments and the outcome into a template.
"""

import hashlib
import logging
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from . import facets as facet_module
from . import spelling, vocabulary
from .backend import (
    DATABASE_ALIAS,
    fallback_backend,
    is_database,
    match_queryset,
    unavailable_errors,
)
from .query import build_query, highlight_lemmas
from .snippets import snippet

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
SORTS = ("relevance", "date")
# Elasticsearch has no match-set queryset: facets count its first results.
NON_DATABASE_FACET_SAMPLE = 1000
ATTACHMENT_FIELDS = ("attachment_text",)
# Count and facets of a query are kept this long (popular queries repeat; any publication
# changes the key).
FACETS_CACHE_SECONDS = 300
# After the search service fails, requests go straight to the database for this long.
DOWN_KEY = "search:backend-down"
DOWN_SECONDS = 30


@dataclass
class Outcome:
    query: str
    searched_query: str = ""
    corrected: bool = False
    page_obj: object = None
    count: int = 0
    facets: list = field(default_factory=list)
    notice: str = ""
    sort: str = "relevance"
    selection: dict = field(default_factory=dict)
    promotions: list = field(default_factory=list)


def base_queryset(locale, selection, sort, materialise=False):
    pages = Page.objects.live().public().filter(locale=locale)
    condition = facet_module.selection_filter(selection, materialise)
    if condition is not None:
        pages = pages.filter(condition)
    if sort == "date":
        pages = pages.order_by("-first_published_at", "-id")
    return pages.specific()


def facets_cache_key(text, backend, selection):
    """The cache key of a query's count and facets; it changes whenever a page is published
    or the index is rebuilt (the vocabulary's version)."""
    version = cache.get(vocabulary.VERSION_KEY)
    if not text or version is None:
        return None
    raw = repr((version, translation.get_language(), text, backend, sorted(selection.items())))
    return "search:facets:" + hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()


def run_search(pages, query, sort, backend, page_number, selection, cache_text=""):
    """(page of results, facets). On the database backends the facets' one query also gives
    the total, so the paginator does not count again."""
    from wagtail.search.backends import get_search_backend

    results = pages.search(query, order_by_relevance=(sort == "relevance"), backend=backend)
    if is_database(get_search_backend(backend)):
        key = facets_cache_key(cache_text, backend, selection)
        cached = cache.get(key) if key else None
        if cached is None:
            unranked = pages.order_by().search(query, order_by_relevance=False, backend=backend)
            cached = facet_module.compute(match_queryset(unranked), selection)
            if key:
                cache.set(key, cached, FACETS_CACHE_SECONDS)
        total, facets = cached
        results._count_cache = total
    else:
        sample = [
            page.pk for page in pages.search(query, backend=backend)[:NON_DATABASE_FACET_SAMPLE]
        ]
        _total, facets = facet_module.compute(Page.objects.filter(pk__in=sample), selection)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
    list(page_obj.object_list)  # evaluate here, where a backend failure can be caught
    return page_obj, facets


def search(
    text,
    locale,
    *,
    selection=None,
    sort="relevance",
    page_number=1,
    backend="default",
    correct=True,
):
    """An Outcome for the cleaned query ``text`` in ``locale``."""
    from wagtail.search.backends import get_search_backend

    selection = selection or {}
    sort = sort if sort in SORTS else "relevance"
    outcome = Outcome(query=text, searched_query=text, sort=sort, selection=selection)
    corrected = spelling.correct(text) if correct else None
    if corrected:
        outcome.searched_query, outcome.corrected = corrected, True
    query = build_query(outcome.searched_query)
    if query is None:
        return outcome

    database = is_database(get_search_backend(backend))
    pages = base_queryset(locale, selection, sort, materialise=not database)
    notice = _("Поиск работает в упрощённом режиме: основной поисковый сервис недоступен.")
    if backend != DATABASE_ALIAS and cache.get(DOWN_KEY) and fallback_backend() is not None:
        backend, outcome.notice = DATABASE_ALIAS, notice  # still down: do not wait for it
    try:
        outcome.page_obj, outcome.facets = run_search(
            pages, query, sort, backend, page_number, selection, outcome.searched_query
        )
    except unavailable_errors():
        logger.exception("Search backend unavailable; falling back to the database")
        if backend == DATABASE_ALIAS or fallback_backend() is None:
            raise
        cache.set(DOWN_KEY, True, DOWN_SECONDS)
        backend, outcome.notice = DATABASE_ALIAS, notice
        outcome.page_obj, outcome.facets = run_search(
            pages, query, sort, backend, page_number, selection, outcome.searched_query
        )
    outcome.count = outcome.page_obj.paginator.count

    lemmas = highlight_lemmas(outcome.searched_query)
    for result in outcome.page_obj:
        result.snippet_html, result.found_in_attachment = snippet(result, lemmas, ATTACHMENT_FIELDS)
    return outcome


def suggest(text, locale, request, *, limit=8, backend="default"):
    """[{title, url, kind}] of live public pages in ``locale`` whose title (or a partner's
    full name) starts with the typed words; partners are marked as such."""
    from django.apps import apps
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType

    partner_type = ContentType.objects.get_for_model(apps.get_model(settings.SEARCH_PARTNER_MODEL))
    pages = Page.objects.live().public().filter(locale=locale)
    try:
        found = list(pages.autocomplete(text, backend=backend)[:limit])
    except unavailable_errors():
        logger.exception("Search backend unavailable for suggestions; using the database")
        found = list(pages.autocomplete(text, backend=DATABASE_ALIAS)[:limit])
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "kind": "partner" if page.content_type_id == partner_type.pk else "page",
        }
        for page in found
    ]
