from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Поиск")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.documents import get_document_model
        from wagtail.signals import page_published, page_unpublished

        from .signals import on_document_saved, on_page_published
        from .vocabulary import bump_version

        page_published.connect(on_page_published, dispatch_uid="search-vocabulary")
        from wagtail.signals import post_page_move

        from . import documents

        page_published.connect(documents.on_page_published, dispatch_uid="search-documents")
        post_page_move.connect(documents.on_page_moved, dispatch_uid="search-documents-moved")
        # Cached counts and facets are keyed by the vocabulary's version.
        page_unpublished.connect(
            lambda **kwargs: bump_version(), dispatch_uid="search-unpublished", weak=False
        )
        post_save.connect(
            on_document_saved, sender=get_document_model(), dispatch_uid="search-extraction"
        )
