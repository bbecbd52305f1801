"""``update_index`` as Wagtail's, then the vocabulary for typo correction is counted again."""

from django.utils.translation import ngettext
from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as RebuildIndexCommand,
)

from search import vocabulary


class Command(RebuildIndexCommand):
    help = RebuildIndexCommand.help + " Then rebuilds the search vocabulary."

    def handle(self, **options):
        super().handle(**options)
        count = vocabulary.rebuild()
        if options.get("verbosity", 1) > 0:
            self.stdout.write(
                ngettext(
                    "В словаре поиска %(count)s слово",
                    "В словаре поиска слов: %(count)s",
                    count,
                )
                % {"count": count}
            )
