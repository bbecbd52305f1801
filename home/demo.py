"""Demo network, part 1: the home page, the network's own pages, settings and role accounts.

Every loader is idempotent: it looks objects up by a natural key (slug, username) and only
creates what is missing. Other apps add their part in their own ``demo`` module.
"""

import os
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site

from .models import HomePage, NetworkSettings, StandardPage
from .roles import ADMINISTRATORS, EDITORS, METHODOLOGISTS

DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo-sodruzhestvo")

HOME_INTRO = (
    "Содружество объединяет школы, детские сады, колледжи и вузы, музеи и театры, "
    "органы власти и предприятия, чтобы вместе решать задачи образования: делиться опытом, "
    "ресурсами и проектами."
)


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def facts(title, items):
    # List items in Wagtail's block format (with ids): wagtail-localize only extracts those
    # for translation, items in the older plain-list format are silently skipped.
    return {
        "type": "facts",
        "value": {
            "heading": title,
            "items": [
                {"type": "item", "value": {"title": t, "text": x}, "id": str(uuid.uuid4())}
                for t, x in items
            ],
        },
    }


HOME_BODY = [
    heading("Зачем нужна сеть"),
    paragraph(
        "<p>Сетевое взаимодействие помогает сделать качественное образование доступнее и "
        "разнообразнее, открывает школы навстречу партнёрам и даёт педагогам площадку для "
        "профессионального роста. Сеть — это инструмент, а не цель: партнёров объединяет не "
        "похожесть их инициатив, а общий вклад в решение конкретной задачи.</p>"
    ),
    facts(
        "Что даёт участие",
        [
            ("Доступность", "Ученики получают курсы, мастер-классы и экскурсии партнёров."),
            ("Вариативность", "Больше образовательных маршрутов за счёт общих ресурсов."),
            ("Открытость", "Организации сети видят опыт друг друга и учатся на нём."),
            ("Рост педагогов", "Семинары, вебинары и обмен методическими материалами."),
        ],
    ),
]

ABOUT_PAGES = [
    {
        "slug": "about",
        "title": "О сети",
        "intro": (
            "Цель сети — единое образовательное пространство, в котором качественное "
            "образование доступно каждому ребёнку, а школа выполняет запрос общества на "
            "воспитание успешной личности."
        ),
        "body": [
            heading("Задачи"),
            facts(
                "Над чем работает сеть",
                [
                    ("Запросы партнёров", "Изучаем, что нужно социальным партнёрам."),
                    ("Совместные проекты", "Готовим и проводим проекты вместе."),
                    ("Кругозор учащихся", "Расширяем круг общения и мировоззрение детей."),
                    ("Диалог педагогов", "Создаём условия для обмена опытом."),
                    ("Общие ресурсы", "Объединяем курсы, мастер-классы, площадки."),
                    ("Управление", "Совершенствуем управление и методическое сопровождение."),
                ],
            ),
        ],
    },
    {
        "slug": "forms",
        "title": "Формы взаимодействия",
        "intro": (
            "Форма взаимодействия определяется тем, насколько партнёры похожи по типу "
            "организации и по ведомственной принадлежности."
        ),
        "body": [
            facts(
                "Три формы",
                [
                    (
                        "Горизонтальная",
                        "Партнёры одного типа и одного ведомства: например, две школы.",
                    ),
                    (
                        "Вертикальная",
                        "Партнёры разных типов, но одного ведомства: школа и колледж.",
                    ),
                    (
                        "Смешанная",
                        "Организации разных ведомств: школа и музей, театр, предприятие "
                        "или общественная организация, способные вести дополнительные "
                        "программы.",
                    ),
                ],
            ),
            paragraph(
                "<p>На сайте форма не вводится вручную: она вычисляется по типу и ведомству "
                "партнёра относительно организации-координатора сети.</p>"
            ),
        ],
    },
    {
        "slug": "stages",
        "title": "Ступени взаимодействия",
        "intro": "Взаимодействие развивается от очных встреч к совместной работе в интернете.",
        "body": [
            facts(
                "Две ступени",
                [
                    (
                        "Очные встречи",
                        "Семинары, круглые столы, конференции, дискуссии, встречи по обмену "
                        "опытом и дни партнёрского взаимодействия.",
                    ),
                    (
                        "Работа в интернете",
                        "Публикация программ и методических материалов, положений о конкурсах "
                        "и выставках, описаний опыта, участие в вебинарах и "
                        "интернет-конференциях.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "how-to-join",
        "title": "Как стать партнёром",
        "intro": (
            "Присоединиться к сети может любая организация, готовая делиться опытом и "
            "ресурсами: образовательная, культурная, муниципальная, предприятие или "
            "родительское сообщество."
        ),
        "body": [
            paragraph(
                "<p>Партнёр получает собственный раздел на сайте: профиль организации и "
                "материалы, которые он готовит сам. Перед публикацией материалы проходят "
                "методическую экспертизу и редакционное утверждение.</p>"
            ),
        ],
    },
]

ACCOUNTS = [
    # username, first name, last name, group, superuser
    ("admin", "Анна", "Администратор", ADMINISTRATORS, True),
    ("editor", "Елена", "Редакторова", EDITORS, False),
    ("methodologist", "Марина", "Методистова", METHODOLOGISTS, False),
]


def home_page():
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        # A database whose site was set up by hand: put the home page under the tree root.
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Содружество", slug="home", locale=locale))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
        )
    return home


def publish(page, user=None):
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def ensure_child(parent, model, slug, **fields):
    """Return (page, created): the live child of ``parent`` with ``slug``, made if missing."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page), True


def load_home(report):
    home = home_page()
    if not home.intro:
        home.intro = HOME_INTRO
        home.body = HOME_BODY
        home.search_description = "База знаний сети образовательных учреждений «Содружество»."
        publish(home)
        report("Главная страница", created=1)
    else:
        report("Главная страница", existing=1)

    created = existing = 0
    about = None
    for spec in ABOUT_PAGES:
        # The first page ("О сети") is a menu section; the others are its subpages.
        page, was_created = ensure_child(
            about or home,
            StandardPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            body=spec["body"],
            search_description=spec["intro"][:250],
            show_in_menus=spec["slug"] == "about",
        )
        about = about or page
        created += was_created
        existing += not was_created
    report("Страницы о сети", created=created, existing=existing)

    settings = NetworkSettings.load()
    if not settings.organisation_name:
        settings.organisation_name = "МАОУ «Средняя школа № 1 имени Первых учителей» (демо)"
        settings.address = "353000, Краснодарский край, ст. Примерная, ул. Школьная, 1"
        settings.email = "network@example.org"
        settings.phone = "+7 (861) 000-00-00"
        settings.save()
        report("Настройки сети", created=1)
    else:
        report("Настройки сети", existing=1)


def ensure_user(username, first_name, last_name, groups=(), superuser=False, email=None):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": email or f"{username}@example.org",
            "is_staff": superuser,
            "is_superuser": superuser,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    if groups:
        user.groups.add(*Group.objects.filter(name__in=groups))
    return user, created


def load_accounts(report):
    created = existing = 0
    for username, first, last, group, superuser in ACCOUNTS:
        _, was_created = ensure_user(username, first, last, [group], superuser)
        created += was_created
        existing += not was_created
    report("Учётные записи ролей", created=created, existing=existing)


def demo_accounts():
    """Rows printed at the end of ``load_demo``: (username, role)."""
    return [(username, group) for username, _, _, group, _ in ACCOUNTS]


def load(report):
    load_home(report)
    load_accounts(report)


def load_translations(report):
    """Second pass of ``load_demo``: English versions (wagtail-localize translations) of the
    home page, the pages about the network and every seed taxonomy term."""
    from .demo_english import PAGES, TAXONOMY_TERMS
    from .demo_translation import translate_all
    from .models.taxonomies import TAXONOMY_MODELS, in_default_locale

    home = home_page()
    translate_all([home], PAGES, report, "Английская версия: главная страница")

    about_pages = []
    about = home.get_children().filter(slug=ABOUT_PAGES[0]["slug"]).first()
    if about is not None:
        subpages = {page.slug: page for page in about.get_children()}
        about_pages = [about] + [
            subpages[spec["slug"]] for spec in ABOUT_PAGES[1:] if spec["slug"] in subpages
        ]
    translate_all(about_pages, PAGES, report, "Английская версия: страницы о сети")

    # Seed terms only: a term an editor added has no English here.
    terms = [
        term
        for model in TAXONOMY_MODELS
        for term in model.objects.filter(**in_default_locale()).order_by("pk")
        if term.name in TAXONOMY_TERMS
    ]
    translate_all(terms, TAXONOMY_TERMS, report, "Английская версия: термины классификаторов")
