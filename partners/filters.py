"""Filters of the partner directory, read from the query string (shareable URLs)."""

import django_filters
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.listing import taxonomy_choices

from .interaction import InteractionForm, form_condition


class PartnerFilterSet(django_filters.FilterSet):
    type = django_filters.ChoiceFilter(
        label=_("Тип организации"), field_name="organisation_type__slug", empty_label=_("Все типы")
    )
    department = django_filters.ChoiceFilter(
        label=_("Ведомство"), field_name="department__slug", empty_label=_("Все ведомства")
    )
    municipality = django_filters.ChoiceFilter(
        label=_("Муниципалитет"), field_name="municipality__slug", empty_label=_("Все")
    )
    form = django_filters.ChoiceFilter(
        label=_("Форма взаимодействия"),
        choices=InteractionForm.choices,
        method="filter_form",
        empty_label=_("Любая"),
    )
    q = django_filters.CharFilter(label=_("Название"), method="filter_name")

    def __init__(self, *args, host=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.host = host
        choices = taxonomy_choices(get_language())
        self.filters["type"].extra["choices"] = choices["organisationtype"]
        self.filters["department"].extra["choices"] = choices["department"]
        self.filters["municipality"].extra["choices"] = choices["municipality"]

    def filter_form(self, queryset, name, value):
        host = self.host
        return queryset.filter(
            form_condition(
                value,
                host.host_organisation_type if host else None,
                host.host_department if host else None,
            )
        )

    def filter_name(self, queryset, name, value):
        value = value.strip()[:100]
        if not value:
            return queryset
        # Lower() on both sides: SQLite's LIKE folds only ASCII letters, and «гимназия» must
        # find «Гимназия» (home.apps gives SQLite a Unicode-aware lower()).
        needle = value.lower()
        return queryset.annotate(
            title_lower=Lower("title"), full_name_lower=Lower("full_name")
        ).filter(Q(title_lower__contains=needle) | Q(full_name_lower__contains=needle))

    @property
    def qs(self):
        return super().qs.order_by("title")
