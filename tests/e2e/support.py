"""Helpers of the browser suite: the site, logging in, axe-core, focus, and the summary."""

import re
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from home.demo import DEMO_PASSWORD

TIMEOUT = 30_000  # ms, for actions and navigations
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"375x812": PHONE, "1280x800": DESKTOP}

AXE_SCRIPT = Path(__file__).with_name("node_modules") / "axe-core" / "axe.min.js"
# Impacts that fail a page; "moderate" and "minor" findings are printed, not failed.
BLOCKING = ("serious", "critical")

# Filled during the run, printed at its end.
FLOWS = []  # (item, call report)
AXE_RESULTS = []  # dicts: language, viewport, name, url, violations
SAVED = []  # folders with screenshots and HTML of failed tests
TIMINGS = {}


# Site -------------------------------------------------------------------------------------------


def ensure_site():
    """The ru home page, the Site, both locales and the network roles: made by migrations,
    rebuilt here if the database was flushed (idempotent)."""
    from home.models import HomePage
    from home.roles import provision_roles
    from tests.factories import HomePageFactory

    ru, _ = Locale.objects.get_or_create(language_code="ru")
    Locale.objects.get_or_create(language_code="en")
    home = HomePage.objects.filter(locale=ru).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(title="Root", locale=ru)
        home = HomePageFactory(parent=root, slug="home", locale=ru, title="Содружество")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
    )
    provision_roles()
    return home


def user(username):
    return get_user_model().objects.get(username=username)


# People -----------------------------------------------------------------------------------------


def log_in(page, username, password=DEMO_PASSWORD):
    """Through the admin's login form, as a person would."""
    page.goto("/admin/login/")
    page.get_by_label("Имя пользователя").fill(username)
    # Wagtail's login form leaves "Password" untranslated; accept both.
    page.get_by_label(re.compile("Пароль|Password")).fill(password)
    page.get_by_role("button", name="Войти").click()
    page.wait_for_url(lambda url: "/admin/" in url and "/login/" not in url)


def admin_explorer(page):
    """Open the sidebar's page explorer; return its panel."""
    page.get_by_role("button", name="Страницы").click()
    explorer = page.locator(".c-page-explorer")
    explorer.wait_for()
    return explorer


# Keyboard ---------------------------------------------------------------------------------------

FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        name: el.getAttribute('name'),
        text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim(),
        href: el.getAttribute('href'),
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
        focusVisible: el.matches(':focus-visible'),
    };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def assert_focus_visible(state):
    assert state is not None, "nothing has the focus"
    assert state["focusVisible"], f"focus not shown as keyboard focus: {state}"
    assert state["outlineStyle"] != "none" and state["outlineWidth"] != "0px", (
        f"focused element has no visible outline: {state}"
    )


def tab_to(page, matches, limit=60, backwards=False):
    """Press Tab (or Shift+Tab) until ``matches(state)``; every stop must show its focus."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        state = focused(page)
        if state is None:
            continue
        assert_focus_visible(state)
        seen.append(state["text"][:40] or state["id"] or state["tag"])
        if matches(state):
            return state
    raise AssertionError(f"not reached with the keyboard after {limit} Tabs; stops: {seen}")


# axe-core ---------------------------------------------------------------------------------------

AXE_RUN = """async () => {
    const results = await axe.run(document, {resultTypes: ['violations']});
    return results.violations.map(v => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map(n => n.target.join(' ')),
    }));
}"""


def run_axe(page):
    if not AXE_SCRIPT.exists():
        raise AssertionError(f"{AXE_SCRIPT} is missing: `make e2e` installs axe-core with npm.")
    page.add_script_tag(path=str(AXE_SCRIPT))
    return page.evaluate(AXE_RUN)


# Summary ----------------------------------------------------------------------------------------


class Timer:
    def __enter__(self):
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc):
        self.seconds = time.monotonic() - self.started


def print_summary(write, root):
    if "demo" in TIMINGS:
        write(f"Демо-сеть: загрузка и поисковый индекс за {TIMINGS['demo']:.0f} с")
    if FLOWS:
        write("")
        write("Сценарии в браузере:")
        for item, report in sorted(
            FLOWS, key=lambda row: row[0].get_closest_marker("flow").args[0]
        ):
            number = item.get_closest_marker("flow").args[0]
            doc = (item.function.__doc__ or item.name).strip().splitlines()[0]
            write(f"  ({number}) {report.outcome.upper():7} {report.duration:6.1f} с  {doc}")
    if AXE_RESULTS:
        write("")
        write("axe-core (serious и critical — ошибка; остальное — к сведению):")
        for result in AXE_RESULTS:
            blocking = [v for v in result["violations"] if v["impact"] in BLOCKING]
            others = [v for v in result["violations"] if v["impact"] not in BLOCKING]
            verdict = "OK  " if not blocking else "FAIL"
            write(
                f"  {verdict} {result['language']} {result['viewport']:>8}  "
                f"{result['name']:<28} {result['url']}  "
                f"serious/critical: {len(blocking)}, прочие: {len(others)}"
            )
            for violation in result["violations"]:
                write(
                    f"        [{violation['impact']}] {violation['id']}: "
                    f"{', '.join(violation['targets'][:6])}"
                    + (" …" if len(violation["targets"]) > 6 else "")
                )
    if SAVED:
        write("")
        write("Снимки и HTML страниц упавших тестов:")
        for folder in SAVED:
            write(f"  {folder.relative_to(root)}/")
