"""Local development: DEBUG, a throwaway key, mail to the console, demo content allowed."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = os.environ.get(
    "SECRET_KEY", "django-insecure-dev-only-1x7o0p2l#c9i@f%v5q!n3w8z&t4r6y$k"
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEMO_CONTENT_ALLOWED = True
