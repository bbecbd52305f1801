"""Listing pages (index pages, the partner directory, collections): filters from the query
string through django-filter, sorting, pagination, constant query cost."""

from django.core.paginator import Paginator
from django.db.models import CharField, Exists, OuterRef, Value
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction

from home.models import TAXONOMY_MODELS


def taxonomy_choices(language_code):
    """Every taxonomy's (slug, name) pairs for one language, in ONE query (a UNION)."""
    queries = [
        model.objects.filter(locale__language_code=language_code)
        .annotate(kind=Value(model._meta.model_name, output_field=CharField()))
        .values_list("kind", "slug", "name", "sort_order")
        .order_by()
        for model in TAXONOMY_MODELS
    ]
    rows = queries[0].union(*queries[1:], all=True)
    choices = {model._meta.model_name: [] for model in TAXONOMY_MODELS}
    for kind, slug, name, _sort_order in sorted(rows, key=lambda row: (row[0], row[3], row[2])):
        choices[kind].append((slug, name))
    return choices


def exclude_restricted(queryset):
    """Pages with no view restriction on themselves or an ancestor — Wagtail's ``.public()``
    as a subquery, instead of a query that first loads every restriction."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.filter(~Exists(restricted))


def paginate(request, queryset, per_page):
    """The requested page; a missing, negative, non-numeric or too large number is clamped."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def query_string_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def attach_partners(pages, partners=None):
    """Set ``page.partner`` for many pages: from ``partners`` when the caller has them
    already, otherwise with one query for their parents that are partners."""
    from django.apps import apps

    PartnerPage = apps.get_model("partners.PartnerPage")
    pages = list(pages)
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    if partners is None:
        partners = PartnerPage.objects.filter(path__in=parent_paths)
    by_path = {p.path: p for p in partners}
    for page in pages:
        page.__dict__["partner"] = by_path.get(page.path[: -Page.steplen])
    return pages
