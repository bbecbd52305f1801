"""English for the material indexes, the collections and a part of the material.

Keyed by the Russian source string as wagtail-localize extracts it from the pages built from
``experience_texts.py``, ``calendar_texts.py`` and ``documents.py``. Every translated material
lives in the section of a partner that has an English version (see
``partners/demo/english.py``), or directly under its index.
"""

TRANSLATED_PUBLICATIONS = [
    "yunyy-issledovatel-rodnogo-kraya",
    "urok-byt-kazachey-semi",
    "matematika-na-progulke",
    "muzeyny-urok-den-v-kurene",
    "shkolnyy-teatr-pervyy-spektakl",
    "kak-opisat-pedagogicheskuyu-praktiku",
]
TRANSLATED_CONTESTS = ["moya-malaya-rodina", "festival-lukomorye-zovet"]
TRANSLATED_EVENTS = ["den-partnerskogo-vzaimodeystviya-sosh-7"]
TRANSLATED_WEBINARS = [
    "muzeynyy-urok-ot-ekspozicii-k-issledovaniyu",
    "gotovimsya-k-konkursu-moya-malaya-rodina",
]

# Strings several pages share: headings and sentences of the page templates in documents.py.
COMMON = {
    "Зачем мы за это взялись": "Why we took this on",
    "Как мы это сделали": "How we did it",
    "Что получилось": "What came of it",
    "Советы коллегам": "Advice for colleagues",
    "О конкурсе": "About the contest",
    "Требования к работам": "Entry requirements",
    "Критерии оценивания": "Assessment criteria",
    "Работы принимаются вместе с заполненной формой заявки. Сроки этапов и номинации — выше "
    "на этой странице, полный текст — в положении.": (
        "Entries are accepted together with a completed application form. The dates of each "
        "stage and the categories are listed above on this page; the full text is in the "
        "regulations."
    ),
    "Кому будет полезно": "Who will find it useful",
    "Запись можно смотреть с любой темы из оглавления; под записью — расшифровка "
    "выступлений, в файлах — презентация спикеров.": (
        "You can start the recording at any topic in the table of contents; the transcript is "
        "below the recording and the speakers' slides are among the files."
    ),
    "Участие бесплатное, нужна регистрация. Ссылку на трансляцию пришлём на почту за час до "
    "начала; запись появится на этой странице.": (
        "Taking part is free, but you need to register. We will email you the link to the "
        "broadcast an hour before it starts; the recording will appear on this page."
    ),
    "Начните с одного класса и одного урока, запишите, что пошло не так, и только потом "
    "предлагайте урок коллегам. Маршрутные листы и карточки лучше печатать с запасом.": (
        "Start with one class and one lesson, write down what went wrong, and only then offer "
        "the lesson to colleagues. Print a few more worksheets and cards than you think you "
        "need."
    ),
    "Шаблоны в приложении можно редактировать: меняйте формулировки под возраст и местный "
    "материал — так задания становятся понятнее детям.": (
        "The templates in the appendix are editable: adapt the wording to the children's age "
        "and to local material, and the tasks become clearer to them."
    ),
    # Descriptions of attached files (the documents themselves stay as they are)
    "Полный текст: описание, ход работы, результаты": (
        "Full text: description, method and results"
    ),
    "Приложения и шаблоны (DOCX, можно редактировать)": "Appendices and templates (editable DOCX)",
    "Презентация спикеров": "Speakers' slides",
    "Программа и памятка участника": "Programme and participant's guide",
    # People (authors, speakers, contacts) and their positions
    "Гречко Сергей Петрович": "Sergey Grechko",
    "Зайцева Мария Олеговна": "Maria Zaytseva",
    "С. П. Гречко, учитель истории и кубановедения": (
        "S. P. Grechko, teacher of history and Kuban studies"
    ),
    # Authors and speakers (PublicationAuthor, WebinarSpeaker: translated with their page)
    "учитель истории и кубановедения": "teacher of history and Kuban studies",
    "Рябоконь Елена Васильевна": "Elena Ryabokon",
    "научный сотрудник": "research fellow",
    "Музей казачьей истории «Курень»": "Kuren Museum of Cossack History",
    "Савченко Ольга Алексеевна": "Olga Savchenko",
    "воспитатель": "kindergarten teacher",
    "руководитель педагогической части": "head of theatre education",
    "Методический совет сети «Содружество»": "Sodruzhestvo Network Methodological Council",
    "Бурсак Андрей Григорьевич": "Andrey Bursak",
    "директор музея": "museum director",
    "руководитель методического объединения": "head of department",
}

INDEXES_AND_COLLECTIONS = {
    "Опыт и материалы": "Practice and materials",
    "Описания практик, конспекты уроков, программы и пособия партнёров сети. Все материалы "
    "прошли методическую экспертизу; условия использования указаны в каждой публикации.": (
        "Case studies, lesson plans, curricula and guides from the network's partners. Every "
        "item has been reviewed by a methodologist; the terms of use are given in each "
        "publication."
    ),
    "Конкурсы": "Contests",
    "Положения о конкурсах, выставках, олимпиадах и фестивалях сети: сроки, номинации, формы "
    "заявок и итоги.": (
        "Regulations of the network's contests, exhibitions, olympiads and festivals: dates, "
        "categories, application forms and results."
    ),
    "Вебинары": "Webinars",
    "Ближайшие вебинары с регистрацией и записи прошедших — с оглавлением и расшифровкой.": (
        "Upcoming webinars open for registration, and recordings of past ones with a table of "
        "contents and a transcript."
    ),
    "Мероприятия": "Events",
    "Семинары, круглые столы, конференции и дни партнёрского взаимодействия.": (
        "Seminars, round tables, conferences and partnership days."
    ),
    "Краеведение в школе": "Local history at school",
    "Музейные уроки, исследования, праздники и вебинары о родном крае: всё, что партнёры "
    "сети сделали по краеведению, от детского сада до старших классов.": (
        "Museum lessons, research projects, festivities and webinars about the home region: "
        "everything the network's partners have done in local history, from kindergarten to "
        "the senior grades."
    ),
    "Для начальной школы": "For primary school",
    "Материалы, конкурсы, вебинары и мероприятия для учителей 1–4 классов и родителей "
    "младших школьников.": (
        "Materials, contests, webinars and events for teachers of grades 1–4 and for parents "
        "of young schoolchildren."
    ),
    "Всё о конкурсах и вебинарах этого года": "This year's contests and webinars",
    "Положения, сроки и итоги конкурсов и записи вебинаров текущего года в одном списке.": (
        "Regulations, deadlines and results of this year's contests and recordings of its "
        "webinars, all in one list."
    ),
}

PUBLICATIONS = {
    # «Юный исследователь родного края»
    "«Юный исследователь родного края»: курс внеурочной деятельности для 3–6 классов": (
        "“Young Explorer of the Home Region”: an extracurricular course for grades 3–6"
    ),
    "Программа курса на 34 часа: наблюдения в станице, работа с документами музея и "
    "семейными архивами, мини-проекты. Подходит сельским школам, у которых рядом есть музей "
    "или библиотека.": (
        "A 34-hour course syllabus: observation around the village, work with museum "
        "documents and family archives, mini-projects. It suits rural schools with a museum "
        "or a library nearby."
    ),
    "Дети знают о станице меньше, чем их бабушки и дедушки: откуда название улиц, кто строил "
    "школу, чем жила станица сто лет назад. Мы хотели, чтобы ученики сами находили ответы, а "
    "не заучивали готовые факты из учебника.": (
        "Children know less about their village than their grandparents do: where the street "
        "names come from, who built the school, how people lived here a hundred years ago. We "
        "wanted pupils to find the answers themselves rather than learn ready-made facts from "
        "a textbook."
    ),
    "Составили карту «мест памяти» станицы вместе с музеем «Курень».": (
        "Together with the Kuren Museum, we mapped the village's “places of memory”."
    ),
    "Разделили курс на четыре модуля: улица, семья, школа, станица.": (
        "We divided the course into four modules: the street, the family, the school, the village."
    ),
    "В каждом модуле — выход в поле, работа с источником и короткий мини-проект.": (
        "Each module has a field trip, work with a source and a short mini-project."
    ),
    "В конце года ученики защищают проекты перед родителями и ветеранами.": (
        "At the end of the year pupils present their projects to parents and veterans."
    ),
    "62 проекта за два года": "62 projects in two years",
    "От истории одной фотографии до карты старых колодцев.": (
        "From the story of a single photograph to a map of the old wells."
    ),
    "Новые экспонаты": "New exhibits",
    "Семь семейных реликвий ученики передали в музей.": (
        "Pupils donated seven family heirlooms to the museum."
    ),
    "Победы": "Awards",
    "Три работы стали призёрами муниципального конкурса «Моя малая родина».": (
        "Three projects won prizes in the municipal “My Home Region” contest."
    ),
    "Лучший вопрос за год задал третьеклассник: «А кто жил в нашем доме до нас?» Из него "
    "вырос целый проект.": (
        "The best question of the year came from a third-grader: “Who lived in our house "
        "before us?” A whole project grew out of it."
    ),
    "Программу можно реализовать в сетевой форме: зафиксируйте в договоре, какие занятия "
    "ведёт партнёр, где они проходят и как учитываются результаты.": (
        "The course can be run jointly with a partner: set out in the agreement which classes "
        "the partner teaches, where they take place and how the results are counted."
    ),
    # «Быт казачьей семьи»
    "Урок кубановедения в музее: «Быт казачьей семьи», 5 класс": (
        "A Kuban studies lesson at the museum: “Everyday Life of a Cossack Family”, grade 5"
    ),
    "Конспект урока, который проходит на экспозиции музея: ученики в группах изучают "
    "предметы быта и восстанавливают распорядок дня казачьей семьи.": (
        "A plan for a lesson held in the museum's exhibition: working in groups, pupils study "
        "household objects and piece together a Cossack family's daily routine."
    ),
    "Тема «Быт и традиции кубанских казаков» в учебнике занимает три страницы, и дети "
    "воспринимают её как перечень незнакомых слов. В музее те же слова становятся "
    "предметами, которые можно рассмотреть и, с разрешения хранителя, подержать в руках.": (
        "In the textbook, “Life and Traditions of the Kuban Cossacks” takes up three pages, "
        "and children see it as a list of unfamiliar words. In the museum the same words "
        "become objects they can look at closely and, with the curator's permission, hold."
    ),
    "Класс делится на пять групп: «кухня», «рукоделие», «хозяйство», «детская», «праздник».": (
        "The class splits into five groups: “kitchen”, “needlework”, “farm”, “nursery” and "
        "“feast day”."
    ),
    "Каждая группа получает маршрутный лист с вопросами к трём предметам экспозиции.": (
        "Each group gets a worksheet with questions about three objects in the exhibition."
    ),
    "Группы восстанавливают по предметам один час из жизни семьи и рассказывают классу.": (
        "From the objects, each group reconstructs one hour in the family's life and tells "
        "the class about it."
    ),
    "Рефлексия: какой предмет из прошлого нужен нам сегодня и почему.": (
        "Reflection: which object from the past would we still need today, and why."
    ),
    "Вовлечённость": "Engagement",
    "Все пять групп выступили, даже самые тихие ученики.": (
        "All five groups presented, even the quietest pupils."
    ),
    "Словарь": "Vocabulary",
    "Ученики используют в речи 10–12 новых слов: рогач, макитра, скрыня…": (
        "Pupils use 10–12 new words in speech: rogach (oven fork), makitra (clay bowl), "
        "skrynya (dowry chest)…"
    ),
    "После урока мальчик попросил дедушку показать старый сундук — и принёс в школу "
    "фотографию прадеда.": (
        "After the lesson one boy asked his grandfather to show him the old chest, and brought "
        "a photograph of his great-grandfather to school."
    ),
    # Математика на прогулке
    "Математика на прогулке: 20 игр для старших дошкольников": (
        "Maths outdoors: 20 games for older pre-schoolers"
    ),
    "Счёт, форма, величина и ориентировка в пространстве — на участке детского сада без "
    "специального оборудования. Игры можно предложить и родителям.": (
        "Counting, shape, size and spatial awareness in the kindergarten grounds, with no "
        "special equipment. The games work for parents too."
    ),
    "На занятиях математикой дети сидят за столами, а на прогулке бегают без дела. Мы решили "
    "перенести математические игры на улицу, где много природного материала и места для "
    "движения.": (
        "In maths sessions children sit at tables, and outdoors they run about with nothing to "
        "do. We decided to take maths games outside, where there is plenty of natural material "
        "and room to move."
    ),
    "Отобрали игры по разделам программы: количество, форма, величина, пространство.": (
        "We chose games for each part of the curriculum: quantity, shape, size, space."
    ),
    "Для каждой игры — природный материал: шишки, листья, камешки, палочки.": (
        "Every game uses natural material: pine cones, leaves, pebbles, sticks."
    ),
    "Игры встроены в прогулку по 10 минут, чтобы не превращать её в занятие.": (
        "The games take 10 minutes of outdoor time, so that it does not turn into a lesson."
    ),
    "Диагностика": "Assessment",
    "Ориентировка в пространстве: 84 % детей на высоком уровне.": (
        "Spatial awareness: 84% of the children at a high level."
    ),
    "Для семей": "For families",
    "Буклет с играми раздали родителям на лето.": (
        "Parents were given a booklet of the games for the summer."
    ),
    # «Один день в казачьем курене»
    "Музейный урок «Один день в казачьем курене» для 2–4 классов": (
        "Museum lesson “A Day in a Cossack Kuren” for grades 2–4"
    ),
    "Интерактивный урок на экспозиции: дети «проживают» день казачьей семьи — от утренней "
    "работы до вечерних посиделок. Конспект, маршрут и игровые задания.": (
        "An interactive lesson in the exhibition: children “live through” a day in a Cossack "
        "family, from the morning chores to the evening get-together. Lesson plan, route and "
        "game tasks."
    ),
    "Младшим школьникам трудно слушать обзорную экскурсию больше 15 минут. Урок построен как "
    "игра: каждый ребёнок получает роль члена семьи и задания к ней.": (
        "Young pupils find it hard to follow a guided tour for more than 15 minutes. The "
        "lesson is built as a game: each child plays a member of the family and gets tasks "
        "for that role."
    ),
    "Утро: «хозяйка» ставит тесто, «казак» собирается в поле — работа с предметами.": (
        "Morning: the “housewife” sets the dough to rise, the “Cossack” gets ready for the "
        "fields — working with the objects."
    ),
    "День: игры казачат на подворье.": "Afternoon: Cossack children's games in the farmyard.",
    "Вечер: посиделки, загадки и песня.": "Evening: a get-together with riddles and a song.",
    "Итог: «письмо из прошлого» — рисунок о прожитом дне.": (
        "Wrap-up: a “letter from the past”, a drawing about the day."
    ),
    "Посещаемость": "Attendance",
    "Урок посетили 46 классов за год.": "46 classes came to the lesson in a year.",
    "Учителя": "Teachers",
    "В отзывах отмечают, что дети вспоминают урок через месяцы.": (
        "Their feedback says children still remember the lesson months later."
    ),
    # Школьный театр
    "Школьный театр: как поставить первый спектакль за полгода": (
        "School theatre: how to stage your first play in six months"
    ),
    "Пошаговое пособие для учителя, который впервые ведёт театральную студию: выбор пьесы, "
    "распределение ролей, репетиции, костюмы из подручных материалов, премьера.": (
        "A step-by-step guide for teachers running a drama club for the first time: choosing "
        "a play, casting, rehearsals, costumes from whatever is at hand, opening night."
    ),
    "В школах появились театры, а вести их поручают учителям литературы и музыки без "
    "театрального опыта. Они спрашивают одно и то же: с чего начать?": (
        "Schools now have theatres, and running them falls to literature and music teachers "
        "with no stage experience. They all ask the same question: where do I start?"
    ),
    "Первый месяц — театральные игры, без пьесы: доверие, внимание, голос.": (
        "The first month is drama games with no play: trust, attention, voice."
    ),
    "Выбор материала под состав студии, а не наоборот.": (
        "Choose the material to fit the group, not the other way round."
    ),
    "Репетиции по сценам, прогоны раз в две недели.": (
        "Rehearse scene by scene, with a run-through every two weeks."
    ),
    "Премьера для родителей и обсуждение после спектакля.": (
        "An opening night for parents and a discussion after the show."
    ),
    "Студии": "Drama clubs",
    "По пособию работают 9 школьных театров сети.": (
        "9 school theatres in the network work with the guide."
    ),
    "Фестиваль": "Festival",
    "Шесть студий показали спектакли на фестивале «Лукоморье зовёт».": (
        "Six clubs performed at the “Lukomorye Calls” festival."
    ),
    # Как описать педагогическую практику
    "Как описать педагогическую практику для публикации в сети": (
        "How to write up your teaching practice for publication in the network"
    ),
    "Методические рекомендации для авторов: структура описания, что приложить, как оформить "
    "файлы, какие лицензии выбрать и что проверяет методист перед публикацией.": (
        "Guidance for authors: how to structure the account, what to attach, how to prepare "
        "the files, which licences to choose and what the methodologist checks before "
        "publication."
    ),
    "Партнёры присылают очень разные материалы: от одного абзаца до диссертации. Читателю "
    "нужно быстро понять, о чём практика, подходит ли она ему и что взять с собой.": (
        "Partners send in very different material, from a single paragraph to a dissertation. "
        "Readers need to see quickly what the practice is about, whether it suits them and "
        "what they can take away."
    ),
    "Кратко: два-три предложения о том, что сделано и для кого.": (
        "Summary: two or three sentences on what was done and for whom."
    ),
    "Зачем: какую проблему решали.": "Why: the problem you set out to solve.",
    "Как: шаги, которые другой педагог сможет повторить.": (
        "How: the steps another teacher can repeat."
    ),
    "Что получилось: результаты с цифрами, если они есть.": (
        "Results: what came of it, with figures if you have them."
    ),
    "Файлы: конспекты, шаблоны, презентации в открытых форматах.": (
        "Files: lesson plans, templates and slides in open formats."
    ),
    "Проверка": "Review",
    "Методист смотрит полноту описания, классификацию и лицензию.": (
        "The methodologist checks that the account is complete, the classification and the licence."
    ),
    "Сроки": "Timing",
    "Экспертиза занимает до десяти рабочих дней.": "Review takes up to ten working days.",
    "Не пытайтесь использовать всё сразу: выберите два-три приёма, попробуйте их месяц и "
    "обсудите с коллегами, что сработало именно в ваших классах.": (
        "Don't try to use everything at once: pick two or three techniques, try them for a "
        "month and talk to colleagues about what worked in your own classes."
    ),
}

CONTESTS = {
    # «Моя малая родина»
    "Конкурс исследовательских работ «Моя малая родина»": (
        "“My Home Region” research project contest"
    ),
    "Исследования по истории станиц и хуторов, судьбам земляков, природе и традициям родного "
    "края. Лучшие работы войдут в сборник и экспозицию музея «Курень».": (
        "Research into the history of Cossack villages and farmsteads, the lives of local "
        "people, and the nature and traditions of the home region. The best projects will be "
        "published in a collection and shown in the Kuren Museum's exhibition."
    ),
    "Конкурс проводится, чтобы поддержать интерес школьников к истории и культуре родного "
    "края, научить их работать с источниками — документами, фотографиями, воспоминаниями — и "
    "представлять результаты исследования.": (
        "The contest encourages pupils' interest in the history and culture of their home "
        "region and teaches them to work with sources — documents, photographs, memories — "
        "and to present the results of their research."
    ),
    "Работа выполняется индивидуально или группой до трёх человек.": (
        "Projects are done individually or in groups of up to three."
    ),
    "Объём текста — до 15 страниц без приложений, шрифт 14 пт.": (
        "The text is up to 15 pages excluding appendices, in 14 pt type."
    ),
    "Обязательны список источников и согласие на обработку персональных данных.": (
        "A list of sources and consent to the processing of personal data are required."
    ),
    "обоснованность темы и постановка вопроса исследования": (
        "a well-justified topic and research question"
    ),
    "использование первоисточников и их критический анализ": (
        "use of primary sources and critical analysis of them"
    ),
    "самостоятельность выводов": "independent conclusions",
    "качество защиты и ответы на вопросы жюри": (
        "quality of the presentation and of the answers to the jury's questions"
    ),
    "учащиеся 5–11 классов организаций сети": "pupils in grades 5–11 at network organisations",
    "История семьи в истории станицы": "A family's history in the village's history",
    "Исследования на материале семейных архивов.": "Research based on family archives.",
    "Люди, прославившие малую родину": "People who made the home region famous",
    "Биографические исследования.": "Biographical research.",
    "Природа родного края": "Nature of the home region",
    "Наблюдения, описания, экологические исследования.": (
        "Observations, descriptions, ecological research."
    ),
    # «Лукоморье зовёт»
    "Фестиваль школьных театров «Лукоморье зовёт»": "“Lukomorye Calls” school theatre festival",
    "Показы спектаклей школьных театров на сцене ТЮЗа, мастер-классы актёров и разборы с "
    "режиссёрами. Заявки на участие принимаются с начала следующего месяца.": (
        "School theatre productions on the stage of the Theatre for Young Audiences, master "
        "classes by actors and feedback sessions with directors. Applications open at the "
        "beginning of next month."
    ),
    "Фестиваль поддерживает школьные театры, даёт им профессиональную сцену и обратную связь "
    "от режиссёров и актёров.": (
        "The festival supports school theatres, giving them a professional stage and feedback "
        "from directors and actors."
    ),
    "Продолжительность спектакля — не более 40 минут.": (
        "Productions must run no longer than 40 minutes."
    ),
    "К заявке прикладывается видеозапись спектакля или фрагмента не менее 10 минут.": (
        "The application must include a video of the production or of an excerpt at least 10 "
        "minutes long."
    ),
    "Технический райдер — на бланке фестиваля.": (
        "The technical rider goes on the festival's form."
    ),
    "целостность режиссёрского замысла": "coherence of the director's concept",
    "актёрский ансамбль": "ensemble acting",
    "соответствие материала возрасту исполнителей": "material suited to the performers' age",
    "сценография и музыкальное оформление": "set design and music",
    "школьные театральные студии и коллективы дополнительного образования": (
        "school drama clubs and supplementary education theatre groups"
    ),
    "Лучший спектакль младшей группы": "Best production, junior group",
    "Коллективы 1–4 классов.": "Groups from grades 1–4.",
    "Лучший спектакль средней группы": "Best production, middle group",
    "Коллективы 5–8 классов.": "Groups from grades 5–8.",
    "Лучший спектакль старшей группы": "Best production, senior group",
    "Коллективы 9–11 классов.": "Groups from grades 9–11.",
    "Актёрская работа": "Acting",
    "Отмечается отдельно в каждой возрастной группе.": "Awarded separately in each age group.",
}

WEBINARS = {
    # Музейный урок: от экспозиции к исследованию
    "Музейный урок: от экспозиции к исследованию": (
        "The museum lesson: from exhibition to research"
    ),
    "Как превратить экскурсию в урок, на котором ученики сами задают вопросы и ищут ответы. "
    "Опыт музея «Курень» и СОШ № 7 ст. Примерной.": (
        "How to turn a museum tour into a lesson where pupils ask the questions and look for "
        "the answers themselves. The experience of the Kuren Museum and School No. 7, "
        "Primernaya."
    ),
    "Педагогам. Как превратить экскурсию в урок, на котором ученики сами задают вопросы и "
    "ищут ответы. Опыт музея «Курень» и СОШ № 7 ст. Примерной.": (
        "Teachers. How to turn a museum tour into a lesson where pupils ask the questions and "
        "look for the answers themselves. The experience of the Kuren Museum and School No. 7, "
        "Primernaya."
    ),
    "О музее и о том, зачем ему школьники": "About the museum, and why it needs schoolchildren",
    "Три формата музейного урока": "Three formats for a museum lesson",
    "Маршрутный лист: как составить вопросы к предметам": (
        "The worksheet: how to write questions about objects"
    ),
    "Исследовательские работы на материале музея": "Research projects based on museum material",
    "Вопросы участников": "Questions from participants",
    "Бурсак А. Г.: Музей в станице — это не витрина, это место, где дети могут узнать "
    "историю своей семьи. Мы начинали с обычных экскурсий и видели скучающие лица. Всё "
    "изменилось, когда мы отдали детям вопросы.<br/><br/>Гречко С. П.: Маршрутный лист — "
    "главный инструмент. В нём не должно быть вопросов, ответ на которые написан на этикетке. "
    "Хороший вопрос: «Как вы думаете, почему у этой прялки стёрт именно левый край?»"
    "<br/><br/>Бурсак А. Г.: Из таких вопросов вырастают исследования. За два года ученики "
    "написали двенадцать работ по материалам нашего архива, три из них стали призёрами "
    "конкурса «Моя малая родина».": (
        "A. G. Bursak: A village museum is not a shop window; it is a place where children can "
        "learn the history of their own family. We started with ordinary guided tours and saw "
        "bored faces. Everything changed when we handed the questions over to the children."
        "<br/><br/>S. P. Grechko: The worksheet is the main tool. It should have no questions "
        "whose answers are written on the label. A good question is: “Why do you think it is "
        "the left edge of this spinning wheel that is worn down?”<br/><br/>A. G. Bursak: "
        "Research grows out of questions like that. In two years pupils have written twelve "
        "projects using our archive, and three of them won prizes in the “My Home Region” "
        "contest."
    ),
    # Готовимся к конкурсу «Моя малая родина»
    "Готовимся к конкурсу «Моя малая родина»: разбор требований": (
        "Getting ready for the “My Home Region” contest: the requirements explained"
    ),
    "Организаторы конкурса объяснят требования к исследовательским работам, покажут примеры "
    "сильных работ прошлых лет и ответят на вопросы руководителей.": (
        "The contest organisers will explain the requirements for research projects, show "
        "examples of strong entries from previous years and answer supervisors' questions."
    ),
    "Педагогам и учащимся. Организаторы конкурса объяснят требования к исследовательским "
    "работам, покажут примеры сильных работ прошлых лет и ответят на вопросы руководителей.": (
        "Teachers and pupils. The contest organisers will explain the requirements for "
        "research projects, show examples of strong entries from previous years and answer "
        "supervisors' questions."
    ),
}

EVENTS = {
    "День партнёрского взаимодействия в СОШ № 7 ст. Примерной": (
        "Partnership day at School No. 7, Primernaya"
    ),
    "Партнёры школы ведут уроки и мастер-классы: музей, библиотека, колледж, агрохолдинг, "
    "спортивная школа. Открытые площадки для коллег и родителей.": (
        "The school's partners teach lessons and run workshops: the museum, the library, the "
        "college, the agricultural company and the sports school. Open sessions for colleagues "
        "and parents."
    ),
    "В течение дня уроки ведут специалисты партнёров, а в актовом зале проходит ярмарка "
    "ресурсов сети: каждый партнёр рассказывает, чем может быть полезен школам.": (
        "All day, lessons are taught by the partners' specialists, and the assembly hall hosts "
        "a fair of the network's resources: each partner explains how it can help schools."
    ),
    "Кого приглашаем": "Who is invited",
    "Педагогов, руководителей и специалистов организаций сети. Участие бесплатное; если вы "
    "планируете приехать группой, предупредите организаторов заранее.": (
        "Teachers, school leaders and specialists of the network's organisations. Taking part "
        "is free; if you plan to come as a group, please let the organisers know in advance."
    ),
    "СОШ № 7 ст. Примерной, ул. Красная, 45": "School No. 7, 45 Krasnaya St, Primernaya",
    "Открытие, линейка": "Opening assembly",
    "Степанова О. В.": "O. V. Stepanova",
    "Уроки и мастер-классы партнёров": "Partners' lessons and workshops",
    "Ярмарка ресурсов сети": "Fair of the network's resources",
    "Семейные старты на стадионе": "Family sports day at the stadium",
    "Куценко О. Н.": "O. N. Kutsenko",
}

ENGLISH = {
    **COMMON,
    **INDEXES_AND_COLLECTIONS,
    **PUBLICATIONS,
    **CONTESTS,
    **WEBINARS,
    **EVENTS,
}
