"""Network-level pages, the custom image/document models and the network's site settings."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BodyBlock


class CustomImage(AbstractImage):
    """Every image in the library. Own model from the first migration so fields can be added."""

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = "изображение"
        verbose_name_plural = "изображения"
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """Every attachment in the library: served through Wagtail's serve view, never directly."""

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = "документ"
        verbose_name_plural = "документы"
        permissions = [("choose_document", "Can choose document")]


class HomePage(Page):
    """The root of a language version of the site; edited by editors only."""

    intro = models.TextField(
        "Вступление",
        blank=True,
        help_text="Одно-два предложения о сети: их видят первыми на главной странице.",
    )
    body = StreamField(BodyBlock(), verbose_name="Содержание", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("slug"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().in_menu().specific()
        return context

    class Meta:
        verbose_name = "главная страница"
        verbose_name_plural = "главные страницы"


class StandardPage(Page):
    """A plain page of the network (about, forms and stages of interaction, documents)."""

    intro = models.TextField(
        "Вступление",
        blank=True,
        help_text="Короткое введение: показывается крупно под заголовком и в списках страниц.",
    )
    body = StreamField(BodyBlock(), verbose_name="Содержание", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("slug"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = self.get_children().live().public()
        return context

    class Meta:
        verbose_name = "информационная страница"
        verbose_name_plural = "информационные страницы"


@register_setting(icon="site")
class NetworkSettings(BaseGenericSetting):
    """Contacts of the network shown in the footer of every page; edited by administrators."""

    organisation_name = models.CharField(
        "Координатор сети",
        max_length=255,
        blank=True,
        help_text="Полное название организации, которая координирует сеть.",
    )
    address = models.CharField("Адрес", max_length=255, blank=True)
    email = models.EmailField("Электронная почта", blank=True)
    phone = models.CharField(
        "Телефон", max_length=50, blank=True, help_text="В формате +7 (861) 000-00-00."
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("address")], heading="Организация"
        ),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading="Контакты"),
    ]

    class Meta:
        verbose_name = "настройки сети"
