"""The public application form and the administrator's decision on an application."""

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods
from wagtail.admin.auth import permission_denied

from home.roles import ADMINISTRATORS

from .applications import ApplicationStatus, PartnerApplication
from .forms import DecisionForm, PartnerApplicationForm
from .provisioning import ProvisioningError, approve_application, reject_application

logger = logging.getLogger(__name__)

# At most this many applications from one address per hour.
APPLICATIONS_PER_HOUR = 5


def client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def notify_administrators(application):
    recipients = list(
        get_user_model()
        .objects.filter(groups__name=ADMINISTRATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if not recipients:
        return
    link = reverse("partner_applications:inspect", args=[application.pk])
    send_mail(
        subject=gettext("Новая заявка на партнёрство: %(organisation)s")
        % {"organisation": application.organisation_name},
        message=gettext(
            "Организация «%(organisation)s» просит принять её в сеть.\n"
            "Контакт: %(contact)s, %(email)s\n\n"
            "Рассмотреть заявку: %(link)s"
        )
        % {
            "organisation": application.organisation_name,
            "contact": application.contact_name,
            "email": application.email,
            "link": link,
        },
        from_email=None,
        recipient_list=recipients,
    )


@require_http_methods(["GET", "POST"])
def become_partner(request):
    if request.method == "GET":
        return render(
            request,
            "partners/become_partner.html",
            {"form": PartnerApplicationForm(), "sent": request.GET.get("sent") == "1"},
        )

    form = PartnerApplicationForm(request.POST)
    if form.is_spam:
        # Answer as if all went well: a bot learns nothing.
        logger.info("Partner application honeypot filled from %s", client_address(request))
        return HttpResponseRedirect(f"{request.path}?sent=1")

    key = f"partners:applications:{client_address(request)}"
    attempts = cache.get_or_set(key, 0, 60 * 60)
    if attempts >= APPLICATIONS_PER_HOUR:
        return render(
            request,
            "partners/become_partner.html",
            {"form": form, "rate_limited": True},
            status=429,
        )
    if not form.is_valid():
        return render(request, "partners/become_partner.html", {"form": form}, status=400)

    with transaction.atomic():
        application = form.save()
        transaction.on_commit(lambda: notify_administrators(application))
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, 60 * 60)
    return HttpResponseRedirect(f"{request.path}?sent=1")


def decide_application(request, pk):
    """Approve (provisioning everything) or reject an application with a reason."""
    from .wagtail_hooks import application_viewset

    if not application_viewset.permission_policy.user_has_permission(request.user, "change"):
        return permission_denied(request)
    application = get_object_or_404(PartnerApplication, pk=pk)
    inspect_url = reverse("partner_applications:inspect", args=[application.pk])
    if application.status != ApplicationStatus.NEW:
        messages.warning(request, gettext("Эта заявка уже рассмотрена."))
        return redirect(inspect_url)

    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                result = approve_application(application, request.user)
                messages.success(
                    request,
                    gettext(
                        "Партнёр «%(partner)s» создан: раздел (черновик), группа, "
                        "коллекция файлов и учётная запись %(username)s. "
                        "Приглашение с установкой пароля отправлено на %(email)s."
                    )
                    % {
                        "partner": result.partner.title,
                        "username": result.user.get_username(),
                        "email": result.user.email,
                    },
                )
                return redirect("wagtailadmin_pages:edit", result.partner.pk)
            reject_application(application, request.user, form.cleaned_data["reason"])
            messages.success(request, gettext("Заявка отклонена, заявителю отправлено письмо."))
            return redirect(inspect_url)
        except ProvisioningError as error:
            form.add_error(None, str(error))
    return render(
        request,
        "partners/admin/decide_application.html",
        {"application": application, "form": form, "inspect_url": inspect_url},
    )
