"""What the search keeps besides the index: the vocabulary of indexed lemmas (for typo
correction) and daily counts of queries (for the editors' report)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchTerm(models.Model):
    """A lemma that occurs in the index, with the number of pages it was seen in."""

    term = models.CharField(max_length=100, unique=True)
    frequency = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("слово словаря поиска")
        verbose_name_plural = _("словарь поиска")

    def __str__(self):
        return self.term


class QueryDay(models.Model):
    """How often a query was searched on a day, and how often it found nothing."""

    query_string = models.CharField(_("Запрос"), max_length=200)
    date = models.DateField(_("День"))
    searches = models.PositiveIntegerField(_("Поисков"), default=0)
    empty_searches = models.PositiveIntegerField(_("Без результатов"), default=0)

    class Meta:
        verbose_name = _("запрос за день")
        verbose_name_plural = _("запросы по дням")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "date"], name="unique_query_day")
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return f"{self.query_string} ({self.date})"
