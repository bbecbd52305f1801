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
        (entry.msgid, entry.msgid_plural): (
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
        )
        for entry in polib.pofile(str(po_path)).translated_entries()
    }
    compiled = {
        (entry.msgid, entry.msgid_plural): (
            entry.msgstr,
            tuple(sorted(entry.msgstr_plural.items())),
        )
        for entry in polib.mofile(str(mo_path))
        if entry.msgid
    }
    assert compiled == source
