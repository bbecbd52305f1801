"""Listing pages (index pages, the partner directory, collections): filters from the query
string through django-filter, sorting, pagination, constant query cost."""

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import CharField, Exists, OuterRef, Value
from django.db.models.functions import Length, Substr
from django.utils import translation
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


TERM_NAMES_VERSION_KEY = "home:term-names-version"


def _term_names_version():
    version = cache.get(TERM_NAMES_VERSION_KEY)
    if version is None:
        version = 1
        cache.set(TERM_NAMES_VERSION_KEY, version, None)
    return version


def forget_term_names(**kwargs):
    try:
        cache.incr(TERM_NAMES_VERSION_KEY)
    except ValueError:
        cache.set(TERM_NAMES_VERSION_KEY, 1, None)


def _uuid_text(value):
    """A UUID as 32 hex digits, whether the database gave a UUID, "8-4-4-4-12" text
    (PostgreSQL's cast) or hex text (SQLite's storage)."""
    return str(value).replace("-", "")


def term_names(language_code):
    """{translation_key: name} of every taxonomy term in one language: pages point at terms of
    the default language (their translations share the terms), and show them in the visitor's
    language through this map. One UNION query, then cached until a term changes."""
    key = f"home:term-names:{_term_names_version()}:{language_code}"
    names = cache.get(key)
    if names is None:
        queries = [
            model.objects.filter(locale__language_code=language_code)
            .values_list("translation_key", "name")
            .order_by()
            for model in TAXONOMY_MODELS
        ]
        rows = queries[0].union(*queries[1:], all=True)
        names = {_uuid_text(key): name for key, name in rows}
        cache.set(key, names, 60 * 60)
    return names


def localized_term_name(term, translation_key=None, name=None):
    """The name of ``term`` (or of the term given by its translation key and default-language
    name) in the active language; the term's own name when it has no translation."""
    if term is not None:
        translation_key, name = term.translation_key, term.name
    language = translation.get_language()
    if not language or language == settings.LANGUAGE_CODE:
        return name
    return term_names(language).get(_uuid_text(translation_key), name)


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
