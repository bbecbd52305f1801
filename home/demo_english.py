"""English for the demo network's own pages and for every seed taxonomy term.

Keyed by the Russian source string, as wagtail-localize extracts it (see ``home.demo`` for the
Russian, ``home.demo_translation`` for how the English is applied).
"""

# The home page and the pages about the network ------------------------------------------------

PAGES = {
    # Home page
    "Содружество — сеть образовательных учреждений": (
        "Sodruzhestvo — a network of educational institutions"
    ),
    "База знаний сети образовательных учреждений «Содружество».": (
        "The knowledge base of Sodruzhestvo, a network of educational institutions."
    ),
    "Содружество объединяет школы, детские сады, колледжи и вузы, музеи и театры, органы "
    "власти и предприятия, чтобы вместе решать задачи образования: делиться опытом, "
    "ресурсами и проектами.": (
        "Sodruzhestvo brings together schools, kindergartens, colleges and universities, "
        "museums and theatres, local authorities and businesses to tackle the challenges of "
        "education together: sharing experience, resources and projects."
    ),
    "Зачем нужна сеть": "Why a network",
    "Сетевое взаимодействие помогает сделать качественное образование доступнее и "
    "разнообразнее, открывает школы навстречу партнёрам и даёт педагогам площадку для "
    "профессионального роста. Сеть — это инструмент, а не цель: партнёров объединяет не "
    "похожесть их инициатив, а общий вклад в решение конкретной задачи.": (
        "Working as a network makes good education more accessible and more varied, opens "
        "schools up to their partners and gives teachers room to grow professionally. The "
        "network is a tool, not an end in itself: what unites the partners is not how alike "
        "their initiatives are but what each of them contributes to solving a concrete task."
    ),
    "Что даёт участие": "What taking part brings",
    "Доступность": "Access",
    "Ученики получают курсы, мастер-классы и экскурсии партнёров.": (
        "Pupils get the partners' courses, master classes and excursions."
    ),
    "Вариативность": "Choice",
    "Больше образовательных маршрутов за счёт общих ресурсов.": (
        "More learning pathways thanks to shared resources."
    ),
    "Открытость": "Openness",
    "Организации сети видят опыт друг друга и учатся на нём.": (
        "Member organisations see each other's experience and learn from it."
    ),
    "Рост педагогов": "Teachers' growth",
    "Семинары, вебинары и обмен методическими материалами.": (
        "Seminars, webinars and an exchange of teaching materials."
    ),
    # About the network
    "О сети": "About the network",
    "Цель сети — единое образовательное пространство, в котором качественное образование "
    "доступно каждому ребёнку, а школа выполняет запрос общества на воспитание успешной "
    "личности.": (
        "The network's goal is a shared educational space in which good education is within "
        "every child's reach and schools meet society's expectation that they raise "
        "successful, well-rounded people."
    ),
    "Задачи": "Objectives",
    "Над чем работает сеть": "What the network works on",
    "Запросы партнёров": "Partners' needs",
    "Изучаем, что нужно социальным партнёрам.": "We find out what our community partners need.",
    "Совместные проекты": "Joint projects",
    "Готовим и проводим проекты вместе.": "We prepare and run projects together.",
    "Кругозор учащихся": "Pupils' horizons",
    "Расширяем круг общения и мировоззрение детей.": (
        "We widen children's circle of contacts and their outlook on the world."
    ),
    "Диалог педагогов": "Dialogue among teachers",
    "Создаём условия для обмена опытом.": "We make it easy to share experience.",
    "Общие ресурсы": "Shared resources",
    "Объединяем курсы, мастер-классы, площадки.": "We pool courses, master classes and venues.",
    "Управление": "Management",
    "Совершенствуем управление и методическое сопровождение.": (
        "We improve management and methodological support."
    ),
    # Forms of interaction
    "Формы взаимодействия": "Forms of cooperation",
    "Форма взаимодействия определяется тем, насколько партнёры похожи по типу организации и "
    "по ведомственной принадлежности.": (
        "The form of cooperation depends on how similar the partners are in the type of "
        "organisation and in the government sector they belong to."
    ),
    "Три формы": "Three forms",
    "Горизонтальная": "Horizontal",
    "Партнёры одного типа и одного ведомства: например, две школы.": (
        "Partners of the same type and the same sector: two schools, for example."
    ),
    "Вертикальная": "Vertical",
    "Партнёры разных типов, но одного ведомства: школа и колледж.": (
        "Partners of different types within the same sector: a school and a college."
    ),
    "Смешанная": "Mixed",
    "Организации разных ведомств: школа и музей, театр, предприятие или общественная "
    "организация, способные вести дополнительные программы.": (
        "Organisations from different sectors: a school together with a museum, a theatre, a "
        "business or a non-profit able to run supplementary programmes."
    ),
    "На сайте форма не вводится вручную: она вычисляется по типу и ведомству партнёра "
    "относительно организации-координатора сети.": (
        "Nobody enters the form by hand on this site: it is worked out from the partner's type "
        "and sector compared with those of the network's coordinating organisation."
    ),
    # Stages of interaction
    "Ступени взаимодействия": "Stages of cooperation",
    "Взаимодействие развивается от очных встреч к совместной работе в интернете.": (
        "Cooperation grows from meeting in person to working together online."
    ),
    "Две ступени": "Two stages",
    "Очные встречи": "Meeting in person",
    "Семинары, круглые столы, конференции, дискуссии, встречи по обмену опытом и дни "
    "партнёрского взаимодействия.": (
        "Seminars, round tables, conferences, discussions, experience-sharing meetings and "
        "partnership days."
    ),
    "Работа в интернете": "Working online",
    "Публикация программ и методических материалов, положений о конкурсах и выставках, "
    "описаний опыта, участие в вебинарах и интернет-конференциях.": (
        "Publishing programmes and teaching materials, contest and exhibition regulations and "
        "accounts of practice; taking part in webinars and online conferences."
    ),
    # How to join
    "Как стать партнёром": "How to become a partner",
    "Присоединиться к сети может любая организация, готовая делиться опытом и ресурсами: "
    "образовательная, культурная, муниципальная, предприятие или родительское сообщество.": (
        "Any organisation willing to share its experience and resources can join the network: "
        "an educational or cultural institution, a municipal body, a business or a parents' "
        "association."
    ),
    "Партнёр получает собственный раздел на сайте: профиль организации и материалы, которые "
    "он готовит сам. Перед публикацией материалы проходят методическую экспертизу и "
    "редакционное утверждение.": (
        "Each partner gets its own section of the site: the organisation's profile and the "
        "materials it prepares itself. Before they are published, materials are reviewed by a "
        "methodologist and approved by the editors."
    ),
}

# Seed taxonomy terms (home/migrations/0004_seed_taxonomies.py): the name is translated, the
# slug is shared by both languages --------------------------------------------------------------

TAXONOMY_TERMS = {
    # SubjectArea
    "Математика": "Mathematics",
    "Русский язык": "Russian language",
    "Литература": "Literature",
    "История": "History",
    "Обществознание": "Social studies",
    "Физика": "Physics",
    "Химия": "Chemistry",
    "Биология": "Biology",
    "География": "Geography",
    "Информатика": "Computer science",
    "Иностранные языки": "Foreign languages",
    "Музыка": "Music",
    "Изобразительное искусство": "Fine art",
    "Технология": "Technology",
    "Физическая культура": "Physical education",
    "Краеведение": "Local history",
    "Проектная деятельность": "Project work",
    "Воспитательная работа": "Character education",
    "Профориентация": "Career guidance",
    # EducationLevel
    "Дошкольное образование": "Pre-school education",
    "Начальное общее (1–4 классы)": "Primary (grades 1–4)",
    "Основное общее (5–9 классы)": "Lower secondary (grades 5–9)",
    "Среднее общее (10–11 классы)": "Upper secondary (grades 10–11)",
    "Среднее профессиональное": "Vocational education",
    "Высшее образование": "Higher education",
    "Дополнительное образование": "Supplementary education",
    # Audience
    "Педагоги": "Teachers",
    "Учащиеся": "Pupils",
    "Родители": "Parents",
    "Руководители": "School leaders",
    "Методисты": "Methodologists",
    # MaterialType
    "Конспект урока": "Lesson plan",
    "Образовательная программа": "Curriculum",
    "Методическое пособие": "Teaching guide",
    "Статья": "Article",
    "Презентация": "Presentation",
    "Видео": "Video",
    "Сценарий мероприятия": "Event script",
    "Описание практики": "Case study",
    # OrganisationType
    "Общеобразовательная школа": "School",
    "Детский сад": "Kindergarten",
    "Колледж": "College",
    "Вуз": "University",
    "Центр дополнительного образования": "Supplementary education centre",
    "Музей": "Museum",
    "Театр": "Theatre",
    "Библиотека": "Library",
    "Художественная галерея": "Art gallery",
    "Орган власти": "Public authority",
    "Предприятие": "Business",
    "Некоммерческая организация": "Non-profit organisation",
    "Родительское сообщество": "Parents' association",
    # Department
    "Образование": "Education",
    "Культура": "Culture",
    "Местное самоуправление": "Local government",
    "Экономика и бизнес": "Economy and business",
    "Общественный сектор": "Civil society",
    "Физическая культура и спорт": "Physical culture and sport",
    # Municipality
    "Динской район": "Dinskoy District",
    "Краснодар": "Krasnodar",
    "Усть-Лабинский район": "Ust-Labinsk District",
    "Кореновский район": "Korenovsk District",
    "Тимашевский район": "Timashevsk District",
    "Краснодарский край": "Krasnodar Krai",
}
