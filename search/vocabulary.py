"""The vocabulary of indexed lemmas, with page frequencies: what typo correction and keyboard
layout repair may turn a query word into.

Rebuilt after ``update_index``; a published page adds its new words at once. Each process
keeps a copy in memory (``ProcessCopy``) and reloads it when the version in the cache
changes or after five minutes, so a correction costs no query.
"""

from collections import Counter

from django.db import transaction
from wagtail.search import index

from .index import LemmaSearchField
from .models import SearchTerm
from .process_copy import ProcessCopy

VERSION_KEY = "search:vocabulary-version"
MAX_TERM_LENGTH = 100
_copy = ProcessCopy(VERSION_KEY, lambda: dict(SearchTerm.objects.values_list("term", "frequency")))


def lemmas_of(obj, fields=None):
    """The distinct lemmas ``obj`` is indexed under (its lemmatised fields, one level of
    related objects included)."""
    found = set()
    for field in obj.get_search_fields() if fields is None else fields:
        if isinstance(field, LemmaSearchField):
            found.update(field.get_value(obj).split())
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            items = related.all() if hasattr(related, "all") else [related]
            for item in items:
                found |= lemmas_of(item, field.fields)
    return {term for term in found if len(term) <= MAX_TERM_LENGTH}


def bump_version():
    _copy.bump()


def add_object(obj):
    """Record the words of one (just published) object."""
    terms = lemmas_of(obj)
    if terms:
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=term, frequency=1) for term in terms], ignore_conflicts=True
        )
        bump_version()


def rebuild(chunk_size=500):
    """Count every lemma of every live page again; returns the number of terms."""
    from wagtail.models import Page

    counts = Counter()
    pks = list(Page.objects.live().values_list("pk", flat=True).order_by("pk"))
    for start in range(0, len(pks), chunk_size):
        for page in Page.objects.filter(pk__in=pks[start : start + chunk_size]).specific():
            counts.update(lemmas_of(page))
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=term, frequency=n) for term, n in counts.items()], batch_size=5000
        )
    bump_version()
    return len(counts)


def terms():
    """{lemma: frequency} of the whole index (kept in this process)."""
    return _copy.get()
