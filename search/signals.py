"""A published page adds its words to the vocabulary at once (``update_index`` recounts)."""

import logging

from . import vocabulary

logger = logging.getLogger(__name__)


def on_page_published(sender, instance, **kwargs):
    try:
        vocabulary.add_object(instance.specific)
    except Exception:  # noqa: BLE001 — publishing must never fail because of the vocabulary
        logger.exception("Could not add page %s to the search vocabulary", instance.pk)
