"""Shared builders and fixtures for the content-model tests (partners and publications).

Pages are made with the project's factories under their real parents: a partner's material
lives in the partner's section, indexes sit on the home page.
"""

import datetime
import io
import itertools

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import Collection, Locale

from home.models import (
    Audience,
    CustomImage,
    Department,
    EducationLevel,
    MaterialType,
    Municipality,
    OrganisationType,
    SubjectArea,
)
from tests.factories import (
    ContestRegulationPageFactory,
    EventPageFactory,
    ExperiencePublicationPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    WebinarPageFactory,
)

_image_numbers = itertools.count(1)


def term(model, slug, language="ru"):
    """A seeded taxonomy term (migration 0004) in ``language``."""
    return model.objects.get(slug=slug, locale__language_code=language)


def subject(slug):
    return term(SubjectArea, slug)


def level(slug):
    return term(EducationLevel, slug)


def audience(slug):
    return term(Audience, slug)


def material_type(slug):
    return term(MaterialType, slug)


def organisation_type(slug):
    return term(OrganisationType, slug)


def department(slug):
    return term(Department, slug)


def municipality(slug):
    return term(Municipality, slug)


def translate_term(original, language="en", name=None):
    """The ``language`` translation of a taxonomy term: same slug and translation_key."""
    locale, _ = Locale.objects.get_or_create(language_code=language)
    existing = (
        type(original)
        .objects.filter(translation_key=original.translation_key, locale=locale)
        .first()
    )
    if existing:
        return existing
    translated = original.copy_for_translation(locale)
    translated.name = name or f"{original.name} ({language})"
    translated.save()
    return translated


def png_bytes(width=64, height=36, color=(40, 90, 160)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


def make_image(title=None):
    """A real (tiny) image in the site's image model, in the root collection."""
    number = next(_image_numbers)
    return CustomImage.objects.create(
        title=title or f"Изображение {number}",
        file=ContentFile(png_bytes(), name=f"card-{number}.png"),
        collection=Collection.get_first_root_node(),
    )


@pytest.fixture
def partner_index(home_page):
    return PartnerIndexPageFactory(parent=home_page)


@pytest.fixture
def partner(partner_index):
    return PartnerPageFactory(parent=partner_index, title="Школа № 5", slug="school-5")


@pytest.fixture
def other_partner(partner_index):
    return PartnerPageFactory(
        parent=partner_index,
        title="Краеведческий музей",
        slug="museum",
        organisation_type=organisation_type("museum"),
        department=department("culture"),
        municipality=municipality("krasnodar"),
    )


# Material in bulk (listings, query cost) -----------------------------------------------------

SUBJECT_CYCLE = ["history", "mathematics", "biology", "local-history", "physics", "literature"]
LEVEL_CYCLE = ["primary", "basic", "secondary"]
AUDIENCE_CYCLE = ["teachers", "pupils", "parents"]
KINDS = ["publication", "contest", "webinar", "event"]


def make_material(kind, parent, n, **extra):
    """The ``n``-th item of ``kind`` under ``parent``: with a listing image of its own, two
    subject areas, a level and an audience — what a listing card shows."""
    common = {
        "parent": parent,
        "listing_image": make_image(),
        "subject_areas": [
            subject(SUBJECT_CYCLE[n % len(SUBJECT_CYCLE)]),
            subject(SUBJECT_CYCLE[(n + 1) % len(SUBJECT_CYCLE)]),
        ],
        "education_levels": [level(LEVEL_CYCLE[n % len(LEVEL_CYCLE)])],
        "audiences": [audience(AUDIENCE_CYCLE[n % len(AUDIENCE_CYCLE)])],
    }
    common.update(extra)
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    if kind == "publication":
        return ExperiencePublicationPageFactory(
            title=f"Публикация опыта {n:03d}",
            publication_date=today - n * day,
            **common,
        )
    if kind == "contest":
        return ContestRegulationPageFactory(
            title=f"Конкурс {n:03d}",
            applications_open=today - (n % 40) * day,
            application_deadline=today + (20 - n % 40) * day,
            results_date=today + (40 - n % 40) * day,
            **common,
        )
    if kind == "webinar":
        return WebinarPageFactory(
            title=f"Вебинар {n:03d}",
            start=timezone.now() + (n - 100) * day,
            **common,
        )
    if kind == "event":
        start = timezone.now() + (n - 100) * day
        return EventPageFactory(
            title=f"Мероприятие {n:03d}",
            start=start,
            end=start + datetime.timedelta(hours=3),
            **common,
        )
    raise ValueError(kind)


def make_partners(partner_index, count, start=0, with_logo=True):
    types = ["school", "college", "museum", "theatre", "enterprise", "kindergarten"]
    departments = {"school": "education", "college": "education", "kindergarten": "education"}
    places = ["dinskoy", "krasnodar", "ust-labinsk", "korenovsk"]
    partners = []
    for n in range(start, start + count):
        type_slug = types[n % len(types)]
        partners.append(
            PartnerPageFactory(
                parent=partner_index,
                title=f"Организация {n:03d}",
                slug=f"organisation-{n:03d}",
                organisation_type=organisation_type(type_slug),
                department=department(departments.get(type_slug, "culture")),
                municipality=municipality(places[n % len(places)]),
                logo=make_image() if with_logo else None,
            )
        )
    return partners


# Measuring query cost ------------------------------------------------------------------------


def measure(client, url):
    """(response, captured queries) of an anonymous GET of ``url`` after a first one that
    generates the image renditions and fills the cached site chrome (as an earlier visitor
    would have)."""
    first = client.get(url)
    assert first.status_code == 200, first.content.decode()[:500]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, queries


def sql_of(queries, width=220):
    """The captured SQL, one numbered line per query, long ones cut at ``width``."""
    lines = []
    for n, query in enumerate(queries.captured_queries, 1):
        sql = query["sql"]
        lines.append(f"{n}. {sql if len(sql) <= width else sql[:width] + ' …'}")
    return "\n".join(lines)
