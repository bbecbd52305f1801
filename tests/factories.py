"""One import point for the factories each app defines next to its models."""

from home.factories import HomePageFactory, StandardPageFactory, UserFactory  # noqa: F401
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory  # noqa: F401
from publications.factories import (  # noqa: F401
    CollectionPageFactory,
    ContestIndexPageFactory,
    ContestRegulationPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperiencePublicationPageFactory,
    PublicationIndexPageFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
)
