"""Network-level pages: the home page of each language and plain information pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.mixins import RoutedPageMixin
from home.routing import route_by_url_path
from search.index import lemma_fields


class HomePage(RoutedPageMixin, Page):
    """The root of a language version of the site; edited by editors only."""

    intro = models.TextField(
        _("Вступление"),
        blank=True,
        help_text=_("Одно-два предложения о сети: их видят первыми на главной странице."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Содержание"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = lemma_fields(
        Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    )
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("slug"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    def route(self, request, path_components):
        # Every page of a language version is routed from its home page: do it in one query.
        return route_by_url_path(self, request, path_components)

    # What the home page highlights: (context name, model, ordering, filter, how many).
    highlights = [
        (
            "latest_publications",
            "publications.ExperiencePublicationPage",
            "-publication_date",
            {},
            4,
        ),
        ("upcoming_webinars", "publications.WebinarPage", "start", {"start__gte": "now"}, 3),
        ("upcoming_events", "publications.EventPage", "start", {"start__gte": "now"}, 3),
        (
            "open_contests",
            "publications.ContestRegulationPage",
            "application_deadline",
            {"applications_open__lte": "today", "application_deadline__gte": "today"},
            3,
        ),
    ]

    def get_context(self, request, *args, **kwargs):
        from django.apps import apps
        from django.utils import timezone

        from home.listing import attach_partners, exclude_restricted

        context = super().get_context(request, *args, **kwargs)
        moments = {"now": timezone.now(), "today": timezone.localdate()}
        for name, label, ordering, conditions, limit in self.highlights:
            model = apps.get_model(label)
            context[name] = list(
                exclude_restricted(model.objects.live().filter(locale_id=self.locale_id))
                .filter(**{key: moments[value] for key, value in conditions.items()})
                .defer_streamfields()
                .order_by(ordering)[:limit]
            )
        attach_partners([item for name, *_ in self.highlights for item in context[name]])
        return context

    class Meta:
        verbose_name = _("главная страница")
        verbose_name_plural = _("главные страницы")


class StandardPage(RoutedPageMixin, Page):
    """A plain page of the network (about, forms and stages of interaction, documents)."""

    intro = models.TextField(
        _("Вступление"),
        blank=True,
        help_text=_("Короткое введение: показывается крупно под заголовком и в списках страниц."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Содержание"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = lemma_fields(
        Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    )
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("slug"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "publications.CollectionPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from home.listing import exclude_restricted

        context["subpages"] = exclude_restricted(self.get_children().live())
        return context

    class Meta:
        verbose_name = _("информационная страница")
        verbose_name_plural = _("информационные страницы")
