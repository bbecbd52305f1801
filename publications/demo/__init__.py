"""Demo network, part 3: material indexes, publications, contests, webinars, events, collections.

Most material lives in the partners' sections; a few network-level pages sit directly under the
site-wide indexes. Pages are looked up by slug under their parent, files and images by title,
so a second run creates nothing. Dates are relative to the day of the first load: contests
cover every phase, webinars and events are both past and upcoming.
"""

import base64
import datetime
import hashlib
import random

from django.utils import timezone
from wagtail.models import PageLogEntry

from home.demo import ensure_child, home_page, publish
from home.models import Audience, EducationLevel, MaterialType, NetworkSettings, SubjectArea
from partners.demo import files, partner_index, reset_caches, term
from partners.models import PartnerPage

from ..factories import (
    CollectionPageFactory,
    ContestIndexPageFactory,
    ContestRegulationPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperiencePublicationPageFactory,
    PublicationIndexPageFactory,
    WebinarIndexPageFactory,
    WebinarPageFactory,
)
from ..models import PublicationAuthor, WebinarSpeaker
from . import documents as text
from .calendar_texts import CONTESTS, EVENTS, WEBINARS
from .experience_texts import PUBLICATIONS

INDEXES = [
    (
        "publications",
        PublicationIndexPageFactory,
        "Опыт и материалы",
        "Описания практик, конспекты уроков, программы и пособия партнёров сети. Все "
        "материалы прошли методическую экспертизу; условия использования указаны в "
        "каждой публикации.",
    ),
    (
        "contests",
        ContestIndexPageFactory,
        "Конкурсы",
        "Положения о конкурсах, выставках, олимпиадах и фестивалях сети: сроки, номинации, "
        "формы заявок и итоги.",
    ),
    (
        "webinars",
        WebinarIndexPageFactory,
        "Вебинары",
        "Ближайшие вебинары с регистрацией и записи прошедших — с оглавлением и расшифровкой.",
    ),
    (
        "events",
        EventIndexPageFactory,
        "Мероприятия",
        "Семинары, круглые столы, конференции и дни партнёрского взаимодействия.",
    ),
]

# Listing images: one cover per subject area, in the subject's colour.
COVER_COLOURS = {
    "mathematics": (40, 90, 160),
    "russian": (170, 50, 50),
    "literature": (120, 60, 130),
    "history": (140, 90, 40),
    "social-studies": (60, 110, 140),
    "physics": (30, 70, 110),
    "chemistry": (20, 120, 110),
    "biology": (50, 130, 60),
    "geography": (30, 120, 150),
    "computer-science": (0, 110, 170),
    "foreign-languages": (100, 80, 160),
    "music": (180, 70, 120),
    "fine-arts": (200, 100, 40),
    "technology": (90, 90, 100),
    "physical-education": (0, 120, 80),
    "local-history": (150, 100, 30),
    "project-activities": (60, 100, 170),
    "upbringing": (190, 80, 60),
    "career-guidance": (120, 120, 30),
}

COLLECTIONS = [
    {
        "slug": "kraevedenie-v-shkole",
        "title": "Краеведение в школе",
        "intro": "Музейные уроки, исследования, праздники и вебинары о родном крае: всё, что "
        "партнёры сети сделали по краеведению, от детского сада до старших классов.",
        "include_publications": True,
        "include_webinars": True,
        "include_events": True,
        "subjects": ["local-history"],
    },
    {
        "slug": "dlya-nachalnoy-shkoly",
        "title": "Для начальной школы",
        "intro": "Материалы, конкурсы, вебинары и мероприятия для учителей 1–4 классов и "
        "родителей младших школьников.",
        "include_publications": True,
        "include_contests": True,
        "include_webinars": True,
        "include_events": True,
        "levels": ["primary"],
    },
    {
        "slug": "konkursy-i-vebinary-etogo-goda",
        "title": "Всё о конкурсах и вебинарах этого года",
        "intro": "Положения, сроки и итоги конкурсов и записи вебинаров текущего года в "
        "одном списке.",
        "include_publications": False,
        "include_contests": True,
        "include_webinars": True,
        "this_year": True,
    },
]


class Network:
    """What every loader needs: parents, today's date, and helpers around them."""

    def __init__(self):
        self.home = home_page()
        self.today = timezone.localdate()
        self.now = timezone.now()
        index = partner_index()
        self.partners = {p.slug: p for p in PartnerPage.objects.child_of(index)} if index else {}
        self.indexes = {}

    def parent(self, spec, index):
        return self.partners[spec["partner"]] if spec["partner"] else self.indexes[index]

    def co_partners(self, spec):
        return [self.partners[slug] for slug in spec.get("co", [])]

    def day(self, offset):
        return self.today + datetime.timedelta(days=offset)

    def moment(self, offset, at="10:00"):
        hours, minutes = (int(part) for part in at.split(":"))
        naive = datetime.datetime.combine(self.day(offset), datetime.time(hours, minutes))
        return timezone.make_aware(naive)


class Counter:
    def __init__(self):
        self.created = self.existing = 0

    def add(self, created):
        self.created += bool(created)
        self.existing += not created

    def report(self, report, label):
        report(label, created=self.created, existing=self.existing)


def classification(spec):
    return {
        "subject_areas": [term(SubjectArea, slug) for slug in spec.get("subjects", [])],
        "education_levels": [term(EducationLevel, slug) for slug in spec.get("levels", [])],
        "audiences": [term(Audience, slug) for slug in spec.get("audiences", [])],
    }


def cover(spec):
    slug = spec["subjects"][0]
    subject = term(SubjectArea, slug)
    return files.ensure_image(
        f"Обложка: {subject.name}",
        f"cover-{slug}.png",
        lambda: files.banner_png(subject.name, COVER_COLOURS.get(slug, (80, 80, 80))),
    )


def attachment(document, description):
    return {"type": "attachment", "value": {"document": document.pk, "description": description}}


def with_tags(factory, tags):
    """A builder for ``ensure_child`` that also sets the page's tags."""

    def build(**fields):
        page = factory.build(**fields)
        page.tags.add(*tags)
        return page

    return build


def backdate(page, moment, revision=None):
    """Make the publishing history say ``moment``: the whole page's, or one revision's."""
    logs = PageLogEntry.objects.filter(page=page)
    dates = {"last_published_at": moment, "latest_revision_created_at": moment}
    if revision is None:
        dates["first_published_at"] = moment
        page.revisions.update(created_at=moment)
    else:
        page.revisions.filter(pk=revision.pk).update(created_at=moment)
        logs = logs.filter(revision=revision)
    logs.update(timestamp=moment)
    type(page).objects.filter(pk=page.pk).update(**dates)
    page.refresh_from_db()


def video_url(spec):
    """A well-formed (fictional) address on one of the allow-listed hosts."""
    digest = hashlib.md5(spec["slug"].encode()).hexdigest()
    if spec["video"] == "rutube":
        return f"https://rutube.ru/video/{digest}/"
    if spec["video"] == "vk":
        owner = 200_000_000 + int(digest[:6], 16)
        return f"https://vkvideo.ru/video-{owner}_{456_239_000 + int(digest[6:10], 16)}"
    youtube_id = base64.urlsafe_b64encode(bytes.fromhex(digest)).decode()[:11]
    return f"https://www.youtube.com/watch?v={youtube_id}"


# Loaders --------------------------------------------------------------------------------------


def load_indexes(report, network):
    counter = Counter()
    for slug, factory, title, intro in INDEXES:
        page, created = ensure_child(
            network.home, factory.build, slug, title=title, intro=intro, show_in_menus=True
        )
        network.indexes[slug] = page
        counter.add(created)
    counter.report(report, "Разделы материалов")


def publication_ages():
    """Days since publication: spread evenly over three years, in a fixed shuffled order."""
    ages = [9 + step * 27 for step in range(len(PUBLICATIONS))]
    random.Random(2024).shuffle(ages)
    return ages


def publication_attachments(spec, number, partner):
    partner_title = partner.title if partner else ""
    subtitle = " · ".join(
        part
        for part in (
            "; ".join(text.author_line(author) for author in spec["authors"]),
            term(MaterialType, spec["type"]).name,
        )
        if part
    )
    full_text = files.ensure_pdf_or_docx(
        spec["title"],
        text.publication_pdf_sections(spec, number, partner_title),
        subtitle=subtitle,
        name=spec["slug"],
    )
    appendices = files.ensure_docx(
        f"{spec['title']}: приложения",
        text.publication_docx_sections(spec),
        subtitle=spec["title"],
        name=f"{spec['slug']}-prilozheniya",
    )
    return [
        attachment(full_text, "Полный текст: описание, ход работы, результаты"),
        attachment(appendices, "Приложения и шаблоны (DOCX, можно редактировать)"),
    ]


def load_publications(report, network):
    counter = Counter()
    for number, (spec, age) in enumerate(zip(PUBLICATIONS, publication_ages(), strict=True)):
        partner = network.partners.get(spec["partner"])
        published_on = network.day(-age)
        page, created = ensure_child(
            network.parent(spec, "publications"),
            with_tags(ExperiencePublicationPageFactory, spec["tags"]),
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            body=text.publication_body(spec, number),
            attachments=publication_attachments(spec, number, partner),
            material_type=term(MaterialType, spec["type"]),
            licence=spec["licence"],
            publication_date=published_on,
            authors=[
                PublicationAuthor(
                    name=author[0],
                    position=author[1],
                    organisation=author[2] if len(author) > 2 else "",
                )
                for author in spec["authors"]
            ],
            co_partners=network.co_partners(spec),
            listing_image=cover(spec),
            **classification(spec),
        )
        if created:
            backdate(page, network.moment(-age, f"{9 + number % 8}:{number * 7 % 60:02d}"))
        counter.add(created)
    counter.report(report, "Публикации опыта")


# The second edition of a contest moves these dates (see ``second_edition`` in the texts).
SECOND_EDITION_DATES = ("deadline", "judging", "results")


def regulation_document(spec, dates, nominations, organiser, edition=1):
    suffix = f" (редакция {edition})" if edition > 1 else ""
    return files.ensure_pdf_or_docx(
        f"Положение: {spec['title']}{suffix}",
        text.contest_regulation_sections(spec, dates, nominations, organiser),
        subtitle=f"Утверждено {text.ru_date(dates['announce'])}",
        name=f"polozhenie-{spec['slug']}{f'-{edition}' if edition > 1 else ''}",
    )


def nomination_blocks(nominations):
    return [
        {"type": "nomination", "value": {"title": title, "description": description}}
        for title, description in nominations
    ]


def load_contests(report, network):
    counter = Counter()
    editions = existing_editions = 0
    coordinator = NetworkSettings.load().organisation_name or "координатор сети «Содружество»"
    for spec in CONTESTS:
        parent = network.parent(spec, "contests")
        organiser = parent.full_name if isinstance(parent, PartnerPage) else coordinator
        dates = {key: network.day(offset) for key, offset in spec["dates"].items()}
        nominations = spec["nominations"]
        regulation = regulation_document(spec, dates, nominations, organiser)
        second = spec.get("second_edition")
        final_dates, final_nominations = dates, nominations
        if second:
            # The public edition history shows both: what changed is in ``edition_note``.
            final_dates = {
                **dates,
                **{key: network.day(second[key]) for key in SECOND_EDITION_DATES},
            }
            final_nominations = nominations + second["nominations"]
            second_regulation = regulation_document(
                spec, final_dates, final_nominations, organiser, edition=2
            )
        form = files.ensure_docx(
            f"Форма заявки: {spec['title']}",
            text.application_form_sections(spec, final_nominations),
            name=f"zayavka-{spec['slug']}",
        )
        final_results = final_dates["results"]
        results_document = None
        # Only for a new page: on a later day an existing contest may have passed its results
        # date, and a results file made then would belong to no page.
        is_new = not parent.get_children().filter(slug=spec["slug"]).exists()
        if is_new and final_results <= network.today:
            results_document = files.ensure_pdf_or_docx(
                f"Итоги: {spec['title']}",
                text.results_sections(spec, final_results),
                subtitle=f"Протокол от {text.ru_date(final_results)}",
                name=f"itogi-{spec['slug']}",
            )
        grade_from, grade_to = spec["grades"]
        contact_name, contact_email, contact_phone = spec["contact"]
        page, created = ensure_child(
            parent,
            ContestRegulationPageFactory.build,
            spec["slug"],
            title=spec["title"],
            kind=spec["kind"],
            level=spec["level"],
            participants=spec["participants"],
            grade_from=grade_from,
            grade_to=grade_to,
            summary=spec["summary"],
            body=text.contest_body(spec),
            nominations=nomination_blocks(nominations),
            announcement_date=dates["announce"],
            applications_open=dates["open"],
            application_deadline=dates["deadline"],
            judging_start=dates["judging"],
            results_date=dates["results"],
            regulation_document=regulation,
            application_form=form,
            results_document=results_document,
            contact_name=contact_name,
            contact_email=contact_email,
            contact_phone=contact_phone,
            co_partners=network.co_partners(spec),
            listing_image=cover(spec),
            **classification(spec),
        )
        counter.add(created)
        if not created:
            existing_editions += len(page.editions())
            continue
        backdate(page, network.moment(spec["dates"]["announce"], "09:30"))
        editions += 1
        if second:
            page.application_deadline = final_dates["deadline"]
            page.judging_start = final_dates["judging"]
            page.results_date = final_dates["results"]
            page.nominations = nomination_blocks(final_nominations)
            page.regulation_document = second_regulation
            page.edition_note = second["note"]
            page = publish(page)
            backdate(page, network.now - datetime.timedelta(days=1), page.live_revision)
            editions += 1
    counter.report(report, "Конкурсы")
    report("Редакции положений о конкурсах", created=editions, existing=existing_editions)


def load_webinars(report, network):
    counter = Counter()
    for spec in WEBINARS:
        offset, at = spec["start"]
        start = network.moment(offset, at)
        past = offset < 0
        material = files.ensure_pdf_or_docx(
            f"{'Презентация' if past else 'Программа'} вебинара: {spec['title']}",
            text.webinar_material_sections(spec, past),
            subtitle=f"Вебинар {text.ru_date(start.date())}, {at} (МСК)",
            name=f"vebinar-{spec['slug']}",
        )
        page, created = ensure_child(
            network.parent(spec, "webinars"),
            WebinarPageFactory.build,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            body=text.webinar_body(spec, past),
            start=start,
            duration_minutes=spec["duration"],
            video_url=video_url(spec) if past else "",
            registration_url=spec.get("registration", ""),
            chapters=[
                {"type": "chapter", "value": {"timecode": timecode, "title": title}}
                for timecode, title in spec.get("chapters", [])
            ],
            transcript="\n\n".join(spec.get("transcript", [])),
            speakers=[
                WebinarSpeaker(name=name, position=position, partner=network.partners.get(partner))
                for name, position, partner in spec["speakers"]
            ],
            attachments=[
                attachment(
                    material,
                    "Презентация спикеров" if past else "Программа и памятка участника",
                )
            ],
            co_partners=network.co_partners(spec),
            listing_image=cover(spec),
            **classification(spec),
        )
        if created:
            announced = min(start - datetime.timedelta(days=21), network.now)
            backdate(page, announced - datetime.timedelta(days=2))
        counter.add(created)
    counter.report(report, "Вебинары")


def load_events(report, network):
    counter = Counter()
    for spec in EVENTS:
        offset, at = spec["start"]
        start = network.moment(offset, at)
        end = start + datetime.timedelta(hours=spec["hours"])
        attachments = []
        if spec.get("attachment"):
            document = files.ensure_pdf_or_docx(
                f"{spec['attachment']}: {spec['title']}",
                text.event_document_sections(spec, f"{text.ru_date(start.date())}, {at}"),
                name=f"meropriyatie-{spec['slug']}",
            )
            attachments.append(attachment(document, spec["attachment"]))
        page, created = ensure_child(
            network.parent(spec, "events"),
            EventPageFactory.build,
            spec["slug"],
            title=spec["title"],
            format=spec["format"],
            start=start,
            end=end,
            venue=spec.get("venue", ""),
            online_url=spec.get("online_url", ""),
            summary=spec["summary"],
            body=text.event_body(spec, past=end < network.now),
            programme=[
                {"type": "item", "value": {"time": time, "title": title, "speaker": speaker}}
                for time, title, speaker in spec["programme"]
            ],
            attachments=attachments,
            co_partners=network.co_partners(spec),
            listing_image=cover(spec),
            **classification(spec),
        )
        if created:
            announced = min(start - datetime.timedelta(days=30), network.now)
            backdate(page, announced - datetime.timedelta(days=1))
        counter.add(created)
    counter.report(report, "Мероприятия")


def load_collections(report, network):
    counter = Counter()
    for spec in COLLECTIONS:
        dates = {}
        if spec.get("this_year"):
            year = network.today.year
            dates = {"date_from": datetime.date(year, 1, 1), "date_to": datetime.date(year, 12, 31)}
        _, created = ensure_child(
            network.home,
            CollectionPageFactory.build,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            include_publications=spec["include_publications"],
            include_contests=spec.get("include_contests", False),
            include_webinars=spec.get("include_webinars", False),
            include_events=spec.get("include_events", False),
            **classification(spec),
            **dates,
        )
        counter.add(created)
    counter.report(report, "Подборки")


def load(report):
    reset_caches()
    files.documents.reset()
    files.images.reset()
    network = Network()
    load_indexes(report, network)
    load_publications(report, network)
    load_contests(report, network)
    load_webinars(report, network)
    load_events(report, network)
    load_collections(report, network)
    files.images.flush(report, "Обложки материалов")
    files.documents.flush(report, "Файлы материалов (PDF, DOCX)")
    file_into_partner_collections(report)


def file_into_partner_collections(report):
    """Each partner's files go to its own collection, as if its contributors had uploaded
    them: they can then pick and edit them, and nobody else's."""
    from wagtail.models import Collection

    from home.models import CustomDocument, CustomImage
    from partners.models import PartnerPage

    root = Collection.get_first_root_node()
    moved = 0
    for partner in PartnerPage.objects.exclude(collection=None).order_by("path"):
        document_ids, image_ids = set(), set()
        if partner.agreement_document_id:
            document_ids.add(partner.agreement_document_id)
        if partner.logo_id:
            image_ids.add(partner.logo_id)
        for page in partner.get_descendants().specific():
            document_ids.update(document.pk for document in page.documents)
            for field in ("regulation_document", "application_form", "results_document"):
                if getattr(page, f"{field}_id", None):
                    document_ids.add(getattr(page, f"{field}_id"))
            if page.listing_image_id:
                image_ids.add(page.listing_image_id)
        for model, ids in ((CustomDocument, document_ids), (CustomImage, image_ids)):
            # A file two partners share stays with the first one.
            moved += model.objects.filter(pk__in=ids, collection=root).update(
                collection=partner.collection
            )
    report("Файлы, перенесённые в коллекции партнёров", created=moved)


def load_translations(report):
    """Second pass of ``load_demo``: English versions (wagtail-localize translations) of the
    four material indexes, the collections, six publications, two contests, two webinars and
    an event.
    The partners holding them are translated first (``partners.demo.load_translations``)."""
    from home.demo_translation import translate_all

    from . import english

    network = Network()
    for slug, *_ in INDEXES:
        network.indexes[slug] = network.home.get_children().get(slug=slug).specific

    def pages(specs, index, slugs):
        found = []
        for spec in specs:
            if spec["slug"] in slugs:
                page = network.parent(spec, index).get_children().filter(slug=spec["slug"])
                found.append(page.get())
        return found

    collections = network.home.get_children().filter(
        slug__in=[spec["slug"] for spec in COLLECTIONS]
    )
    for label, translated in (
        ("разделы материалов", network.indexes.values()),
        ("подборки", collections.order_by("path")),
        (
            "публикации опыта",
            pages(PUBLICATIONS, "publications", english.TRANSLATED_PUBLICATIONS),
        ),
        ("конкурсы", pages(CONTESTS, "contests", english.TRANSLATED_CONTESTS)),
        ("вебинары", pages(WEBINARS, "webinars", english.TRANSLATED_WEBINARS)),
        ("мероприятия", pages(EVENTS, "events", english.TRANSLATED_EVENTS)),
    ):
        translate_all(translated, english.ENGLISH, report, f"Английская версия: {label}")
