"""PostgreSQL: the ``search_document`` table (see ``search.documents``), filled from the
index entries already there. Nothing on other databases."""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search import documents

    for sql in documents.CREATE_SQL:
        schema_editor.execute(sql)
    # An existing site: fill the table from its index (on a new database there is nothing
    # yet, and the page apps' tables may not exist; the index fills it as pages are indexed).
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM wagtailsearch_indexentry)")
        if cursor.fetchone()[0]:
            documents.refresh()


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search import documents

    for sql in documents.DROP_SQL:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_indexentry_title_body_gin"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
