from .base import MaterialPageMixin
from .collections import CollectionPage
from .contests import ContestKind, ContestLevel, ContestPhase, ContestRegulationPage
from .events import EventFormat, EventPage
from .experience import (
    ExperiencePublicationPage,
    ExperiencePublicationTag,
    Licence,
    PublicationAuthor,
)
from .indexes import (
    ContestIndexPage,
    EventIndexPage,
    MaterialIndexPage,
    PublicationIndexPage,
    WebinarIndexPage,
)
from .webinars import WebinarPage, WebinarSpeaker

__all__ = [
    "CollectionPage",
    "ContestIndexPage",
    "ContestKind",
    "ContestLevel",
    "ContestPhase",
    "ContestRegulationPage",
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "ExperiencePublicationPage",
    "ExperiencePublicationTag",
    "Licence",
    "MaterialIndexPage",
    "MaterialPageMixin",
    "PublicationAuthor",
    "PublicationIndexPage",
    "WebinarIndexPage",
    "WebinarPage",
    "WebinarSpeaker",
]
