"""A fast generator of realistic Russian material for the search benchmark.

Pages are written straight into the tables: treebeard paths computed here, ``Page`` rows
through ``bulk_create``, each type's own table through the manager's ``_insert`` (what
``bulk_create`` does for a single table), many-to-many rows in bulk. The search index is
then written directly too (lemmatised text, ``to_tsvector('simple', …)``), or raw text for
the stock configuration. Deterministic: the same seed gives the same corpus.
"""

import datetime
import random
import time
import uuid
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from search.morphology import analyzer, lemmatize_text

TOPICS = [
    "проектная деятельность",
    "краеведение",
    "наставничество",
    "функциональная грамотность",
    "финансовая грамотность",
    "профориентация",
    "инклюзивное образование",
    "робототехника",
    "экологическое воспитание",
    "читательская грамотность",
    "музейная педагогика",
    "школьный театр",
    "патриотическое воспитание",
    "цифровая образовательная среда",
    "исследовательская работа",
    "олимпиадная подготовка",
    "здоровьесбережение",
    "волонтёрство",
    "медиаграмотность",
    "сетевое взаимодействие",
]
TITLE_PATTERNS = [
    "{Topic} на уроках {subject}",
    "Опыт работы: {topic} в {school}",
    "Конкурс «{Topic}» для учащихся {grade} классов",
    "Вебинар: {topic} и {topic2}",
    "Методические рекомендации по теме «{topic}»",
    "Урок {subject} с элементами {topic_gen}",
    "Мастер-класс: {topic} для педагогов",
    "Семинар «{Topic}: практики {school_gen}»",
    "Программа внеурочной деятельности «{Topic}»",
    "Круглый стол о {topic_loc}",
]
SUBJECTS = [
    "математики",
    "истории",
    "литературы",
    "биологии",
    "физики",
    "химии",
    "географии",
    "информатики",
    "музыки",
    "технологии",
    "русского языка",
    "обществознания",
    "английского языка",
    "изобразительного искусства",
]
SCHOOLS = [
    "гимназии № 5",
    "школе № 12",
    "лицее № 3",
    "колледже искусств",
    "детском саду «Радуга»",
    "центре детского творчества",
    "краеведческом музее",
    "сельской школе",
    "кадетском корпусе",
    "библиотеке семейного чтения",
]
SENTENCES = [
    "Учащиеся {grade} классов работали в малых группах над проектами о родном крае.",
    "Педагоги делятся опытом организации урока и внеурочной деятельности.",
    "Мы используем цифровые лаборатории и интерактивные задания на каждом уроке.",
    "Родители приняли участие в подготовке выставки и экскурсии в музей.",
    "Дети исследовали историю своей семьи и представили результаты на конференции.",
    "Наставники помогают молодым учителям планировать уроки и оценивать результаты.",
    "В конкурсе участвовали команды из школ, колледжей и учреждений культуры.",
    "Материал содержит конспекты уроков, презентации и рабочие листы для учеников.",
    "Особое внимание уделено формированию функциональной грамотности школьников.",
    "Занятия проходят на базе партнёрских организаций: музеев, театров, библиотек.",
    "Итоги конкурса будут подведены на торжественной церемонии награждения.",
    "Участники вебинара обсудили оценивание проектной и исследовательской работы.",
    "Программа рассчитана на учащихся основной и средней школы.",
    "Для проведения урока понадобятся карты, справочники и доступ к интернету.",
    "Ребята создали виртуальную экскурсию по улицам старого города.",
    "Работы победителей опубликованы в сборнике лучших практик сети.",
    "Семинар проводится в формате обмена опытом между образовательными учреждениями.",
    "Учителя математики и физики разработали межпредметный модуль.",
    "Школьный театр поставил спектакль по мотивам произведений русских писателей.",
    "Методисты проверили материалы и дали рекомендации по их использованию.",
]
WHO = [
    "Учащиеся {grade} классов",
    "Педагоги",
    "Наставники",
    "Родители",
    "Волонтёры",
    "Школьники",
    "Студенты колледжа",
    "Методисты",
    "Воспитанники детского сада",
    "Участники конкурса",
    "Молодые учителя",
    "Библиотекари",
    "Экскурсоводы музея",
    "Члены школьного научного общества",
    "Классные руководители",
]
VERBS = [
    "провели",
    "подготовили",
    "обсудили",
    "изучили",
    "представили",
    "организовали",
    "разработали",
    "исследовали",
    "защитили",
    "оформили",
    "записали",
    "придумали",
]
WHAT = [
    "проект о родном крае",
    "выставку детских рисунков",
    "урок-экскурсию",
    "серию мастер-классов",
    "интерактивную карту района",
    "сборник олимпиадных задач",
    "спектакль по мотивам сказок",
    "квест по истории города",
    "лабораторную работу",
    "экологическую акцию",
    "подкаст о профессиях",
    "буклет для родителей",
    "цикл бесед о здоровом образе жизни",
    "исследование качества воды",
    "виртуальный тур по заповеднику",
    "модель солнечной системы",
    "газету класса",
    "фестиваль национальных культур",
    "турнир юных математиков",
    "программу наставничества",
]
WHERE = [
    "в школьном музее",
    "на базе городской библиотеки",
    "в рамках недели науки",
    "на муниципальной конференции",
    "в онлайн-формате",
    "в технопарке",
    "во время летней смены",
    "на площадке колледжа",
    "в краеведческом музее",
    "вместе с партнёрами сети",
    "на заседании методического объединения",
    "в центре детского творчества",
]
EXTRA_WORDS = 20_000
RARE_PER_PAGE = 4
TYPE_SHARES = [
    ("experiencepublicationpage", 0.6),
    ("webinarpage", 0.15),
    ("contestregulationpage", 0.15),
    ("eventpage", 0.10),
]


def long_tail_words(seed, count=EXTRA_WORDS):
    """Dictionary word forms (any part of speech, six letters or more) for a realistic long
    tail: words under random three-letter prefixes of the OpenCorpora dictionary."""
    rng = random.Random(seed)
    words = analyzer().dictionary.words
    consonants, vowels = "бвгдзклмнпрстфхчш", "аеиоуя"
    found = set()
    while len(found) < count:
        prefix = rng.choice(consonants) + rng.choice(vowels) + rng.choice(consonants)
        keys = words.keys(prefix)
        for word in keys[:: max(1, len(keys) // 40)][:40]:
            if len(word) >= 6 and word.isalpha():
                found.add(word)
    tail = sorted(found)
    rng.shuffle(tail)
    return tail[:count]


def genitive(phrase):
    morph = analyzer()
    out = []
    for word in phrase.split():
        form = morph.parse(word)[0].inflect({"gent"})
        out.append(form.word if form else word)
    return " ".join(out)


def locative(phrase):
    morph = analyzer()
    out = []
    for word in phrase.split():
        form = morph.parse(word)[0].inflect({"loct"})
        out.append(form.word if form else word)
    return " ".join(out)


class Corpus:
    """Writes ``size`` live pages under ``partners`` partner sections of the home page."""

    def __init__(self, size, seed=2026, partners=200):
        self.size = size
        self.rng = random.Random(seed)
        self.partner_count = min(partners, max(10, size // 50))
        self.tail = long_tail_words(seed)
        self.texts = {}  # page id -> (title, body text) for the index
        self.used_tail = Counter()
        self.timings = {}

    def sentence(self):
        grade = self.rng.choice(["1–4", "5–7", "8–9", "10–11"])
        if self.rng.random() < 0.15:
            return self.rng.choice(SENTENCES).format(grade=grade)
        rng = self.rng
        who = rng.choice(WHO).format(grade=grade)
        return f"{who} {rng.choice(VERBS)} {rng.choice(WHAT)} {rng.choice(WHERE)}."

    def title(self):
        topic, topic2 = self.rng.sample(TOPICS, 2)
        return self.rng.choice(TITLE_PATTERNS).format(
            topic=topic,
            Topic=topic.capitalize(),
            topic2=topic2,
            topic_gen=genitive(topic),
            topic_loc=locative(topic),
            subject=self.rng.choice(SUBJECTS),
            school=self.rng.choice(SCHOOLS),
            school_gen=self.rng.choice(SCHOOLS),
            grade=self.rng.choice(["5–7", "8–9", "10–11"]),
        )

    def body(self):
        sentences = [self.sentence() for _ in range(self.rng.randint(4, 12))]
        rare = self.rng.sample(self.tail, RARE_PER_PAGE)
        self.used_tail.update(rare)
        sentences.append(" ".join(rare) + ".")
        self.rng.shuffle(sentences)
        return " ".join(sentences)

    # Tree.

    def build(self):
        from home.models import EducationLevel, HomePage, MaterialType, SubjectArea
        from partners.models import PartnerIndexPage, PartnerPage

        started = time.perf_counter()
        home = HomePage.objects.get(locale__language_code="ru", depth=2)
        ru = home.locale
        directory = home.add_child(
            instance=PartnerIndexPage(title="Партнёры", slug="partners", locale=ru)
        )
        partner_pages = []
        for number in range(self.partner_count):
            school = self.rng.choice(SCHOOLS)
            partner_pages.append(
                directory.add_child(
                    instance=PartnerPage(
                        title=f"Партнёр {number + 1}: {school}",
                        slug=f"partner-{number + 1}",
                        full_name=f"Муниципальное учреждение при {school}",
                        locale=ru,
                    )
                )
            )
        self.subjects = list(SubjectArea.objects.filter(locale=ru).values_list("pk", flat=True))
        self.levels = list(EducationLevel.objects.filter(locale=ru).values_list("pk", flat=True))
        self.material_types = list(
            MaterialType.objects.filter(locale=ru).values_list("pk", flat=True)
        )
        self.timings["partners"] = time.perf_counter() - started
        started = time.perf_counter()
        per_partner = [[] for _ in partner_pages]
        for number in range(self.size - self.partner_count - 1):
            per_partner[self.rng.randrange(len(partner_pages))].append(number)
        with transaction.atomic():
            for partner, numbers in zip(partner_pages, per_partner, strict=True):
                self.add_material(partner, numbers, ru)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
        self.timings["pages"] = time.perf_counter() - started
        return home

    def add_material(self, partner, numbers, locale):
        from wagtail.models import Page

        from publications import models as publications

        models = {
            label: getattr(publications, name)
            for label, name in (
                ("experiencepublicationpage", "ExperiencePublicationPage"),
                ("webinarpage", "WebinarPage"),
                ("contestregulationpage", "ContestRegulationPage"),
                ("eventpage", "EventPage"),
            )
        }
        content_types = {label: ContentType.objects.get_for_model(m) for label, m in models.items()}
        labels = [label for label, _share in TYPE_SHARES]
        weights = [share for _label, share in TYPE_SHARES]
        now = timezone.now()
        rows, specifics = [], []
        for position, number in enumerate(numbers, start=1):
            label = self.rng.choices(labels, weights)[0]
            title = self.title()
            slug = f"{slugify(title, allow_unicode=False)[:40] or 'material'}-{number}"
            published = now - datetime.timedelta(days=self.rng.randint(0, 5 * 365))
            rows.append(
                Page(
                    path=partner.path + encode(position),
                    depth=partner.depth + 1,
                    numchild=0,
                    translation_key=uuid.uuid4(),
                    locale=locale,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_types[label],
                    url_path=f"{partner.url_path}{slug}/",
                    show_in_menus=False,
                    seo_title="",
                    search_description="",
                )
            )
            specifics.append(
                (label, title, self.sentence() + " " + self.sentence(), self.body(), published)
            )
        Page.objects.bulk_create(rows, batch_size=2000)
        Page.objects.filter(pk=partner.pk).update(numchild=len(rows))
        by_model = {label: [] for label in models}
        m2m = {label: ([], []) for label in models}
        for page, (label, title, summary, body, published) in zip(rows, specifics, strict=True):
            model = models[label]
            values = {
                "page_ptr_id": page.pk,
                "summary": summary,
                "body": [{"type": "paragraph", "value": f"<p>{body}</p>", "id": str(uuid.uuid4())}],
                "attachments": [],
            }
            if label == "experiencepublicationpage":
                values.update(
                    material_type_id=self.rng.choice(self.material_types),
                    licence="cc-by-4.0",
                    publication_date=published.date(),
                )
            elif label == "webinarpage":
                values.update(start=published, duration_minutes=60, transcript=self.body())
            elif label == "contestregulationpage":
                values.update(
                    applications_open=published.date(),
                    application_deadline=published.date() + datetime.timedelta(days=30),
                    participants="учащиеся 5–11 классов",
                )
            elif label == "eventpage":
                values.update(start=published, end=published + datetime.timedelta(hours=3))
            instance = model(**values)
            by_model[label].append(instance)
            for pk in self.rng.sample(self.subjects, self.rng.randint(1, 2)):
                m2m[label][0].append(
                    model.subject_areas.through(
                        **{f"{model._meta.model_name}_id": page.pk, "subjectarea_id": pk}
                    )
                )
            m2m[label][1].append(
                model.education_levels.through(
                    **{
                        f"{model._meta.model_name}_id": page.pk,
                        "educationlevel_id": self.rng.choice(self.levels),
                    }
                )
            )
            extra = values.get("transcript", "")
            self.texts[page.pk] = (title, f"{summary} {body} {extra}", page.content_type_id)
        for label, instances in by_model.items():
            model = models[label]
            fields = [f for f in model._meta.local_concrete_fields]
            for start in range(0, len(instances), 1000):
                model._base_manager._insert(instances[start : start + 1000], fields=fields)
            subjects, levels = m2m[label]
            model.subject_areas.through.objects.bulk_create(subjects, batch_size=5000)
            model.education_levels.through.objects.bulk_create(levels, batch_size=5000)

    # Index.

    def write_index(self, lemmatise=True, config="simple"):
        """Fill the index table directly; returns the lemma document frequencies."""
        from wagtail.search.models import IndexEntry

        started = time.perf_counter()
        table = IndexEntry._meta.db_table
        vocabulary = Counter()
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {table}")
            columns = {
                col.name for col in connection.introspection.get_table_description(cursor, table)
            }
            has_text = "title_text" in columns
            batch = []
            for pk, (title, body, content_type_id) in self.texts.items():
                if lemmatise:
                    title_words, body_words = lemmatize_text(title), lemmatize_text(body)
                    vocabulary.update(set(title_words.split()) | set(body_words.split()))
                else:
                    title_words, body_words = title, body
                batch.append(
                    (
                        content_type_id,
                        str(pk),
                        title_words,
                        title,
                        body_words,
                        title_words,
                        body_words,
                    )
                )
                if len(batch) >= 2000:
                    self._flush(cursor, table, batch, config, has_text)
                    batch = []
            if batch:
                self._flush(cursor, table, batch, config, has_text)
            cursor.execute(
                f"UPDATE {table} SET title_norm = (SELECT avg(length(title)) FROM {table}"
                f" WHERE length(title) > 0) / greatest(length(title), 1)"
            )
        # Vacuumed as autovacuum would after the bulk update above (dead rows otherwise
        # double what a scan reads).
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {table}")
        self.timings["index"] = time.perf_counter() - started
        return vocabulary

    def write_documents(self):
        """The search_document table from the index just written (what the backend does
        page by page when Wagtail indexes)."""
        from search import documents

        started = time.perf_counter()
        documents.refresh()
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {documents.TABLE}")
        self.timings["documents"] = time.perf_counter() - started

    @staticmethod
    def _flush(cursor, table, batch, config, has_text):
        cfg = f"'{config}'::regconfig, " if config else ""
        if has_text:
            sql = (
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body,"
                f" title_norm, title_text, body_text) VALUES (%s, %s, to_tsvector({cfg}%s),"
                f" to_tsvector('simple', %s), to_tsvector({cfg}%s), 1.0, %s, %s)"
            )
            cursor.executemany(sql, batch)
        else:
            sql = (
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body,"
                f" title_norm) VALUES (%s, %s, to_tsvector({cfg}%s),"
                f" to_tsvector('simple', %s), to_tsvector({cfg}%s), 1.0)"
            )
            cursor.executemany(sql, [row[:5] for row in batch])


ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def encode(number, width=4):
    """A treebeard path step (base 36, four characters)."""
    out = ""
    for _ in range(width):
        number, digit = divmod(number, 36)
        out = ALPHABET[digit] + out
    return out
