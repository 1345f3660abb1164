"""One reader per file format, keyed by extension: bytes of a file -> a :class:`Reading`.

A reader returns the articles it found (one for a text, a page or a document; one per row
for a table) as :class:`RawArticle` records with whatever metadata the file carries, and
raises :class:`IngestError` for bytes it cannot use. The text is raw: ``source_from_raw``
normalises it and removes the page furniture. :func:`read_bytes` picks the reader by what
the bytes are when that differs from what the extension claims. New formats register here.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Protocol

from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ingest.decode import decode_bytes
from gui.ingest.errors import IngestError
from gui.ingest.markdown import strip_markdown
from gui.ingest.normalize import normalize_text
from gui.ingest.pdf import read_pdf
from gui.ingest.raw import RawArticle, Reading
from gui.ingest.sniff import DOCX, HTML, PDF, XLSX, sniff
from gui.ingest.tables import read_csv, read_jsonl, read_tsv, read_xlsx
from gui.ingest.webpage import read_html
from gui.ingest.word import read_docx


class Reader(Protocol):
    def __call__(self, data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
        """The articles in ``data``; ``columns`` (field -> column) guides table readers."""
        ...


def read_plain(data: bytes) -> str:
    return decode_bytes(data)


def read_markdown(data: bytes) -> str:
    text = decode_bytes(data)
    if not text.strip():
        return text
    return strip_markdown(normalize_text(text))


def read_text_file(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    return _one(read_plain(data))


def read_markdown_file(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    return _one(read_markdown(data))


def _one(text: str) -> Reading:
    if not text.strip():
        raise IngestError(translate("Ingest", "empty file"))
    return Reading((RawArticle(text),))


READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_markdown_file,
    ".markdown": read_markdown_file,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".csv": read_csv,
    ".tsv": read_tsv,
    ".xlsx": read_xlsx,
    ".jsonl": read_jsonl,
}
TABLE_EXTENSIONS = frozenset({".csv", ".tsv", ".xlsx", ".jsonl"})
_TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown"})
_BY_CONTENT = {PDF: ".pdf", DOCX: ".docx", XLSX: ".xlsx", HTML: ".html"}

# formats reviewers meet that have no reader, with what to do instead
_HINTS = {
    ".doc": QT_TRANSLATE_NOOP("Ingest", "old Word format (.doc); save it as .docx"),
    ".xls": QT_TRANSLATE_NOOP("Ingest", "old Excel format (.xls); save it as .xlsx or .csv"),
    ".odt": QT_TRANSLATE_NOOP("Ingest", "OpenDocument text (.odt); save it as .docx"),
    ".ods": QT_TRANSLATE_NOOP("Ingest", "OpenDocument spreadsheet (.ods); save it as .xlsx"),
    ".rtf": QT_TRANSLATE_NOOP("Ingest", "RTF document; save it as .docx"),
    ".json": QT_TRANSLATE_NOOP("Ingest", "a JSON file; save one article per line as .jsonl"),
    ".mht": QT_TRANSLATE_NOOP("Ingest", "web archive (.mht); save the page as HTML instead"),
    ".mhtml": QT_TRANSLATE_NOOP("Ingest", "web archive (.mhtml); save the page as HTML instead"),
    ".webarchive": QT_TRANSLATE_NOOP("Ingest", "Safari web archive; save the page as HTML instead"),
    ".epub": QT_TRANSLATE_NOOP("Ingest", "an e-book (.epub), not an article"),
}


def reader_for(path: str | PurePath) -> Reader | None:
    return READERS.get(PurePath(path).suffix.lower())


def unsupported_reason(path: str | PurePath) -> str:
    return _unsupported(PurePath(path).suffix.lower())


def _unsupported(suffix: str) -> str:
    hint = _HINTS.get(suffix)
    what = translate("Ingest", hint) if hint else suffix or translate("Ingest", "no extension")
    return translate("Ingest", "unsupported format ({what})").format(what=what)


def is_table(path: str | PurePath) -> bool:
    return PurePath(path).suffix.lower() in TABLE_EXTENSIONS


def supported_extensions() -> tuple[str, ...]:
    """The extensions a file dialog may offer, e.g. for a "*.txt *.md" filter."""
    return tuple(sorted(READERS))


def read_bytes(data: bytes, suffix: str, *, columns: Mapping[str, str] | None = None) -> Reading:
    """The articles in a file's ``data`` whose name ends in ``suffix``.

    A strong signature in the bytes overrides the extension: a PDF named ``.txt`` is read
    as a PDF, a workbook named ``.docx`` as a workbook; a page named ``.txt`` as a page.
    Bytes that are no article at all (an image, an archive) are refused by what they are.
    """
    suffix = suffix.lower()
    if suffix not in READERS:
        raise IngestError(_unsupported(suffix))
    content = sniff(data)
    actual = _BY_CONTENT.get(content, suffix)
    if content == HTML and suffix not in _TEXT_EXTENSIONS:
        actual = suffix  # markup inside a table's cell or a document is the reader's business
    return READERS[actual](data, columns=columns)
