"""Locale and translation key of existing inline objects: see home.inline_i18n."""

from django.db import migrations

from home.inline_i18n import BootstrapInlineTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0003_translatable_inlines_bootstrap"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        BootstrapInlineTranslatableModel("partners.PartnerContact"),
        BootstrapInlineTranslatableModel("partners.PartnerProject"),
    ]
