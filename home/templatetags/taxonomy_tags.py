"""Taxonomy terms in the visitor's language (pages point at terms of the default language)."""

from django import template

from home.listing import localized_term_name

register = template.Library()


@register.filter
def term_name(term):
    return localized_term_name(term) if term is not None else ""
