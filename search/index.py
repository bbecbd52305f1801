"""Search fields whose text reaches every backend already lemmatised.

A leaf module (modelsearch and ``search.morphology`` only), so page models can use it.
Every backend reads values through ``SearchField.get_value``: overriding it here gives
SQLite FTS, PostgreSQL (config "simple") and Elasticsearch the same words.
"""

from wagtail.models import Page
from wagtail.search import index

from .morphology import lemmatize_text


def flatten(value):
    """A field value (text, list of block texts, tags, a dict) as one string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return " ".join(flatten(item) for item in value)
    return str(value)


class LemmaSearchField(index.SearchField):
    """A SearchField indexed as lemmas; ``get_raw_value`` keeps the text for snippets."""

    def get_raw_value(self, obj):
        return flatten(super().get_value(obj))

    def get_value(self, obj):
        return lemmatize_text(self.get_raw_value(obj))

    # It stands for the plain SearchField of the same name: Wagtail's check that page models
    # keep Page's core search fields (wagtailsearch.W001) compares fields with ``in``.
    def __eq__(self, other):
        if isinstance(other, index.SearchField):
            return (other.field_name, other.boost) == (self.field_name, self.boost)
        return NotImplemented

    def __hash__(self):
        return hash((index.SearchField, self.field_name))


def lemma_fields(fields):
    """``fields`` with every plain SearchField (inside RelatedFields too) made lemmatised."""
    converted = []
    for field in fields:
        if type(field) is index.SearchField:
            field = LemmaSearchField(field.field_name, boost=field.boost, **field.kwargs)
        elif isinstance(field, index.RelatedFields):
            field = index.RelatedFields(field.field_name, lemma_fields(field.fields))
        converted.append(field)
    return converted


# Page's own fields with the title lemmatised (replaced, not added: fields are de-duplicated by
# type and name, and only a field named "title" fills the title column).
PAGE_SEARCH_FIELDS = lemma_fields(Page.search_fields)
