"""Plain text and head metadata of an HTML page, read with lxml's forgiving parser.

The fallback for pages the main-text extractor finds nothing in (a short page, a bare
fragment) or that are too large for it, and the reader of the ``<head>`` metadata it does
not give (the publication time with its clock). Scripts, styles, navigation, headers,
footers, asides, forms and elements whose class or id marks them as ads, share bars or
related-link boxes are left out. lxml parses in linear time whatever the markup; the
standard library's parser takes minutes over a page of unclosed comments. A page nested
deeper than lxml builds (256 levels) is flattened first, so that its text is all there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from gui.ingest.stamps import parse_published


def _tags(*groups: str) -> frozenset[str]:
    return frozenset(tag for group in groups for tag in group.split())


# never text a reader sees
_HIDDEN_TAGS = _tags(
    "script style noscript template svg math canvas iframe object embed title",
    "button select option textarea",
)
# page furniture around the article; read only when a page holds nothing else
_FURNITURE_TAGS = _tags("nav header footer aside form figure figcaption dialog menu")
_BLOCK_TAGS = _tags(
    "p div br li h1 h2 h3 h4 h5 h6 tr td th section article main blockquote pre table ul ol",
    "dl dd dt hr address details summary caption body",
)
# class/id words of page parts that are not the article
_SKIP_HINT = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|iklan|banner|promo\w*|sponsor\w*|share|sharing|social"
    r"|related|terkait|baca-?juga|bacajuga|read-?more|recommend\w*|comments?|komentar"
    r"|newsletter|subscribe|sidebar|widget|menu|navbar|nav|breadcrumbs?|cookie\w*|popup"
    r"|modal|footer|header|masthead|tags?)(?:$|[\s_-])",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_VOID_TAGS = _tags("area base br col embed hr img input link meta param source track wbr")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]{0,4000}?(/?)>")
_KEEP_DEPTH = 200  # levels of elements a flattened page keeps; libxml2 gives up at 256

_TITLE_KEYS = ("og:title", "twitter:title", "title", "dc.title", "headline")
_SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
_URL_KEYS = ("og:url", "twitter:url")
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
    "content_publishedtime",
    "article:modified_time",
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str = ""
    sitename: str = ""
    url: str = ""
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class PageText:
    text: str  # one block per line
    meta: PageMeta


def parse_page(html: str) -> Any | None:
    """The page's element tree (an lxml ``HtmlElement``), or None when it holds no markup."""
    return load_page(html)[0]


def load_page(html: str) -> tuple[Any | None, str]:
    """The page's element tree, and the markup it was built from: ``html`` itself, or
    ``html`` flattened when it nests deeper than the parser goes (:func:`_flattened`)."""
    root, deep = _parse(html)
    if deep:
        html = _flattened(html)
        root, _deep = _parse(html)
    return root, html


def _flattened(html: str) -> str:
    """``html`` with the tags nested deeper than ``_KEEP_DEPTH`` left out, a block-level one
    replaced by a line break so that paragraphs stay apart. libxml2 (under lxml) stops
    building the tree 256 elements deep and drops the rest of the page: 100,000 nested
    ``<div>`` read as a headline and nothing else. One linear pass over the tags."""
    out: list[str] = []
    depth = at = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID_TAGS or self_closing:
            continue  # they never nest
        if closing:
            keep = depth <= _KEEP_DEPTH
            depth = max(depth - 1, 0)
        else:
            depth += 1
            keep = depth <= _KEEP_DEPTH
        if not keep:
            out.append(html[at : match.start()])
            out.append("<br>" if name in _BLOCK_TAGS else "")
            at = match.end()
    return "".join([*out, html[at:]]) if out else html


def _too_deep(errors: Any) -> bool:
    return any("Excessive depth" in str(error.message) for error in errors)


def _parse(html: str) -> tuple[Any | None, bool]:
    import lxml.html  # imported on first use
    from lxml import etree

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, _too_deep(parser.error_log)
    return root, _too_deep(parser.error_log)


def element_count(root: Any) -> int:
    return sum(1 for _ in root.iter())


def page_meta(root: Any) -> PageMeta:
    """The metadata of the page's ``<meta>``, ``<link rel=canonical>``, ``<title>`` and
    first ``<h1>``."""
    metas: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (
            element.get("property") or element.get("name") or element.get("itemprop") or ""
        ).lower()
        content = (element.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    canonical = ""
    for element in root.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split():
            canonical = (element.get("href") or "").strip()
            break
    title = _first(metas, _TITLE_KEYS)
    for tag in ("title", "h1"):
        if title:
            break
        element = next(root.iter(tag), None)
        if element is not None:
            title = _clean(element.text_content())
    published = None
    for key in _DATE_KEYS:
        if key in metas:
            published = parse_published(metas[key])
            if published is not None:
                break
    return PageMeta(
        title=title,
        sitename=_first(metas, _SITE_KEYS),
        url=canonical or _first(metas, _URL_KEYS),
        published=published,
    )


def page_text(root: Any) -> PageText:
    """Visible article-like text of the page, block by block, and its metadata."""
    text, skipped = _visible_text(root, skip=True)
    if not text.strip() and skipped:
        # everything sat inside something that looked like page furniture: read it all
        text, _ = _visible_text(root, skip=False)
    return PageText(text, page_meta(root))


class _Blocks:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def add(self, data: str, pre: bool) -> None:
        if not pre:
            self.current.append(data)
            return
        for i, part in enumerate(data.split("\n")):
            if i:
                self.end()
            self.current.append(part)

    def end(self) -> None:
        line = _SPACE.sub(" ", "".join(self.current)).strip()
        self.current = []
        if line and line != "•":
            self.lines.append(line)


def _visible_text(root: Any, *, skip: bool) -> tuple[str, bool]:
    """The text outside skipped elements, and whether skipping hid any text.

    Walks with an explicit stack: a page nested thousands of elements deep must not
    exhaust Python's recursion limit."""
    blocks = _Blocks()
    skipped = False
    pre = 0
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            if tag in _BLOCK_TAGS:
                blocks.end()
            if tag == "pre":
                pre -= 1
            if element.tail:
                blocks.add(element.tail, pre > 0)
            continue
        hidden = tag in _HIDDEN_TAGS
        if not tag or hidden or (skip and _furniture(element, tag)):
            if tag and not hidden and not skipped and _has_text(element):
                skipped = True
            if element.tail:
                blocks.add(element.tail, pre > 0)
            continue
        if tag in _BLOCK_TAGS:
            blocks.end()
            if tag == "li":
                blocks.current.append("• ")
        if tag == "pre":
            pre += 1
        if element.text:
            blocks.add(element.text, pre > 0)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    blocks.end()
    return "\n".join(blocks.lines), skipped


def _furniture(element: Any, tag: str) -> bool:
    if tag in _FURNITURE_TAGS:
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(marks.strip()) and bool(_SKIP_HINT.search(marks))


def _has_text(element: Any) -> bool:
    return any(text.strip() for text in element.itertext())


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((_clean(metas[k]) for k in keys if metas.get(k, "").strip()), "")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
