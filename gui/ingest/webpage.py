"""A saved web page (.html, .htm) -> the article's main text and its metadata.

trafilatura finds the main text and leaves out navigation, ads, related-link boxes and
scripts; it is handed the page as a string and never fetches anything. Its time grows
faster than the page, so a page of more than ``MAX_EXTRACT_ELEMENTS`` elements (a saved
archive or listing, not one article), and a page it finds nothing in (a short page, a bare
fragment), are read by :mod:`page_text`'s linear reader instead. The ``<head>`` metadata
(``og:site_name``, ``og:url``, ``article:published_time``) wins over trafilatura's guesses.
"""

from __future__ import annotations

import codecs
import logging
import re
import warnings
from collections.abc import Mapping
from typing import Any

from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ingest.decode import check_text, decode_bytes
from gui.ingest.errors import IngestError
from gui.ingest.page_text import element_count, load_page, page_meta, page_text
from gui.ingest.raw import RawArticle, Reading
from gui.ingest.stamps import parse_published

NO_TEXT = QT_TRANSLATE_NOOP("Ingest", "no article text found in the page")
MAX_EXTRACT_ELEMENTS = 15_000  # about two seconds of trafilatura; an article page has far fewer

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_SNIFF = 4096  # bytes searched for a declared charset
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}  # meta tags, not body guesses

# The extractor and its helpers report pages they give up on through logging; the page's
# refusal or fallback already says so, so their records must not reach a bare stderr.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def read_html(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    """The page's main text, one block per paragraph, with its headline, site name, url
    and publication time. ``columns`` is ignored (tables only)."""
    html = decode_html(data)
    if not html.strip():
        raise IngestError(translate("Ingest", "empty file"))
    root, html = load_page(html)  # flattened if it nests deeper than the parser goes
    if root is None:
        raise IngestError(translate("Ingest", NO_TEXT))
    meta = page_meta(root)
    found = _extract(html) if element_count(root) <= MAX_EXTRACT_ELEMENTS else None
    if found is not None and found["text"].strip():
        text = found["text"]
        title = meta.title or found["title"]
        sitename = meta.sitename or found["sitename"]
        url = meta.url or found["url"]
        published = meta.published or parse_published(found["date"])
    else:
        page = page_text(root)
        if not page.text.strip():
            raise IngestError(translate("Ingest", NO_TEXT))
        text, title, sitename = page.text, meta.title, meta.sitename
        url, published = meta.url, meta.published
    paragraphs = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    article = RawArticle(paragraphs, title=title, outlet=sitename, published=published, url=url)
    return Reading((article,))


def decode_html(data: bytes) -> str:
    """Page bytes -> text: valid UTF-8 or a byte-order mark first, then the page's declared
    charset, then the guessing text decoder."""
    declared = _declared_charset(data[:_SNIFF])
    if declared and not _utf8(data):
        try:
            return check_text(data.decode(declared))
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_bytes(data)


def _declared_charset(head: bytes) -> str:
    match = _CHARSET.search(head)
    if not match:
        return ""
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def _utf8(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _extract(html: str) -> dict[str, str] | None:
    """trafilatura's reading of ``html``, or None when it finds no main text."""
    import trafilatura  # imported on first use: it takes a moment to load

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document: Any = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                deduplicate=False,
                date_extraction_params=_DATE_OPTIONS,
            )
    except Exception:  # a parser failure on odd markup: the plain reading takes over
        return None
    if document is None:
        return None
    return {
        "text": document.text or "",
        "title": document.title or "",
        "sitename": document.sitename or "",
        "url": document.url or "",
        "date": document.date or "",
    }
