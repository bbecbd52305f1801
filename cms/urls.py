from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from home import admin_hardening
from home import translation as translation_views
from partners import views as partner_views
from search import views as search_views

urlpatterns = [
    # Hardened replacements of Wagtail admin views (home.admin_hardening); before the admin.
    path(
        "admin/choose-page/<int:parent_page_id>/",
        require_admin_access(admin_hardening.HardenedBrowseView.as_view()),
    ),
    path(
        "admin/choose-page/chosen-multiple/",
        require_admin_access(admin_hardening.HardenedChosenMultipleView.as_view()),
    ),
    path("admin/tag-autocomplete/", require_admin_access(admin_hardening.tag_autocomplete)),
    path(
        "admin/tag-autocomplete/<str:app_name>/<str:model_name>/",
        require_admin_access(admin_hardening.tag_autocomplete),
    ),
    # wagtail-localize's translate / sync views, with the object-level permission check.
    path(
        "admin/localize/submit/page/<int:page_id>/",
        require_admin_access(translation_views.GuardedSubmitPageTranslationView.as_view()),
    ),
    path(
        "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        require_admin_access(translation_views.GuardedSubmitSnippetTranslationView.as_view()),
    ),
    path(
        "admin/localize/update/<int:translation_source_id>/",
        require_admin_access(translation_views.GuardedUpdateTranslationsView.as_view()),
    ),
    path("admin/pages/", require_admin_access(translation_views.explorer_root)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Russian, the first language, has no prefix; English lives under /en/.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("become-partner/", partner_views.become_partner, name="become_partner"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
