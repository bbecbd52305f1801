"""PostgreSQL: one row per indexed page in ``search_document`` — the page's lemma vector and
everything the search filters and counts on (locale, live flag, tree path, type, year,
material type, subject areas, education levels), keyed by page id.

Why: with Wagtail's tables a query over a very common word ("урок" is in two pages of three)
joins the page tree to the index entries through a text cast and reads every matching entry
twice (once to rank, once to count facets); at 100 000 pages that is seconds. Here the
match and the filters are one table and one GIN index; the match's ids come back as one
value, facets are counted on them in memory (``search.docsets``) and ranking is bounded
(``RANK_CANDIDATES``, ``search.engine.DocumentResults``).

The table is written by the search backend (``search.pgbackend``) whenever Wagtail writes an
index entry, so ``update_index``, publishing and unpublishing keep it as current as the index
itself; page deletion cascades. It is read only through ``search.engine``, which still takes
the pages it shows from the live/public/locale Page queryset, so a stale row can never show a
draft or a private page. Nothing here runs on other databases.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from pyroaring import BitMap
from wagtail.models import Page, PageViewRestriction, get_page_models

from . import docsets
from . import facets as facet_module

logger = logging.getLogger(__name__)

TABLE = "search_document"
# Relevance: when a query matches more pages than this, the rank is computed for this many
# of them, the newest (search.docsets keeps the order); the rest follow newest first.
# Ranking reads each candidate's vector: 500 cost ~8 ms at 100 000 pages, 1 000 ~16 ms.
RANK_CANDIDATES = 500

CREATE_SQL = [
    f"""
    CREATE TABLE IF NOT EXISTS {TABLE} (
        page_id integer PRIMARY KEY REFERENCES wagtailcore_page (id) ON DELETE CASCADE,
        locale_id integer NOT NULL,
        live boolean NOT NULL,
        path varchar(255) COLLATE "C" NOT NULL,
        content_type_id integer NOT NULL,
        published timestamptz,
        year integer,
        material_id integer,
        subjects integer[] NOT NULL DEFAULT '{{}}',
        levels integer[] NOT NULL DEFAULT '{{}}',
        title_norm double precision NOT NULL DEFAULT 1.0,
        title tsvector NOT NULL,
        body tsvector NOT NULL,
        vector tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)
    """,
    # The row keeps only what filters and facets read (about 100 bytes); the vectors go to
    # TOAST (toast_tuple_target above), so counting 60 000 matches reads 2 MB, not 170 MB.
    f"ALTER TABLE {TABLE} ALTER path SET STORAGE MAIN, ALTER subjects SET STORAGE MAIN,"
    " ALTER levels SET STORAGE MAIN",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_vector_gin ON {TABLE} USING gin (vector)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_recent ON {TABLE}"
    " (locale_id, published DESC NULLS LAST, page_id DESC)",
]
DROP_SQL = [f"DROP TABLE IF EXISTS {TABLE}"]


_exists = set()  # databases where the table was seen (it is never dropped while serving)


def enabled(using=None):
    """Whether the table exists here (PostgreSQL, migrated)."""
    conn = connection if using is None else using
    if conn.vendor != "postgresql":
        return False
    name = conn.settings_dict["NAME"]
    if name in _exists:
        return True
    with conn.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [TABLE])
        found = cursor.fetchone()[0]
    if found:
        _exists.add(name)
    return found


# Writing.


def refresh(ids=None):
    """Write the rows of pages ``ids`` (every indexed page when None) from the page tree,
    Wagtail's index entries and the pages' own tables, in one statement. Pages without an
    index entry lose their row."""
    from wagtail.search.models import IndexEntry

    qn = connection.ops.quote_name
    entries = IndexEntry._meta.db_table
    page_types = [ContentType.objects.get_for_model(m).pk for m in get_page_models()]
    joins, years, materials = [], [], []
    arrays = {"subject": [], "level": []}
    for number, model in enumerate(get_page_models()):
        if model._meta.abstract or model is Page:
            continue
        alias, pk = f"x{number}", qn(model._meta.pk.column)
        field_name = facet_module.date_field(model)
        columns = []
        if field_name != "first_published_at":
            columns.append(qn(model._meta.get_field(field_name).column))
            content_type = ContentType.objects.get_for_model(model).pk
            years.append(
                f"WHEN p.content_type_id = {content_type}"
                f" THEN EXTRACT(YEAR FROM {alias}.{columns[-1]})"
            )
        try:
            material = model._meta.get_field("material_type")
        except Exception:  # noqa: BLE001 — FieldDoesNotExist
            material = None
        if material is not None and material.is_relation and not material.many_to_many:
            materials.append(f"{alias}.{qn(material.column)}")
            columns.append(material.column)
        if columns:
            joins.append(f" LEFT JOIN {qn(model._meta.db_table)} {alias} ON {alias}.{pk} = p.id")
    for key, name in facet_module.M2M_FACETS.items():
        for _model, model_field in facet_module.page_models_with(name, True):
            through = model_field.remote_field.through
            source = qn(through._meta.get_field(model_field.m2m_field_name()).column)
            target = qn(through._meta.get_field(model_field.m2m_reverse_field_name()).column)
            arrays[key].append(
                f"COALESCE((SELECT array_agg(t.{target} ORDER BY t.{target})"
                f" FROM {qn(through._meta.db_table)} t WHERE t.{source} = p.id), '{{}}')"
            )
    year = "CAST(CASE " + " ".join(years) + " ELSE EXTRACT(YEAR FROM p.first_published_at) END"
    year += " AS INTEGER)"
    material = f"COALESCE({', '.join(materials)})" if materials else "NULL"
    subjects = " || ".join(arrays["subject"]) or "'{}'"
    levels = " || ".join(arrays["level"]) or "'{}'"
    where, params = ("TRUE", []) if ids is None else ("p.id = ANY(%s)", [list(ids)])
    statements = []
    if ids is not None:
        statements.append(
            (
                f"DELETE FROM {TABLE} d WHERE d.page_id = ANY(%s) AND NOT EXISTS (SELECT 1 FROM"
                f" {entries} e WHERE e.object_id = d.page_id::text"
                f" AND e.content_type_id = ANY(%s))",
                [list(ids), page_types],
            )
        )
    statements.append(
        (
            f"INSERT INTO {TABLE} (page_id, locale_id, live, path, content_type_id, published,"
            f" year, material_id, subjects, levels, title_norm, title, body, vector)"
            f" SELECT DISTINCT ON (p.id) p.id, p.locale_id, p.live, p.path, p.content_type_id,"
            f" p.first_published_at, {year}, {material}, CAST({subjects} AS integer[]),"
            f" CAST({levels} AS integer[]), e.title_norm, e.title, e.body, e.title || e.body"
            f" FROM wagtailcore_page p JOIN {entries} e ON e.object_id = p.id::text"
            f" AND e.content_type_id = ANY(%s){''.join(joins)} WHERE {where}"
            f" ORDER BY p.id, e.content_type_id = p.content_type_id DESC"
            f" ON CONFLICT (page_id) DO UPDATE SET locale_id = EXCLUDED.locale_id,"
            f" live = EXCLUDED.live, path = EXCLUDED.path,"
            f" content_type_id = EXCLUDED.content_type_id, published = EXCLUDED.published,"
            f" year = EXCLUDED.year, material_id = EXCLUDED.material_id,"
            f" subjects = EXCLUDED.subjects, levels = EXCLUDED.levels,"
            f" title_norm = EXCLUDED.title_norm, title = EXCLUDED.title,"
            f" body = EXCLUDED.body, vector = EXCLUDED.vector",
            [page_types, *params],
        )
    )
    with transaction.atomic(), connection.cursor() as cursor:
        if ids is None:
            cursor.execute(f"TRUNCATE {TABLE}")
        for sql, sql_params in statements:
            cursor.execute(sql, sql_params)
    docsets.bump()


def remove(ids):
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE page_id = ANY(%s)", [list(ids)])
    docsets.bump()


def reset():
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {TABLE}")
    docsets.bump()


def refresh_subtree(page):
    """After a move: the paths (so partners and view restrictions) below ``page``."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {TABLE} d SET path = p.path FROM wagtailcore_page p"
            f" WHERE p.id = d.page_id AND p.path LIKE %s",
            [page.path + "%"],
        )
    docsets.bump()


# Reading.


class Match:
    """The WHERE clause of a search over the table: the query, the locale, live and public
    pages only, and the facet selection."""

    def __init__(self, tsquery_sql, tsquery_params, locale, selection):
        self.tsquery_sql, self.tsquery_params = tsquery_sql, list(tsquery_params)
        conditions = ["d.locale_id = %s", "d.live", f"d.vector @@ {tsquery_sql}"]
        params = [locale.pk, *tsquery_params]
        # .public(): nothing at or below a page with a view restriction.
        for path in PageViewRestriction.objects.values_list("page__path", flat=True):
            conditions.append("d.path NOT LIKE %s")
            params.append(path + "%")
        if "type" in selection:
            conditions.append("d.content_type_id = %s")
            params.append(selection["type"])
        if "partner" in selection:
            path = (
                Page.objects.filter(pk=selection["partner"]).values_list("path", flat=True).first()
            )
            conditions.append("d.path LIKE %s")
            params.append((path or "-") + "%")
        if "subject" in selection:
            conditions.append("d.subjects @> ARRAY[%s]::integer[]")
            params.append(selection["subject"])
        if "level" in selection:
            conditions.append("d.levels @> ARRAY[%s]::integer[]")
            params.append(selection["level"])
        if "material" in selection:
            conditions.append("d.material_id = %s")
            params.append(selection["material"])
        if "year" in selection:
            conditions.append("d.year = %s")
            params.append(selection["year"])
        self.where = " AND ".join(conditions)
        self.params = params


def _execute(sql, params, bitmap=False):
    with transaction.atomic(), connection.cursor() as cursor:
        if bitmap:
            # A word in most pages makes the planner prefer a sequential scan (or a walk of
            # the date index), which reads every vector it passes; the GIN index answers
            # without reading any (no recheck), so only its bitmap scans are allowed here.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(sql, params)
        return cursor.fetchall()


def matching_ids(match):
    """The ids of every page in ``match``, as a BitMap: one scan of the GIN index and the
    narrow rows; the ids travel as one bytea value (4 bytes each), not as rows."""
    sql = f"SELECT {docsets.AGGREGATE} FROM {TABLE} d WHERE {match.where}"
    return BitMap(docsets.ids_from_bytes(_execute(sql, match.params, bitmap=True)[0][0]))


def ranked(match, candidates, start, stop, weights):
    """Ids ``start:stop`` of ``candidates`` (page ids of the match) by Wagtail's rank: title
    rank × title norm + rank of the whole text, with its weights; ties newest id first. Only
    the candidates' vectors are read (by primary key)."""
    rank = (
        f"ts_rank(%s::float4[], d.title, {match.tsquery_sql}) * d.title_norm"
        f" + ts_rank(%s::float4[], d.vector, {match.tsquery_sql})"
    )
    sql = (
        f"SELECT d.page_id FROM {TABLE} d WHERE d.page_id = ANY(%s)"
        f" ORDER BY {rank} DESC, d.page_id DESC LIMIT %s OFFSET %s"
    )
    params = [list(candidates), weights, *match.tsquery_params, weights, *match.tsquery_params]
    return [row[0] for row in _execute(sql, [*params, stop - start, start])]


# Signals: publishing writes a page's many-to-many rows after the save Wagtail indexes on, so
# the row is written again once the page is published; a move changes paths below it.


def on_page_published(sender, instance, **kwargs):
    if enabled():
        refresh([instance.pk])


def on_page_moved(sender, instance, **kwargs):
    if enabled():
        refresh_subtree(instance)
