"""A published page adds its words to the vocabulary at once (``update_index`` recounts); a
saved document has its text extracted."""

import logging

from . import vocabulary

logger = logging.getLogger(__name__)


def on_page_published(sender, instance, **kwargs):
    try:
        vocabulary.add_object(instance.specific)
    except Exception:  # noqa: BLE001 — publishing must never fail because of the vocabulary
        logger.exception("Could not add page %s to the search vocabulary", instance.pk)


def on_document_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields and "file" not in update_fields):
        return
    from .tasks import schedule_extraction

    schedule_extraction(instance.pk)
