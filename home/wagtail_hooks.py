"""Admin menu: the taxonomies as one «Справочники» group of snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
    menu_label = "Справочники"
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
