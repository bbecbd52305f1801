"""The one search view: published, public pages of the active locale, through Wagtail search."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page
from wagtail.search.utils import parse_query_string

RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Strip control characters (NUL included) and cap the length before any backend sees it."""
    cleaned = "".join(ch for ch in raw if ch.isprintable() or ch.isspace())
    return " ".join(cleaned.split())[: settings.SEARCH_QUERY_MAX_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        # Parsed, not raw: quotes become phrases, so an unbalanced quote cannot reach the
        # backend's own query syntax.
        _filters, parsed = parse_query_string(query, operator="and")
        results = Paginator(pages.search(parsed), RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": results,
            "pagination_query": urlencode({"q": query}),
        },
    )
