"""Dashboard panel for editors: contest dates falling in the current month."""

import calendar

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.admin.ui.components import Component

from .models import ContestRegulationPage


def month_bounds(today):
    last = calendar.monthrange(today.year, today.month)[1]
    return today.replace(day=1), today.replace(day=last)


class DeadlinesThisMonthPanel(Component):
    name = "deadlines_this_month"
    order = 60
    template_name = "publications/admin/panel_deadlines.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        today = timezone.localdate()
        first, last = month_bounds(today)
        stages = [
            ("applications_open", gettext("начало приёма заявок")),
            ("application_deadline", gettext("конец приёма заявок")),
            ("results_date", gettext("объявление итогов")),
        ]
        condition = Q()
        for field, _ in stages:
            condition |= Q(**{f"{field}__range": (first, last)})
        rows = []
        for contest in ContestRegulationPage.objects.filter(condition).defer_streamfields():
            for field, label in stages:
                date = getattr(contest, field)
                if date and first <= date <= last:
                    rows.append((date, label, contest, (date - today).days))
        rows.sort(key=lambda row: row[0])
        context.update(rows=rows, month=first, today=today)
        return context
