"""Положение о конкурсе (выставке, соревновании): dated stages, a derived phase, editions."""

import datetime

from django.db import models
from django.db.models import Q
from django.db.models.fields.json import KeyTextTransform
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageLogEntry
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from search.index import lemma_fields

from .base import MaterialPageMixin

# How long results stay "fresh" before a contest moves to the archive.
RESULTS_FRESH_DAYS = 90


def results_date_help():
    # Called lazily: a "%" on a lazy plural would translate once, at import.
    return ngettext(
        "С этого дня — «Итоги», через %(days)s день конкурс уходит в архив.",
        "С этого дня — «Итоги», через %(days)s дней конкурс уходит в архив.",
        RESULTS_FRESH_DAYS,
    ) % {"days": RESULTS_FRESH_DAYS}


class ContestKind(models.TextChoices):
    CONTEST = "contest", _("Конкурс")
    EXHIBITION = "exhibition", _("Выставка")
    COMPETITION = "competition", _("Соревнование")
    OLYMPIAD = "olympiad", _("Олимпиада")
    FESTIVAL = "festival", _("Фестиваль")


class ContestLevel(models.TextChoices):
    SCHOOL = "school", _("Школьный")
    MUNICIPAL = "municipal", _("Муниципальный")
    REGIONAL = "regional", _("Региональный")
    FEDERAL = "federal", _("Федеральный")


class ContestPhase(models.TextChoices):
    UPCOMING = "upcoming", _("Скоро")
    APPLICATIONS = "applications", _("Приём заявок")
    JUDGING = "judging", _("Подведение итогов")
    RESULTS = "results", _("Итоги")
    ARCHIVED = "archived", _("Архив")


def phase_on(today, applications_open, application_deadline, results_date):
    """The phase on ``today``; None while the application dates are not set."""
    if applications_open is None or application_deadline is None:
        return None
    if today < applications_open:
        return ContestPhase.UPCOMING
    if today <= application_deadline:
        return ContestPhase.APPLICATIONS
    if results_date is None or today < results_date:
        return ContestPhase.JUDGING
    if today < results_date + datetime.timedelta(days=RESULTS_FRESH_DAYS):
        return ContestPhase.RESULTS
    return ContestPhase.ARCHIVED


def phase_condition(phase, today):
    """The same rule as ``phase_on``, as a filter on ContestRegulationPage."""
    fresh_since = today - datetime.timedelta(days=RESULTS_FRESH_DAYS)
    dated = Q(applications_open__isnull=False, application_deadline__isnull=False)
    conditions = {
        ContestPhase.UPCOMING: Q(applications_open__gt=today),
        ContestPhase.APPLICATIONS: Q(applications_open__lte=today, application_deadline__gte=today),
        ContestPhase.JUDGING: Q(application_deadline__lt=today)
        & (Q(results_date__isnull=True) | Q(results_date__gt=today)),
        ContestPhase.RESULTS: Q(results_date__lte=today, results_date__gt=fresh_since)
        & Q(application_deadline__lt=today),
        ContestPhase.ARCHIVED: Q(results_date__lte=fresh_since, application_deadline__lt=today),
    }
    return dated & conditions[phase]


class NominationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Номинация"), max_length=200)
    description = blocks.TextBlock(label=_("Описание"), required=False)

    class Meta:
        icon = "pick"
        label = _("Номинация")


class ContestRegulationPage(RoutablePageMixin, MaterialPageMixin, Page):
    """Положение о конкурсе, выставке или соревновании, under the organising partner."""

    kind = models.CharField(
        _("Вид"), max_length=20, choices=ContestKind.choices, default=ContestKind.CONTEST
    )
    level = models.CharField(
        _("Уровень"),
        max_length=20,
        choices=ContestLevel.choices,
        blank=True,
        help_text=_("Школьный, муниципальный, региональный или федеральный."),
    )
    participants = models.CharField(
        _("Участники"),
        max_length=300,
        blank=True,
        help_text=_("Кто может участвовать: «учащиеся 5–11 классов», «педагоги ДОУ»."),
    )
    grade_from = models.PositiveSmallIntegerField(
        _("С класса"), null=True, blank=True, help_text=_("Пусто — без ограничения.")
    )
    grade_to = models.PositiveSmallIntegerField(_("По класс"), null=True, blank=True)
    nominations = StreamField(
        [("nomination", NominationBlock())], verbose_name=_("Номинации"), blank=True
    )
    announcement_date = models.DateField(_("Объявление"), null=True, blank=True)
    applications_open = models.DateField(
        _("Начало приёма заявок"),
        null=True,
        blank=True,
        help_text=_("С этого дня конкурс показывается как «Приём заявок»."),
    )
    application_deadline = models.DateField(
        _("Последний день приёма заявок"),
        null=True,
        blank=True,
        help_text=_("Включительно. После него — «Подведение итогов»."),
    )
    judging_start = models.DateField(_("Начало экспертизы"), null=True, blank=True)
    results_date = models.DateField(
        _("Объявление итогов"),
        null=True,
        blank=True,
        help_text=lazy(results_date_help, str)(),
    )
    regulation_document = models.ForeignKey(
        "home.CustomDocument",
        verbose_name=_("Положение (файл)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    application_form = models.ForeignKey(
        "home.CustomDocument",
        verbose_name=_("Форма заявки"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    results_document = models.ForeignKey(
        "home.CustomDocument",
        verbose_name=_("Итоги (файл)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Протокол или приказ об итогах — добавьте, когда итоги подведены."),
    )
    contact_name = models.CharField(_("Контактное лицо"), max_length=200, blank=True)
    contact_email = models.EmailField(_("Эл. почта"), blank=True)
    contact_phone = models.CharField(_("Телефон"), max_length=50, blank=True)
    edition_note = models.CharField(
        _("Что изменилось в этой редакции"),
        max_length=500,
        blank=True,
        help_text=_(
            "Видно посетителям в истории редакций положения, например: «продлён срок "
            "приёма заявок». Для первой редакции можно оставить пустым."
        ),
    )

    listing_date_field = "application_deadline"
    route_select_related = (
        "listing_image",
        "regulation_document",
        "application_form",
        "results_document",
    )
    required_for_review = [
        "summary",
        "level",
        "participants",
        "applications_open",
        "application_deadline",
        "regulation_document",
    ]

    content_panels = (
        Page.content_panels
        + [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("level")]),
            MultiFieldPanel(
                [
                    FieldPanel("participants"),
                    FieldRowPanel([FieldPanel("grade_from"), FieldPanel("grade_to")]),
                ],
                heading=_("Участники"),
            ),
        ]
        + MaterialPageMixin.material_panels
        + [FieldPanel("nominations")]
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("announcement_date"),
                            FieldPanel("applications_open"),
                            FieldPanel("application_deadline"),
                        ]
                    ),
                    FieldRowPanel([FieldPanel("judging_start"), FieldPanel("results_date")]),
                ],
                heading=_("Этапы и сроки"),
                help_text=_(
                    "Этап конкурса на сайте (скоро, приём заявок, итоги, архив) "
                    "вычисляется по этим датам."
                ),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("regulation_document"),
                    FieldPanel("application_form"),
                    FieldPanel("results_document"),
                ],
                heading=_("Документы"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("contact_name"),
                    FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                ],
                heading=_("Контакты"),
            ),
            FieldPanel("edition_note"),
        ]
        + MaterialPageMixin.classification_panels
        + MaterialPageMixin.relations_panels
    )
    search_fields = lemma_fields(
        Page.search_fields
        + MaterialPageMixin.material_search_fields
        + MaterialPageMixin.classification_search_fields
        + [
            index.SearchField("participants"),
            index.SearchField("nominations"),
            index.FilterField("level"),
            index.FilterField("kind"),
            index.FilterField("applications_open"),
            index.FilterField("application_deadline"),
            index.FilterField("results_date"),
        ]
    )
    translatable_fields = (
        MaterialPageMixin.material_translatable_fields
        + MaterialPageMixin.classification_translatable_fields
        + MaterialPageMixin.listing_translatable_fields
        + [
            TranslatableField("participants"),
            TranslatableField("nominations"),
            TranslatableField("contact_name"),
            TranslatableField("edition_note"),
            SynchronizedField("kind"),
            SynchronizedField("level"),
            SynchronizedField("grade_from"),
            SynchronizedField("grade_to"),
            SynchronizedField("announcement_date"),
            SynchronizedField("applications_open"),
            SynchronizedField("application_deadline"),
            SynchronizedField("judging_start"),
            SynchronizedField("results_date"),
            SynchronizedField("regulation_document"),
            SynchronizedField("application_form"),
            SynchronizedField("results_document"),
            SynchronizedField("contact_email"),
            SynchronizedField("contact_phone"),
        ]
    )

    parent_page_types = ["partners.PartnerPage", "publications.ContestIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("положение о конкурсе")
        verbose_name_plural = _("положения о конкурсах")

    @classmethod
    def review_errors(cls, data):
        opens, deadline = data.get("applications_open"), data.get("application_deadline")
        results = data.get("results_date")
        if opens and deadline and deadline < opens:
            yield gettext("Последний день приёма заявок раньше начала приёма: проверьте даты.")
        if deadline and results and results < deadline:
            yield gettext("Итоги не могут быть объявлены раньше окончания приёма заявок.")

    # Derived facts -------------------------------------------------------------------------

    def phase_on(self, today):
        return phase_on(today, self.applications_open, self.application_deadline, self.results_date)

    @property
    def phase(self):
        return self.phase_on(timezone.localdate())

    @property
    def phase_label(self):
        phase = self.phase
        return ContestPhase(phase).label if phase else ""

    def next_deadline_on(self, today):
        """The next dated stage as {"stage", "date", "days_left"}, or None when all passed.

        ``stage`` is "opens", "deadline" or "results"; templates word it.
        """
        stages = [
            ("opens", self.applications_open),
            ("deadline", self.application_deadline),
            ("results", self.results_date),
        ]
        for stage, date in stages:
            if date and date >= today:
                return {"stage": stage, "date": date, "days_left": (date - today).days}
        return None

    @property
    def next_deadline(self):
        return self.next_deadline_on(timezone.localdate())

    # Public edition history ---------------------------------------------------------------

    def editions(self):
        """Every published edition, newest first: dicts with revision_id, date, note."""
        entries = (
            PageLogEntry.objects.filter(page=self, action="wagtail.publish", revision__isnull=False)
            .annotate(note=KeyTextTransform("edition_note", "revision__content"))
            .order_by("-timestamp")
            .values("revision_id", "timestamp", "note")
        )
        seen, editions = set(), []
        for entry in entries:
            if entry["revision_id"] in seen:
                continue
            seen.add(entry["revision_id"])
            editions.append(
                {
                    "revision_id": entry["revision_id"],
                    "date": entry["timestamp"],
                    "note": entry["note"] or "",
                }
            )
        # The note stays on the page after publishing: a later edition that repeats the
        # previous edition's note did not write a new one.
        for newer, older in zip(editions, editions[1:], strict=False):
            if newer["note"] == older["note"]:
                newer["note"] = ""
        return editions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["editions"] = self.__dict__.get("editions_cache") or self.editions()
        return context

    @path("edition/<int:revision_id>/", name="edition")
    def edition(self, request, revision_id):
        """An earlier published edition, read-only, with a link to the current one."""
        # Only revisions that were published: drafts and rejected versions never leak.
        published = PageLogEntry.objects.filter(
            page=self, action="wagtail.publish", revision_id=revision_id
        ).first()
        if published is None:
            raise Http404(gettext("Такой редакции нет."))
        old = get_object_or_404(self.revisions, pk=revision_id).as_object()
        # What the routed page already loaded serves the old edition too.
        old._route_ancestors = getattr(self, "_route_ancestors", None)
        for field in self.route_select_related:
            if getattr(old, f"{field}_id") == getattr(self, f"{field}_id"):
                setattr(old, field, getattr(self, field))
        old.__dict__["editions_cache"] = self.editions()
        context = old.get_context(request)
        context.update(
            page=old,
            current_page=self,
            edition_date=published.timestamp,
            is_old_edition=True,
        )
        return TemplateResponse(request, self.get_template(request), context)
