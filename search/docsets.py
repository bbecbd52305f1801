"""Facet counts and the newest-first order of ``search_document``'s rows, from compressed
bitmaps of page ids kept in memory (pyroaring).

Why: counting six facets over a match of 60 000 pages with GROUP BY in PostgreSQL takes
about 110 ms at 100 000 pages (every matching row is visited once per facet). With one
bitmap of page ids per facet value, a count is one intersection (microseconds), so a
search costs the index scan that lists its matches' ids (``documents.matching_ids``) and
nothing per facet. The newest-first order of all rows gives the date sort and the
candidates of the bounded ranking without another scan.

The bitmaps are built by one query (every row's facet values and date, grouped in the
database) and kept per process (``ProcessCopy``, as the vocabulary is) until a row of the
table is written — ``bump()`` changes a version in the shared cache — or five minutes pass. A match
holding an id the bitmaps do not know (a page published a moment ago, in another process)
rebuilds them at once, so a new page is never missing from the counts or the date order.
Only PostgreSQL has the table; nothing here runs elsewhere.
"""

import sys
from array import array
from collections import Counter
from itertools import islice

from django.db import connection
from pyroaring import BitMap
from wagtail.models import Page

from . import facets as facet_module
from .process_copy import ProcessCopy


def ids_from_bytes(value):
    """An array of page ids from ``string_agg(int4send(page_id), '')`` (big-endian int4)."""
    ids = array("I")
    ids.frombytes(bytes(value or b""))
    if sys.byteorder == "little":
        ids.byteswap()
    return ids


AGGREGATE = "string_agg(int4send(d.page_id), ''::bytea)"


def snapshot_sql():
    """(sql, params): rows of (facet key, value as text, page ids as int4 bytes)."""
    from .documents import TABLE

    partners = facet_module.partners()
    parts = [
        f"SELECT 'type', CAST(d.content_type_id AS TEXT), {AGGREGATE} FROM {TABLE} d"
        " GROUP BY d.content_type_id",
        f"SELECT 'material', CAST(d.material_id AS TEXT), {AGGREGATE} FROM {TABLE} d"
        " WHERE d.material_id IS NOT NULL GROUP BY d.material_id",
        f"SELECT 'year', CAST(d.year AS TEXT), {AGGREGATE} FROM {TABLE} d"
        " WHERE d.year IS NOT NULL GROUP BY d.year",
        f"SELECT 'subject', CAST(s AS TEXT), {AGGREGATE} FROM {TABLE} d, unnest(d.subjects) s"
        " GROUP BY s",
        f"SELECT 'level', CAST(s AS TEXT), {AGGREGATE} FROM {TABLE} d, unnest(d.levels) s"
        " GROUP BY s",
        f"SELECT 'newest', NULL, string_agg(int4send(d.page_id), ''::bytea"
        f" ORDER BY d.published DESC NULLS LAST, d.page_id DESC) FROM {TABLE} d",
    ]
    params = []
    for length in sorted({depth * Page.steplen for _pk, _path, depth in partners}):
        paths = [path for _pk, path, depth in partners if depth * Page.steplen == length]
        parts.append(
            f"SELECT 'partner', SUBSTR(d.path, 1, {length}), {AGGREGATE} FROM {TABLE} d"
            f" WHERE SUBSTR(d.path, 1, {length}) = ANY(%s) GROUP BY SUBSTR(d.path, 1, {length})"
        )
        params.append(paths)
    return " UNION ALL ".join(parts), params, {path: pk for pk, path, _depth in partners}


class Snapshot:
    """Bitmaps of the table's rows: ``sets[key][value]`` and the newest-first order."""

    def __init__(self):
        self.sets = {key: {} for key in facet_module.FACET_KEYS}
        self.order = array("I")
        sql, params, partner_by_path = snapshot_sql()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        for key, value, ids in rows:
            if key == "newest":
                self.order = ids_from_bytes(ids)
            elif key == "partner":
                if value in partner_by_path:
                    self.sets[key][partner_by_path[value]] = BitMap(ids_from_bytes(ids))
            else:
                self.sets[key][int(value)] = BitMap(ids_from_bytes(ids))
        self.known = BitMap(self.order)

    def counts(self, found):
        """{facet key: Counter(value: count)} of the pages in ``found`` (a BitMap)."""
        counts = {key: Counter() for key in facet_module.FACET_KEYS}
        for key, sets in self.sets.items():
            for value, ids in sets.items():
                count = found.intersection_cardinality(ids)
                if count:
                    counts[key][value] = count
        return counts

    def newest(self, found, start, stop):
        """Ids of ``found`` from ``start`` to ``stop`` in newest-first order."""
        return list(islice(filter(found.__contains__, self.order), start, stop))


_copy = ProcessCopy("search:documents-version", Snapshot)
bump, version = _copy.bump, _copy.current_version


def current(found=None):
    """The snapshot of this process, rebuilt when the table changed (or when ``found``, a
    match's ids, holds a page it does not know)."""
    if found is None:
        return _copy.get()
    return _copy.get(wanting=lambda snapshot: not found.issubset(snapshot.known))
