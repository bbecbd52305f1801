"""Site-wide listings of each material type, with filters, sorting, pagination and a feed."""

from django.apps import apps
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.listing import (
    attach_partners,
    exclude_restricted,
    paginate,
    query_string_without_page,
)
from home.mixins import RoutedPageMixin
from search.index import lemma_fields

LISTING_RENDITION = "fill-480x270"


def rendition_prefetch(lookup="listing_image__renditions"):
    from home.models import CustomRendition

    return Prefetch(lookup, queryset=CustomRendition.objects.filter(filter_spec=LISTING_RENDITION))


def listing_queryset(model, locale, with_renditions=True):
    """Live, public pages of ``model`` in ``locale``, with what a card shows loaded up front
    (``with_renditions=False`` when the caller prefetches renditions for several types)."""
    related = ["listing_image"]
    if hasattr(model, "material_type"):
        related.append("material_type")
    queryset = (
        exclude_restricted(model.objects.live().filter(locale=locale))
        .select_related(*related)
        .defer_streamfields()
    )
    if with_renditions:
        queryset = queryset.prefetch_related(rendition_prefetch())
    return queryset


def live_partners(locale):
    from partners.models import PartnerPage

    return list(
        exclude_restricted(PartnerPage.objects.live().filter(locale=locale))
        .only("id", "title", "slug", "path", "depth", "translation_key", "url_path", "locale_id")
        .order_by("title")
    )


class MaterialIndexPage(RoutablePageMixin, RoutedPageMixin, Page):
    """Abstract: lists ``listing_model`` site-wide (in this page's language), filtered by
    ``filterset_class``, and publishes the same list as an RSS feed at ``feed/``."""

    intro = models.TextField(
        _("Вступление"), blank=True, help_text=_("Пара предложений над списком: что здесь собрано.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = lemma_fields(Page.search_fields + [index.SearchField("intro")])
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("slug"),
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    per_page = 12
    listing_model = None
    filterset_class = None

    class Meta:
        abstract = True

    def get_listing_model(self):
        return apps.get_model(self.listing_model)

    def get_filterset(self, request):
        from publications import filters

        model = self.get_listing_model()
        return getattr(filters, self.filterset_class)(
            request.GET or None,
            queryset=listing_queryset(model, self.locale),
            request=request,
            partners=self.partners,
        )

    @cached_property
    def partners(self):
        return live_partners(self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.get_filterset(request)
        page_obj = paginate(request, filterset.qs, self.per_page)
        attach_partners(page_obj.object_list, self.partners)
        context.update(
            filterset=filterset,
            page_obj=page_obj,
            items=page_obj,
            query_string=query_string_without_page(request),
            is_filtered=any(
                value for key, value in request.GET.items() if key not in ("page", "sort")
            ),
            rendition_spec=LISTING_RENDITION,
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from publications.feeds import MaterialFeed

        filterset = self.get_filterset(request)
        return MaterialFeed(self, filterset.qs[:30])(request)


class PublicationIndexPage(MaterialIndexPage):
    """«Опыт и материалы»: every experience publication of the network."""

    listing_model = "publications.ExperiencePublicationPage"
    filterset_class = "ExperienceFilterSet"
    subpage_types = ["publications.ExperiencePublicationPage"]

    class Meta:
        verbose_name = _("список публикаций опыта")
        verbose_name_plural = _("списки публикаций опыта")


class ContestIndexPage(MaterialIndexPage):
    """«Конкурсы»: every contest regulation, filterable by phase and level."""

    listing_model = "publications.ContestRegulationPage"
    filterset_class = "ContestFilterSet"
    subpage_types = ["publications.ContestRegulationPage"]

    class Meta:
        verbose_name = _("список конкурсов")
        verbose_name_plural = _("списки конкурсов")


class WebinarIndexPage(MaterialIndexPage):
    """«Вебинары»: upcoming broadcasts and recordings."""

    listing_model = "publications.WebinarPage"
    filterset_class = "WebinarFilterSet"
    subpage_types = ["publications.WebinarPage"]

    class Meta:
        verbose_name = _("список вебинаров")
        verbose_name_plural = _("списки вебинаров")


class EventIndexPage(MaterialIndexPage):
    """«Мероприятия»: seminars, round tables, conferences, partner days."""

    listing_model = "publications.EventPage"
    filterset_class = "EventFilterSet"
    subpage_types = ["publications.EventPage"]

    class Meta:
        verbose_name = _("список мероприятий")
        verbose_name_plural = _("списки мероприятий")
