"""The database search backend, with ``search_document`` kept alongside on PostgreSQL.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.pgbackend", ...}}`` gives
Wagtail's own database backend for the database in use (SQLite FTS, PostgreSQL, …); on
PostgreSQL its index also writes the page's row of ``search_document`` (see
``search.documents``) whenever it writes the page's index entry, so ``update_index``,
publishing and deleting keep both together. Without the table (not migrated yet) it behaves
exactly like the stock backend.
"""

import logging

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
)
from wagtail.models import Page

from . import documents

logger = logging.getLogger(__name__)


def page_ids(model, objs):
    if not issubclass(model, Page):
        return []
    return [obj.pk for obj in objs if obj.pk is not None]


class DocumentIndex(PostgresIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        ids = page_ids(model, objs)
        if ids and documents.enabled(self.write_connection):
            documents.refresh(ids)

    def delete_item(self, item):
        super().delete_item(item)
        if isinstance(item, Page) and documents.enabled(self.write_connection):
            documents.remove([item.pk])

    def reset(self):
        super().reset()
        if documents.enabled(self.write_connection):
            documents.reset()


class DocumentSearchBackend(PostgresSearchBackend):
    index_class = DocumentIndex
    has_documents = True


def SearchBackend(params):  # noqa: N802 — the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return DocumentSearchBackend(params)
    return database_backend(params)
