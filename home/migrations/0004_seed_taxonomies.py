"""Seed the taxonomies with the terms the network starts with (editors change them later)."""

import uuid

from django.db import migrations

TERMS = {
    "SubjectArea": [
        ("mathematics", "Математика"),
        ("russian", "Русский язык"),
        ("literature", "Литература"),
        ("history", "История"),
        ("social-studies", "Обществознание"),
        ("physics", "Физика"),
        ("chemistry", "Химия"),
        ("biology", "Биология"),
        ("geography", "География"),
        ("computer-science", "Информатика"),
        ("foreign-languages", "Иностранные языки"),
        ("music", "Музыка"),
        ("fine-arts", "Изобразительное искусство"),
        ("technology", "Технология"),
        ("physical-education", "Физическая культура"),
        ("local-history", "Краеведение"),
        ("project-activities", "Проектная деятельность"),
        ("upbringing", "Воспитательная работа"),
        ("career-guidance", "Профориентация"),
    ],
    "EducationLevel": [
        ("preschool", "Дошкольное образование"),
        ("primary", "Начальное общее (1–4 классы)"),
        ("basic", "Основное общее (5–9 классы)"),
        ("secondary", "Среднее общее (10–11 классы)"),
        ("vocational", "Среднее профессиональное"),
        ("higher", "Высшее образование"),
        ("supplementary", "Дополнительное образование"),
    ],
    "Audience": [
        ("teachers", "Педагоги"),
        ("pupils", "Учащиеся"),
        ("parents", "Родители"),
        ("managers", "Руководители"),
        ("methodologists", "Методисты"),
    ],
    "MaterialType": [
        ("lesson-plan", "Конспект урока"),
        ("programme", "Образовательная программа"),
        ("guide", "Методическое пособие"),
        ("article", "Статья"),
        ("presentation", "Презентация"),
        ("video", "Видео"),
        ("event-script", "Сценарий мероприятия"),
        ("case-study", "Описание практики"),
    ],
    "OrganisationType": [
        ("school", "Общеобразовательная школа"),
        ("kindergarten", "Детский сад"),
        ("college", "Колледж"),
        ("university", "Вуз"),
        ("supplementary-centre", "Центр дополнительного образования"),
        ("museum", "Музей"),
        ("theatre", "Театр"),
        ("library", "Библиотека"),
        ("gallery", "Художественная галерея"),
        ("authority", "Орган власти"),
        ("enterprise", "Предприятие"),
        ("ngo", "Некоммерческая организация"),
        ("parents-community", "Родительское сообщество"),
    ],
    "Department": [
        ("education", "Образование"),
        ("culture", "Культура"),
        ("municipal-government", "Местное самоуправление"),
        ("economy", "Экономика и бизнес"),
        ("civil-society", "Общественный сектор"),
        ("sport", "Физическая культура и спорт"),
    ],
    "Municipality": [
        ("dinskoy", "Динской район"),
        ("krasnodar", "Краснодар"),
        ("ust-labinsk", "Усть-Лабинский район"),
        ("korenovsk", "Кореновский район"),
        ("timashevsk", "Тимашевский район"),
        ("krasnodar-krai", "Краснодарский край"),
    ],
}


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    ru = Locale.objects.get(language_code="ru")
    for model_name, terms in TERMS.items():
        model = apps.get_model("home", model_name)
        for order, (slug, name) in enumerate(terms, start=1):
            if not model.objects.filter(slug=slug, locale=ru).exists():
                model.objects.create(
                    slug=slug,
                    name=name,
                    sort_order=order * 10,
                    locale=ru,
                    translation_key=uuid.uuid4(),
                )

    NetworkSettings = apps.get_model("home", "NetworkSettings")
    settings = NetworkSettings.objects.first() or NetworkSettings.objects.create()
    if settings.host_organisation_type_id is None:
        settings.host_organisation_type = apps.get_model("home", "OrganisationType").objects.get(
            slug="school", locale=ru
        )
    if settings.host_department_id is None:
        settings.host_department = apps.get_model("home", "Department").objects.get(
            slug="education", locale=ru
        )
    settings.save()


class Migration(migrations.Migration):
    dependencies = [("home", "0003_taxonomies")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
