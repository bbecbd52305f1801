"""``manage.py load_demo``: build the fictional demo network (idempotent, development only)."""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext

from home.demo import DEMO_PASSWORD


def demo_modules():
    """Every installed app of ours with a ``demo`` module, in INSTALLED_APPS order."""
    modules = []
    for app_config in apps.get_app_configs():
        try:
            modules.append(import_module(f"{app_config.name}.demo"))
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.demo":
                raise
    return modules


class Command(BaseCommand):
    @property
    def help(self):
        # argparse needs a real string, so not gettext_lazy at class level.
        return gettext(
            "Загружает демонстрационную сеть: страницы, партнёров, материалы и учётные записи."
        )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                gettext(
                    "Демо-данные отключены в этих настройках (DEMO_CONTENT_ALLOWED=False): "
                    "в рабочей базе демонстрационных учётных записей быть не должно."
                )
            )
        totals = {"created": 0, "existing": 0}

        def report(label, created=0, existing=0):
            totals["created"] += created
            totals["existing"] += existing
            line = gettext("%(label)s: создано %(created)s, уже было %(existing)s") % {
                "label": label,
                "created": created,
                "existing": existing,
            }
            self.stdout.write(f"  {line}")

        modules = demo_modules()
        for number, module in enumerate(modules, start=1):
            self.stdout.write(f"[{number}/{len(modules)}] {module.__name__}")
            with transaction.atomic():
                module.load(report)

        # Second pass, once every module's content exists: English versions, made with
        # wagtail-localize top-down (home and taxonomies, then partners, then their material).
        translators = [module for module in modules if hasattr(module, "load_translations")]
        for number, module in enumerate(translators, start=1):
            self.stdout.write(f"[{number}/{len(translators)}] {module.__name__}.load_translations")
            with transaction.atomic():
                module.load_translations(report)

        self.stdout.write(
            self.style.SUCCESS(
                gettext("Готово: создано объектов %(created)s, уже было %(existing)s.") % totals
            )
        )
        self.stdout.write(
            gettext("Демо-учётные записи (пароль для всех: %(password)s):")
            % {"password": DEMO_PASSWORD}
        )
        for module in modules:
            for username, role in getattr(module, "demo_accounts", list)():
                self.stdout.write(f"  {username:<16} {role}")
