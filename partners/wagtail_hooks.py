"""Admin: partner applications, and the limits of what a partner contributor sees."""

from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from .applications import ApplicationStatus, PartnerApplication
from .models import PartnerPage


class ApplicationInspectView(InspectView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.status == ApplicationStatus.NEW and self.user_has_permission("change"):
            buttons.insert(
                0,
                Button(
                    gettext("Рассмотреть заявку"),
                    url=reverse("partner_applications:decide", args=[self.object.pk]),
                    icon_name="tick",
                    priority=1,
                ),
            )
        return buttons


class PartnerApplicationViewSet(ModelViewSet):
    model = PartnerApplication
    name = "partner_applications"
    icon = "mail"
    menu_label = _("Заявки партнёров")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = ApplicationInspectView
    list_display = [
        "organisation_name",
        "organisation_type",
        "contact_name",
        "email",
        "status",
        DateColumn("created_at", label=_("Получена")),
    ]
    list_filter = ["status", "organisation_type"]
    form_fields = [
        "organisation_name",
        "full_name",
        "organisation_type",
        "department",
        "municipality",
        "contact_name",
        "email",
        "phone",
        "website",
        "offers",
        "requests",
    ]

    def get_urlpatterns(self):
        from .views import decide_application

        return super().get_urlpatterns() + [
            path("decide/<int:pk>/", decide_application, name="decide")
        ]


application_viewset = PartnerApplicationViewSet()


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return application_viewset


def partner_sections_of(user):
    """The sections a partner contributor works in; None for network roles."""
    if user.is_superuser:
        return None
    groups = list(user.groups.all())
    if not groups or any(not group.partner_pages.exists() for group in groups):
        return None
    return list(PartnerPage.objects.filter(partner_group__in=groups))


@hooks.register("construct_page_chooser_queryset")
def partners_choose_only_live_or_own_pages(pages, request):
    """A partner picking a page to link sees published pages and its own section, never
    another partner's drafts."""
    sections = partner_sections_of(request.user)
    if sections is None:
        return pages
    from django.db.models import Q

    own = Q()
    for section in sections:
        own |= Q(path__startswith=section.path)
    return pages.filter(Q(live=True) | own)


@hooks.register("construct_homepage_panels")
def add_my_submissions_panel(request, panels):
    from .panels import MySubmissionsPanel

    sections = partner_sections_of(request.user)
    if sections:
        panels.append(MySubmissionsPanel(sections))


def may_delete_section(user, page):
    """A partner's section page itself is removed by editors, never by its own partner."""
    return page.specific_class is not PartnerPage or page.permissions_for_user(user).can_publish()


@hooks.register("before_delete_page")
def partners_keep_their_section(request, page):
    if not may_delete_section(request.user, page):
        from django.shortcuts import redirect
        from wagtail.admin import messages

        messages.error(
            request,
            gettext(
                "Раздел организации удаляют только редакторы сети: напишите им, если он больше "
                "не нужен."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
