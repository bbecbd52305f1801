"""Вебинар / интернет-конференция: an upcoming broadcast with registration, then a recording."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from publications.video import parse_timecode, parse_video_url, validate_video_url
from search.index import lemma_fields

from .base import MaterialPageMixin, localized_pages


class TimecodeBlock(blocks.CharBlock):
    def clean(self, value):
        value = super().clean(value)
        if parse_timecode(value) is None:
            raise ValidationError(gettext("Время в формате мм:сс или чч:мм:сс, например 12:30."))
        return value


class ChapterBlock(blocks.StructBlock):
    timecode = TimecodeBlock(label=_("Время"), max_length=8, help_text=_("мм:сс или чч:мм:сс"))
    title = blocks.CharBlock(label=_("Тема"), max_length=200)

    class Meta:
        icon = "time"
        label = _("Глава")


class WebinarPage(MaterialPageMixin, Page):
    """Вебинар или интернет-конференция, under the partner that holds it."""

    start = models.DateTimeField(
        _("Начало"), null=True, blank=True, help_text=_("Дата и время по Москве.")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("Длительность, мин"), default=60, help_text=_("Сколько минут длится трансляция.")
    )
    video_url = models.URLField(
        _("Видео"),
        blank=True,
        validators=[validate_video_url],
        help_text=_(
            "Ссылка на трансляцию или запись на RuTube, VK Video или YouTube. "
            "Другие сайты не встраиваются."
        ),
    )
    registration_url = models.URLField(
        _("Регистрация"),
        blank=True,
        help_text=_("Ссылка на форму регистрации. Показывается, пока вебинар не начался."),
    )
    chapters = StreamField(
        [("chapter", ChapterBlock())],
        verbose_name=_("Оглавление записи"),
        blank=True,
        help_text=_("Темы с отметками времени: посетитель нажимает и смотрит с этого места."),
    )
    transcript = models.TextField(
        _("Расшифровка"),
        blank=True,
        help_text=_("Текст выступлений. Он попадает в поиск, так что запись найдут по словам."),
    )

    listing_date_field = "start"
    required_for_review = ["summary", "start", "duration_minutes"]

    content_panels = (
        Page.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("start"), FieldPanel("duration_minutes")]),
                    FieldPanel("registration_url"),
                ],
                heading=_("Когда"),
            ),
            InlinePanel("speakers", heading=_("Спикеры"), label=_("Спикер")),
        ]
        + MaterialPageMixin.material_panels
        + [
            MultiFieldPanel(
                [FieldPanel("video_url"), FieldPanel("chapters"), FieldPanel("transcript")],
                heading=_("Запись"),
            )
        ]
        + MaterialPageMixin.classification_panels
        + MaterialPageMixin.relations_panels
    )
    search_fields = lemma_fields(
        Page.search_fields
        + MaterialPageMixin.material_search_fields
        + MaterialPageMixin.classification_search_fields
        + [
            index.SearchField("transcript"),
            index.SearchField("chapters"),
            index.RelatedFields(
                "speakers", [index.SearchField("name"), index.SearchField("position")]
            ),
            index.FilterField("start"),
        ]
    )
    translatable_fields = (
        MaterialPageMixin.material_translatable_fields
        + MaterialPageMixin.classification_translatable_fields
        + MaterialPageMixin.listing_translatable_fields
        + [
            TranslatableField("chapters"),
            TranslatableField("transcript"),
            TranslatableField("speakers"),
            SynchronizedField("start"),
            SynchronizedField("duration_minutes"),
            SynchronizedField("video_url"),
            SynchronizedField("registration_url"),
        ]
    )

    parent_page_types = ["partners.PartnerPage", "publications.WebinarIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("вебинар")
        verbose_name_plural = _("вебинары")

    @property
    def end(self):
        if self.start is None:
            return None
        return self.start + datetime.timedelta(minutes=self.duration_minutes or 0)

    @property
    def is_upcoming(self):
        return self.end is not None and self.end > timezone.now()

    @cached_property
    def video(self):
        return parse_video_url(self.video_url)

    def speaker_list(self):
        """Speakers with their partner organisations in one query (in memory in previews), and
        ``partner_page``: the organisation in the page's language (one more query on a
        translation whose speakers' partners have translations, see ``localized_pages``)."""
        speakers = self.speakers.all()
        if isinstance(speakers, models.QuerySet):
            speakers = speakers.select_related("partner")
        speakers = list(speakers)
        partners = [speaker.partner for speaker in speakers if speaker.partner]
        shown = dict(zip(partners, localized_pages(partners, self.locale_id), strict=True))
        for speaker in speakers:
            speaker.partner_page = shown.get(speaker.partner)
        return speakers

    def chapter_list(self):
        """[(seconds, timecode, title)] in the order given."""
        items = []
        for block in self.chapters:
            seconds = parse_timecode(block.value["timecode"])
            if seconds is not None:
                items.append((seconds, block.value["timecode"], block.value["title"]))
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        start = request.GET.get("t", "0")
        start = int(start) if start.isdigit() and len(start) < 7 else 0
        context["video_start"] = start
        context["video_embed_url"] = self.video.embed_url(start) if self.video else ""
        return context


class WebinarSpeaker(TranslatableMixin, Orderable):
    page = ParentalKey(WebinarPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("ФИО"), max_length=200)
    position = models.CharField(_("Должность"), max_length=200, blank=True)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("Организация сети"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"live": True},
        help_text=_("Если спикер из организации-партнёра — выберите её."),
    )

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("position"), FieldPanel("partner")])]
    # The partner is a page: kept as it is and shown in the visitor's language when it has a
    # live translation (see publications.partner_links).
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("position"),
        SynchronizedField("partner"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("спикер")
        verbose_name_plural = _("спикеры")
