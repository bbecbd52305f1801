"""Listing filters read from the query string, so a filtered listing's URL can be shared.

One FilterSet per listed type; values are taxonomy slugs (the same in every language).
"""

import django_filters
from django import forms
from django.db.models import DateTimeField, F, Func, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from home.listing import taxonomy_choices

from .models.contests import ContestLevel, ContestPhase, phase_condition
from .models.events import EventFormat

SORT_CHOICES = [
    ("new", _("Сначала новые")),
    ("old", _("Сначала старые")),
    ("title", _("По названию")),
]
WHEN_CHOICES = [("upcoming", _("Предстоящие")), ("past", _("Прошедшие"))]


class MaterialFilterSet(django_filters.FilterSet):
    """Filters every material listing has: partner, subject, level, audience, year, sort."""

    partner = django_filters.ChoiceFilter(
        label=_("Партнёр"), method="filter_partner", empty_label=_("Все партнёры")
    )
    subject = django_filters.ChoiceFilter(
        label=_("Предметная область"),
        field_name="subject_areas__slug",
        distinct=True,
        empty_label=_("Все предметы"),
    )
    level = django_filters.ChoiceFilter(
        label=_("Уровень образования"),
        field_name="education_levels__slug",
        distinct=True,
        empty_label=_("Все уровни"),
    )
    audience = django_filters.ChoiceFilter(
        label=_("Аудитория"), field_name="audiences__slug", distinct=True, empty_label=_("Все")
    )
    year = django_filters.ChoiceFilter(
        label=_("Год"), method="filter_year", empty_label=_("Все годы")
    )
    sort = django_filters.ChoiceFilter(
        label=pgettext_lazy("listing sort", "Порядок"),
        choices=SORT_CHOICES,
        method="sort_by",
        empty_label=None,
    )

    def __init__(self, data=None, *args, partners=(), **kwargs):
        super().__init__(data, *args, **kwargs)
        model = self.queryset.model
        self.date_field = model.listing_date_field
        self.partners = {partner.slug: partner for partner in partners}
        choices = taxonomy_choices(get_language())
        self.filters["partner"].extra["choices"] = [(p.slug, p.title) for p in partners]
        self.filters["subject"].extra["choices"] = choices["subjectarea"]
        self.filters["level"].extra["choices"] = choices["educationlevel"]
        self.filters["audience"].extra["choices"] = choices["audience"]
        if "material_type" in self.filters:
            self.filters["material_type"].extra["choices"] = choices["materialtype"]
        years = self.queryset.order_by().dates(self.date_field, "year", order="DESC")
        self.filters["year"].extra["choices"] = [(str(d.year), str(d.year)) for d in years]

    @property
    def form(self):
        form = super().form
        # Subclasses add their own filters after "sort"; keep "sort" last on the page.
        if "sort" in form.fields:
            form.fields["sort"] = form.fields.pop("sort")
        return form

    def filter_partner(self, queryset, name, value):
        partner = self.partners.get(value)
        if partner is None:
            return queryset.none()
        own = Q(path__startswith=partner.path)
        co_authored = Q(co_partners__translation_key=partner.translation_key)
        return queryset.filter(own | co_authored).distinct()

    def filter_year(self, queryset, name, value):
        return queryset.filter(**{f"{self.date_field}__year": int(value)})

    def sort_by(self, queryset, name, value):
        return queryset  # applied in ``qs`` so that it always comes last

    @property
    def qs(self):
        queryset = super().qs
        sort = "new"
        if self.is_bound:
            self.is_valid()  # fills cleaned_data with the valid fields even if others are not
            sort = self.form.cleaned_data.get("sort") or "new"
        if sort == "title":
            return queryset.order_by("title", "pk")
        direction = "" if sort == "old" else "-"
        return queryset.order_by(f"{direction}{self.date_field}", "-pk")


class ExperienceFilterSet(MaterialFilterSet):
    material_type = django_filters.ChoiceFilter(
        label=_("Вид материала"), field_name="material_type__slug", empty_label=_("Все виды")
    )


class ContestFilterSet(MaterialFilterSet):
    phase = django_filters.ChoiceFilter(
        label=_("Этап"), choices=ContestPhase.choices, method="filter_phase", empty_label=_("Любой")
    )
    contest_level = django_filters.ChoiceFilter(
        label=_("Уровень конкурса"),
        field_name="level",
        choices=ContestLevel.choices,
        empty_label=_("Любой"),
    )
    open = django_filters.BooleanFilter(
        label=_("Только с открытым приёмом заявок"),
        method="filter_open",
        widget=forms.CheckboxInput,
    )

    def filter_phase(self, queryset, name, value):
        return queryset.filter(phase_condition(value, timezone.localdate()))

    def filter_open(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(phase_condition(ContestPhase.APPLICATIONS, timezone.localdate()))


class AddMinutes(Func):
    """``datetime + minutes`` in SQL; SQLite has no interval arithmetic on columns."""

    output_field = DateTimeField()

    def as_sql(self, compiler, connection, **extra_context):
        moment, minutes = (compiler.compile(expression) for expression in self.source_expressions)
        params = (*moment[1], *minutes[1])
        if connection.vendor == "sqlite":
            sql = f"strftime('%%Y-%%m-%%d %%H:%%M:%%f', {moment[0]}, '+' || {minutes[0]} || ' minutes')"
        elif connection.vendor == "postgresql":
            sql = f"({moment[0]} + make_interval(mins => {minutes[0]}))"
        else:
            sql = f"DATE_ADD({moment[0]}, INTERVAL {minutes[0]} MINUTE)"
        return sql, params


class WhenMixin(django_filters.FilterSet):
    """«Предстоящие» keeps what has not ended yet (a webinar on air, an event in progress),
    the same rule the cards use for their «Скоро» badge."""

    when = django_filters.ChoiceFilter(
        label=_("Когда"), choices=WHEN_CHOICES, method="filter_when", empty_label=_("Все")
    )

    def ends_at(self):
        raise NotImplementedError

    def filter_when(self, queryset, name, value):
        queryset = queryset.annotate(ends_at=self.ends_at())
        if value == "upcoming":
            return queryset.filter(ends_at__gt=timezone.now())
        return queryset.filter(ends_at__lte=timezone.now())


class WebinarFilterSet(WhenMixin, MaterialFilterSet):
    def ends_at(self):
        return AddMinutes(F("start"), F("duration_minutes"))


class EventFilterSet(WhenMixin, MaterialFilterSet):
    format = django_filters.ChoiceFilter(
        label=_("Формат"), choices=EventFormat.choices, empty_label=_("Все форматы")
    )

    def ends_at(self):
        return Coalesce(F("end"), F("start"))
