"""Demo network, part 2: the partner directory, the partners and two partner accounts.

Idempotent like the rest of the loader: partners are looked up by slug under the directory,
logos and agreements by title, accounts by username.
"""

import functools

from home.demo import ensure_child, ensure_user, home_page
from home.models import Department, Municipality, NetworkSettings, OrganisationType
from home.models.taxonomies import in_default_locale

from ..factories import PartnerIndexPageFactory, PartnerPageFactory
from ..models import PartnerContact, PartnerProject
from ..provisioning import group_name, provision_section
from . import files
from .data import PARTNERS

INDEX_INTRO = (
    "Школы и детские сады, колледжи и вуз, музеи, театр, библиотека, предприятия, органы "
    "власти и общественные организации, которые вместе работают на образование. У каждого "
    "партнёра свой раздел: профиль, ресурсы для сети и материалы."
)


@functools.cache
def _terms(model):
    return {term.slug: term for term in model.objects.filter(**in_default_locale())}


def term(model, slug):
    return _terms(model)[slug]


def reset_caches():
    """Terms are cached per run; the test suite rebuilds the database between runs."""
    _terms.cache_clear()


def partner_index():
    return home_page().get_children().filter(slug="partners").specific().first()


def partner_by_slug(slug):
    index = partner_index()
    return index.get_children().filter(slug=slug).specific().get() if index else None


# Partner accounts -----------------------------------------------------------------------------


def partner_group_name(title):
    return group_name(title)


def demo_accounts():
    """Rows printed at the end of ``load_demo``: (username, role)."""
    return [
        (spec["account"][0], partner_group_name(spec["title"]))
        for spec in PARTNERS
        if "account" in spec
    ]


# Generated files ------------------------------------------------------------------------------


def logo(spec):
    return files.ensure_image(
        f"Логотип: {spec['title']}",
        f"logo-{spec['slug']}.png",
        lambda: files.square_png(spec["initials"], spec["colour"]),
    )


def agreement_document(spec):
    number, signed, valid_until = spec["agreement"]
    coordinator = NetworkSettings.load().organisation_name or "организация-координатор сети"
    term_text = f"до {valid_until:%d.%m.%Y}" if valid_until else "без ограничения срока (бессрочно)"
    sections = [
        (
            "1. Предмет соглашения",
            [
                f"{coordinator} (далее — Координатор) и {spec['full_name']} (далее — Партнёр) "
                "договорились о сетевом взаимодействии для повышения доступности и "
                "качества образования, расширения образовательных возможностей учащихся и "
                "профессионального роста педагогов.",
            ],
        ),
        (
            "2. Обязательства сторон",
            [
                "- предоставлять участникам сети ресурсы, перечисленные в профиле Партнёра на "
                "сайте сети: курсы, мастер-классы, экскурсии, площадки и оборудование;",
                "- публиковать на сайте сети описания опыта, положения о конкурсах, записи "
                "вебинаров и анонсы мероприятий после методической экспертизы;",
                "- назначить координатора со стороны Партнёра и своевременно обновлять "
                "контактные данные;",
                "- соблюдать требования законодательства о персональных данных при "
                "публикации материалов.",
            ],
        ),
        (
            "3. Срок действия",
            [
                f"Соглашение вступает в силу {signed:%d.%m.%Y} и действует {term_text}. Каждая "
                "из сторон может расторгнуть соглашение, письменно уведомив другую сторону "
                "не позднее чем за один месяц.",
            ],
        ),
        (
            "4. Контакты сторон",
            [
                f"Партнёр: {spec['address']}; {spec['phone']}; {spec['email']}.",
                "Координатор: network@example.org.",
            ],
        ),
    ]
    return files.ensure_pdf_or_docx(
        f"Соглашение о сетевом взаимодействии № {number}: {spec['title']}",
        sections,
        subtitle=f"№ {number} от {signed:%d.%m.%Y}",
        name=f"agreement-{number}-{spec['slug']}",
    )


# Pages ----------------------------------------------------------------------------------------


def partner_fields(spec):
    number, signed, valid_until = spec["agreement"]
    latitude, longitude = spec["coordinates"]
    return {
        "title": spec["title"],
        "full_name": spec["full_name"],
        "organisation_type": term(OrganisationType, spec["type"]),
        "department": term(Department, spec["department"]),
        "municipality": term(Municipality, spec["municipality"]),
        "address": spec["address"],
        "latitude": latitude,
        "longitude": longitude,
        "website": spec["website"],
        "email": spec["email"],
        "phone": spec["phone"],
        "description": spec["description"],
        "resources": [
            {
                "type": kind,
                "value": {
                    "title": title,
                    "description": description,
                    "audience": audience,
                    "conditions": conditions,
                },
            }
            for kind, title, description, audience, conditions in spec["resources"]
        ],
        "agreement_number": number,
        "agreement_signed": signed,
        "agreement_valid_until": valid_until,
        "contacts": [
            PartnerContact(name=name, position=position, email=email, phone=phone)
            for name, position, email, phone in spec["contacts"]
        ],
        "projects": [
            PartnerProject(
                title=title,
                description=description,
                year_started=started,
                year_finished=finished,
                url=url,
            )
            for title, description, started, finished, url in spec["projects"]
        ],
        "search_description": spec["full_name"][:250],
    }


def load_partners(report):
    index, created = ensure_child(
        home_page(),
        PartnerIndexPageFactory.build,
        "partners",
        title="Партнёры",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )
    report("Каталог партнёров", created=int(created), existing=int(not created))

    created = existing = 0
    for spec in PARTNERS:
        _, was_created = ensure_child(
            index,
            PartnerPageFactory.build,
            spec["slug"],
            logo=logo(spec),
            agreement_document=agreement_document(spec),
            **partner_fields(spec),
        )
        created += was_created
        existing += not was_created
    report("Партнёры", created=created, existing=existing)
    files.images.flush(report, "Логотипы партнёров")
    files.documents.flush(report, "Тексты соглашений")


def load_sections(report):
    """Every demo partner gets what provisioning gives a real one: its group with rights on
    its own section only, and its own collection (idempotent)."""
    created = existing = 0
    for spec in PARTNERS:
        partner = partner_by_slug(spec["slug"])
        was_provisioned = partner.partner_group_id is not None
        provision_section(partner)
        created += not was_provisioned
        existing += was_provisioned
    report("Группы и коллекции партнёров", created=created, existing=existing)


def load_accounts(report):
    created = existing = 0
    for spec in PARTNERS:
        if "account" not in spec:
            continue
        username, first_name, last_name = spec["account"]
        group = partner_by_slug(spec["slug"]).partner_group
        _, was_created = ensure_user(username, first_name, last_name, [group.name])
        created += was_created
        existing += not was_created
    report("Учётные записи партнёров", created=created, existing=existing)


def load(report):
    reset_caches()
    files.documents.reset()
    files.images.reset()
    load_partners(report)
    load_sections(report)
    load_accounts(report)


def load_translations(report):
    """Second pass of ``load_demo``: English versions (wagtail-localize translations) of the
    directory and of a partner of each of four types (school, kindergarten, museum, theatre)."""
    from home.demo_translation import translate_all

    from .english import ENGLISH, TRANSLATED_PARTNERS

    index = partner_index()
    translate_all([index] if index else [], ENGLISH, report, "Английская версия: каталог партнёров")
    partners = [partner_by_slug(slug) for slug in TRANSLATED_PARTNERS] if index else []
    translate_all(partners, ENGLISH, report, "Английская версия: партнёры")
