"""English for the partner directory and four partners of different types (see ``data.py``).

Keyed by the Russian source string as wagtail-localize extracts it. Names of organisations are
translated the way they would be on an English page (“Kuren Museum of Cossack History”);
people's names are transliterated.
"""

# Partners with an English version, one of each type: school, kindergarten, museum, theatre.
TRANSLATED_PARTNERS = [
    "school-7-primernaya",
    "kindergarten-solnyshko",
    "museum-kuren",
    "theatre-lukomorye",
]

ENGLISH = {
    # The directory
    "Партнёры": "Partners",
    "Школы и детские сады, колледжи и вуз, музеи, театр, библиотека, предприятия, органы "
    "власти и общественные организации, которые вместе работают на образование. У каждого "
    "партнёра свой раздел: профиль, ресурсы для сети и материалы.": (
        "Schools and kindergartens, colleges and a university, museums, a theatre, a library, "
        "businesses, local authorities and non-profits working together for education. Each "
        "partner has its own section: a profile, the resources it offers the network and its "
        "materials."
    ),
    # School No. 7 ------------------------------------------------------------------------------
    "СОШ № 7 ст. Примерной": "School No. 7, Primernaya",
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
    "школа № 7 станицы Примерной»": (
        "Municipal Budget-Funded General Education Institution “Secondary School No. 7 of "
        "Primernaya Stanitsa”"
    ),
    "Сельская школа на 640 учеников с казачьими классами и сильной командой учителей "
    "начальной школы. Ведём проектную деятельность с 1 класса, вместе с музеем «Курень» "
    "проводим уроки краеведения, с агрохолдингом «Степные зори» — агроклассы для "
    "старшеклассников.": (
        "A rural school of 640 pupils with Cossack classes and a strong team of primary "
        "teachers. Project work starts in grade 1; we teach local history together with the "
        "Kuren Museum and run agricultural classes for senior pupils with the Stepnye Zori "
        "agricultural holding."
    ),
    "Готовы принимать коллег на открытых уроках и делиться рабочими программами курсов "
    "внеурочной деятельности.": (
        "Colleagues are welcome at our open lessons, and we are happy to share the syllabuses "
        "of our extracurricular courses."
    ),
    "«Юный исследователь родного края»": "“Young Explorer of the Home Region”",
    "Курс внеурочной деятельности на 34 часа: полевые наблюдения, работа с архивными "
    "документами, защита мини-проектов.": (
        "A 34-hour extracurricular course: field observation, work with archival documents and "
        "presentations of mini-projects."
    ),
    "учащиеся 3–6 классов": "pupils in grades 3–6",
    "бесплатно, программа и материалы по запросу": (
        "free of charge; syllabus and materials on request"
    ),
    "Открытые уроки в казачьих классах": "Open lessons in the Cossack classes",
    "Уроки истории и кубановедения с элементами казачьих традиций, разбор урока с учителем "
    "после занятия.": (
        "History and Kuban studies lessons that draw on Cossack traditions, followed by a "
        "debrief with the teacher."
    ),
    "учителя истории и кубановедения": "teachers of history and Kuban studies",
    "по предварительной записи, раз в четверть": "by appointment, once a term",
    "Актовый зал на 220 мест": "Assembly hall with 220 seats",
    "Проектор, звук, сцена; подходит для конференций и фестивалей.": (
        "Projector, sound system and stage; suitable for conferences and festivals."
    ),
    "организации сети": "network organisations",
    "бесплатно, в свободное от уроков время": "free of charge, outside lesson hours",
    "353210, Краснодарский край, Динской район, ст. Примерная, ул. Красная, 45": (
        "45 Krasnaya Street, Primernaya, Dinskoy District, Krasnodar Krai, 353210, Russia"
    ),
    # Kindergarten No. 15 -----------------------------------------------------------------------
    "Детский сад № 15 «Солнышко»": "Kindergarten No. 15 “Solnyshko”",
    "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад "
    "общеразвивающего вида № 15 „Солнышко“» станицы Примерной": (
        "Municipal Budget-Funded Pre-school Educational Institution “General Development "
        "Kindergarten No. 15 ‘Solnyshko’”, Primernaya Stanitsa"
    ),
    "Детский сад на 11 групп, в том числе группа компенсирующей направленности. Вместе со "
    "СОШ № 7 строим мягкий переход из детского сада в первый класс: совместные праздники, "
    "экскурсии в школу, встречи воспитателей и учителей.": (
        "A kindergarten with 11 groups, including one for children with special educational "
        "needs. Together with School No. 7 we make the move from kindergarten to grade 1 a "
        "gentle one: shared celebrations, visits to the school, meetings between kindergarten "
        "and primary teachers."
    ),
    "Развивающая предметная среда своими руками": "A do-it-yourself learning environment",
    "Как из доступных материалов сделать центры активности в группе.": (
        "How to build activity corners for a group out of everyday materials."
    ),
    "воспитатели, родители": "kindergarten teachers, parents",
    "бесплатно, по записи": "free of charge, by appointment",
    "«Детский сад изнутри»": "“Kindergarten from the Inside”",
    "Экскурсия для будущих учителей начальных классов и студентов колледжей.": (
        "A tour for future primary teachers and college students."
    ),
    "студенты педагогических специальностей": "student teachers",
    "по заявке, группы до 10 человек": "on request, groups of up to 10",
    "353210, Краснодарский край, Динской район, ст. Примерная, ул. Садовая, 3": (
        "3 Sadovaya Street, Primernaya, Dinskoy District, Krasnodar Krai, 353210, Russia"
    ),
    # Kuren Museum ------------------------------------------------------------------------------
    "Музей казачьей истории «Курень»": "Kuren Museum of Cossack History",
    "Муниципальное бюджетное учреждение культуры «Музей казачьей истории „Курень“» "
    "Примерного сельского поселения": (
        "Municipal Budget-Funded Cultural Institution “Kuren Museum of Cossack History”, "
        "Primernaya Rural Settlement"
    ),
    "Музей в восстановленной казачьей хате XIX века: подворье, коллекция предметов быта, "
    "архив семейных фотографий станицы. Проводим музейные уроки по истории и кубановедению, "
    "помогаем школьникам с исследовательскими работами.": (
        "A museum in a restored 19th-century Cossack house: a farmstead, a collection of "
        "household objects and an archive of the village's family photographs. We hold museum "
        "lessons in history and Kuban studies and help pupils with their research projects."
    ),
    "«Один день в казачьем курене»": "“A Day in a Cossack Kuren”",
    "Интерактивная экскурсия с примеркой одежды и работой с предметами быта.": (
        "An interactive tour where children try on traditional clothes and handle household "
        "objects."
    ),
    "учащиеся 1–6 классов": "pupils in grades 1–6",
    "бесплатно для школ сети, по записи за две недели": (
        "free for network schools; book two weeks ahead"
    ),
    "Музейные уроки по кубановедению": "Museum lessons in Kuban studies",
    "Цикл из восьми уроков по программе 5–7 классов на экспозиции музея.": (
        "A series of eight lessons in the museum's exhibition, following the grade 5–7 curriculum."
    ),
    "учащиеся 5–7 классов": "pupils in grades 5–7",
    "по договору о сетевом взаимодействии": "under a network cooperation agreement",
    "Подворье музея": "The museum farmstead",
    "Площадка под открытым небом для праздников и фестивалей до 150 человек.": (
        "An open-air venue for celebrations and festivals of up to 150 people."
    ),
    "бесплатно, с мая по октябрь": "free of charge, May to October",
    "353210, Краснодарский край, Динской район, ст. Примерная, ул. Атаманская, 2": (
        "2 Atamanskaya Street, Primernaya, Dinskoy District, Krasnodar Krai, 353210, Russia"
    ),
    # Lukomorye Theatre -------------------------------------------------------------------------
    "Театр юного зрителя «Лукоморье»": "Lukomorye Theatre for Young Audiences",
    "Муниципальное бюджетное учреждение культуры «Театр юного зрителя „Лукоморье“»": (
        "Municipal Budget-Funded Cultural Institution “Lukomorye Theatre for Young Audiences”"
    ),
    "Театр для детей и подростков. Помимо спектаклей ведём театральную педагогику: "
    "обсуждения после спектаклей, студии для школьных театров, инклюзивную студию для детей с "
    "особенностями развития.": (
        "A theatre for children and teenagers. Besides our productions we do theatre in "
        "education: post-show discussions, workshops for school drama clubs and an inclusive "
        "studio for children with special needs."
    ),
    "Сценическая речь для учителей": "Stage speech for teachers",
    "Голос, дыхание, паузы: как говорить с классом и не уставать.": (
        "Voice, breathing, pauses: how to talk to a class without wearing yourself out."
    ),
    "педагоги": "teachers",
    "бесплатно, раз в месяц": "free of charge, once a month",
    "«За кулисами»": "“Backstage”",
    "Экскурсия по цехам театра: костюмы, декорации, свет и звук.": (
        "A tour of the theatre's workshops: costumes, sets, lighting and sound."
    ),
    "учащиеся 3–9 классов": "pupils in grades 3–9",
    "по записи, 150 ₽ с человека": "by appointment, 150 roubles per person",
    "350000, г. Краснодар, ул. Театральная, 17": "17 Teatralnaya Street, Krasnodar, 350000, Russia",
    # Contacts and joint projects (PartnerContact, PartnerProject: translated with their page)
    "Степанова Ольга Викторовна": "Olga Stepanova",
    "заместитель директора по учебно-воспитательной работе": "Deputy Head for Academic Affairs",
    "Гречко Сергей Петрович": "Sergey Grechko",
    "руководитель методического объединения учителей истории": "Head of the History Department",
    "«Школа — музей — семья»": "“School — Museum — Family”",
    "Совместные уроки в музее «Курень» и семейные экспедиции выходного дня.": (
        "Joint lessons at the Kuren Museum and weekend family expeditions."
    ),
    "Агрокласс": "Agricultural class",
    "Профильные занятия старшеклассников на полях и в лабораториях агрохолдинга.": (
        "Specialist lessons for senior pupils in the agricultural holding's fields and "
        "laboratories."
    ),
    "Кравченко Ирина Николаевна": "Irina Kravchenko",
    "старший воспитатель": "senior kindergarten teacher",
    "Белая Светлана Игоревна": "Svetlana Belaya",
    "педагог-психолог": "educational psychologist",
    "«Скоро в школу»": "“Off to School Soon”",
    "Программа преемственности детского сада и начальной школы.": (
        "A programme that links kindergarten and primary school."
    ),
    "Бурсак Андрей Григорьевич": "Andrey Bursak",
    "директор музея": "museum director",
    "Рябоконь Елена Васильевна": "Elena Ryabokon",
    "научный сотрудник": "research fellow",
    "Совместно со СОШ № 7: уроки в музее и семейные экспедиции.": (
        "With School No. 7: lessons at the museum and family expeditions."
    ),
    "Цифровой архив станицы": "The village's digital archive",
    "Школьники оцифровывают и описывают семейные фотографии жителей.": (
        "Pupils digitise and describe local families' photographs."
    ),
    "Зайцева Мария Олеговна": "Maria Zaytseva",
    "руководитель педагогической части": "head of theatre education",
    "Школьные театры Кубани": "School Theatres of the Kuban",
    "Методическая поддержка школьных театральных студий сети.": (
        "Methodological support for the network's school drama clubs."
    ),
}
