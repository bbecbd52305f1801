"""Admin: the «Поисковые запросы» report (frequent and fruitless queries)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import query_report


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/search-queries/", query_report, name="search_query_report")]


class QueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_queryday")


@hooks.register("register_reports_menu_item")
def register_query_report_menu_item():
    return QueryReportMenuItem(
        _("Поисковые запросы"),
        reverse("search_query_report"),
        name="search-queries",
        icon_name="search",
        order=1350,
    )
