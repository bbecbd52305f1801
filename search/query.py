"""From what a teacher typed to a backend query: cleaned, capped, lemmatised.

Quoted parts become phrases, the rest is one PlainText whose words must all match (the
operator is always "and": Elasticsearch would default to "or").
"""

import re

from django.conf import settings
from wagtail.search.query import And, Phrase, PlainText

from .morphology import lemmatize_query, query_lemmas

QUOTED_RE = re.compile(r'"([^"]*)"')


def clean_query(raw):
    """Strip control characters (NUL included) and cap the length before any backend sees it."""
    cleaned = "".join(ch for ch in raw if ch.isprintable() or ch.isspace())
    return " ".join(cleaned.split())[: settings.SEARCH_QUERY_MAX_LENGTH]


def build_query(text):
    """A search query object of lemmas, or None when nothing searchable is left."""
    parts = []
    for phrase in QUOTED_RE.findall(text):
        lemmas = lemmatize_query(phrase)
        if " " in lemmas:
            parts.append(Phrase(lemmas))
        elif lemmas:
            parts.append(PlainText(lemmas, operator="and"))
    rest = lemmatize_query(QUOTED_RE.sub(" ", text).replace('"', " "))
    if rest:
        parts.append(PlainText(rest, operator="and"))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def highlight_lemmas(text):
    """The set of lemmas whose words a snippet marks."""
    return set(query_lemmas(text.replace('"', " ")))
