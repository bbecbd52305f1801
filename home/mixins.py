"""Small abstract behaviours shared by page types; each carries its own panels and fields.

Mixins come before ``Page`` in the bases. Other apps use them; they name other apps' models
only by lazy strings.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models.taxonomies import in_default_locale


class RoutedPageMixin(models.Model):
    """Uses the ancestors found by ``home.routing`` to check view restrictions in one query
    (Wagtail's own check first loads the ancestors, then their restrictions)."""

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        from wagtail.models import PageViewRestriction

        from home.routing import route_ancestors

        ancestors = route_ancestors(self)
        if ancestors is None:
            return super().get_view_restrictions()
        # Aliases use their source page's restrictions, as in Wagtail's own check.
        ids = {page.alias_of_id or page.pk for page in [*ancestors, self]}
        return PageViewRestriction.objects.filter(page_id__in=ids)


class ListingImageMixin(models.Model):
    """An image for cards in listings and for social previews."""

    listing_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("Изображение для карточки"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Показывается в списках и при публикации ссылки в соцсетях. "
            "Лучше горизонтальное, не меньше 800×450 пикселей."
        ),
    )

    listing_panels = [FieldPanel("listing_image")]
    listing_translatable_fields = [SynchronizedField("listing_image")]

    class Meta:
        abstract = True


class ClassificationMixin(models.Model):
    """Subject areas, education levels and audiences: what teachers filter by."""

    subject_areas = ParentalManyToManyField(
        "home.SubjectArea",
        verbose_name=_("Предметные области"),
        blank=True,
        related_name="+",
        limit_choices_to=in_default_locale,
        help_text=_("Отметьте все подходящие: по ним педагоги фильтруют материалы."),
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
        help_text=_("Для кого материал: педагоги, учащиеся, родители, руководители."),
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
            heading=_("Классификация"),
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

    def classification(self):
        """{"subject_areas": [...names], "education_levels": [...], "audiences": [...],
        "tags": [...]} in one UNION query (four separate ones otherwise)."""
        from django.db.models import CharField, IntegerField, Value
        from django.db.models.functions import Cast

        from home.listing import localized_term_name

        fields = ("subject_areas", "education_levels", "audiences")
        result = {"subject_areas": [], "education_levels": [], "audiences": [], "tags": []}
        querysets = {field: getattr(self, field).all() for field in fields}
        if not all(isinstance(qs, models.QuerySet) for qs in querysets.values()):
            # A preview or an earlier revision: the terms are held in memory, not in the db.
            for field, terms in querysets.items():
                result[field] = [localized_term_name(term) for term in terms]
            if hasattr(self, "tags"):
                result["tags"] = [tag.name for tag in self.tags.all()]
            return result

        parts = [
            qs.annotate(
                kind=Value(field, output_field=CharField()),
                order=models.F("sort_order"),
                key=Cast("translation_key", CharField()),
            )
            .values_list("kind", "name", "order", "key")
            .order_by()
            for field, qs in querysets.items()
        ]
        if hasattr(self, "tagged_items"):
            parts.append(
                self.tagged_items.all()
                .annotate(
                    kind=Value("tags", output_field=CharField()),
                    tag_name=models.F("tag__name"),
                    order=Value(0, output_field=IntegerField()),
                    key=Value("", output_field=CharField()),
                )
                .values_list("kind", "tag_name", "order", "key")
                .order_by()
            )
        rows = parts[0].union(*parts[1:], all=True)
        for kind, name, _order, key in sorted(rows, key=lambda row: (row[2], row[1])):
            result[kind].append(localized_term_name(None, key, name) if key else name)
        return result
