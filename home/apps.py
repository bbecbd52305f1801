from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


def sqlite_unicode_lower(sender, connection, **kwargs):
    """SQLite's own lower() only knows ASCII: give it Python's, so Lower("title") matches
    Cyrillic the way PostgreSQL does."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("lower", 1, unicode_lower, deterministic=True)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Сайт сети")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals
        from .roles import provision_roles_after_migrate

        signals.connect()
        connection_created.connect(sqlite_unicode_lower, dispatch_uid="sqlite-unicode-lower")

        # Roles are data: every `migrate` (and a test database's creation) provisions them.
        post_migrate.connect(provision_roles_after_migrate, sender=self)
