"""Подборка (like Plone's Collections): an editor's saved query, always current."""

import datetime

from django import forms
from django.apps import apps
from django.db import models
from django.db.models import CharField, F, Q, Value, prefetch_related_objects
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.listing import attach_partners, paginate, query_string_without_page
from home.mixins import RoutedPageMixin
from home.models.taxonomies import in_default_locale

from .indexes import LISTING_RENDITION, listing_queryset, rendition_prefetch

# (flag field, model label)
COLLECTED_TYPES = [
    ("include_publications", "publications.ExperiencePublicationPage"),
    ("include_contests", "publications.ContestRegulationPage"),
    ("include_webinars", "publications.WebinarPage"),
    ("include_events", "publications.EventPage"),
]


def as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


class CollectionPage(RoutablePageMixin, RoutedPageMixin, Page):
    """A curated list defined by filters an editor picks; editors create these."""

    intro = models.TextField(
        _("Вступление"), blank=True, help_text=_("Для кого эта подборка и чем она полезна.")
    )
    include_publications = models.BooleanField(_("Публикации опыта"), default=True)
    include_contests = models.BooleanField(_("Конкурсы"), default=False)
    include_webinars = models.BooleanField(_("Вебинары"), default=False)
    include_events = models.BooleanField(_("Мероприятия"), default=False)
    subject_areas = ParentalManyToManyField(
        "home.SubjectArea",
        verbose_name=_("Предметные области"),
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        help_text=_(
            "Материал подходит, если у него есть хотя бы одна из отмеченных областей. "
            "Ничего не отмечено — любые."
        ),
    )
    education_levels = ParentalManyToManyField(
        "home.EducationLevel",
        verbose_name=_("Уровни образования"),
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
    )
    audiences = ParentalManyToManyField(
        "home.Audience",
        verbose_name=_("Аудитория"),
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
    )
    material_types = ParentalManyToManyField(
        "home.MaterialType",
        verbose_name=_("Виды материалов"),
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        help_text=_("Относится только к публикациям опыта."),
    )
    partners = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("Партнёры"),
        blank=True,
        related_name="+",
        limit_choices_to={"live": True},
        help_text=_("Только материалы этих партнёров (их разделов и соавторства)."),
    )
    tags = models.CharField(
        _("Метки"),
        max_length=300,
        blank=True,
        help_text=_(
            "Через запятую; материал подходит, если у него есть любая из меток. "
            "Метки есть только у публикаций опыта."
        ),
    )
    date_from = models.DateField(_("С даты"), null=True, blank=True)
    date_to = models.DateField(_("По дату"), null=True, blank=True)
    max_items = models.PositiveSmallIntegerField(
        _("Сколько материалов показывать"),
        default=60,
        help_text=_("Не больше 200: подборка — это отбор, а не весь каталог."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel(flag) for flag, _ in COLLECTED_TYPES])],
            heading=_("Что собирать"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("subject_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("education_levels", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("material_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("partners"),
                FieldPanel("tags"),
                FieldRowPanel([FieldPanel("date_from"), FieldPanel("date_to")]),
                FieldPanel("max_items"),
            ],
            heading=_("Условия отбора"),
            help_text=_(
                "Условия складываются: материал попадает в подборку, если подходит "
                "под все заполненные условия."
            ),
        ),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("slug"),
        SynchronizedField("include_publications"),
        SynchronizedField("include_contests"),
        SynchronizedField("include_webinars"),
        SynchronizedField("include_events"),
        SynchronizedField("subject_areas"),
        SynchronizedField("education_levels"),
        SynchronizedField("audiences"),
        SynchronizedField("material_types"),
        SynchronizedField("partners"),
        SynchronizedField("tags"),
        SynchronizedField("date_from"),
        SynchronizedField("date_to"),
        SynchronizedField("max_items"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage", "publications.CollectionPage"]
    subpage_types = ["publications.CollectionPage"]
    per_page = 12

    class Meta:
        verbose_name = _("подборка")
        verbose_name_plural = _("подборки")

    def clean(self):
        super().clean()
        if self.max_items and self.max_items > 200:
            from django.core.exceptions import ValidationError

            raise ValidationError({"max_items": gettext("Не больше 200.")})

    def tag_list(self):
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]

    def criteria(self):
        """The chosen terms' translation keys and partners' paths, in one UNION query."""
        chosen = {
            "subject_areas": [],
            "education_levels": [],
            "audiences": [],
            "material_types": [],
            "partners": [],
        }
        managers = {field: getattr(self, field).all() for field in chosen}
        if not all(isinstance(qs, models.QuerySet) for qs in managers.values()):
            # A preview: the choices are in memory.
            for field, items in managers.items():
                chosen[field] = [
                    (item.translation_key, getattr(item, "path", "")) for item in items
                ]
            return chosen
        parts = [
            qs.annotate(
                kind=Value(field, output_field=CharField()),
                item_path=Value("", output_field=CharField()) if field != "partners" else F("path"),
            )
            .values_list("kind", "translation_key", "item_path")
            .order_by()
            for field, qs in managers.items()
        ]
        for kind, key, item_path in parts[0].union(*parts[1:], all=True):
            chosen[kind].append((key, item_path))
        return chosen

    def matching_items(self):
        """What matches now, newest first, at most ``max_items``: one query per type, plus
        one for the chosen criteria and one for every card's image."""
        limit = min(self.max_items or 60, 200)
        chosen = self.criteria()
        subjects = [key for key, _ in chosen["subject_areas"]]
        levels = [key for key, _ in chosen["education_levels"]]
        audiences = [key for key, _ in chosen["audiences"]]
        material_types = [key for key, _ in chosen["material_types"]]
        partners = chosen["partners"]
        tags = self.tag_list()

        items = []
        for flag, label in COLLECTED_TYPES:
            if not getattr(self, flag):
                continue
            model = apps.get_model(label)
            if (material_types or tags) and not hasattr(model, "material_type"):
                continue
            queryset = listing_queryset(model, self.locale, with_renditions=False)
            if subjects:
                queryset = queryset.filter(subject_areas__translation_key__in=subjects)
            if levels:
                queryset = queryset.filter(education_levels__translation_key__in=levels)
            if audiences:
                queryset = queryset.filter(audiences__translation_key__in=audiences)
            if material_types:
                queryset = queryset.filter(material_type__translation_key__in=material_types)
            if tags:
                queryset = queryset.filter(tags__name__in=tags)
            if partners:
                condition = Q()
                for key, partner_path in partners:
                    condition |= Q(path__startswith=partner_path) | Q(
                        co_partners__translation_key=key
                    )
                queryset = queryset.filter(condition)
            date_field = model.listing_date_field
            lookup = date_field
            if isinstance(model._meta.get_field(date_field), models.DateTimeField):
                lookup = f"{date_field}__date"
            if self.date_from:
                queryset = queryset.filter(**{f"{lookup}__gte": self.date_from})
            if self.date_to:
                queryset = queryset.filter(**{f"{lookup}__lte": self.date_to})
            items.extend(queryset.distinct().order_by(f"-{date_field}")[:limit])
        items.sort(key=lambda item: as_date(item.listing_date) or datetime.date.min, reverse=True)
        items = items[:limit]
        images = [item.listing_image for item in items if item.listing_image]
        prefetch_related_objects(images, rendition_prefetch("renditions"))
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, self.matching_items(), self.per_page)
        attach_partners(page_obj.object_list)
        context.update(
            page_obj=page_obj,
            items=page_obj,
            query_string=query_string_without_page(request),
            rendition_spec=LISTING_RENDITION,
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from publications.feeds import MaterialFeed

        return MaterialFeed(self, self.matching_items()[:30])(request)
