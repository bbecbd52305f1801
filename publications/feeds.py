"""RSS for every listing and collection: the same items the page shows, newest first."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext


class MaterialFeed(Feed):
    def __init__(self, page, items):
        super().__init__()
        self.page = page
        self.items_list = list(items)

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return gettext("%(title)s — Содружество") % {"title": self.page.title}

    def link(self):
        return self.page.get_url(self.request)

    def description(self):
        return getattr(self.page, "intro", "") or self.page.search_description

    def items(self):
        return self.items_list

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "summary", "") or item.search_description

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        # When the item was published — not its event date, which may lie in the future.
        return item.first_published_at
