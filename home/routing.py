"""Page routing in two queries whatever the depth.

Wagtail's default ``Page.route`` walks the tree one level at a time, two queries per level
(child lookup, then ``.specific``): five levels deep that is ten queries before a page renders.
``route_by_url_path`` fetches every page on the path — and the root's ancestors, which the
view-restriction check needs — in one query, then loads the deepest match's specific model
and hands the rest of the path to its own ``route`` (so RoutablePageMixin sub-routes such as
``feed/`` keep working). The pages found are kept on the routed page as ``_route_ancestors``
for breadcrumbs, attribution and the view-restriction check.
"""

from django.db.models import Q
from django.http import Http404
from wagtail.models import Page


def route_by_url_path(root, request, path_components):
    if not path_components:
        return Page.route(root, request, path_components)

    prefixes = [
        root.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    root_ancestor_paths = [root.path[: Page.steplen * depth] for depth in range(1, root.depth)]
    found = Page.objects.filter(
        Q(url_path__in=prefixes, path__startswith=root.path, depth__gt=root.depth)
        | Q(path__in=root_ancestor_paths)
    ).order_by("depth")
    by_depth = {page.depth: page for page in found}

    # The matched chain must be contiguous: root's child, grandchild, ...
    chain = []
    for offset, prefix in enumerate(prefixes, start=1):
        page = by_depth.get(root.depth + offset)
        if page is None or page.url_path != prefix:
            break
        chain.append(page)
    if not chain:
        raise Http404

    deepest = chain[-1]
    model = deepest.specific_class
    if model is None:
        raise Http404
    specific = model.objects.select_related(*getattr(model, "route_select_related", ())).get(
        pk=deepest.pk
    )
    ancestors = [by_depth[depth] for depth in range(1, root.depth) if depth in by_depth]
    ancestors += [root, *chain[:-1]]
    specific._route_ancestors = ancestors
    specific._cached_parent_obj = ancestors[-1]
    return specific.route(request, path_components[len(chain) :])


def route_ancestors(page):
    """The ancestors found while routing to ``page`` (root first), or None."""
    return getattr(page, "_route_ancestors", None)
