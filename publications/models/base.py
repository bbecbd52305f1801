"""What every material page (publication, contest, webinar, event) has in common."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import AttachmentsBlock, BodyBlock
from home.forms import ReviewReadyPageForm
from home.mixins import ClassificationMixin, ListingImageMixin, RoutedPageMixin
from home.routing import route_ancestors


def localized_pages(pages, locale_id):
    """``pages`` as a page in the locale ``locale_id`` should show them: each replaced by its
    live translation into that locale when there is one (its title and URL), else kept as it is
    (a partner without an English version is linked in Russian). One query for all of them,
    none when they are all in that locale already."""
    keys = {page.translation_key for page in pages if page.locale_id != locale_id}
    if not keys:
        return list(pages)
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=keys, locale_id=locale_id, live=True)
    }
    return [
        page if page.locale_id == locale_id else translations.get(page.translation_key, page)
        for page in pages
    ]


class MaterialPageMixin(RoutedPageMixin, ClassificationMixin, ListingImageMixin, models.Model):
    """Summary, body, attachments and co-authoring partners of a material page.

    ``listing_date_field`` names the date listings sort and filter by year on.
    """

    summary = models.TextField(
        _("Кратко"),
        blank=True,
        help_text=_(
            "Два-три предложения: о чём материал и чем полезен. Показывается в списках "
            "и в результатах поиска. Нужно для отправки на проверку."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Текст"), blank=True)
    attachments = StreamField(
        AttachmentsBlock(),
        verbose_name=_("Файлы"),
        blank=True,
        help_text=_("PDF, DOCX, PPTX, ODT и другие документы. Текст файлов попадает в поиск."),
    )
    co_partners = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("Партнёры-соавторы"),
        blank=True,
        related_name="+",
        # Only published partners: a draft section's name is not for other partners to see.
        limit_choices_to={"live": True},
        help_text=_("Другие организации сети, участвовавшие в подготовке."),
    )

    base_form_class = ReviewReadyPageForm
    listing_date_field = "first_published_at"
    # Loaded with the page itself when it is routed (see home.routing).
    route_select_related = ("listing_image",)

    material_panels = [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    relations_panels = [
        MultiFieldPanel(
            [FieldPanel("co_partners"), FieldPanel("listing_image")],
            heading=_("Соавторы и изображение"),
        )
    ]
    material_search_fields = [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("summary"),
        # The text of the attached files (PDF, DOCX, PPTX, ODT), extracted when uploaded.
        index.SearchField("attachment_text"),
    ]
    material_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("slug"),
        TranslatableField("attachments"),  # descriptions; the documents stay (overridable)
        SynchronizedField("co_partners"),
    ]

    class Meta:
        abstract = True

    @cached_property
    def partner(self):
        """The partner whose section holds this page, or None for the network's own.

        After routing, the parent is already loaded (a plain Page: title and URL suffice).
        """
        from partners.models import PartnerPage

        ancestors = route_ancestors(self)
        if ancestors:
            parent = ancestors[-1]
            return parent if parent.specific_class is PartnerPage else None
        return PartnerPage.objects.parent_of(self).first()

    def co_partner_list(self):
        """Co-authoring partners in the page's language (see ``localized_pages``)."""
        return localized_pages(list(self.co_partners.all()), self.locale_id)

    @property
    def listing_date(self):
        return getattr(self, self.listing_date_field)

    @property
    def documents(self):
        return [block.value["document"] for block in self.attachments if block.value["document"]]

    def attachment_text(self):
        """The extracted text of every attached file, for the search index."""
        return "\n".join(
            document.extracted_text
            for document in self.documents
            if getattr(document, "extracted_text", "")
        )
