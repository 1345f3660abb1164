"""A PDF -> the text of its pages, lines joined back into paragraphs, with its title.

A PDF without a text layer (a scanned page) is refused with a reason that says so; so is
one locked with a password. An encrypted PDF that opens with the empty password (only
printing or copying restricted) is read. Anything pypdf cannot parse is refused as damaged,
never a traceback. The creation time is not taken as the publication time: a page printed
to PDF carries the day it was printed.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Mapping
from typing import Any

from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ingest.errors import IngestError
from gui.ingest.raw import RawArticle, Reading, Skipped, property_title
from gui.ingest.reflow import reflow

NO_TEXT = QT_TRANSLATE_NOOP(
    "Ingest", "PDF has no text layer (a scanned image?); run it through OCR first"
)
ENCRYPTED = QT_TRANSLATE_NOOP("Ingest", "PDF is encrypted (password protected)")
DAMAGED = QT_TRANSLATE_NOOP("Ingest", "damaged or unreadable PDF")
MAX_PAGES = 100  # an article runs to a few pages; a report or a book is not one
_HEADER_WINDOW = 1024  # readers accept the "%PDF-" header anywhere in the first kilobyte

# pypdf reports repaired damage through logging; the reading already copes with it
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    """``columns`` is ignored (tables only)."""
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise IngestError(translate("Ingest", "not a real PDF (wrong extension?)"))
    from pypdf import PdfReader  # imported on first use

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not _unlocked(reader):
                raise IngestError(translate("Ingest", ENCRYPTED))
            pages = reader.pages
            count = len(pages)
            texts = [(pages[i].extract_text() or "") for i in range(min(count, MAX_PAGES))]
            info: Any = reader.metadata
            title = property_title(info.get("/Title")) if info else ""
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise IngestError(translate("Ingest", DAMAGED)) from exc
    if count == 0:
        raise IngestError(translate("Ingest", "PDF has no pages"))
    if not any(text.strip() for text in texts):
        raise IngestError(translate("Ingest", NO_TEXT))
    text = "\n\n".join(reflow(page) for page in texts if page.strip())
    skipped = ()
    if count > MAX_PAGES:
        pages = translate("Ingest", "pages {first}–{last}").format(first=MAX_PAGES + 1, last=count)
        skipped = (Skipped(pages, translate("Ingest", "not read: an article is shorter")),)
    return Reading((RawArticle(text, title=title, from_properties=True),), skipped)


def _unlocked(reader: Any) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # a cipher pypdf cannot run without extra packages: still locked
        return False
