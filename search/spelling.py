"""Typo correction and keyboard-layout repair of a query, against the index vocabulary.

A word whose lemma the index knows is left alone. An unknown word is first retyped in the
other keyboard layout (QWERTY ↔ ЙЦУКЕН: "ghjtrn" → "проект"); failing that, the known lemma
nearest by edit distance is taken (1 edit for short words, 2 for longer), the more frequent
on a tie, and put back in the grammatical form of the typed word where pymorphy3 can.
"""

import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from . import vocabulary
from .morphology import CYRILLIC_RE, STOP_WORDS, analyzer, word_lemmas

LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
CYRILLIC_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюё"
TO_CYRILLIC = str.maketrans(LATIN_KEYS + LATIN_KEYS.upper(), CYRILLIC_KEYS + CYRILLIC_KEYS.upper())
TO_LATIN = str.maketrans(CYRILLIC_KEYS + CYRILLIC_KEYS.upper(), LATIN_KEYS + LATIN_KEYS.upper())
LATIN_CHUNK_RE = re.compile(r"^[a-z\[\];',.`]+$", re.IGNORECASE)
CYRILLIC_CHUNK_RE = re.compile(r"^[а-яё]+$", re.IGNORECASE)
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
MIN_LENGTH = 4
# Grammemes carried over from the typed word to the corrected one.
AGREEMENT = {"nomn", "gent", "datv", "accs", "ablt", "loct", "sing", "plur", "masc", "femn", "neut"}


def known(word, terms):
    return any(lemma in terms for lemma in word_lemmas(word.lower()))


def switch_layout(chunk):
    """The chunk as typed in the other layout, or None when it is not all one layout."""
    if LATIN_CHUNK_RE.match(chunk):
        return chunk.translate(TO_CYRILLIC)
    if CYRILLIC_CHUNK_RE.match(chunk):
        return chunk.translate(TO_LATIN)
    return None


def nearest(lemma, terms):
    """The known lemma nearest to ``lemma``, or None."""
    limit = 1 if len(lemma) <= 5 else 2
    choices = [term for term in terms if abs(len(term) - len(lemma)) <= limit]
    matches = process.extract(
        lemma, choices, scorer=Levenshtein.distance, score_cutoff=limit, limit=20
    )
    if not matches:
        return None
    best = min(matches, key=lambda match: (match[1], -terms[match[0]], match[0]))
    return best[0]


def inflect_like(lemma, typed):
    """``lemma`` in the case, number and gender of the typed word, if pymorphy3 knows how."""
    if not CYRILLIC_RE.search(lemma):
        return lemma
    morph = analyzer()
    wanted = set(morph.parse(typed)[0].tag.grammemes) & AGREEMENT
    form = morph.parse(lemma)[0].inflect(wanted) if wanted else None
    return form.word if form else lemma


def correct_word(word, terms):
    """A replacement for one unknown word, or None."""
    lower = word.lower()
    if lower in STOP_WORDS or lower.isdigit() or known(lower, terms):
        return None
    retyped = switch_layout(lower)
    if retyped and all(known(part, terms) for part in WORD_RE.findall(retyped)):
        return retyped
    if len(lower) < MIN_LENGTH:
        return None
    lemma = word_lemmas(lower)[0]
    candidate = nearest(lemma, terms)
    if candidate is None:
        return None
    return inflect_like(candidate, lower)


def correct(query):
    """The query with unknown words repaired, or None when nothing was changed."""
    terms = vocabulary.terms()
    if not terms:
        return None
    changed = False
    chunks = []
    for chunk in query.split():
        replacement = None
        bare = chunk.strip('"')
        if bare and (switch_layout(bare) or WORD_RE.fullmatch(bare)):
            replacement = correct_word(bare, terms)
        if replacement is not None and replacement != bare.lower():
            changed = True
            chunk = chunk.replace(bare, replacement)
        chunks.append(chunk)
    return " ".join(chunks) if changed else None
