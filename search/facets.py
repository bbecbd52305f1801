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
from django.db.models import Count, Q
from django.db.models.functions import ExtractYear, Substr
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


def partner_depths():
    return sorted(set(partner_model().objects.values_list("depth", flat=True)))


# Filters (applied before the search, as ``id__in`` subqueries on Page's "id" FilterField).


def selection_filter(selection):
    """A Q narrowing Page to the selection (None when nothing is selected)."""
    condition = Q()
    if "type" in selection:
        condition &= Q(content_type_id=selection["type"])
    if "partner" in selection:
        path = Page.objects.filter(pk=selection["partner"]).values_list("path", flat=True).first()
        condition &= Q(path__startswith=path or "-")
    for key, name in M2M_FACETS.items():
        if key in selection:
            ids = Q(pk__in=[])
            for _model, model_field in page_models_with(name, True):
                through = model_field.remote_field.through
                source, target = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
                ids |= Q(id__in=through.objects.filter(**{target: selection[key]}).values(source))
            condition &= ids
    for key, name in FK_FACETS.items():
        if key in selection:
            ids = Q(pk__in=[])
            for model, _field in page_models_with(name, False):
                ids |= Q(id__in=model.objects.filter(**{name: selection[key]}).values("pk"))
            condition &= ids
    if "year" in selection:
        ids = Q(pk__in=[])
        for model in get_page_models():
            if not model._meta.abstract and model is not Page:
                lookup = {f"{date_field(model)}__year": selection["year"]}
                ids |= Q(
                    id__in=model.objects.filter(**lookup)
                    .filter(content_type=ContentType.objects.get_for_model(model))
                    .values("pk")
                )
        condition &= ids
    return condition if condition else None


# Counts.


def union_counts(querysets):
    """Run (key, count) querysets as one UNION ALL and add the counts up per key."""
    querysets = [qs.order_by() for qs in querysets]
    if not querysets:
        return Counter()
    rows = querysets[0].union(*querysets[1:], all=True) if len(querysets) > 1 else querysets[0]
    counts = Counter()
    for key, count in rows:
        if key is not None:
            counts[key] += count
    return counts


def count_type(match):
    return Counter(
        dict(
            Page.objects.filter(pk__in=match)
            .values_list("content_type_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
    )


def count_partner(match):
    counts = Counter()
    for depth in partner_depths():
        length = depth * Page.steplen
        counts.update(
            dict(
                Page.objects.filter(pk__in=match, depth__gte=depth)
                .annotate(prefix=Substr("path", 1, length))
                .values_list("prefix")
                .annotate(n=Count("pk"))
                .order_by()
            )
        )
    partners = dict(partner_model().objects.filter(path__in=list(counts)).values_list("path", "pk"))
    return Counter({partners[path]: n for path, n in counts.items() if path in partners})


def count_m2m(match, name):
    querysets = []
    for _model, model_field in page_models_with(name, True):
        through = model_field.remote_field.through
        source, target = model_field.m2m_field_name(), model_field.m2m_reverse_field_name()
        querysets.append(
            through.objects.filter(**{f"{source}__in": match})
            .values_list(target)
            .annotate(n=Count("pk"))
        )
    return union_counts(querysets)


def count_fk(match, name):
    return union_counts(
        [
            model.objects.filter(pk__in=match).values_list(name).annotate(n=Count("pk"))
            for model, _field in page_models_with(name, False)
        ]
    )


def count_year(match, type_counts):
    querysets = []
    for content_type_id in type_counts:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        querysets.append(
            model.objects.filter(pk__in=match, content_type_id=content_type_id)
            .annotate(year=ExtractYear(date_field(model)))
            .values_list("year")
            .annotate(n=Count("pk"))
        )
    return union_counts(querysets)


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
    """[Facet] with options sorted by count (years by year), selected ones included."""
    counts = {"type": count_type(match)}
    counts["partner"] = count_partner(match)
    for key, name in M2M_FACETS.items():
        counts[key] = count_m2m(match, name)
    for key, name in FK_FACETS.items():
        counts[key] = count_fk(match, name)
    counts["year"] = count_year(match, counts["type"])

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
