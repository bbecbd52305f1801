"""``manage.py provision_partner``: the same provisioning an approved application runs."""

from django.core.management.base import BaseCommand, CommandError

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
        raise CommandError(f"--{option}: нет значения «{slug}». Возможные: {known}")
    return found


class Command(BaseCommand):
    help = (
        "Создаёт раздел партнёра (черновик), его группу с правами, коллекцию файлов и "
        "первую учётную запись с письмом для установки пароля. Повторный запуск ничего не "
        "дублирует."
    )

    def add_arguments(self, parser):
        parser.add_argument("title", help="Короткое название организации")
        parser.add_argument("email", help="Почта первого пользователя партнёра")
        parser.add_argument("--full-name", default="")
        parser.add_argument("--contact-name", default="", help="Имя и фамилия контакта")
        parser.add_argument("--username", default=None)
        parser.add_argument(
            "--type",
            dest="organisation_type",
            default="",
            help="Код типа организации, например school",
        )
        parser.add_argument("--department", default="", help="Код ведомства, например education")
        parser.add_argument("--municipality", default="", help="Код муниципалитета")
        parser.add_argument(
            "--no-invite", action="store_true", help="Не отправлять письмо с установкой пароля"
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
        verb = "создан" if result.created else "уже был, права и доступ проверены"
        self.stdout.write(
            self.style.SUCCESS(
                f"Партнёр «{result.partner.title}» {verb}: группа «{result.group.name}», "
                f"коллекция «{result.collection.name}», пользователь "
                f"{result.user.get_username()}."
            )
        )
