"""What a file really is, from its first bytes: a misnamed file is read by what it holds.

Reviewers rename files and tools export with the wrong extension: a PDF saved as ``.txt``,
a web page as ``.txt``, a workbook as ``.docx``. Strong signatures (a PDF header, an office
zip's parts) decide the reader; files that are no article at all (images, archives,
programs, old binary Office files) are refused with a reason that says what they are.
"""

from __future__ import annotations

import codecs

from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ingest.archive import member_names
from gui.ingest.errors import IngestError

PDF, DOCX, XLSX, HTML = "pdf", "docx", "xlsx", "html"

_PDF_WINDOW = 1024  # the PDF header may follow a little junk, within the first kilobyte
_HTML_WINDOW = 1024
_HTML_OPENERS = ("<!doctype html", "<html")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_PICTURE = {
    "png": QT_TRANSLATE_NOOP(
        "Ingest", "a PNG image, not text (Claimgrid reads text, not pictures)"
    ),
    "jpeg": QT_TRANSLATE_NOOP(
        "Ingest", "a JPEG image, not text (Claimgrid reads text, not pictures)"
    ),
}
_NOT_ARTICLES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", _PICTURE["png"]),
    (b"\xff\xd8\xff", _PICTURE["jpeg"]),
    (b"GIF87a", QT_TRANSLATE_NOOP("Ingest", "a GIF image, not text")),
    (b"GIF89a", QT_TRANSLATE_NOOP("Ingest", "a GIF image, not text")),
    (b"II*\x00", QT_TRANSLATE_NOOP("Ingest", "a TIFF image, not text (a scan needs OCR first)")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("Ingest", "a TIFF image, not text (a scan needs OCR first)")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Ingest", "a gzip archive; unpack it first")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("Ingest", "a 7-Zip archive; unpack it first")),
    (b"Rar!\x1a\x07", QT_TRANSLATE_NOOP("Ingest", "a RAR archive; unpack it first")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("Ingest", "a program, not an article")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("Ingest", "an RTF document; save it as .docx")),
    (_OLE, QT_TRANSLATE_NOOP("Ingest", "an old-style Office file (.doc, .xls) or a "
                             "password-protected one; save it as .docx or .xlsx")),
)  # fmt: skip


def sniff(data: bytes) -> str:
    """``"pdf"``, ``"docx"``, ``"xlsx"``, ``"html"`` for what the bytes clearly are, ``""``
    when they carry no signature (text); raise :class:`IngestError` for what is no article."""
    if b"%PDF-" in data[:_PDF_WINDOW]:
        return PDF
    if data.startswith(_ZIP):
        return _zip_kind(data)
    for magic, reason in _NOT_ARTICLES:
        if data.startswith(magic):
            raise IngestError(translate("Ingest", reason))
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise IngestError(translate("Ingest", "an image or media file, not text"))
    if _html(data[:_HTML_WINDOW]):
        return HTML
    return ""


def _zip_kind(data: bytes) -> str:
    names = member_names(data)
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    if not names:
        return ""  # a damaged zip: the reader for its extension names the damage
    if "mimetype" in names and any(n.startswith("META-INF/") for n in names):
        raise IngestError(translate("Ingest", "an OpenDocument or e-book file; save it as .docx"))
    raise IngestError(translate("Ingest", "a ZIP archive; unzip it and open the articles inside"))


def _html(head: bytes) -> bool:
    start = head.removeprefix(codecs.BOM_UTF8).lstrip().decode("latin-1").lower()
    return start.startswith(_HTML_OPENERS)
