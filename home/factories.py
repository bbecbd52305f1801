"""Factories for the network-level pages and accounts: used by the tests and the demo loader."""

import factory
import wagtail_factories
from anyascii import anyascii
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from .models import HomePage, StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Иван"
    last_name = "Иванов"
    password = factory.django.Password("test-password-123")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


def slug_from_title(page, n):
    return f"{slugify(anyascii(page.title))[:50]}-{n}"


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Содружество"
    intro = "Сеть образовательных учреждений."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Страница {n}")
    slug = factory.LazyAttributeSequence(slug_from_title)
    intro = "Страница о работе сети."

    class Meta:
        model = StandardPage
