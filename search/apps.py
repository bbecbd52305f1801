from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Поиск"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from .signals import on_page_published

        page_published.connect(on_page_published, dispatch_uid="search-vocabulary")
