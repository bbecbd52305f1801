"""Locale and translation key of existing inline objects: see home.inline_i18n."""

from django.db import migrations

from home.inline_i18n import BootstrapInlineTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0003_translatable_inlines_bootstrap"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        BootstrapInlineTranslatableModel("publications.PublicationAuthor"),
        BootstrapInlineTranslatableModel("publications.WebinarSpeaker"),
    ]
