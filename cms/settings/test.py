"""The test suite: SQLite unless DATABASE_URL says otherwise, fast hashing, mail kept in memory."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key-not-secret-6b1e0f3c8d2a4975b0e1f2a3c4d5e6f7"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="sodruzhestvo-test-media-"))
DEMO_CONTENT_ALLOWED = True
WAGTAILADMIN_BASE_URL = "http://testserver"
