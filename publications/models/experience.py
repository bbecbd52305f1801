"""Публикация опыта: a partner's write-up of its practice, with attachments."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.taxonomies import in_default_locale
from search.index import lemma_fields

from .base import MaterialPageMixin


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("CC BY 4.0 — можно всё, с указанием автора")
    CC_BY_SA = "cc-by-sa-4.0", _("CC BY-SA 4.0 — с указанием автора, на тех же условиях")
    CC_BY_NC = "cc-by-nc-4.0", _("CC BY-NC 4.0 — с указанием автора, не для продажи")
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", _("CC BY-NC-SA 4.0 — некоммерческое, на тех же условиях")
    ALL_RIGHTS = "all-rights-reserved", _("Все права защищены — только просмотр")


class ExperiencePublicationTag(TaggedItemBase):
    content_object = ParentalKey(
        "publications.ExperiencePublicationPage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class ExperiencePublicationPage(MaterialPageMixin, Page):
    """Публикация опыта, under a partner's section (or the network's index); partners draft it."""

    material_type = models.ForeignKey(
        "home.MaterialType",
        verbose_name=_("Вид материала"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_default_locale,
        help_text=_("Конспект урока, программа, методическое пособие, статья, презентация, видео…"),
    )
    licence = models.CharField(
        _("Лицензия"),
        max_length=40,
        choices=Licence.choices,
        blank=True,
        help_text=_(
            "На каких условиях другие педагоги могут использовать материал. "
            "Если сомневаетесь — CC BY 4.0."
        ),
    )
    publication_date = models.DateField(
        _("Дата публикации"),
        default=timezone.localdate,
        help_text=_(
            "Показывается на странице; по ней материалы сортируются и фильтруются по году."
        ),
    )
    tags = ClusterTaggableManager(
        _("Метки"),
        through=ExperiencePublicationTag,
        blank=True,
        help_text=_("Ключевые слова через запятую: «проектная деятельность, краеведение»."),
    )

    listing_date_field = "publication_date"
    route_select_related = ("listing_image", "material_type")
    required_for_review = [
        "summary",
        "subject_areas",
        "education_levels",
        "material_type",
        "licence",
    ]

    content_panels = (
        Page.content_panels
        + [
            InlinePanel(
                "authors",
                heading=_("Авторы"),
                label=pgettext_lazy("publication author", "Автор"),
                min_num=0,
            )
        ]
        + MaterialPageMixin.material_panels
        + [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("material_type"), FieldPanel("licence")]),
                    FieldPanel("publication_date"),
                    FieldPanel("tags"),
                ],
                heading=_("Сведения о материале"),
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
            index.RelatedFields("material_type", [index.SearchField("name")]),
            index.RelatedFields(
                "authors", [index.SearchField("name"), index.SearchField("organisation")]
            ),
            index.RelatedFields("tags", [index.SearchField("name")]),
            index.FilterField("publication_date"),
            index.FilterField("material_type"),
        ]
    )
    translatable_fields = (
        MaterialPageMixin.material_translatable_fields
        + MaterialPageMixin.classification_translatable_fields
        + MaterialPageMixin.listing_translatable_fields
        + [
            SynchronizedField("material_type"),
            SynchronizedField("licence"),
            SynchronizedField("publication_date"),
            TranslatableField("authors"),
        ]
    )

    parent_page_types = ["partners.PartnerPage", "publications.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("публикация опыта")
        verbose_name_plural = _("публикации опыта")

    @classmethod
    def review_errors(cls, data):
        if not data.get("attachments") and not data.get("body"):
            yield gettext(
                "Добавьте текст публикации или хотя бы один файл: иначе педагогу нечего читать."
            )


class PublicationAuthor(TranslatableMixin, Orderable):
    page = ParentalKey(ExperiencePublicationPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(_("ФИО"), max_length=200)
    position = models.CharField(
        _("Должность"), max_length=200, blank=True, help_text=_("Например: «учитель истории».")
    )
    organisation = models.CharField(
        _("Организация"),
        max_length=300,
        blank=True,
        help_text=_("Если автор из другой организации, чем раздел партнёра."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("organisation")]),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("position"),
        TranslatableField("organisation"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("автор")
        verbose_name_plural = _("авторы")
