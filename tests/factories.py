"""One import point for the factories each app defines next to its models."""

from home.factories import HomePageFactory, StandardPageFactory, UserFactory  # noqa: F401
