"""PostgreSQL: an index on the page tree's depth.

Every page the site renders, the search page included, asks for the menu (live pages shown
in menus at one depth below the home page). Wagtail indexes ``path`` but not ``depth``, and
every page of the site is inside the home page's path range, so at 100 000 pages that query
read the whole page table (40–70 ms of each search request in the benchmark); with this index
it reads a handful of rows. Built CONCURRENTLY, so not in a transaction.
"""

from django.db import migrations

INDEX = "search_page_depth"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} ON wagtailcore_page (depth)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("search", "0003_search_document")]

    operations = [migrations.RunPython(create, drop)]
