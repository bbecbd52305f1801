"""The one search view and the suggestions endpoint: published, public pages of the active
locale, through Wagtail search. No page model is named here (``search_fields`` live on the
models, facets are found from their fields)."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from wagtail.models import Locale

from . import engine, querylog
from .facets import parse_selection
from .query import clean_query


def url_with(params, **changes):
    """The search URL's query string with ``changes`` applied (None removes a key); the page
    number is always dropped."""
    merged = {key: value for key, value in params.items() if key != "page" and value}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return "?" + urlencode(merged)


def search(request):
    query = clean_query(request.GET.get("q", ""))
    sort = request.GET.get("sort", "relevance")
    selection = parse_selection(request.GET)
    exact = request.GET.get("exact") == "1"
    outcome = None
    if query:
        outcome = engine.search(
            query,
            Locale.get_active(),
            selection=selection,
            sort=sort,
            page_number=request.GET.get("page"),
            correct=not exact,
        )
        first_look = request.GET.get("page", "1") == "1" and not selection
        if first_look:
            querylog.record(query, found=bool(outcome.count))
            outcome.promotions = querylog.promotions(query, Locale.get_active())
        params = {
            "q": query,
            "sort": outcome.sort if outcome.sort != "relevance" else "",
            "exact": "1" if exact else "",
        }
        params.update({key: str(value) for key, value in selection.items()})
        for facet in outcome.facets:
            for option in facet.options:
                option.url = url_with(
                    params, **{facet.key: None if option.selected else option.value}
                )
        outcome.sort_urls = {
            "relevance": url_with(params, sort=None),
            "date": url_with(params, sort="date"),
        }
        outcome.clear_url = url_with({key: params[key] for key in ("q", "sort", "exact")})
        outcome.original_url = url_with(params, exact="1")
        outcome.pagination_query = url_with(params)[1:]
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "outcome": outcome,
            "search_results": outcome.page_obj if outcome else None,
        },
    )


SUGGESTIONS = 8
MIN_SUGGEST_LENGTH = 2


def suggest(request):
    """JSON suggestions for the search box: page titles and partners whose words start with
    what was typed (the autocomplete column keeps the raw words)."""
    query = clean_query(request.GET.get("q", ""))[:100]
    items = []
    if len(query) >= MIN_SUGGEST_LENGTH:
        items = engine.suggest(query, Locale.get_active(), request, limit=SUGGESTIONS)
    response = JsonResponse({"query": query, "suggestions": items})
    response["Cache-Control"] = "max-age=60"
    return response
