"""Daily counts of what teachers search for and what found nothing, for the editors' report,
and the editors' promoted results for a query."""

import logging

from django.db import IntegrityError, connection, transaction
from django.db.models import F, Sum
from django.utils import timezone

from .models import QueryDay

logger = logging.getLogger(__name__)


def normalise(text):
    return " ".join(text.lower().split())[:200]


def record(text, found):
    """Count one search of ``text``; never raises. On PostgreSQL the count is committed
    without waiting for the disk (``synchronous_commit`` off for this transaction only): a
    crash may lose the last few counts, but a search never waits for a WAL flush."""
    query_string = normalise(text)
    if not query_string:
        return
    today = timezone.localdate()
    changes = {"searches": F("searches") + 1}
    if not found:
        changes["empty_searches"] = F("empty_searches") + 1
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            rows = QueryDay.objects.filter(query_string=query_string, date=today).update(**changes)
            if not rows:
                try:
                    with transaction.atomic():
                        QueryDay.objects.create(
                            query_string=query_string,
                            date=today,
                            searches=1,
                            empty_searches=0 if found else 1,
                        )
                except IntegrityError:  # created meanwhile by another request
                    QueryDay.objects.filter(query_string=query_string, date=today).update(**changes)
    except Exception:  # noqa: BLE001 — the log must never break a search
        logger.exception("Could not record the search query")


def report(days=30, limit=50):
    """(most frequent, never found) since ``days`` ago: rows of query_string, searches,
    empty_searches."""
    since = timezone.localdate() - timezone.timedelta(days=days)
    rows = (
        QueryDay.objects.filter(date__gt=since)
        .values("query_string")
        .annotate(total=Sum("searches"), empty=Sum("empty_searches"))
    )
    frequent = list(rows.order_by("-total", "query_string")[:limit])
    empty = list(rows.filter(empty__gt=0).order_by("-empty", "query_string")[:limit])
    return frequent, empty


def promotions(text, locale):
    """[{title, url, description}] an editor promoted for ``text``: live pages (in the
    active language where translated) and external links."""
    from wagtail.contrib.search_promotions.models import Query
    from wagtail.search.utils import normalise_query_string

    query = Query.objects.filter(query_string=normalise_query_string(text)).first()
    if query is None:
        return []
    items = []
    for pick in query.editors_picks.select_related("page").order_by("sort_order"):
        if pick.page is not None:
            page = pick.page.localized
            if not page.live or page.locale_id != locale.pk:
                continue
            items.append({"title": page.title, "url": page.url, "description": pick.description})
        elif pick.external_link_url:
            items.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return items
