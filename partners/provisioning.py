"""Provisioning a partner organisation in one transaction: its section page (a draft), its
group with page and collection permissions, its collection, the review workflow and its first
user, who gets a set-password link. Safe to run twice: existing objects are reused."""

import logging
from dataclasses import dataclass

from anyascii import anyascii
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.models import Collection, Locale

from home.roles import grant_tree_permissions, provision_workflows

from .models import PartnerIndexPage, PartnerPage

logger = logging.getLogger(__name__)

PARTNER_PAGE_PERMISSIONS = ("add_page", "change_page")


@dataclass
class Provisioned:
    partner: PartnerPage
    group: Group
    collection: Collection
    user: object
    created: bool


class ProvisioningError(Exception):
    """Something an administrator must fix first (the message says what, in Russian)."""


def group_name(partner_title):
    return f"Партнёр: {partner_title}"[:150]


def partner_index():
    index = PartnerIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    if index is None:
        raise ProvisioningError(
            gettext(
                "На сайте нет каталога партнёров (страницы типа «каталог партнёров»): "
                "создайте его под главной страницей и повторите."
            )
        )
    return index


def set_password_link(user):
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_invitation(user, partner):
    link = set_password_link(user)
    send_mail(
        subject=gettext("Приглашение в сеть «Содружество»: раздел «%(partner)s»")
        % {"partner": partner.title},
        message=gettext(
            "Здравствуйте, %(name)s!\n\n"
            "Для вашей организации «%(partner)s» открыт раздел на сайте сети "
            "«Содружество». Задайте пароль по ссылке (она действует несколько дней):\n\n"
            "%(link)s\n\n"
            "Ваш логин: %(username)s\n\n"
            "После входа заполните профиль организации и отправьте его на проверку: "
            "после утверждения редакцией он появится в каталоге партнёров."
        )
        % {
            "name": user.get_full_name() or user.username,
            "partner": partner.title,
            "link": link,
            "username": user.get_username(),
        },
        from_email=None,
        recipient_list=[user.email],
    )


def partner_slug(title):
    """The slug of a new section; provisioning the same title again finds that section."""
    return slugify(anyascii(title))[:70] or "partner"


@transaction.atomic
def provision_section(partner):
    """The group and collection of an existing section, with exactly the partner's rights:
    add and edit pages in its own subtree (never publish), use its own collection."""
    group = partner.partner_group
    if group is None:
        group, _ = Group.objects.get_or_create(name=group_name(partner.title))
    group.permissions.add(Permission.objects.get(codename="access_admin"))

    collection = partner.collection
    if collection is None:
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=partner.title).first() or root.add_child(
            name=partner.title
        )
    grant_tree_permissions(group, partner, collection, PARTNER_PAGE_PERMISSIONS)
    PartnerPage.objects.filter(pk=partner.pk).update(partner_group=group, collection=collection)
    partner.partner_group, partner.collection = group, collection
    provision_workflows()
    return group, collection


@transaction.atomic
def provision_partner(
    *,
    title,
    email,
    full_name="",
    organisation_type=None,
    department=None,
    municipality=None,
    contact_name="",
    username=None,
    invite=True,
):
    """Create (or find) everything a new partner needs. Returns ``Provisioned``."""
    if not title.strip():
        raise ProvisioningError(gettext("Укажите название организации."))
    if not email.strip():
        raise ProvisioningError(gettext("Укажите адрес электронной почты контактного лица."))
    index = partner_index()
    slug = partner_slug(title)

    # The same organisation is found again by its title, or by the slug made from it.
    partner = (
        PartnerPage.objects.child_of(index).filter(title=title.strip()).first()
        or PartnerPage.objects.child_of(index).filter(slug=slug).first()
    )
    created = partner is None
    if created:
        partner = PartnerPage(
            title=title.strip(),
            slug=slug,
            full_name=full_name,
            organisation_type=organisation_type,
            department=department,
            municipality=municipality,
            email=email,
            live=False,
        )
        index.add_child(instance=partner)
        partner.save_revision(log_action=True)

    group, collection = provision_section(partner)

    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if username and user is None:
        user = User.objects.filter(username=username).first()
    new_user = user is None
    if new_user:
        first_name, _, last_name = contact_name.strip().partition(" ")
        user = User(
            username=username or email.lower(),
            email=email,
            first_name=first_name[:150],
            last_name=last_name[:150],
        )
        user.set_unusable_password()
        user.save()
    user.groups.add(group)

    if new_user and invite:
        transaction.on_commit(lambda: send_invitation(user, partner))
    logger.info("Provisioned partner %s (created=%s, new user=%s)", partner, created, new_user)
    return Provisioned(partner, group, collection, user, created)


def notify_applicant_of_rejection(application):
    send_mail(
        subject=gettext("Заявка на участие в сети «Содружество»"),
        message=gettext(
            "Здравствуйте, %(name)s!\n\n"
            "Спасибо за интерес к сети «Содружество». К сожалению, заявку организации "
            "«%(organisation)s» сейчас принять не можем.\n\n"
            "Причина: %(reason)s\n\n"
            "Вы можете подать заявку снова, когда сочтёте нужным."
        )
        % {
            "name": application.contact_name,
            "organisation": application.organisation_name,
            "reason": application.decision_reason,
        },
        from_email=None,
        recipient_list=[application.email],
    )


@transaction.atomic
def approve_application(application, decided_by):
    """Provision the partner described by ``application``; all or nothing."""
    from django.utils import timezone

    from .applications import ApplicationStatus, PartnerApplication

    application = PartnerApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != ApplicationStatus.NEW:
        raise ProvisioningError(
            gettext("Заявка уже рассмотрена: %(status)s.")
            % {"status": application.get_status_display().lower()}
        )
    result = provision_partner(
        title=application.organisation_name,
        full_name=application.full_name,
        organisation_type=application.organisation_type,
        department=application.department,
        municipality=application.municipality,
        contact_name=application.contact_name,
        email=application.email,
    )
    application.status = ApplicationStatus.APPROVED
    application.partner = result.partner
    application.decided_by = decided_by
    application.decided_at = timezone.now()
    application.save()
    return result


@transaction.atomic
def reject_application(application, decided_by, reason):
    from django.utils import timezone

    from .applications import ApplicationStatus, PartnerApplication

    if not reason.strip():
        raise ProvisioningError(gettext("Укажите причину отказа: её получит заявитель."))
    application = PartnerApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != ApplicationStatus.NEW:
        raise ProvisioningError(
            gettext("Заявка уже рассмотрена: %(status)s.")
            % {"status": application.get_status_display().lower()}
        )
    application.status = ApplicationStatus.REJECTED
    application.decision_reason = reason.strip()
    application.decided_by = decided_by
    application.decided_at = timezone.now()
    application.save()
    transaction.on_commit(lambda: notify_applicant_of_rejection(application))
    return application
