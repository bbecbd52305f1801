"""Each settings profile imports; production refuses to start without its security settings."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.db import OperationalError
from django.db.utils import ConnectionHandler

from cms.settings.base import database_from_url

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "p9$Zq2!vX7@kL4#mN8%tR1^wY6&bC3*dF5(gH0)jK2-sQ4+uE7=iO9_aP1",
    "ALLOWED_HOSTS": "sodruzhestvo.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
    "WAGTAILADMIN_BASE_URL": "https://sodruzhestvo.example.org",
}


def run_manage(profile, *args, env=None):
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and k != "DJANGO_SETTINGS_MODULE"
    }
    clean_env.update(env or {})
    clean_env["DJANGO_SETTINGS_MODULE"] = f"cms.settings.{profile}"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("profile", ["dev", "test"])
def test_profile_passes_system_checks(profile):
    result = run_manage(profile, "check")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_deploy_check_is_clean_with_required_environment():
    result = run_manage(
        "production", "check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without_a_security_setting(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("production", "check", env=env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_refuses_demo_content():
    result = run_manage("production", "load_demo", env=PRODUCTION_ENV)
    assert result.returncode != 0
    assert "DEMO_CONTENT_ALLOWED" in result.stderr


def test_languages_and_time_zone(settings):
    assert settings.LANGUAGE_CODE == "ru"
    assert [code for code, _ in settings.LANGUAGES] == ["ru", "en"]
    assert settings.TIME_ZONE == "Europe/Moscow"
    assert "wagtail_localize.locales" in settings.INSTALLED_APPS
    assert "wagtail.locales" not in settings.INSTALLED_APPS
    assert settings.WAGTAILIMAGES_IMAGE_MODEL == "home.CustomImage"
    assert settings.WAGTAILDOCS_DOCUMENT_MODEL == "home.CustomDocument"


def test_search_backend_follows_environment():
    code = (
        "import django, os; django.setup(); from django.conf import settings; "
        "print(settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    )
    env = {k: v for k, v in os.environ.items() if k != "ELASTICSEARCH_URL"}
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    plain = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    # Wagtail's database backend, keeping search.documents' table on PostgreSQL.
    assert plain.stdout.strip() == "search.pgbackend"
    env["ELASTICSEARCH_URL"] = "http://127.0.0.1:9200"
    elastic = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert elastic.stdout.strip().startswith("wagtail.search.backends.elasticsearch")


def test_postgres_url_keeps_connections_healthy():
    config = database_from_url("postgres://postgres@127.0.0.1:5432/example")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["CONN_HEALTH_CHECKS"] is True


def test_sqlite_two_writers_wait_instead_of_failing(tmp_path, django_db_blocker):
    """WAL + BEGIN IMMEDIATE + busy timeout: concurrent read-then-write transactions queue up
    rather than failing with "database is locked"."""
    with django_db_blocker.unblock():
        _hammer_sqlite_file(tmp_path)


def _hammer_sqlite_file(tmp_path):
    config = database_from_url(f"sqlite:///{tmp_path / 'concurrency.sqlite3'}")
    config["TEST"] = {}
    handler = ConnectionHandler({"default": config})
    setup = handler["default"]
    with setup.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("CREATE TABLE counter (value INTEGER)")
        cursor.execute("INSERT INTO counter VALUES (0)")
    setup.close()

    errors = []
    barrier = threading.Barrier(4)

    def writer():
        connection = ConnectionHandler({"default": config})["default"]
        try:
            connection.ensure_connection()
            barrier.wait()
            for _ in range(10):
                # What transaction.atomic() does on SQLite, on this thread's own connection.
                connection._start_transaction_under_autocommit()
                with connection.cursor() as c:
                    c.execute("SELECT value FROM counter")
                    value = c.fetchone()[0]
                    c.execute("UPDATE counter SET value = %s", [value + 1])
                connection.commit()
        except OperationalError as error:  # "database is locked" lands here
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = ConnectionHandler({"default": config})["default"]
    with check.cursor() as cursor:
        cursor.execute("SELECT value FROM counter")
        assert cursor.fetchone()[0] == 40
    check.close()
