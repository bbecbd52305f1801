"""Text inside attached files is found; hostile or broken files are skipped within limits."""

import io
import logging
import sys
import time
import zipfile

import pytest
from django.core.files.base import ContentFile

from home.models import CustomDocument
from search import extraction
from search.extraction import Limits, extract_text
from tests.factories import ExperiencePublicationPageFactory
from tests.search.conftest import results_of, text_of


def docx_bytes(*paragraphs):
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pptx_bytes(*slides):
    from pptx import Presentation

    presentation = Presentation()
    for text in slides:
        slide = presentation.slides.add_slide(presentation.slide_layouts[1])
        slide.shapes.title.text = text
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def pdf_bytes(text):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=text)
    return bytes(pdf.output())


def odt_bytes(text):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        f"<text:h>Заголовок</text:h><text:p>{text}</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def zip_bomb_bytes(size=30 * 1024 * 1024):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * size)
    return buffer.getvalue()


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.docx", docx_bytes("Фенологические наблюдения за птицами"), "Фенологические"),
        ("a.pptx", pptx_bytes("Слайд о фенологии"), "фенологии"),
        ("a.pdf", pdf_bytes("Photosynthesis experiment for pupils"), "Photosynthesis"),
        ("a.odt", odt_bytes("Наблюдения в природе"), "Наблюдения в природе"),
        ("a.txt", "Текст в кодировке Windows".encode("cp1251"), "кодировке"),
    ],
)
def test_each_format_gives_its_text(tmp_path, name, data, expected):
    text = extract_text(write(tmp_path, name, data), name.rsplit(".", 1)[1])
    assert expected in text


def test_zip_bomb_renamed_docx_is_refused_before_unpacking(tmp_path, caplog):
    path = write(tmp_path, "bomb.docx", zip_bomb_bytes())
    with caplog.at_level(logging.WARNING, logger="search.extraction"):
        started = time.monotonic()
        assert extract_text(path, "docx") is None
    assert time.monotonic() - started < 2
    assert "refused" in caplog.text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nxref\ngarbage"),
        ("broken.docx", b"PK\x03\x04 not really a zip"),
        ("broken.pptx", docx_bytes("a docx named pptx")),
        ("broken.odt", zip_bomb_bytes(1000)),  # a zip without content.xml
    ],
)
def test_broken_files_are_skipped(tmp_path, name, data, caplog):
    with caplog.at_level(logging.WARNING, logger="search.extraction"):
        assert extract_text(write(tmp_path, name, data), name.rsplit(".", 1)[1]) is None
    assert name in caplog.text


def test_a_hanging_parser_is_killed_on_time(tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "WORKER", [sys.executable, "-c", "import time; time.sleep(60)"])
    started = time.monotonic()
    assert extract_text(write(tmp_path, "a.txt", b"x"), "txt", Limits(seconds=1)) is None
    assert time.monotonic() - started < 5


def test_size_pages_and_characters_are_capped(tmp_path):
    big = write(tmp_path, "big.txt", b"word " * 1000)
    assert extract_text(big, "txt", Limits(max_bytes=100)) is None
    assert len(extract_text(big, "txt", Limits(max_chars=50))) == 50
    slides = write(tmp_path, "s.pptx", pptx_bytes("первый", "второй", "третий"))
    text = extract_text(slides, "pptx", Limits(max_pages=2))
    assert "второй" in text and "третий" not in text


def test_unsupported_extension_gives_nothing(tmp_path):
    assert extract_text(write(tmp_path, "a.xlsx", b"PK"), "xlsx") is None


@pytest.mark.django_db
def test_text_inside_an_attachment_is_found_and_said_so(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = CustomDocument.objects.create(
            title="Приложение",
            file=ContentFile(docx_bytes("Методика фенологических наблюдений"), name="m.docx"),
        )
    document.refresh_from_db()
    assert "фенологических" in document.extracted_text
    page = ExperiencePublicationPageFactory(
        parent=home_page,
        title="Экологическая тропа",
        summary="Маршрут для прогулок.",
        attachments=[("attachment", {"document": document, "description": ""})],
    )
    page.save_revision().publish()
    response = client.get("/search/", {"q": "фенологическое наблюдение"})
    assert results_of(response) == ["Экологическая тропа"]
    assert "Найдено в приложенном файле" in text_of(response)
    assert "<mark>фенологических</mark>" in response.content.decode()


@pytest.mark.django_db
def test_replacing_the_file_reindexes_the_page(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = CustomDocument.objects.create(
            title="План", file=ContentFile(docx_bytes("Первая редакция"), name="p.docx")
        )
    page = ExperiencePublicationPageFactory(
        parent=home_page,
        title="План занятий",
        attachments=[("attachment", {"document": document, "description": ""})],
    )
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        document.file = ContentFile(docx_bytes("Астрономический кружок"), name="p2.docx")
        document.save()
    assert results_of(client.get("/search/", {"q": "астрономический"})) == ["План занятий"]


@pytest.mark.django_db
def test_a_hostile_upload_never_breaks_saving(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = CustomDocument.objects.create(
            title="Бомба", file=ContentFile(zip_bomb_bytes(), name="bomb.docx")
        )
    document.refresh_from_db()
    assert document.extracted_text == "" and document.extracted_from_hash
