"""Мероприятие: a seminar, round table, conference or partner day (the first stage)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from search.index import lemma_fields

from .base import MaterialPageMixin


class EventFormat(models.TextChoices):
    SEMINAR = "seminar", _("Семинар")
    ROUND_TABLE = "round_table", _("Круглый стол")
    CONFERENCE = "conference", _("Конференция")
    DISCUSSION = "discussion", _("Дискуссия")
    EXCHANGE = "exchange", _("Встреча по обмену опытом")
    PARTNER_DAY = "partner_day", _("День партнёрского взаимодействия")


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("Время"), max_length=20, help_text=_("Например: 10:00–10:30"))
    title = blocks.CharBlock(label=_("Что происходит"), max_length=300)
    speaker = blocks.CharBlock(label=_("Кто ведёт"), required=False, max_length=200)

    class Meta:
        icon = "time"
        label = _("Пункт программы")


class EventPage(MaterialPageMixin, Page):
    """A face-to-face or online event, under the organising partner."""

    format = models.CharField(
        _("Формат"), max_length=20, choices=EventFormat.choices, default=EventFormat.SEMINAR
    )
    start = models.DateTimeField(_("Начало"), null=True, blank=True, help_text=_("По Москве."))
    end = models.DateTimeField(_("Окончание"), null=True, blank=True)
    venue = models.CharField(
        _("Место"), max_length=300, blank=True, help_text=_("Название площадки и адрес.")
    )
    online_url = models.URLField(
        _("Ссылка для онлайн-участия"), blank=True, help_text=_("Если мероприятие идёт онлайн.")
    )
    programme = StreamField(
        [("item", ProgrammeItemBlock())], verbose_name=_("Программа"), blank=True
    )

    listing_date_field = "start"
    required_for_review = ["summary", "format", "start", "end"]

    content_panels = (
        Page.content_panels
        + [
            FieldPanel("format"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                    FieldPanel("venue"),
                    FieldPanel("online_url"),
                ],
                heading=_("Когда и где"),
            ),
        ]
        + MaterialPageMixin.material_panels
        + [FieldPanel("programme")]
        + MaterialPageMixin.classification_panels
        + MaterialPageMixin.relations_panels
    )
    search_fields = lemma_fields(
        Page.search_fields
        + MaterialPageMixin.material_search_fields
        + MaterialPageMixin.classification_search_fields
        + [
            index.SearchField("venue"),
            index.SearchField("programme"),
            index.FilterField("format"),
            index.FilterField("start"),
        ]
    )
    translatable_fields = (
        MaterialPageMixin.material_translatable_fields
        + MaterialPageMixin.classification_translatable_fields
        + MaterialPageMixin.listing_translatable_fields
        + [
            TranslatableField("venue"),
            TranslatableField("programme"),
            SynchronizedField("format"),
            SynchronizedField("start"),
            SynchronizedField("end"),
            SynchronizedField("online_url"),
        ]
    )

    parent_page_types = ["partners.PartnerPage", "publications.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("мероприятие")
        verbose_name_plural = _("мероприятия")

    @classmethod
    def review_errors(cls, data):
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            yield gettext("Окончание мероприятия раньше его начала: проверьте даты.")
        if not data.get("venue") and not data.get("online_url"):
            yield gettext("Укажите место проведения или ссылку для онлайн-участия.")

    @property
    def is_past(self):
        moment = self.end or self.start
        return moment is not None and moment < timezone.now()
