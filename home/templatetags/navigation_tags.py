"""Site-wide navigation: the localized home page, the header menu, breadcrumbs, language links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

register = template.Library()


def _site_root(request):
    if not hasattr(request, "_site_root"):
        site = Site.find_for_request(request)
        request._site_root = site.root_page.localized.specific if site else None
    return request._site_root


@register.simple_tag(takes_context=True)
def site_root(context):
    request = context.get("request")
    return _site_root(request) if request else None


@register.simple_tag(takes_context=True)
def top_menu(context):
    """Live pages marked "show in menus" directly under the home page of the active language."""
    request = context.get("request")
    root = _site_root(request) if request else None
    if root is None:
        return []
    return list(root.get_children().live().in_menu().public())


@register.simple_tag
def breadcrumbs(page):
    """Ancestors of ``page`` from the home page down, without the tree root."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gt=1).live())


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: the translation of the current page when it exists, otherwise
    that language's home page (``fallback`` is True); for views that are not pages, the same
    URL in the other language."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translated_urls = {}
    if isinstance(page, Page) and request is not None:
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translated_urls[translated.locale.language_code] = translated.get_url(request)
    links = []
    for code, name in settings.LANGUAGES:
        fallback = False
        if isinstance(page, Page):
            url = translated_urls.get(code)
            if url is None:
                fallback = True
                url = _home_url_for(request, code)
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


def _home_url_for(request, language_code):
    root = _site_root(request) if request else None
    if root is not None:
        try:
            locale = Locale.objects.get(language_code=language_code)
            home = root.get_translation(locale)
            if home.live:
                return home.get_url(request)
        except (Locale.DoesNotExist, Page.DoesNotExist):
            pass
    return translate_url("/", language_code)
