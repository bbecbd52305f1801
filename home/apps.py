from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Сайт сети"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals
        from .roles import provision_roles_after_migrate

        signals.connect()

        # Roles are data: every `migrate` (and a test database's creation) provisions them.
        post_migrate.connect(provision_roles_after_migrate, sender=self)
