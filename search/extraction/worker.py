"""Child process: ``python -m search.extraction.worker EXT PATH`` prints the file's text.

Runs without Django. The limits arrive on stdin (a dict literal); the parent has already
checked the size and a zip container's directory, and kills this process on time-out.
"""

import ast
import re
import sys
import zipfile
from xml.etree import ElementTree


def pdf_text(path, limits):
    from pypdf import PdfReader

    reader = PdfReader(path)
    for number, page in enumerate(reader.pages):
        if number >= limits["max_pages"]:
            break
        yield page.extract_text() or ""


def docx_text(path, limits):
    import docx

    document = docx.Document(path)
    for paragraph in document.paragraphs:
        yield paragraph.text
    for table in document.tables:
        for row in table.rows:
            yield " ".join(cell.text for cell in row.cells)


def pptx_text(path, limits):
    from pptx import Presentation

    presentation = Presentation(path)
    for number, slide in enumerate(presentation.slides):
        if number >= limits["max_pages"]:
            break
        for shape in slide.shapes:
            if shape.has_text_frame:
                yield shape.text_frame.text
        if slide.has_notes_slide:
            yield slide.notes_slide.notes_text_frame.text


def opendocument_text(path, limits):
    """ODT/ODP: the text nodes of content.xml, paragraph by paragraph (no odfpy needed)."""
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        for _event, element in ElementTree.iterparse(content, events=("end",)):
            if element.tag.rsplit("}", 1)[-1] in {"p", "h"}:
                yield "".join(element.itertext())
                element.clear()


def txt_text(path, limits):
    with open(path, "rb") as handle:
        data = handle.read(limits["max_chars"] * 4)
    for encoding in ("utf-8", "cp1251"):
        try:
            yield data.decode(encoding)
            return
        except UnicodeDecodeError:
            continue
    yield data.decode("utf-8", errors="replace")


READERS = {
    "pdf": pdf_text,
    "docx": docx_text,
    "pptx": pptx_text,
    "odt": opendocument_text,
    "odp": opendocument_text,
    "txt": txt_text,
}
SPACES_RE = re.compile(r"[ \t\r\f\v]+")


def main(extension, path):
    limits = ast.literal_eval(sys.stdin.read())
    budget = limits["max_chars"]
    out = []
    for chunk in READERS[extension](path, limits):
        chunk = SPACES_RE.sub(" ", chunk).strip()
        if not chunk:
            continue
        out.append(chunk[:budget])
        budget -= len(out[-1]) + 1
        if budget <= 0:
            break
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
