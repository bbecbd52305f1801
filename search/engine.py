"""One search, start to finish: clean and repair the query, narrow by facets, search through
Wagtail's API, count facets over the match set, build snippets for the page shown.

The view only turns the request into arguments and the outcome into a template.
"""

import hashlib
import logging
from array import array
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from . import docsets, documents, spelling, vocabulary
from . import facets as facet_module
from .backend import (
    DATABASE_ALIAS,
    fallback_backend,
    has_documents,
    is_database,
    match_queryset,
    unavailable_errors,
)
from .query import build_query, highlight_lemmas
from .snippets import Matcher, snippet

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
    # When so many pages match that only the newest ones are ranked (search.documents):
    # how many were ranked; the page says so.
    ranked_newest: int = 0


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


class CompactPaginator(Paginator):
    """A paginator whose ``page_range`` holds only the numbers the pagination template can
    show (first two, last two, two either side of the current page): with 60 000 results
    the template otherwise loops over 6 000 numbers to print seven."""

    current = 1

    def get_page(self, number):
        page = super().get_page(number)
        self.current = page.number
        return page

    @property
    def page_range(self):
        last = self.num_pages
        shown = {1, 2, last - 1, last, *range(self.current - 2, self.current + 3)}
        return [number for number in sorted(shown) if 1 <= number <= last]


class DocumentResults:
    """The results of a search over ``search.documents``' table, for the paginator.

    Known up front (and cached with the facets): the total and ``newest``, the ids of the
    ``RANK_CANDIDATES`` newest matches (all of them when there are fewer). By relevance the
    candidates are ranked with Wagtail's formula and any further matches follow newest
    first; by date the order is newest first. Only pages beyond the candidates need the
    whole match again (``documents.matching_ids``). A slice takes the pages themselves from
    ``pages`` (the live, public, locale queryset), so nothing else can be shown."""

    def __init__(self, pages, match, total, newest, sort, weights):
        self.pages, self.match, self.total, self.newest = pages, match, total, newest
        self.sort, self.weights = sort, weights

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def ids(self, start, stop):
        limit = documents.RANK_CANDIDATES
        if self.sort == "relevance" and start < limit:
            candidates = self.newest[:limit]
            ids = documents.ranked(self.match, candidates, start, min(stop, limit), self.weights)
            return ids + (self.ids(limit, stop) if stop > limit else [])
        if stop <= len(self.newest):
            return list(self.newest[start:stop])
        found = documents.matching_ids(self.match)
        return docsets.current(found).newest(found, start, stop)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop = key.start or 0, min(key.stop or self.total, self.total)
        if stop <= start:
            return []
        ids = self.ids(start, stop)
        found = {page.pk: page for page in self.pages.filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]


def document_search(pages, locale, query, sort, search_backend, page_number, selection, cache_key):
    """run_search's work over ``search.documents``' table (PostgreSQL): one index scan for
    the match's ids, facets counted on them in memory (``search.docsets``), one query ranking
    at most ``RANK_CANDIDATES`` of them; a repeated query (cached) only ranks."""
    from django.db import connection
    from wagtail.search.models import IndexEntry

    compiler = search_backend.query_compiler_class(Page.objects.all(), query)
    tsquery = compiler.build_tsquery(query, config=search_backend.config)
    sql_query = IndexEntry.objects.all().query
    tsquery = tsquery.resolve_expression(sql_query)
    tsquery_sql, tsquery_params = tsquery.as_sql(
        sql_query.get_compiler(connection=connection), connection
    )
    match = documents.Match(tsquery_sql, tsquery_params, locale, selection)
    cached = cache.get(cache_key) if cache_key else None
    if cached is None:
        found = documents.matching_ids(match)
        snapshot = docsets.current(found)
        newest = snapshot.newest(found, 0, documents.RANK_CANDIDATES)
        facets = facet_module.build(snapshot.counts(found), selection)
        cached = (len(found), facets, array("I", newest).tobytes())
        if cache_key:
            cache.set(cache_key, cached, FACETS_CACHE_SECONDS)
    total, facets, newest_bytes = cached
    newest = array("I")
    newest.frombytes(newest_bytes)
    results = DocumentResults(pages, match, total, newest, sort, compiler.sql_weights)
    page_obj = CompactPaginator(results, RESULTS_PER_PAGE).get_page(page_number)
    page_obj.object_list = list(page_obj.object_list)
    if sort == "relevance" and total > documents.RANK_CANDIDATES:
        page_obj.ranked_newest = documents.RANK_CANDIDATES
    return page_obj, facets


def run_search(pages, query, sort, backend, page_number, selection, cache_text="", locale=None):
    """(page of results, facets). On the database backends the facets' one query also gives
    the total, so the paginator does not count again."""
    from wagtail.search.backends import get_search_backend

    search_backend = get_search_backend(backend)
    if locale is not None and has_documents(search_backend):
        key = facets_cache_key(cache_text, ("documents", backend, docsets.version()), selection)
        return document_search(
            pages, locale, query, sort, search_backend, page_number, selection, key
        )
    results = pages.search(query, order_by_relevance=(sort == "relevance"), backend=backend)
    if is_database(search_backend):
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
    page_obj = CompactPaginator(results, RESULTS_PER_PAGE).get_page(page_number)
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
            pages, query, sort, backend, page_number, selection, outcome.searched_query, locale
        )
    except unavailable_errors():
        logger.exception("Search backend unavailable; falling back to the database")
        if backend == DATABASE_ALIAS or fallback_backend() is None:
            raise
        cache.set(DOWN_KEY, True, DOWN_SECONDS)
        backend, outcome.notice = DATABASE_ALIAS, notice
        outcome.page_obj, outcome.facets = run_search(
            pages, query, sort, backend, page_number, selection, outcome.searched_query, locale
        )
    outcome.count = outcome.page_obj.paginator.count
    outcome.ranked_newest = getattr(outcome.page_obj, "ranked_newest", 0)

    lemmas = Matcher(highlight_lemmas(outcome.searched_query))
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
