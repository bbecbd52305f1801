"""What the search needs to know about the configured backend: whether it is one of the
database backends (then the whole match set is a queryset facets can group), and which
errors mean "the search service is down"."""

import logging

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

DATABASE_ALIAS = "database"


def is_database(backend):
    module = type(backend).__module__
    return module.startswith("modelsearch.backends.database") or module == "search.pgbackend"


def has_documents(backend):
    """Whether ``backend`` keeps ``search.documents``' table and it exists (PostgreSQL)."""
    from django.conf import settings

    from . import documents

    if not getattr(backend, "has_documents", False):
        return False
    if not getattr(settings, "SEARCH_DOCUMENTS", True):
        return False
    return documents.enabled()


def match_queryset(results):
    """Every page matching ``results``' query and filters, unranked and unsliced, as a
    queryset (database backends only) — the same call their own ``facet()`` makes."""
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    try:
        queryset = compiler.search(config, None, None, backend=results.backend)
    except TypeError:  # the SQLite compiler takes no backend argument
        queryset = compiler.search(config, None, None)
    return queryset.order_by()


def unavailable_errors():
    """Exceptions that mean the search service could not answer."""
    errors = [ConnectionError, TimeoutError]
    try:
        import elasticsearch
        from elastic_transport import TransportError

        errors += [elasticsearch.ApiError, TransportError]
    except ImportError:  # pragma: no cover — the package is a dependency
        pass
    return tuple(errors)


def fallback_backend():
    """The database backend, for when the configured one is down (None if it is the same)."""
    try:
        backend = get_search_backend(DATABASE_ALIAS)
    except Exception:  # noqa: BLE001 — no such alias configured
        logger.exception("No fallback search backend %r", DATABASE_ALIAS)
        return None
    return backend
