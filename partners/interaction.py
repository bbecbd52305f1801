"""The form of interaction (горизонтальная / вертикальная / смешанная), derived, never typed.

From the source: horizontal — organisations of one type and one department; vertical — of
different types, one department; mixed — of different departments (culture, business, NGOs).
Compared with the network's host organisation set in «Настройки сети». Terms are compared by
``translation_key``, so a translated term equals its original.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class InteractionForm(models.TextChoices):
    HORIZONTAL = "horizontal", _("Горизонтальная")
    VERTICAL = "vertical", _("Вертикальная")
    MIXED = "mixed", _("Смешанная")


def derive(organisation_type, department, host_type, host_department):
    """The form for one partner, or None while an input is missing."""
    if not (organisation_type and department and host_type and host_department):
        return None
    if department.translation_key != host_department.translation_key:
        return InteractionForm.MIXED
    if organisation_type.translation_key == host_type.translation_key:
        return InteractionForm.HORIZONTAL
    return InteractionForm.VERTICAL


def form_condition(form, host_type, host_department):
    """A Q object selecting partners of ``form``, the same rule as ``derive`` in SQL."""
    if not (host_type and host_department):
        return Q(pk__in=[])
    # derive() needs both inputs; so does every condition here.
    complete = Q(department__isnull=False, organisation_type__isnull=False)
    same_department = Q(department__translation_key=host_department.translation_key)
    same_type = Q(organisation_type__translation_key=host_type.translation_key)
    if form == InteractionForm.MIXED:
        return complete & ~same_department
    if form == InteractionForm.HORIZONTAL:
        return complete & same_department & same_type
    if form == InteractionForm.VERTICAL:
        return complete & same_department & ~same_type
    return Q(pk__in=[])
