"""Admin template tags for translations (wagtail-localize) under the network's workflow."""

from django import template

from home.translation import review_state

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review_state(context, page):
    return review_state(page, context["request"].user)
