"""Words to lemmas, the same way for indexed text and for queries, on every backend.

Russian words go through pymorphy3 (OpenCorpora dictionaries from PyPI, nothing downloaded at
run time); Latin words through a small rule-based English normaliser. Output is lowercase,
ё is е, hyphenated words are split, and a few function words are dropped. An ambiguous
Russian word is indexed under each of its likely lemmas («стали» → «стать сталь»), a query
word under its best one, so the query always finds the document's reading.
"""

import re
from functools import lru_cache

TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
CYRILLIC_RE = re.compile(r"[а-яё]")
LATIN_RE = re.compile(r"^[a-z]+$")

# Words that carry no meaning for search; dropped on both sides so "и", "the" never have to
# match (a query of stop words only is searched as typed).
STOP_WORDS = frozenset(
    """
    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
    ее её мне было вот от меня о из ему теперь когда ли если уже или ни быть был него до вас
    нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы
    тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того
    потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда
    зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти
    нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда
    лучше чуть том нельзя такой им более всегда конечно всю между это
    a an the and or of to in on at by for with from as is are was were be been it its this
    that these those
    """.split()
)

# Russian: how many readings of an indexed word are kept, and how unlikely one may be.
MAX_INDEX_LEMMAS = 2
MIN_LEMMA_SCORE = 0.1

ENGLISH_IRREGULAR = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "person",
    "mice": "mouse",
    "teeth": "tooth",
    "feet": "foot",
    "geese": "goose",
    "taught": "teach",
    "learnt": "learn",
    "went": "go",
    "gone": "go",
    "goes": "go",
    "has": "have",
    "had": "have",
    "did": "do",
    "does": "do",
    "done": "do",
    "made": "make",
    "wrote": "write",
    "written": "write",
    "ran": "run",
    "began": "begin",
    "begun": "begin",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "found": "find",
    "thought": "think",
    "brought": "bring",
    "built": "build",
    "held": "hold",
    "led": "lead",
    "left": "leave",
    "met": "meet",
    "spoke": "speak",
    "spoken": "speak",
    "chose": "choose",
    "chosen": "choose",
    "knew": "know",
    "known": "know",
    "grew": "grow",
    "grown": "grow",
    "saw": "see",
    "seen": "see",
    "better": "good",
    "best": "good",
    "analyses": "analysis",
    "criteria": "criterion",
    "curricula": "curriculum",
    "data": "datum",
}
VOWELS = set("aeiouy")
UNDOUBLED = set("bdgklmnprt")


def english_lemma(word):
    """A light, consistent English normaliser: plural and verb endings off, a final silent
    "e" off, a doubled final consonant undoubled (make/makes/making/made → "mak"). It is a
    key for matching, never shown to anyone, so consistency matters more than spelling."""
    if word in ENGLISH_IRREGULAR:
        word = ENGLISH_IRREGULAR[word]
    elif len(word) > 3:
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith(("sses", "shes", "ches", "xes", "zes")):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        elif word.endswith("ied") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("ing") and len(word) > 5:
            word = word[:-3]
        elif word.endswith("ed") and len(word) > 4:
            word = word[:-2]
    if len(word) > 3 and word.endswith("e") and word[-2] not in VOWELS:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] in UNDOUBLED:
        word = word[:-1]
    return word


@lru_cache(maxsize=1)
def analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def word_lemmas(word):
    """Every likely lemma of one lowercase word, best first (a tuple)."""
    word = word.replace("ё", "е")
    if CYRILLIC_RE.search(word):
        lemmas = []
        for parse in analyzer().parse(word):
            if lemmas and (len(lemmas) >= MAX_INDEX_LEMMAS or parse.score < MIN_LEMMA_SCORE):
                break
            lemma = parse.normal_form.replace("ё", "е")
            if lemma not in lemmas:
                lemmas.append(lemma)
        return tuple(lemmas) or (word,)
    if LATIN_RE.match(word):
        return (english_lemma(word),)
    return (word,)


def tokens(text):
    """Lowercase words of ``text`` in order (hyphenated words split, punctuation gone)."""
    return TOKEN_RE.findall(text.lower())


def lemma(word):
    """The best lemma of one word."""
    return word_lemmas(word.lower())[0]


def lemmatize_text(text):
    """Indexed text: every likely lemma of every word, stop words dropped."""
    if not text:
        return ""
    out = []
    for word in tokens(text):
        if word in STOP_WORDS:
            continue
        out.extend(word_lemmas(word))
    return " ".join(out)


def lemmatize_query(text):
    """A query: the best lemma of each word, in order; stop words dropped unless nothing
    else is left."""
    words = tokens(text)
    meaningful = [word for word in words if word not in STOP_WORDS] or words
    return " ".join(lemma(word) for word in meaningful)


def query_lemmas(text):
    return lemmatize_query(text).split()
