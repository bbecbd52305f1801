from .media import CustomDocument, CustomImage, CustomRendition
from .pages import HomePage, StandardPage
from .settings import NetworkSettings
from .taxonomies import (
    TAXONOMY_MODELS,
    Audience,
    Department,
    EducationLevel,
    MaterialType,
    Municipality,
    OrganisationType,
    SubjectArea,
    Taxonomy,
)

__all__ = [
    "TAXONOMY_MODELS",
    "Audience",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "Department",
    "EducationLevel",
    "HomePage",
    "MaterialType",
    "Municipality",
    "NetworkSettings",
    "OrganisationType",
    "StandardPage",
    "SubjectArea",
    "Taxonomy",
]
