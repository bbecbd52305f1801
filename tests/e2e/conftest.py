"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

Only ``make e2e`` runs this folder (the default run ignores it, see pyproject.toml). The
whole session shares one demo network: the database is built once (migrations, the site,
roles, ``load_demo``, the search index) and is not flushed between tests, so every flow
makes its own uniquely named material and leaves the demo as it found it for the others.

On a failure every open page is saved, as a screenshot and as HTML, under ``e2e-artifacts/``.
"""

import io
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from . import support

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test
# (fixtures, checks) are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "e2e-artifacts"
CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))

# Playwright gives every launch a fresh, empty profile (its own --user-data-dir); these keep
# Chromium from calling out of a machine that has no network beyond loopback.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_configure(config):
    config.addinivalue_line("markers", "flow(number): a user journey from issue 7")


# Browser ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.exit(f"{CHROMIUM} is missing: `make e2e` installs Debian's chromium package.", 2)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(live_server):
    return {"base_url": live_server.url, "accept_downloads": True}


@pytest.fixture
def new_page(new_context):
    """A page in a browser of its own (its own cookies): one per person in a flow. Admin pages
    are heavy on a two-core machine, so actions and navigations get more time."""

    def make(**context_args):
        context = new_context(**{"viewport": support.DESKTOP, "locale": "ru-RU", **context_args})
        context.set_default_timeout(support.TIMEOUT)
        context.set_default_navigation_timeout(support.TIMEOUT)
        return context.new_page()

    return make


@pytest.fixture
def page(new_page):
    return new_page()


# Database and server ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """SQLite: a file, not the shared in-memory database, so that the live server's request
    threads and the test each use their own connection (PostgreSQL is left as it is)."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        folder = tmp_path_factory.mktemp("e2e-db")
        database.setdefault("TEST", {})["NAME"] = str(folder / "e2e.sqlite3")


@pytest.fixture(scope="session")
def demo_network(django_db_setup, django_db_blocker):
    """The site, the roles and the demo network, once per session, with a fresh search index."""
    started = time.monotonic()
    with django_db_blocker.unblock():
        support.ensure_site()
        call_command("load_demo", stdout=io.StringIO())
        call_command("update_index", stdout=io.StringIO())
    support.TIMINGS["demo"] = time.monotonic() - started


@pytest.fixture(autouse=True)
def _live_server_helper(request, django_db_blocker, demo_network):
    """Replaces pytest-django's helper of the same name, which wraps every live-server test in
    ``transactional_db`` and so flushes the whole database after it: here the demo network
    stays for the session, and the test may use the ORM to prepare and check."""
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    with django_db_blocker.unblock():
        yield
    live_server._live_server_modified_settings.disable()


# Failures and the summary -----------------------------------------------------------------------


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"e2e_report_{report.when}", report)
    if report.when == "call" and item.get_closest_marker("flow"):
        support.FLOWS.append((item, report))
    return report


@pytest.fixture(scope="session", autouse=True)
def _artifacts_folder():
    shutil.rmtree(ARTIFACTS, ignore_errors=True)


@pytest.fixture(autouse=True)
def _save_pages_on_failure(request, browser, new_context, _artifacts_folder):
    """Torn down before pytest-playwright closes the test's contexts: every page still open is
    saved when the test failed."""
    yield
    report = getattr(request.node, "e2e_report_call", None)
    if report is None or not report.failed:
        return
    pages = [page for context in browser.contexts for page in context.pages]
    if not pages:
        return
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", request.node.nodeid)[-150:]
    folder.mkdir(parents=True, exist_ok=True)
    for number, page in enumerate(pages, start=1):
        try:
            page.screenshot(path=folder / f"page-{number}.png", full_page=True)
            (folder / f"page-{number}.html").write_text(
                f"<!-- {page.url} -->\n{page.content()}", encoding="utf-8"
            )
        except Exception as error:  # a crashed page must not hide the test's own failure
            (folder / f"page-{number}.error.txt").write_text(repr(error), encoding="utf-8")
    support.SAVED.append(folder)


def pytest_terminal_summary(terminalreporter):
    support.print_summary(terminalreporter.write_line, ROOT)
