"""``manage.py provision_partner``: the same provisioning an approved application runs."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext

from home.models import Department, Municipality, OrganisationType
from home.models.taxonomies import in_default_locale
from partners.provisioning import ProvisioningError, provision_partner


def term(model, slug, option):
    if not slug:
        return None
    found = model.objects.filter(slug=slug, **in_default_locale()).first()
    if found is None:
        known = ", ".join(
            model.objects.filter(**in_default_locale()).values_list("slug", flat=True)
        )
        raise CommandError(
            gettext("--%(option)s: нет значения «%(value)s». Возможные: %(known)s")
            % {"option": option, "value": slug, "known": known}
        )
    return found


class Command(BaseCommand):
    @property
    def help(self):
        # A property, not a lazy string: argparse needs a real str to format.
        return gettext(
            "Создаёт раздел партнёра (черновик), его группу с правами, коллекцию файлов и "
            "первую учётную запись с письмом для установки пароля. Повторный запуск ничего не "
            "дублирует."
        )

    def add_arguments(self, parser):
        parser.add_argument("title", help=gettext("Короткое название организации"))
        parser.add_argument("email", help=gettext("Почта первого пользователя партнёра"))
        parser.add_argument("--full-name", default="")
        parser.add_argument("--contact-name", default="", help=gettext("Имя и фамилия контакта"))
        parser.add_argument("--username", default=None)
        parser.add_argument(
            "--type",
            dest="organisation_type",
            default="",
            help=gettext("Код типа организации, например school"),
        )
        parser.add_argument(
            "--department", default="", help=gettext("Код ведомства, например education")
        )
        parser.add_argument("--municipality", default="", help=gettext("Код муниципалитета"))
        parser.add_argument(
            "--no-invite",
            action="store_true",
            help=gettext("Не отправлять письмо с установкой пароля"),
        )

    def handle(self, *args, **options):
        try:
            result = provision_partner(
                title=options["title"],
                email=options["email"],
                full_name=options["full_name"],
                contact_name=options["contact_name"],
                username=options["username"],
                organisation_type=term(OrganisationType, options["organisation_type"], "type"),
                department=term(Department, options["department"], "department"),
                municipality=term(Municipality, options["municipality"], "municipality"),
                invite=not options["no_invite"],
            )
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        if result.created:
            message = gettext(
                "Партнёр «%(partner)s» создан: группа «%(group)s», "
                "коллекция «%(collection)s», пользователь %(username)s."
            )
        else:
            message = gettext(
                "Партнёр «%(partner)s» уже был, права и доступ проверены: группа «%(group)s», "
                "коллекция «%(collection)s», пользователь %(username)s."
            )
        details = {
            "partner": result.partner.title,
            "group": result.group.name,
            "collection": result.collection.name,
            "username": result.user.get_username(),
        }
        self.stdout.write(self.style.SUCCESS(message % details))
