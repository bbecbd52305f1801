"""Typed blocks for what a partner offers the network."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Название"), max_length=200)
    description = blocks.TextBlock(label=_("Описание"), required=False)
    audience = blocks.CharBlock(
        label=_("Для кого"),
        required=False,
        max_length=200,
        help_text=_("Например: «учащиеся 5–9 классов», «педагоги начальной школы»."),
    )
    conditions = blocks.CharBlock(
        label=_("Условия"),
        required=False,
        max_length=200,
        help_text=_("Например: «бесплатно, по предварительной записи», «по договору»."),
    )

    class Meta:
        template = "blocks/resource_block.html"


class ResourcesBlock(blocks.StreamBlock):
    course = ResourceBlock(label=_("Курс"), icon="doc-full-inverse")
    master_class = ResourceBlock(label=_("Мастер-класс"), icon="user")
    excursion = ResourceBlock(label=_("Экскурсия"), icon="site")
    venue = ResourceBlock(label=_("Площадка"), icon="home")
    equipment = ResourceBlock(label=_("Оборудование"), icon="cogs")

    class Meta:
        label = _("Ресурсы партнёра")
