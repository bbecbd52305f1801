"""Drop cached site chrome (the header menu) whenever the page tree changes."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

MENU_VERSION_KEY = "home:menu-version"


def menu_version():
    version = cache.get(MENU_VERSION_KEY)
    if version is None:
        version = 1
        cache.set(MENU_VERSION_KEY, version, None)
    return version


def invalidate_menus(**kwargs):
    try:
        cache.incr(MENU_VERSION_KEY)
    except ValueError:
        cache.set(MENU_VERSION_KEY, 1, None)


def connect():
    from wagtail.models import Page

    page_published.connect(invalidate_menus, dispatch_uid="home-menu-published")
    page_unpublished.connect(invalidate_menus, dispatch_uid="home-menu-unpublished")
    post_page_move.connect(invalidate_menus, dispatch_uid="home-menu-moved")
    post_delete.connect(invalidate_menus, sender=Page, dispatch_uid="home-menu-deleted")

    from wagtail.models import Locale

    from home.templatetags.navigation_tags import forget_locales

    post_save.connect(forget_locales, sender=Locale, dispatch_uid="home-locales-saved")

    from home.listing import forget_term_names
    from home.models import TAXONOMY_MODELS

    for model in TAXONOMY_MODELS:
        for signal in (post_save, post_delete):
            signal.connect(
                forget_term_names, sender=model, dispatch_uid=f"home-terms-{model.__name__}"
            )
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="home-locales-deleted")
