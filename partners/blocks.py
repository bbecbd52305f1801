"""Typed blocks for what a partner offers the network."""

from wagtail import blocks


class ResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Название", max_length=200)
    description = blocks.TextBlock(label="Описание", required=False)
    audience = blocks.CharBlock(
        label="Для кого",
        required=False,
        max_length=200,
        help_text="Например: «учащиеся 5–9 классов», «педагоги начальной школы».",
    )
    conditions = blocks.CharBlock(
        label="Условия",
        required=False,
        max_length=200,
        help_text="Например: «бесплатно, по предварительной записи», «по договору».",
    )

    class Meta:
        template = "blocks/resource_block.html"


class ResourcesBlock(blocks.StreamBlock):
    course = ResourceBlock(label="Курс", icon="doc-full-inverse")
    master_class = ResourceBlock(label="Мастер-класс", icon="user")
    excursion = ResourceBlock(label="Экскурсия", icon="site")
    venue = ResourceBlock(label="Площадка", icon="home")
    equipment = ResourceBlock(label="Оборудование", icon="cogs")

    class Meta:
        label = "Ресурсы партнёра"
