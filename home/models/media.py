"""The image and document models of the whole site (swappable from the first migration)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """Every image in the library. Own model from the first migration so fields can be added."""

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("изображение")
        verbose_name_plural = _("изображения")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """Every attachment in the library: served through Wagtail's serve view, never directly."""

    # Filled in by the search app when the file is saved (in a background task where one is
    # configured); pages that attach the document are indexed with this text.
    extracted_text = models.TextField(_("Текст файла для поиска"), blank=True, editable=False)
    extracted_from_hash = models.CharField(max_length=40, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("документ")
        verbose_name_plural = _("документы")
