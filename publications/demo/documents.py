"""Page bodies and file contents assembled from the demo texts.

A publication's entry (see ``experience_texts.py``) becomes a StreamField body, a PDF with the
full methodological text and a DOCX with appendices that depend on the material type. File
sections are (heading, [paragraph, ...]); a paragraph starting with "- " is a bullet.
"""

from django.utils.html import escape

from home.demo import facts, heading, paragraph

from ..models import ContestKind, ContestLevel, Licence

# Legal basis by education level: the network form of programmes is article 15 of the law.
LAW = (
    "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», "
    "статья 15 «Сетевая форма реализации образовательных программ»."
)
STANDARDS = {
    "preschool": "ФГОС дошкольного образования (приказ Минобрнауки России от 17.10.2013 № 1155).",
    "primary": "ФГОС начального общего образования (приказ Минпросвещения России от "
    "31.05.2021 № 286).",
    "basic": "ФГОС основного общего образования (приказ Минпросвещения России от 31.05.2021 "
    "№ 287).",
    "secondary": "ФГОС среднего общего образования (приказ Минобрнауки России от 17.05.2012 "
    "№ 413).",
}

ADVICE = {
    "lesson-plan": [
        "Договоритесь с партнёром о площадке и времени заранее, за две-три недели: у музеев "
        "и библиотек своё расписание. Разделите роли: кто ведёт, кто следит за временем, "
        "кто отвечает за безопасность детей.",
        "Начните с одного класса и одного урока, запишите, что пошло не так, и только потом "
        "предлагайте урок коллегам. Маршрутные листы и карточки лучше печатать с запасом.",
    ],
    "programme": [
        "Программу можно реализовать в сетевой форме: зафиксируйте в договоре, какие "
        "занятия ведёт партнёр, где они проходят и как учитываются результаты.",
        "Оставьте в программе резерв в 10–15 % часов: погода, карантин и расписание "
        "партнёра обязательно что-нибудь сдвинут.",
    ],
    "guide": [
        "Не пытайтесь использовать всё сразу: выберите два-три приёма, попробуйте их месяц "
        "и обсудите с коллегами, что сработало именно в ваших классах.",
        "Шаблоны в приложении можно редактировать: меняйте формулировки под возраст и "
        "местный материал — так задания становятся понятнее детям.",
    ],
    "article": [
        "Выводы статьи основаны на опыте нескольких организаций сети; прежде чем переносить "
        "их к себе, сравните условия: размер школы, состав классов, доступных партнёров.",
        "Авторы готовы ответить на вопросы: напишите координатору партнёра, контакты — в "
        "профиле организации.",
    ],
    "presentation": [
        "Презентация рассчитана на 25–30 минут с обсуждением. Текст для ведущего — в "
        "приложении; слайды с цифрами стоит обновлять раз в год.",
        "Перед показом уточните у партнёров, действуют ли ещё условия, о которых идёт речь "
        "на слайдах.",
    ],
    "video": [
        "Показывайте видео частями по 3–4 минуты и останавливайтесь для вопросов: так "
        "ученики смотрят внимательнее, чем при просмотре подряд.",
        "Субтитры включаются в плеере; вопросы для обсуждения — в приложении.",
    ],
    "event-script": [
        "Назначьте ответственного за каждую станцию или номер и проведите короткую "
        "репетицию накануне. Родители охотно помогают, если их попросить о конкретном деле.",
        "Сценарий легко сократить: обязательны открытие, две-три основные части и общий "
        "финал, остальное можно убрать без потери смысла.",
    ],
    "case-study": [
        "Главное в этой практике — договорённость с партнёром о ролях и сроках. Закрепите "
        "её письменно, даже если вы давно знакомы.",
        "Измеряйте результаты с самого начала: простая анкета в начале и в конце года "
        "убедительнее любых впечатлений.",
    ],
}

APPENDIX_TITLES = {
    "lesson-plan": "Технологическая карта занятия",
    "programme": "Учебно-тематический план",
    "guide": "Рабочие материалы и шаблоны",
    "article": "Тезисы для обсуждения",
    "presentation": "Текст для ведущего",
    "video": "Вопросы для обсуждения после просмотра",
    "event-script": "Сценарный план",
    "case-study": "Календарь реализации практики",
}

FEEDBACK = [
    "- Что в материале оказалось для вас новым?",
    "- Что вы готовы попробовать в своей организации в ближайший месяц?",
    "- Какие трудности вы предвидите и какая помощь партнёров сети понадобится?",
    "- Что стоит добавить или изменить в материале?",
]


def html_list(items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + f"</{tag}>"


def author_line(author):
    name, position, *organisation = author
    parts = [name] + [part for part in (position, *organisation) if part]
    return ", ".join(parts)


def short_name(full_name):
    """«Гречко Сергей Петрович» → «С. П. Гречко»; other strings unchanged."""
    parts = full_name.split()
    if len(parts) != 3 or not all(part[:1].isupper() for part in parts):
        return full_name
    surname, name, patronymic = parts
    return f"{name[0]}. {patronymic[0]}. {surname}"


def advice(spec, number):
    options = ADVICE[spec["type"]]
    return options[number % len(options)]


# Experience publications ----------------------------------------------------------------------


def publication_body(spec, number):
    body = [
        heading("Зачем мы за это взялись"),
        paragraph(f"<p>{escape(spec['context'])}</p>"),
        heading("Как мы это сделали"),
        paragraph(html_list(spec["steps"], "ol")),
        facts("Что получилось", spec["results"]),
    ]
    if spec.get("quote"):
        author = spec["authors"][0]
        body.append(
            {
                "type": "quote",
                "value": {
                    "text": spec["quote"],
                    "attribution": f"{short_name(author[0])}, {author[1]}".strip(", "),
                },
            }
        )
    body += [
        heading("Советы коллегам", "h3"),
        paragraph(f"<p>{escape(advice(spec, number))}</p>"),
    ]
    return body


def publication_pdf_sections(spec, number, partner_title):
    levels = [STANDARDS[level] for level in spec["levels"] if level in STANDARDS]
    source = f"партнёром сети ({partner_title})" if partner_title else "методическим советом сети"
    return [
        ("Аннотация", [spec["summary"]]),
        ("Авторы", ["- " + author_line(author) for author in spec["authors"]]),
        (
            "Актуальность",
            [
                spec["context"],
                f"Материал подготовлен {source} и прошёл методическую экспертизу сети "
                "«Содружество».",
            ],
        ),
        ("Нормативная основа", ["- " + LAW] + ["- " + text for text in levels]),
        (
            "Ход работы",
            ["- " + step for step in spec["steps"]]
            + [
                "Каждый этап завершался коротким обсуждением с участниками: что получилось, "
                "что стоит изменить в следующий раз. Эти заметки легли в основу описания."
            ],
        ),
        ("Результаты", [f"- {title}. {text}" for title, text in spec["results"]]),
        ("Рекомендации коллегам", [advice(spec, number), advice(spec, number + 1)]),
        (
            "Условия использования",
            [
                f"Лицензия: {Licence(spec['licence']).label}. При использовании материала "
                "укажите авторов и ссылку на страницу публикации на сайте сети."
            ],
        ),
    ]


def _appendix(spec):
    kind = spec["type"]
    steps = spec["steps"]
    if kind == "lesson-plan":
        minutes = [5, 15, 15, 10, 5]
        return [
            f"- Этап {n}. {step} ({minutes[(n - 1) % len(minutes)]} мин.)"
            for n, step in enumerate(steps, start=1)
        ] + ["Оборудование: раздаточные карточки, маршрутные листы, проектор (по желанию)."]
    if kind == "programme":
        hours = [6, 10, 12, 6, 4]
        rows = [
            f"- Раздел {n}. {step} — {hours[(n - 1) % len(hours)]} ч."
            for n, step in enumerate(steps, start=1)
        ]
        return rows + [
            "Форма аттестации: защита проекта или творческой работы, портфолио участника."
        ]
    if kind == "event-script":
        return [f"- {n * 15} мин. {step}" for n, step in enumerate(steps)] + [
            "Чек-лист подготовки: площадка, реквизит, музыка, фотограф, ответственные за "
            "безопасность, благодарности партнёрам."
        ]
    if kind == "case-study":
        months = ["Сентябрь", "Октябрь–ноябрь", "Декабрь–февраль", "Март–апрель", "Май"]
        return [f"- {months[n % len(months)]}: {step}" for n, step in enumerate(steps)]
    if kind == "presentation":
        return [f"Слайд {n}. {step}" for n, step in enumerate(steps, start=1)] + [
            "Финальный слайд: вопросы для обсуждения в классе и контакты партнёров."
        ]
    if kind == "video":
        return [
            "- Какой предмет из видео вам запомнился больше всего и почему?",
            "- Как этот предмет использовали раньше и что заменяет его сегодня?",
            "- Есть ли похожие вещи у вас дома или у ваших бабушек и дедушек?",
        ] + [f"Фрагмент {n}: {step}" for n, step in enumerate(steps, start=1)]
    if kind == "article":
        return ["- " + step for step in steps] + [
            "Вопрос для педагогического совета: что из этого уже есть в нашей организации, "
            "а что мы могли бы начать в этом году?"
        ]
    # guide
    return [
        f"Шаблон {n}. {step} Заполните таблицу: что делаем, кто отвечает, срок, результат."
        for n, step in enumerate(steps, start=1)
    ]


def publication_docx_sections(spec):
    return [
        ("Приложение 1. " + APPENDIX_TITLES[spec["type"]], _appendix(spec)),
        ("Приложение 2. Что получилось", [f"{t}: {x}" for t, x in spec["results"]]),
        ("Приложение 3. Анкета обратной связи", FEEDBACK),
    ]


# Contests -------------------------------------------------------------------------------------


def ru_date(value):
    months = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ]
    return f"{value.day} {months[value.month - 1]} {value.year} г."


def contest_schedule(dates):
    schedule = [
        f"Объявление: {ru_date(dates['announce'])}",
        f"Приём заявок: с {ru_date(dates['open'])} по {ru_date(dates['deadline'])} включительно",
        f"Экспертиза работ: с {ru_date(dates['judging'])}",
        f"Объявление итогов: {ru_date(dates['results'])}",
    ]
    return schedule


def contest_body(spec):
    """What the page's own fields (dates, nominations, documents) do not already show."""
    return [
        heading("О конкурсе"),
        paragraph(f"<p>{escape(spec['goal'])}</p>"),
        heading("Требования к работам"),
        paragraph(html_list(spec["requirements"])),
        heading("Критерии оценивания", "h3"),
        paragraph(html_list([item.rstrip(";.") for item in spec["criteria"]])),
        paragraph(
            "<p>Работы принимаются вместе с заполненной формой заявки. Сроки этапов и "
            "номинации — выше на этой странице, полный текст — в положении.</p>"
        ),
    ]


def contest_regulation_sections(spec, dates, nominations, organiser):
    kind = ContestKind(spec["kind"]).label
    level = ContestLevel(spec["level"]).label.lower()
    return [
        (
            "1. Общие положения",
            [
                f"Настоящее положение определяет цели, сроки и порядок проведения: "
                f"{spec['title']}. Вид — {kind.lower()}, уровень — {level}. "
                f"Организатор — {organiser}.",
                spec["goal"],
            ],
        ),
        ("2. Участники", [f"Участники: {spec['participants']}."]),
        ("3. Сроки проведения", ["- " + row for row in contest_schedule(dates)]),
        ("4. Номинации", [f"- {title}. {text}" for title, text in nominations]),
        ("5. Требования к работам", ["- " + item for item in spec["requirements"]]),
        ("6. Критерии оценивания", ["- " + item for item in spec["criteria"]]),
        (
            "7. Подведение итогов",
            [
                "Жюри формируется организатором из педагогов, специалистов партнёров сети и "
                "представителей методического совета. Победители и призёры награждаются "
                "дипломами, участники получают сертификаты в электронном виде.",
                "Итоги публикуются на странице конкурса на сайте сети «Содружество».",
            ],
        ),
        (
            "8. Контакты",
            [f"{spec['contact'][0]}, {spec['contact'][1]}, {spec['contact'][2]}."],
        ),
    ]


def application_form_sections(spec, nominations):
    return [
        (
            "Сведения об участнике",
            [
                "Фамилия, имя, отчество участника: ______________________________",
                "Класс (возраст): ______   Организация: ______________________________",
                "Номинация: " + " / ".join(title for title, _ in nominations),
                "Название работы: ______________________________________________",
            ],
        ),
        (
            "Руководитель",
            [
                "Фамилия, имя, отчество: ______________________________",
                "Должность: ____________________   Телефон, эл. почта: _______________",
            ],
        ),
        (
            "Согласие",
            [
                "С положением ознакомлен(а). Даю согласие на обработку персональных данных и "
                "публикацию работы на сайте сети «Содружество».",
                "Подпись участника (законного представителя): ____________  Дата: ________",
            ],
        ),
    ]


def results_sections(spec, results_date):
    return [
        (
            "Протокол заседания жюри",
            [
                f"Дата: {ru_date(results_date)}. Жюри рассмотрело работы участников и "
                "определило победителей и призёров:",
            ]
            + ["- " + row for row in spec.get("winners", [])],
        ),
        (
            "Решение",
            [
                "Наградить победителей и призёров дипломами организатора, всем участникам "
                "вручить сертификаты. Руководителям победителей объявить благодарность.",
                "Лучшие работы рекомендовать к публикации на сайте сети «Содружество».",
            ],
        ),
    ]


# Webinars and events --------------------------------------------------------------------------


AUDIENCE_DATIVE = {
    "teachers": "педагогам",
    "pupils": "учащимся",
    "parents": "родителям",
    "managers": "руководителям",
    "methodologists": "методистам",
}


def webinar_body(spec, past):
    """Who it is for and how to take part; speakers, chapters and the video are fields."""
    audiences = [AUDIENCE_DATIVE[slug] for slug in spec["audiences"]]
    audience = ", ".join(audiences[:-1]) + (" и " if len(audiences) > 1 else "") + audiences[-1]
    body = [
        heading("Кому будет полезно", "h3"),
        paragraph(f"<p>{escape(audience.capitalize())}. {escape(spec['summary'])}</p>"),
    ]
    if past:
        body.append(
            paragraph(
                "<p>Запись можно смотреть с любой темы из оглавления; под записью — "
                "расшифровка выступлений, в файлах — презентация спикеров.</p>"
            )
        )
    else:
        body.append(
            paragraph(
                "<p>Участие бесплатное, нужна регистрация. Ссылку на трансляцию пришлём на "
                "почту за час до начала; запись появится на этой странице.</p>"
            )
        )
    return body


def webinar_material_sections(spec, past):
    sections = [("О вебинаре", [spec["summary"]])]
    sections.append(
        ("Спикеры", [f"- {name}, {position}" for name, position, _ in spec["speakers"]])
    )
    if past:
        sections.append(("Содержание", [f"- {tc} — {title}" for tc, title in spec["chapters"]]))
        sections.append(("Ключевые мысли", spec["transcript"][:2]))
    else:
        sections.append(
            (
                "Как подготовиться",
                [
                    "- Зарегистрируйтесь по ссылке на странице вебинара.",
                    "- Подготовьте вопросы заранее: на них ответят в конце трансляции.",
                    "- Проверьте звук и подключение за 10 минут до начала.",
                ],
            )
        )
    return sections


def event_body(spec, past):
    body = [paragraph(f"<p>{escape(spec['about'])}</p>")]
    if not past:
        body += [
            heading("Кого приглашаем", "h3"),
            paragraph(
                "<p>Педагогов, руководителей и специалистов организаций сети. Участие "
                "бесплатное; если вы планируете приехать группой, предупредите организаторов "
                "заранее.</p>"
            ),
        ]
    return body


def event_document_sections(spec, when):
    return [
        ("О мероприятии", [spec["summary"], spec["about"], f"Дата: {when}."]),
        (
            "Программа",
            [
                f"- {time} — {title}" + (f" ({speaker})" if speaker else "")
                for time, title, speaker in spec["programme"]
            ],
        ),
    ]
