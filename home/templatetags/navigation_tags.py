"""Site-wide navigation: the localized home page, the header menu, breadcrumbs, language links.

Each tag costs at most one query per request: they run on every page.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.routing import route_ancestors
from home.signals import menu_version

register = template.Library()


def _site_root(request):
    """The home page of the active language (the routed page's ancestors have it already)."""
    if not hasattr(request, "_site_root"):
        site = Site.find_for_request(request)
        request._site_root = site.root_page.localized.specific if site else None
    return request._site_root


@register.simple_tag(takes_context=True)
def site_root(context):
    request = context.get("request")
    if request is None:
        return None
    page = context.get("page")
    ancestors = route_ancestors(page) if isinstance(page, Page) else None
    if ancestors:
        # The home page is the first ancestor below the tree root.
        home = next((p for p in ancestors if p.depth == 2), None)
        if home is not None:
            return home
    if isinstance(page, Page) and page.depth == 2:
        return page
    return _site_root(request)


@register.simple_tag(takes_context=True)
def top_menu(context):
    """Live, unrestricted pages marked "show in menus" directly under the home page, as
    dicts (title, url, path); cached until a page is published, unpublished, moved or
    deleted."""
    request = context.get("request")
    home = site_root(context)
    if home is None or request is None:
        return []
    key = f"home:menu:{menu_version()}:{home.pk}:{request.get_host()}"
    items = cache.get(key)
    if items is None:
        # A restricted page is left out; the home page itself is public whenever a visitor
        # sees any page below it.
        pages = home.get_children().live().in_menu().filter(view_restrictions__isnull=True)
        items = [
            {"title": page.title, "url": page.get_url(request), "path": page.path} for page in pages
        ]
        cache.set(key, items, 60 * 60)
    return items


@register.simple_tag
def breadcrumbs(page):
    """Ancestors of ``page`` from the home page down, without the tree root."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    ancestors = route_ancestors(page)
    if ancestors is not None:
        return [p for p in ancestors if p.depth > 1]
    return list(page.get_ancestors().filter(depth__gt=1).live())


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the translation of the current page when it is live, otherwise
    that language's home page (``fallback`` is True); for views that are not pages, the same
    URL in the other language. One query."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    home = site_root(context) if request is not None else None

    page_urls, home_urls = {}, {}
    if isinstance(page, Page) and request is not None:
        keys = Q(translation_key=page.translation_key)
        if home is not None:
            keys |= Q(translation_key=home.translation_key, depth=home.depth)
        for translated in Page.objects.live().filter(keys).select_related("locale"):
            code = translated.locale.language_code
            if translated.translation_key == page.translation_key:
                page_urls[code] = translated.get_url(request)
            else:
                home_urls[code] = translated.get_url(request)

    links = []
    for code, name in settings.LANGUAGES:
        fallback = False
        if isinstance(page, Page):
            url = page_urls.get(code)
            if url is None:
                # The home page then says why the visitor landed there (base.html).
                fallback = True
                url = (home_urls.get(code) or translate_url("/", code)) + "?untranslated=1"
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = "/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "fallback": fallback,
            }
        )
    return links


_LANGUAGE_OF_LOCALE = {}


def forget_locales(**kwargs):
    _LANGUAGE_OF_LOCALE.clear()


@register.simple_tag(takes_context=True)
def content_language(context, page):
    """The language code of ``page``'s content when it differs from the interface language
    (a page served under /en/ that has no English version yet), else "". The locales are
    read once per process."""
    if not isinstance(page, Page):
        return ""
    if page.locale_id not in _LANGUAGE_OF_LOCALE:
        _LANGUAGE_OF_LOCALE.update(Locale.objects.values_list("pk", "language_code"))
    code = _LANGUAGE_OF_LOCALE.get(page.locale_id, "")
    return "" if code == translation.get_language() else code
