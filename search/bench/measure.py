"""The benchmark's fixed queries and timings: the search view through the test client, and
the search call alone (query, first ten results, count), for the lemmatised configuration
and for Wagtail's stock database backend over the same pages."""

import random
import statistics
import time

from django.test import Client
from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

from search import spelling
from search.query import build_query

COMMON = [
    "урок",
    "учащиеся",
    "педагог",
    "проект",
    "школа",
    "конкурс",
    "музей",
    "дети",
    "программа",
    "семинар",
]
PHRASES = [
    "проектная деятельность",
    "функциональной грамотности школьников",
    "экскурсия в музей",
    "урок истории",
    "наставничество молодых учителей",
    "конкурс для учащихся",
    "цифровые лаборатории на уроке",
    "исследовательская работа учащихся",
    "школьный театр спектакль",
    "финансовая грамотность",
    "обмен опытом",
    "внеурочной деятельности",
    "профориентация школьников",
    "инклюзивное образование детей",
    "робототехника на уроках информатики",
]
TYPOS = [
    "праектная деятельность",
    "краеведенье",
    "наставнечество",
    "олимпиадная подготовко",
    "функцианальная грамотность",
    "роботатехника",
    "экскурсыя",
    "ghjtrn",
    "ehjr",
    "veptq",
    "irjkf",
    "педагоги музеии",
]
RARE_COUNT = 15


def fixed_queries(corpus, seed=7):
    rng = random.Random(seed)
    # The least used words of the long tail (a handful of pages each).
    by_use = sorted(corpus.used_tail.items(), key=lambda item: (item[1], item[0]))
    rare = rng.sample([word for word, _n in by_use[: RARE_COUNT * 10]], RARE_COUNT)
    return (
        [("редкое", q) for q in rare]
        + [("частое", q) for q in COMMON]
        + [("фраза", q) for q in PHRASES]
        + [("опечатка", q) for q in TYPOS]
    )


def summary(samples):
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


# Requests made before timing (a server that has answered before: templates compiled,
# the vocabulary and the facet bitmaps loaded, the table in PostgreSQL's buffers); none of
# these words is in the fixed set.
WARMUP = ["методика", "экология", "воспитание", "литература", "олимпиада"]


def time_view(queries, repeat):
    """(first-run samples, repeated-run samples, statuses), after the warm-up requests."""
    client = Client()
    for query in WARMUP:
        client.get("/search/", {"q": query})
    first, samples, statuses = [], [], set()
    for _kind, query in queries:  # the first time each query is seen
        started = time.perf_counter()
        client.get("/search/", {"q": query})
        first.append(time.perf_counter() - started)
    for _ in range(repeat):
        for _kind, query in queries:
            started = time.perf_counter()
            response = client.get("/search/", {"q": query})
            samples.append(time.perf_counter() - started)
            statuses.add(response.status_code)
    return first, samples, statuses


def search_call(text, backend, lemmatised):
    """Query, first ten results and count; with lemmas the query is repaired first, as the
    view does."""
    pages = Page.objects.live().public().filter(locale=Locale.get_active())
    if lemmatised:
        query = build_query(spelling.correct(text) or text)
    else:
        query = PlainText(text, operator="and")
    if query is None:
        return 0
    results = pages.search(query, backend=backend)
    list(results[:10])
    return results.count()


def time_engine(queries, repeat):
    """``search.engine.search`` alone (repair, match, facets, a page of results, snippets;
    no template): each query once with an empty cache of counts, then repeated."""
    from search import engine, vocabulary

    locale = Locale.get_active()
    first, samples = [], []
    for _kind, query in queries:
        vocabulary.bump_version()  # a new version: no cached counts for any query
        vocabulary.terms()
        started = time.perf_counter()
        engine.search(query, locale)
        first.append(time.perf_counter() - started)
    for _kind, query in queries:  # counts cached under the last version, as a server would
        engine.search(query, locale)
    for _ in range(repeat):
        for _kind, query in queries:
            started = time.perf_counter()
            engine.search(query, locale)
            samples.append(time.perf_counter() - started)
    return first, samples


def time_call(queries, repeat, backend, lemmatised):
    samples, hits = [], {}
    for _kind, query in queries:
        hits[query] = search_call(query, backend, lemmatised)
    for _ in range(repeat):
        for _kind, query in queries:
            started = time.perf_counter()
            search_call(query, backend, lemmatised)
            samples.append(time.perf_counter() - started)
    return samples, hits
