"""Translatable taxonomies (snippets) that classify partners and materials; editors keep them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


def in_default_locale():
    """``limit_choices_to`` for taxonomy fields: editors pick terms of the site's first
    language; translations of a page carry the same terms over (synchronised fields)."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A term: its name is translated, its slug is shared by every translation (it is what
    listing filters put in the URL)."""

    name = models.CharField(_("Название"), max_length=150)
    slug = models.SlugField(
        _("Код для адресов"),
        max_length=80,
        allow_unicode=False,
        help_text=_(
            "Латиницей, без пробелов: используется в адресах фильтров, например "
            "«mathematics». Одинаков во всех языковых версиях."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("Порядок"), default=100, help_text=_("Меньшие числа показываются первыми в списках.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class SubjectArea(Taxonomy):
    """Предметная область: математика, история, краеведение…"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("предметная область")
        verbose_name_plural = _("предметные области")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_subjectarea_slug")
        ]


class EducationLevel(Taxonomy):
    """Уровень образования: дошкольное, начальное общее, СПО…"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("уровень образования")
        verbose_name_plural = _("уровни образования")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_educationlevel_slug")
        ]


class Audience(Taxonomy):
    """Для кого материал: педагоги, учащиеся, родители, руководители."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("аудитория")
        verbose_name_plural = _("аудитории")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_audience_slug")
        ]


class MaterialType(Taxonomy):
    """Вид материала: конспект урока, программа, методическое пособие, видео…"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("вид материала")
        verbose_name_plural = _("виды материалов")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_materialtype_slug")
        ]


class OrganisationType(Taxonomy):
    """Тип организации-партнёра: школа, колледж, музей, предприятие…"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("тип организации")
        verbose_name_plural = _("типы организаций")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_organisationtype_slug")
        ]


class Department(Taxonomy):
    """Ведомственная принадлежность: образование, культура, экономика…"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("ведомство")
        verbose_name_plural = _("ведомства")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_department_slug")
        ]


class Municipality(Taxonomy):
    """Муниципальное образование или регион, где работает партнёр."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("муниципалитет")
        verbose_name_plural = _("муниципалитеты")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_municipality_slug")
        ]


TAXONOMY_MODELS = [
    SubjectArea,
    EducationLevel,
    Audience,
    MaterialType,
    OrganisationType,
    Department,
    Municipality,
]
