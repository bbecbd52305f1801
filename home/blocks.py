"""The one body block shared by every page type, and the rich-text feature lists."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Partners are semi-trusted: no raw HTML, no embeds or images inside rich text.
RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
SHORT_RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Текст заголовка"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Уровень"),
        choices=[("h2", _("Раздел (H2)")), ("h3", _("Подраздел (H3)"))],
        default="h2",
        help_text=_("H2 — крупный раздел страницы, H3 — часть раздела."),
    )

    class Meta:
        icon = "title"
        label = _("Заголовок")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Изображение"))
    caption = blocks.CharBlock(
        label=_("Подпись"),
        required=False,
        max_length=300,
        help_text=_(
            "Видна под изображением. Описание для незрячих берётся из поля «Описание» "
            "самого изображения."
        ),
    )

    class Meta:
        icon = "image"
        label = _("Изображение")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Цитата"))
    attribution = blocks.CharBlock(
        label=_("Автор цитаты"), required=False, help_text=_("Например: «И. И. Иванова, директор».")
    )

    class Meta:
        icon = "openquote"
        label = _("Цитата")
        template = "blocks/quote_block.html"


class DocumentsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Заголовок списка"), required=False, default="Документы")
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Документ")), label=_("Документы"))

    class Meta:
        icon = "doc-full"
        label = _("Список документов")
        template = "blocks/documents_block.html"


class FactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Заголовок"), required=False)
    items = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("title", blocks.CharBlock(label=_("Коротко"))),
                ("text", blocks.TextBlock(label=_("Пояснение"), required=False)),
            ],
            label=_("Пункт"),
        ),
        label=_("Пункты"),
        help_text=_("Короткие тезисы: формы и ступени взаимодействия, задачи сети и т. п."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Тезисы")
        template = "blocks/facts_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Текст"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    documents = DocumentsBlock()
    facts = FactsBlock()

    class Meta:
        label = _("Содержание")


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Файл"))
    description = blocks.CharBlock(
        label=_("Описание"),
        required=False,
        max_length=300,
        help_text=_("Что это за файл: «Презентация к уроку», «Положение о конкурсе»…"),
    )

    class Meta:
        icon = "doc-full"
        label = _("Файл")
        template = "blocks/attachment_block.html"


class AttachmentsBlock(blocks.StreamBlock):
    """Files attached to a material (PDF, DOCX, PPTX, ODT…), listed with type and size."""

    attachment = AttachmentBlock()

    class Meta:
        label = _("Файлы")
