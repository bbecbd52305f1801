"""Plural forms follow Russian grammar; compiled catalogues match their sources."""

from pathlib import Path

import polib
import pytest
from django.template.loader import render_to_string
from django.utils import translation

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, "до конца приёма заявок остался 1 день"),
        (3, "до конца приёма заявок осталось 3 дня"),
        (5, "до конца приёма заявок осталось 5 дней"),
        (11, "до конца приёма заявок осталось 11 дней"),
        (21, "до конца приёма заявок остался 21 день"),
        (24, "до конца приёма заявок осталось 24 дня"),
    ],
)
def test_days_left_use_russian_plural_forms(days, expected):
    with translation.override("ru"):
        html = render_to_string(
            "includes/contest_deadline.html",
            {"deadline": {"stage": "deadline", "days_left": days}},
        )
    assert html.strip() == expected


@pytest.mark.parametrize("po_path", sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po")))
def test_compiled_catalogue_is_up_to_date(po_path):
    """`make messages` compiles .po to .mo; a stale .mo would show old wording."""
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run `make messages`"
    source = {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): (
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
        )
        for entry in polib.pofile(str(po_path)).translated_entries()
    }
    compiled = {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): (
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
        )
        for entry in polib.mofile(str(mo_path))
        if entry.msgid
    }
    assert compiled == source


PROJECT_DIR = LOCALE_DIR.parent
SOURCE_FOLDERS = ("cms", "home", "partners", "publications", "search", "templates", "locale")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_catalogue_is_complete_after_makemessages(language, tmp_path, settings, monkeypatch):
    """Extract every string the code marks for translation (as `make messages` does) into a
    copy of the committed catalogue: in English no entry may be left untranslated or fuzzy;
    in Russian (the language of the msgids) every plural entry needs its three forms."""
    import shutil

    from django.core.management import call_command

    assert shutil.which("xgettext") and shutil.which("msgmerge"), (
        "gettext's tools are missing: run 'apt-get install gettext' (make test does it)"
    )
    # makemessages writes into the locale folder of the tree it scans: scan a copy.
    project = tmp_path / "project"
    for folder in SOURCE_FOLDERS:
        shutil.copytree(
            PROJECT_DIR / folder,
            project / folder,
            ignore=shutil.ignore_patterns("__pycache__", "node_modules", "*.mo"),
        )
    target = project / "locale" / language / "LC_MESSAGES"
    settings.LOCALE_PATHS = [project / "locale"]
    monkeypatch.chdir(project)
    call_command(
        "makemessages",
        locale=[language],
        ignore_patterns=["node_modules"],
        no_obsolete=True,
        verbosity=0,
    )
    catalogue = polib.pofile(str(target / "django.po"))
    assert len(catalogue) > 100
    entries = [entry for entry in catalogue if language == "en" or entry.msgid_plural]
    untranslated = [entry.msgid for entry in entries if not entry.translated()]
    fuzzy = [entry.msgid for entry in entries if entry.fuzzy]
    assert not untranslated, (
        f"untranslated in locale/{language} ({len(untranslated)}): {untranslated[:20]}"
    )
    assert not fuzzy, f"fuzzy in locale/{language} ({len(fuzzy)}): {fuzzy[:20]}"
    if language == "ru":
        for entry in entries:
            assert len([form for form in entry.msgstr_plural.values() if form]) >= 3, entry.msgid
