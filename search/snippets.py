"""Highlighted snippets, built in Python for the displayed page of results only.

No backend highlights lemmas, so the page's own text (the raw values of its lemmatised
search fields) is scanned word by word: a word whose lemma is one of the query's is marked.
The window with the most distinct matched lemmas is shown, escaped, with <mark>.

Lemmatising every word of a long text costs ~0.2 ms per word not seen before (a 30 000-word
attachment: seconds), so only the words that can be a form of a query lemma are
lemmatised: those starting like one (Russian and English inflection keeps the start) and
the forms of the lemma's paradigm that do not (дети → ребенок, went → go).
"""

from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .index import LemmaSearchField
from .morphology import CYRILLIC_RE, ENGLISH_IRREGULAR, TOKEN_RE, analyzer, word_lemmas

WINDOW_WORDS = 30
MAX_SCAN_CHARS = 200_000
PREFIX = 3


@lru_cache(maxsize=5000)
def forms_of(lemma):
    """Every form of ``lemma`` (lowercase, ё as е): its paradigm in pymorphy3's dictionary,
    or the irregular English words that lemmatise to it."""
    if not CYRILLIC_RE.search(lemma):
        return frozenset(word for word in ENGLISH_IRREGULAR if lemma in word_lemmas(word))
    forms = set()
    for parse in analyzer().parse(lemma)[:3]:
        forms.update(form.word.replace("ё", "е") for form in parse.lexeme)
    return frozenset(forms)


class Matcher:
    """Whether a lowercase word's lemma is one of ``lemmas``."""

    @classmethod
    def of(cls, lemmas):
        """``lemmas`` (a set, or a Matcher already built for them) as a Matcher."""
        return lemmas if isinstance(lemmas, cls) else cls(lemmas)

    def __init__(self, lemmas):
        self.lemmas = lemmas
        self.prefixes = tuple({lemma[:PREFIX] for lemma in lemmas})
        self.forms = frozenset().union(*(forms_of(lemma) for lemma in lemmas))

    def __call__(self, word):
        plain = word.replace("ё", "е")
        if not plain.startswith(self.prefixes) and plain not in self.forms:
            return False
        return bool(set(word_lemmas(word)) & self.lemmas)


def field_texts(page, attachment_fields=()):
    """(is_attachment, text) of the page's own lemmatised fields, title excepted."""
    texts = []
    if getattr(page, "search_description", ""):
        texts.append((False, page.search_description))
    for field in page.get_search_fields():
        if not isinstance(field, LemmaSearchField) or field.field_name == "title":
            continue
        try:
            text = field.get_raw_value(page)
        except Exception:  # noqa: BLE001 — a snippet must never break the result page
            continue
        if text:
            texts.append((field.field_name in attachment_fields, text[:MAX_SCAN_CHARS]))
    return texts


def best_window(text, lemmas):
    """(score, html) of the best window of ``text`` for ``lemmas``; score 0 when none."""
    words = list(TOKEN_RE.finditer(text))
    matches = Matcher.of(lemmas)
    hits = [i for i, m in enumerate(words) if matches(m.group().lower())]
    if not hits:
        return 0, ""
    best_start, best_score = hits[0], 0
    for i in hits:
        window = [j for j in hits if i <= j < i + WINDOW_WORDS]
        distinct = {lemma for j in window for lemma in word_lemmas(words[j].group().lower())}
        score = len(distinct & matches.lemmas) * 100 + len(window)
        if score > best_score:
            best_start, best_score = i, score
    start_word = max(0, best_start - 5)
    end_word = min(len(words), start_word + WINDOW_WORDS)
    start = words[start_word].start()
    end = words[end_word - 1].end()
    marked = set(hits)
    pieces = ["…" if start_word else ""]
    cursor = start
    for j in range(start_word, end_word):
        match = words[j]
        pieces.append(escape(text[cursor : match.start()]))
        if j in marked:
            pieces.append(f"<mark>{escape(match.group())}</mark>")
        else:
            pieces.append(escape(match.group()))
        cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    if end_word < len(words):
        pieces.append("…")
    return best_score, mark_safe("".join(pieces).strip())  # noqa: S308 — escaped above


def snippet(page, lemmas, attachment_fields=()):
    """(html, found_only_in_attachment) for one result."""
    matches = Matcher.of(lemmas)
    title_hit = any(matches(word) for word in TOKEN_RE.findall(page.title.lower()))
    texts = field_texts(page, attachment_fields)
    own, attached = (0, ""), (0, "")
    for is_attachment, text in texts:
        score, html = best_window(text, matches)
        if is_attachment and score > attached[0]:
            attached = (score, html)
        elif not is_attachment and score > own[0]:
            own = (score, html)
    if own[0]:
        return own[1], False
    if attached[0]:
        return attached[1], not title_hit
    first = next((text for is_attachment, text in texts if not is_attachment), "")
    words = first.split()
    return escape(
        " ".join(words[:WINDOW_WORDS]) + ("…" if len(words) > WINDOW_WORDS else "")
    ), False
