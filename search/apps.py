from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Поиск"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.documents import get_document_model
        from wagtail.signals import page_published, page_unpublished

        from .signals import on_document_saved, on_page_published
        from .vocabulary import bump_version

        page_published.connect(on_page_published, dispatch_uid="search-vocabulary")
        # Cached counts and facets are keyed by the vocabulary's version.
        page_unpublished.connect(
            lambda **kwargs: bump_version(), dispatch_uid="search-unpublished", weak=False
        )
        post_save.connect(
            on_document_saved, sender=get_document_model(), dispatch_uid="search-extraction"
        )
