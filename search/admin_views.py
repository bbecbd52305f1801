"""The editors' report: most frequent queries and queries that found nothing."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .querylog import report

PERIODS = (7, 30, 365)


def query_report(request):
    if not request.user.has_perm("search.view_queryday"):
        raise PermissionDenied
    days = request.GET.get("days", "30")
    days = int(days) if days in {str(period) for period in PERIODS} else 30
    frequent, empty = report(days=days)
    return render(
        request,
        "search/admin/query_report.html",
        {"frequent": frequent, "empty": empty, "days": days, "periods": PERIODS},
    )
