"""Factories for the material pages, indexes and collections: tests and demo loader."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from home.factories import slug_from_title
from home.models import MaterialType

from .models import (
    CollectionPage,
    ContestIndexPage,
    ContestRegulationPage,
    EventIndexPage,
    EventPage,
    ExperiencePublicationPage,
    PublicationIndexPage,
    WebinarIndexPage,
    WebinarPage,
)


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Опыт и материалы"
    slug = "publications"

    class Meta:
        model = PublicationIndexPage


class ContestIndexPageFactory(wagtail_factories.PageFactory):
    title = "Конкурсы"
    slug = "contests"

    class Meta:
        model = ContestIndexPage


class WebinarIndexPageFactory(wagtail_factories.PageFactory):
    title = "Вебинары"
    slug = "webinars"

    class Meta:
        model = WebinarIndexPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Мероприятия"
    slug = "events"

    class Meta:
        model = EventIndexPage


class ExperiencePublicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Опыт проектной деятельности № {n + 1}")
    slug = factory.LazyAttributeSequence(slug_from_title)
    summary = "Как мы организовали проектную деятельность учащихся вместе с партнёрами."
    licence = "cc-by-4.0"
    publication_date = factory.LazyFunction(timezone.localdate)
    material_type = factory.LazyFunction(
        lambda: MaterialType.objects.get(slug="case-study", locale__language_code="ru")
    )

    class Meta:
        model = ExperiencePublicationPage


class ContestRegulationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Конкурс исследовательских работ № {n + 1}")
    slug = factory.LazyAttributeSequence(slug_from_title)
    summary = "Конкурс для учащихся, увлечённых исследованиями."
    level = "municipal"
    participants = "учащиеся 5–11 классов"
    applications_open = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=5)
    )
    application_deadline = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=10)
    )
    results_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

    class Meta:
        model = ContestRegulationPage


class WebinarPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Вебинар о наставничестве № {n + 1}")
    slug = factory.LazyAttributeSequence(slug_from_title)
    summary = "Разговор о наставничестве в школе."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    duration_minutes = 90

    class Meta:
        model = WebinarPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Круглый стол № {n + 1}")
    slug = factory.LazyAttributeSequence(slug_from_title)
    summary = "Обсуждаем совместные проекты школ и музеев."
    format = "round_table"
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    venue = "Актовый зал, ул. Школьная, 1"

    class Meta:
        model = EventPage


class CollectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Подборка № {n + 1}")
    slug = factory.LazyAttributeSequence(slug_from_title)
    intro = "Материалы, отобранные редакцией."

    class Meta:
        model = CollectionPage
