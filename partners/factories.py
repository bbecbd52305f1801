"""Factories for partner pages: used by the tests and by the demo loader."""

import factory
import wagtail_factories

from home.factories import slug_from_title
from home.models import Department, Municipality, OrganisationType

from .models import PartnerIndexPage, PartnerPage


def term(model, slug):
    return model.objects.get(slug=slug, locale__language_code="ru")


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Партнёры"
    slug = "partners"
    intro = "Организации, которые участвуют в сетевом взаимодействии."

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Школа № {n + 1}")
    slug = factory.LazyAttributeSequence(slug_from_title)
    full_name = factory.LazyAttribute(
        lambda o: f"Муниципальное бюджетное общеобразовательное учреждение «{o.title}»"
    )
    organisation_type = factory.LazyFunction(lambda: term(OrganisationType, "school"))
    department = factory.LazyFunction(lambda: term(Department, "education"))
    municipality = factory.LazyFunction(lambda: term(Municipality, "dinskoy"))
    description = "<p>Школа, открытая для сетевого взаимодействия.</p>"

    class Meta:
        model = PartnerPage
