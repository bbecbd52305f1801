"""Small abstract behaviours shared by page types; each carries its own panels and fields.

Mixins come before ``Page`` in the bases. Other apps use them; they name other apps' models
only by lazy strings.
"""

from django import forms
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models.taxonomies import in_default_locale


class ListingImageMixin(models.Model):
    """An image for cards in listings and for social previews."""

    listing_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name="Изображение для карточки",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Показывается в списках и при публикации ссылки в соцсетях. "
        "Лучше горизонтальное, не меньше 800×450 пикселей.",
    )

    listing_panels = [FieldPanel("listing_image")]
    listing_translatable_fields = [SynchronizedField("listing_image")]

    class Meta:
        abstract = True


class ClassificationMixin(models.Model):
    """Subject areas, education levels and audiences: what teachers filter by."""

    subject_areas = ParentalManyToManyField(
        "home.SubjectArea",
        verbose_name="Предметные области",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        help_text="Отметьте все подходящие: по ним педагоги фильтруют материалы.",
    )
    education_levels = ParentalManyToManyField(
        "home.EducationLevel",
        verbose_name="Уровни образования",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
    )
    audiences = ParentalManyToManyField(
        "home.Audience",
        verbose_name="Аудитория",
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        help_text="Для кого материал: педагоги, учащиеся, родители, руководители.",
    )

    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel(
                    "subject_areas", widget=forms.CheckboxSelectMultiple, required_on_save=False
                ),
                FieldPanel(
                    "education_levels", widget=forms.CheckboxSelectMultiple, required_on_save=False
                ),
                FieldPanel(
                    "audiences", widget=forms.CheckboxSelectMultiple, required_on_save=False
                ),
            ],
            heading="Классификация",
        )
    ]
    classification_search_fields = [
        index.RelatedFields("subject_areas", [index.SearchField("name")]),
        index.RelatedFields("education_levels", [index.SearchField("name")]),
        index.RelatedFields("audiences", [index.SearchField("name")]),
    ]
    classification_translatable_fields = [
        SynchronizedField("subject_areas"),
        SynchronizedField("education_levels"),
        SynchronizedField("audiences"),
    ]

    class Meta:
        abstract = True
