"""Admin: the taxonomies as one «Справочники» group of snippets; translations sent for review
and flagged when outdated (home.translation)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import translation
from .models import (
    Audience,
    Department,
    EducationLevel,
    MaterialType,
    Municipality,
    OrganisationType,
    SubjectArea,
)


def taxonomy_viewset(taxonomy_model, icon_name):
    return type(
        f"{taxonomy_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": taxonomy_model,
            "icon": icon_name,
            "list_display": ["name", "slug", "sort_order"],
            "search_fields": ["name"],
            "ordering": ["sort_order", "name"],
        },
    )


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Справочники")
    menu_icon = "list-ul"
    menu_order = 300
    items = [
        taxonomy_viewset(SubjectArea, "tag"),
        taxonomy_viewset(EducationLevel, "pick"),
        taxonomy_viewset(Audience, "group"),
        taxonomy_viewset(MaterialType, "doc-full"),
        taxonomy_viewset(OrganisationType, "home"),
        taxonomy_viewset(Department, "site"),
        taxonomy_viewset(Municipality, "globe"),
    ]


register_snippet(TaxonomyGroup)

# Register the hardened admin views and hooks.
from . import admin_hardening  # noqa: E402, F401


@hooks.register("before_edit_page", order=-10)
def translation_review_and_freshness(request, page):
    """Runs before wagtail-localize's own hook, which replaces the editor of a synced
    translation: sends a translation for review, or warns that it is outdated."""
    if request.method == "POST" and translation.SUBMIT_ACTION in request.POST:
        return translation.submit_for_review(request, page)
    if request.method == "GET":
        translation.warn_if_outdated(request, page)
    return None


@hooks.register("construct_homepage_panels")
def outdated_translations_panel(request, panels):
    if request.user.has_perm(translation.TRANSLATE_PERMISSION):
        panels.append(translation.OutdatedTranslationsPanel())


@hooks.register("construct_main_menu")
def explorer_starts_on_own_section(request, menu_items):
    menu_items[:] = [
        translation.own_section_explorer_item(item, request)
        if getattr(item, "name", None) == "explorer"
        else item
        for item in menu_items
    ]
