"""Background work of the search: the text of a saved document, then the pages using it are
indexed again. Runs through django-tasks (immediately unless a queue backend is set)."""

import hashlib
import logging
import shutil
import tempfile

from django.db import transaction
from django_tasks import task
from wagtail.documents import get_document_model

from .extraction import extract_text, limits

logger = logging.getLogger(__name__)


def file_key(document):
    """What identifies the file's content (its hash when Wagtail has computed it)."""
    raw = document.file_hash or f"{document.file.name}:{document.get_file_size() or 0}"
    return hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()


def pages_using(document):
    from wagtail.models import Page, ReferenceIndex

    page_ids = [
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ReferenceIndex._get_base_content_type(Page))
        .values_list("object_id", flat=True)
    ]
    return Page.objects.filter(pk__in=page_ids, live=True).specific()


def reindex(pages):
    from modelsearch import index

    for page in pages:
        try:
            index.insert_or_update_object(page)
        except Exception:  # noqa: BLE001 — one page must not stop the others
            logger.exception("Could not reindex page %s", page.pk)


def read_document_text(document):
    """Copy the file to a temporary path (any storage) and extract its text."""
    limit = limits()
    size = document.get_file_size() or 0
    if size > limit.max_bytes:
        logger.warning("Document %s skipped: %s bytes", document.pk, size)
        return None
    suffix = "." + document.file_extension
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        with document.open_file() as source:
            shutil.copyfileobj(source, copy, length=1024 * 1024)
        copy.flush()
        return extract_text(copy.name, document.file_extension, limit)


@task()
def extract_document_text(document_id):
    Document = get_document_model()
    document = Document.objects.filter(pk=document_id).first()
    if document is None or not hasattr(document, "extracted_text"):
        return
    key = file_key(document)
    if document.extracted_from_hash == key:
        return
    try:
        text = read_document_text(document) or ""
    except Exception:  # noqa: BLE001 — a broken file is logged and skipped
        logger.exception("Document %s: text extraction failed", document_id)
        text = ""
    Document.objects.filter(pk=document_id).update(extracted_text=text, extracted_from_hash=key)
    reindex(pages_using(document))


def schedule_extraction(document_id):
    """Enqueue after the transaction commits, so a worker sees the saved row."""

    def enqueue():
        try:
            extract_document_text.enqueue(document_id)
        except Exception:  # noqa: BLE001 — saving a document never fails because of search
            logger.exception("Could not enqueue text extraction of document %s", document_id)

    transaction.on_commit(enqueue)
