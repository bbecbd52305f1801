"""Generated files of the demo network: logos (Pillow), PDF (fpdf2) and DOCX (python-docx).

Files go to MEDIA_ROOT through Django storage and are looked up by title, so a second run
creates nothing. PDF needs a TrueType font with Cyrillic; without one the loader makes DOCX
only (``pdf_available()`` says which). ``DEMO_FONT`` names a font file explicitly.
"""

import atexit
import functools
import io
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from anyascii import anyascii
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.models import Collection

from home.models import CustomDocument, CustomImage

logger = logging.getLogger(__name__)

FOOTNOTE = (
    "Демонстрационный материал сети «Содружество». Организации, люди и события вымышлены; "
    "совпадения случайны."
)

# Regular font files with Cyrillic, most likely first; the bold face is looked up beside them.
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Debian, Ubuntu
    "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",  # Fedora
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",  # Arch
    "/usr/local/share/fonts/DejaVuSans.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",  # macOS
    "/Library/Fonts/Arial.ttf",
    "C:/Windows/Fonts/arial.ttf",
]
BOLD_NAMES = {
    "DejaVuSans.ttf": "DejaVuSans-Bold.ttf",
    "Arial.ttf": "Arial Bold.ttf",
    "arial.ttf": "arialbd.ttf",
}


def _fc_match():
    """The file fontconfig picks for Russian sans-serif text, if it is a TrueType file."""
    if not shutil.which("fc-match"):
        return None
    try:
        result = subprocess.run(
            ["fc-match", "-f", "%{file}", "sans-serif:lang=ru"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    path = result.stdout.strip()
    return path if path.lower().endswith(".ttf") else None


@functools.cache
def unicode_font():
    """(regular, bold) paths of a TTF font with Cyrillic, or None when there is none."""
    explicit = os.environ.get("DEMO_FONT")
    candidates = [explicit] if explicit else [*FONT_CANDIDATES, _fc_match()]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            regular = Path(candidate)
            bold = regular.with_name(BOLD_NAMES.get(regular.name, regular.name))
            return str(regular), str(bold if bold.is_file() else regular)
    logger.warning(
        "Демо-данные: не найден шрифт TrueType с кириллицей (например, DejaVu Sans; "
        "можно указать DEMO_FONT=/путь/к/шрифту.ttf) — PDF не создаются, только DOCX."
    )
    return None


def pdf_available():
    return unicode_font() is not None


# Everything the demo texts use: Latin, Cyrillic, punctuation, №, ₽.
PDF_CHARACTERS = "U+0020-007E,U+00A0-00FF,U+0400-045F,U+2010-2027,U+2030-203A,U+2116,U+20BD"


@functools.cache
def pdf_fonts():
    """(regular, bold) font files for fpdf2: the Unicode font cut down to the characters of
    the demo texts, once per process. Parsing a full font for every PDF took most of the
    load time; a subset of a few hundred glyphs parses in milliseconds."""
    from fontTools import subset

    directory = Path(tempfile.mkdtemp(prefix="sodruzhestvo-demo-fonts-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    paths = []
    for number, source in enumerate(unicode_font()):
        target = directory / f"demo-{number}.ttf"
        options = subset.Options()
        options.layout_features = []
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.drop_tables += ["FFTM"]
        subsetter = subset.Subsetter(options)
        font = subset.load_font(source, options)
        subsetter.populate(unicodes=subset.parse_unicodes(PDF_CHARACTERS))
        subsetter.subset(font)
        subset.save_font(font, target, options)
        paths.append(str(target))
    return tuple(paths)


class Tally:
    """Created/existing counts of one kind of generated object, each object counted once."""

    def __init__(self):
        self.reset()

    def add(self, obj, created):
        (self.created if created else self.existing).add(obj.pk)

    def reset(self):
        self.created, self.existing = set(), set()

    def flush(self, report, label):
        """Report the counts (if anything was counted) and start again."""
        existing = self.existing - self.created
        if self.created or existing:
            report(label, created=len(self.created), existing=len(existing))
        self.reset()


documents = Tally()
images = Tally()


def root_collection():
    return Collection.get_first_root_node()


def file_slug(text, limit=60):
    return slugify(anyascii(text))[:limit].strip("-") or "file"


# Bytes are cached per process: the content of a title never changes within one run, and the
# test suite loads the demo several times.
_bytes_cache = {}


def _cached(key, make):
    if key not in _bytes_cache:
        _bytes_cache[key] = make()
    return _bytes_cache[key]


# Documents ------------------------------------------------------------------------------------
#
# ``sections`` is a list of (heading, [paragraph, ...]); a paragraph starting with "- " is a
# bulleted item.


def pdf_bytes(title, sections, subtitle=""):
    from fpdf import FPDF

    regular, bold = pdf_fonts()
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Сеть «Содружество» (демо)")
    pdf.set_creator("Содружество: load_demo")
    pdf.add_font("Body", fname=regular)
    pdf.add_font("Body", style="B", fname=bold)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    def block(text, size, style="", height=6, gap=2, colour=(0, 0, 0), indent=0):
        pdf.set_font("Body", style, size)
        pdf.set_text_color(*colour)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    block(title, 16, "B", height=8, gap=3)
    if subtitle:
        block(subtitle, 10, colour=(90, 90, 90), height=5, gap=5)
    for heading, paragraphs in sections:
        if heading:
            block(heading, 13, "B", height=7, gap=2)
        for text in paragraphs:
            if text.startswith("- "):
                block("•  " + text[2:], 11, indent=4, gap=1)
            else:
                block(text, 11, gap=3)
    pdf.ln(4)
    block(FOOTNOTE, 8, colour=(120, 120, 120), height=4)
    return bytes(pdf.output())


def docx_bytes(title, sections, subtitle=""):
    from docx import Document
    from docx.shared import Pt, RGBColor

    document = Document()
    document.core_properties.title = title
    document.core_properties.author = "Сеть «Содружество» (демо)"
    document.add_heading(title, level=1)
    if subtitle:
        document.add_paragraph(subtitle).runs[0].italic = True
    for heading, paragraphs in sections:
        if heading:
            document.add_heading(heading, level=2)
        for text in paragraphs:
            if text.startswith("- "):
                document.add_paragraph(text[2:], style="List Bullet")
            else:
                document.add_paragraph(text)
    note = document.add_paragraph().add_run(FOOTNOTE)
    note.font.size = Pt(8)
    note.font.color.rgb = RGBColor(0x78, 0x78, 0x78)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def ensure_document(title, filename, make_bytes, collection=None):
    """The CustomDocument called ``title``, made from ``make_bytes()`` if missing."""
    document = CustomDocument.objects.filter(title=title).first()
    if document is not None:
        documents.add(document, False)
        return document
    document = CustomDocument(title=title, collection=collection or root_collection())
    data = _cached((filename, title), make_bytes)
    document.file.save(filename, ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    documents.add(document, True)
    return document


def ensure_pdf(title, sections, subtitle="", name=None):
    """A PDF document, or None when no Cyrillic font is available."""
    if not pdf_available():
        return None
    return ensure_document(
        title,
        f"{file_slug(name or title)}.pdf",
        lambda: pdf_bytes(title, sections, subtitle),
    )


def ensure_docx(title, sections, subtitle="", name=None):
    return ensure_document(
        title,
        f"{file_slug(name or title)}.docx",
        lambda: docx_bytes(title, sections, subtitle),
    )


def ensure_pdf_or_docx(title, sections, subtitle="", name=None):
    """PDF when possible (official documents are published as PDF), otherwise DOCX."""
    return ensure_pdf(title, sections, subtitle, name) or ensure_docx(
        title, sections, subtitle, name
    )


# Images ---------------------------------------------------------------------------------------


def _image_font(size):
    from PIL import ImageFont

    font = unicode_font()
    if font:
        return ImageFont.truetype(font[1], size), True
    return ImageFont.load_default(size=size), False


def square_png(text, colour, size=400):
    """A coloured square with ``text`` (initials) in white, centred."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    inset = size // 14
    draw.rectangle(
        (inset, inset, size - inset, size - inset), outline=(255, 255, 255), width=size // 60
    )
    font_size = size // 3
    while True:
        font, cyrillic = _image_font(font_size)
        shown = text if cyrillic else anyascii(text)
        left, top, right, bottom = draw.textbbox((0, 0), shown, font=font)
        if right - left <= size * 0.6 or font_size <= 12:
            break
        font_size = font_size * 9 // 10
    text = shown
    draw.text(
        ((size - (right - left)) / 2 - left, (size - (bottom - top)) / 2 - top),
        text,
        font=font,
        fill=(255, 255, 255),
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def banner_png(text, colour, width=800, height=450):
    """A horizontal card image: a coloured field with a caption in the lower left corner."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    light = tuple(min(255, c + 40) for c in colour)
    for step in range(0, width + height, 48):
        draw.line((step, 0, step - height, height), fill=light, width=14)
    font, cyrillic = _image_font(height // 9)
    text = text if cyrillic else anyascii(text)
    draw.rectangle((0, height - height // 4, width, height), fill=tuple(c // 2 for c in colour))
    draw.text((width // 20, height - height // 5), text, font=font, fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def ensure_image(title, filename, make_bytes, collection=None):
    """The CustomImage called ``title``, made from PNG ``make_bytes()`` if missing."""
    image = CustomImage.objects.filter(title=title).first()
    if image is not None:
        images.add(image, False)
        return image
    from PIL import Image

    data = _cached((filename, title), make_bytes)
    width, height = Image.open(io.BytesIO(data)).size
    image = CustomImage(
        title=title,
        collection=collection or root_collection(),
        width=width,
        height=height,
        file=ImageFile(io.BytesIO(data), name=filename),
    )
    image._set_image_file_metadata()
    image.save()
    images.add(image, True)
    return image
