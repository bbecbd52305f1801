"""Admin: the editors' dashboard panel of contest dates."""

from wagtail import hooks

from home.roles import ADMINISTRATORS, EDITORS, METHODOLOGISTS


@hooks.register("construct_homepage_panels")
def add_deadlines_panel(request, panels):
    from .panels import DeadlinesThisMonthPanel

    user = request.user
    if (
        user.is_superuser
        or user.groups.filter(name__in=[EDITORS, ADMINISTRATORS, METHODOLOGISTS]).exists()
    ):
        panels.append(DeadlinesThisMonthPanel())
