"""Facets of a result: type, partner, subject area, education level, material type, year.

Counts are GROUP BY queries over the current match set (a queryset of page ids on the
database backends; the first pages' ids otherwise). Which models carry a facet is found
from their fields, by name, so no page model is imported here: subject areas and levels
are many-to-many fields ``subject_areas`` / ``education_levels``, the material type a
foreign key ``material_type``, the year that of ``listing_date_field`` (or first
publication), the partner the ancestor at the partner model's depth.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, get_page_models

FACET_KEYS = ("type", "partner", "subject", "level", "material", "year")
FACET_LABELS = {
    "type": _("Тип материала"),
    "partner": _("Партнёр"),
    "subject": _("Предметная область"),
    "level": _("Уровень образования"),
    "material": _("Вид материала"),
    "year": _("Год"),
}
M2M_FACETS = {"subject": "subject_areas", "level": "education_levels"}
FK_FACETS = {"material": "material_type"}
MAX_OPTIONS = 15
MIN_YEAR, MAX_YEAR = 1900, 2200


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool = False
    url: str = ""


@dataclass
class Facet:
    key: str
    label: str
    options: list = field(default_factory=list)


def parse_selection(params):
    """{facet key: int} of the valid facet choices in the query string; others ignored."""
    selection = {}
    for key in FACET_KEYS:
        value = params.get(key, "")
        if value.isascii() and value.isdigit() and len(value) < 10 and int(value) > 0:
            if key != "year" or MIN_YEAR <= int(value) <= MAX_YEAR:
                selection[key] = int(value)
    return selection


def page_models_with(field_name, many_to_many):
    found = []
    for model in get_page_models():
        if model._meta.abstract or model._meta.proxy:
            continue
        try:
            model_field = model._meta.get_field(field_name)
        except Exception:  # noqa: BLE001 — FieldDoesNotExist
            continue
        if bool(model_field.many_to_many) == many_to_many and model_field.is_relation:
            found.append((model, model_field))
    return found


def date_field(model):
    return getattr(model, "listing_date_field", None) or "first_published_at"


def partner_model():
    return apps.get_model(settings.SEARCH_PARTNER_MODEL)


def partners():
    """[(pk, path, depth)] of every partner page (a few hundred at most)."""
    return list(partner_model().objects.values_list("pk", "path", "depth"))


def partner_depths():
    return sorted({depth for _pk, _path, depth in partners()})


# Filters (applied before the search, as ``id__in`` subqueries on Page's "id" FilterField).


MAX_MATERIALISED_IDS = 50_000


def selection_filter(selection, materialise=False):
    """A Q narrowing Page to the selection (None when nothing is selected). Subqueries of
    page ids, or lists of them when ``materialise`` (Elasticsearch cannot take a subquery).
    """

    def ids(queryset):
        if materialise:
            return list(
                queryset.values_list(queryset.query.values_select[0], flat=True)[
                    :MAX_MATERIALISED_IDS
                ]
            )
        return queryset

    condition = Q()
    if "type" in selection:
        condition &= Q(content_type_id=selection["type"])
    if "partner" in selection:
        path = Page.objects.filter(pk=selection["partner"]).values_list("path", flat=True).first()
        condition &= Q(path__startswith=path or "-")
    for key, name in M2M_FACETS.items():
        if key in selection:
            ids_q = Q(pk__in=[])
            for _model, model_field in page_models_with(name, True):
                through = model_field.remote_field.through
                source, target = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
                ids_q |= Q(
                    id__in=ids(through.objects.filter(**{target: selection[key]}).values(source))
                )
            condition &= ids_q
    for key, name in FK_FACETS.items():
        if key in selection:
            ids_q = Q(pk__in=[])
            for model, _field in page_models_with(name, False):
                ids_q |= Q(id__in=ids(model.objects.filter(**{name: selection[key]}).values("pk")))
            condition &= ids_q
    if "year" in selection:
        ids_q = Q(pk__in=[])
        for model in get_page_models():
            if not model._meta.abstract and model is not Page:
                lookup = {f"{date_field(model)}__year": selection["year"]}
                ids_q |= Q(
                    id__in=ids(
                        model.objects.filter(**lookup)
                        .filter(content_type=ContentType.objects.get_for_model(model))
                        .values("pk")
                    )
                )
        condition &= ids_q
    return condition if condition else None


# Counts: one query. The match set is a CTE (materialised on PostgreSQL: the full-text
# match runs once), every facet a GROUP BY over it, all joined by UNION ALL.


def year_sql(column, vendor):
    if vendor == "postgresql":
        return f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"
    return f"CAST(SUBSTR({column}, 1, 4) AS INTEGER)"


def facet_sql(match, connection):
    """(sql, params) counting every facet over ``match`` (a Page queryset): rows of
    (facet key, value as text, count)."""
    qn = connection.ops.quote_name
    vendor = connection.vendor
    columns = match.order_by().values_list(
        "pk", "content_type_id", "path", "depth", "first_published_at"
    )
    match_sql, params = columns.query.sql_with_params()
    materialized = "MATERIALIZED " if vendor == "postgresql" else ""
    parts = [
        "SELECT 'type', CAST(m.ct AS TEXT), COUNT(*) FROM m GROUP BY m.ct",
    ]
    for depth in partner_depths():
        length = depth * Page.steplen
        parts.append(
            f"SELECT 'partner', SUBSTR(m.path, 1, {length}), COUNT(*) FROM m"
            f" WHERE m.depth >= {depth} GROUP BY SUBSTR(m.path, 1, {length})"
        )
    for key, name in M2M_FACETS.items():
        for _model, model_field in page_models_with(name, True):
            through = model_field.remote_field.through
            source = through._meta.get_field(model_field.m2m_field_name()).column
            target = through._meta.get_field(model_field.m2m_reverse_field_name()).column
            parts.append(
                f"SELECT '{key}', CAST(t.{qn(target)} AS TEXT), COUNT(*)"
                f" FROM {qn(through._meta.db_table)} t JOIN m ON t.{qn(source)} = m.pk"
                f" GROUP BY t.{qn(target)}"
            )
    for key, name in FK_FACETS.items():
        for model, model_field in page_models_with(name, False):
            parts.append(
                f"SELECT '{key}', CAST(x.{qn(model_field.column)} AS TEXT), COUNT(*)"
                f" FROM {qn(model._meta.db_table)} x JOIN m ON x.{qn(model._meta.pk.column)} = m.pk"
                f" WHERE x.{qn(model_field.column)} IS NOT NULL GROUP BY x.{qn(model_field.column)}"
            )
    dated = []
    for model in get_page_models():
        field_name = date_field(model)
        if model._meta.abstract or field_name == "first_published_at":
            continue
        column = model._meta.get_field(field_name).column
        content_type = ContentType.objects.get_for_model(model)
        dated.append(content_type.pk)
        year = year_sql(f"x.{qn(column)}", vendor)
        parts.append(
            f"SELECT 'year', CAST({year} AS TEXT), COUNT(*) FROM {qn(model._meta.db_table)} x"
            f" JOIN m ON x.{qn(model._meta.pk.column)} = m.pk WHERE m.ct = {content_type.pk}"
            f" AND x.{qn(column)} IS NOT NULL GROUP BY {year}"
        )
    others = f" AND m.ct NOT IN ({', '.join(map(str, dated))})" if dated else ""
    year = year_sql("m.published", vendor)
    parts.append(
        f"SELECT 'year', CAST({year} AS TEXT), COUNT(*) FROM m"
        f" WHERE m.published IS NOT NULL{others} GROUP BY {year}"
    )
    sql = (
        f"WITH m (pk, ct, path, depth, published) AS {materialized}({match_sql}) "
        + " UNION ALL ".join(parts)
    )
    return sql, params


def count_all(match):
    """{facet key: Counter(value: count)} over ``match`` in one query."""
    from django.db import connections

    connection = connections[match.db]
    sql, params = facet_sql(match, connection)
    counts = {key: Counter() for key in FACET_KEYS}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    partner_paths = Counter()
    for key, value, count in rows:
        if value is None:
            continue
        if key == "partner":
            partner_paths[value] += count
        else:
            counts[key][int(value)] += count
    if partner_paths:
        by_path = {path: pk for pk, path, _depth in partners()}
        for path, count in partner_paths.items():
            if path in by_path:
                counts["partner"][by_path[path]] += count
    return counts


# Labels.


def taxonomy_labels(model, ids):
    """{id: name in the active locale} for taxonomy terms (pages keep the first language's
    terms; a translation is shown where there is one)."""
    terms = list(model.objects.filter(pk__in=ids).values_list("pk", "name", "translation_key"))
    names = {pk: name for pk, name, _key in terms}
    locale = Locale.get_active()
    translated = dict(
        model.objects.filter(
            translation_key__in=[key for _pk, _name, key in terms], locale=locale
        ).values_list("translation_key", "name")
    )
    for pk, _name, key in terms:
        if key in translated:
            names[pk] = translated[key]
    return names


def labels_for(key, ids):
    if key == "type":
        labels = {}
        for content_type_id in ids:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is not None:
                labels[content_type_id] = str(model._meta.verbose_name).capitalize()
        return labels
    if key == "partner":
        return dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    if key in M2M_FACETS or key in FK_FACETS:
        name = M2M_FACETS.get(key) or FK_FACETS[key]
        models = page_models_with(name, key in M2M_FACETS)
        if not models:
            return {}
        return taxonomy_labels(models[0][1].related_model, ids)
    return {year: str(year) for year in ids}


def compute(match, selection):
    """(total, [Facet]) for ``match`` (a Page queryset): options sorted by count (years by
    year), the selected ones marked."""
    counts = count_all(match)
    return sum(counts["type"].values()), build(counts, selection)


def build(counts, selection):
    """[Facet] from {facet key: Counter(value: count)}."""
    facets = []
    for key in FACET_KEYS:
        found = counts[key]
        if key == "year":
            top = sorted(found.items(), reverse=True)[:MAX_OPTIONS]
        else:
            top = found.most_common(MAX_OPTIONS)
        labels = labels_for(key, [value for value, _n in top])
        options = [
            Option(str(value), labels[value], n, selection.get(key) == value)
            for value, n in top
            if value in labels
        ]
        if options:
            facets.append(Facet(key, str(FACET_LABELS[key]), options))
    return facets


__all__ = ["FACET_KEYS", "Facet", "Option", "compute", "parse_selection", "selection_filter"]
