"""axe-core on every public page type, in Russian and under /en/, on a phone and a desktop:
no serious or critical violation. Every finding is printed at the end of the run."""

import pytest

from home.models import HomePage, StandardPage
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import (
    CollectionPage,
    ContestIndexPage,
    ContestRegulationPage,
    EventIndexPage,
    EventPage,
    ExperiencePublicationPage,
    PublicationIndexPage,
    WebinarIndexPage,
    WebinarPage,
)

from . import support

# key -> (what it is, a page model whose first live page in the demo is checked, or an address)
PAGES = {
    "home": ("главная", HomePage),
    "standard": ("информационная страница", StandardPage),
    "partners": ("каталог партнёров", PartnerIndexPage),
    "partner": ("профиль партнёра", PartnerPage),
    "experience": ("публикация опыта", ExperiencePublicationPage),
    "contest": ("положение о конкурсе", ContestRegulationPage),
    "webinar": ("вебинар", WebinarPage),
    "event": ("мероприятие", EventPage),
    "publications": ("список публикаций", PublicationIndexPage),
    "contests": ("список конкурсов", ContestIndexPage),
    "webinars": ("список вебинаров", WebinarIndexPage),
    "events": ("список мероприятий", EventIndexPage),
    "collection": ("подборка", CollectionPage),
    "search": ("поиск с результатами", "/search/?q=краеведение"),
    "become-partner": ("заявка «Стать партнёром»", "/become-partner/"),
    "404": ("страница 404", "/takoy-stranicy-net/"),
}

# Under /en/: every page type the demo translates (load_demo's second pass), the search page
# with English results, the application form and the 404 page.
ENGLISH_SEARCH = "/search/?q=museum"
ENGLISH = tuple(PAGES)

CASES = [
    pytest.param(language, viewport, key, id=f"{language}-{viewport}-{key}")
    for language, keys in (("ru", list(PAGES)), ("en", ENGLISH))
    for viewport in support.VIEWPORTS
    for key in keys
]


def address(key, language):
    target = PAGES[key][1]
    if isinstance(target, str):
        if language == "en":
            return "/en" + (ENGLISH_SEARCH if key == "search" else target)
        return target
    page = target.objects.live().filter(locale__language_code=language).order_by("path").first()
    assert page is not None, f"the demo has no live {target.__name__} in {language}"
    return page.get_url()


@pytest.mark.parametrize(("language", "viewport", "key"), CASES)
def test_no_serious_violations(new_page, language, viewport, key):
    page = new_page(
        viewport=support.VIEWPORTS[viewport], locale="ru-RU" if language == "ru" else "en-GB"
    )
    path = address(key, language)
    response = page.goto(path)
    expected = 404 if key == "404" else 200
    assert response.status == expected, f"{path}: HTTP {response.status}"
    assert page.locator("html").get_attribute("lang") == language
    if key == "search":
        assert page.locator("main li").count() > 0, "no results to check"

    violations = support.run_axe(page)
    support.AXE_RESULTS.append(
        {
            "language": language,
            "viewport": viewport,
            "name": PAGES[key][0],
            "url": path,
            "violations": violations,
        }
    )
    blocking = [v for v in violations if v["impact"] in support.BLOCKING]
    assert not blocking, "\n".join(
        f"[{v['impact']}] {v['id']} ({v['help']}): {', '.join(v['targets'])}" for v in blocking
    )
