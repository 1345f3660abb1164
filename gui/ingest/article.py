"""Raw article text -> Source: normalise, remove furniture, read the metadata.

Everything that changes the text happens here, before any offset into it exists; the
``Source.text`` returned is final. The headline stays as the first line; repeated copies of
it, metadata-only lines (datelines, bylines) and a wire-style dateline prefix on the lead
are removed once their metadata has been read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from gui.domain import Source
from gui.ingest.furniture import ends_sentence, furniture_lines
from gui.ingest.labels import fallback_outlet
from gui.ingest.metadata import (
    Dateline,
    detect_language,
    find_domain,
    lead_date,
    outlet_display,
    read_dateline,
    read_wire_line,
    split_labelled_date,
    split_wire_prefix,
)
from gui.ingest.normalize import collapse_blank_lines, normalize_text
from gui.ingest.raw import RawArticle
from gui.visible import one_line, readable_path

_HEADER_LINES = 12  # non-blank lines searched for the headline, datelines and the lead
_MAX_HEADLINE_WORDS = 30
_KICKER_WORDS = 2  # a line this short above a longer headline is a section label
_MASTHEAD_WORDS = 4  # an all-capitals line this short above a headline is the site's name
_PROSE_WORDS = 8  # a sentence-final line this long is article prose
_LONG_LINE_WORDS = 20  # a line this long is prose whatever its ending
_LEAD_LINES = 3  # lines after the headline searched for a wire-style prefix
_TITLE_CHARS = 100  # a title made from the lead is cut to this length
_BYLINE_WORDS = 6  # a short line beside a dateline is its byline ("Tim detikNews - detikNews")
_BYLINE_LINES = 2  # author, then role and outlet
_BYLINE_OUTLET = re.compile(r".*\S\s+[-–—|]\s+(?P<outlet>\S+)")
_SUFFIX = re.compile(r"^(?P<head>.*\S)\s+[|\-–—]\s+(?P<tail>[^|\-–—]{1,40})$")
_OPENING_CHARS = 4000  # characters of a reader's text searched for its headline
# second-level labels under a country code: "tempo.co.id", "bbc.co.uk"
_SECOND_LEVEL = frozenset({"co", "com", "or", "ac", "go", "net", "org", "web", "my", "sch", "gov"})
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[\"“‘'(A-Z0-9]|$)")


@dataclass(slots=True)
class _Reading:
    """What the cleaning learns about an article while it removes lines."""

    drop: set[int]
    headline: int | None = None
    title: str = ""
    outlet: str = ""  # from the headline's " - KOMPAS.com" suffix
    datelines: list[Dateline] = field(default_factory=list)
    header_datelines: list[int] = field(default_factory=list)  # their line indices
    header_end: int = 0  # index of the last line the header scan looked at
    lead: int | None = None  # index of the lead paragraph, once known
    byline_outlet: str = ""


def source_from_text(raw: str, *, source_id: str, path: str = "", outlet: str = "") -> Source:
    """Clean ``raw`` article text and read its metadata; never raises on any text.

    ``outlet`` overrides the detected outlet (a reader that knows it, or the reviewer).
    """
    cleaned = _clean(raw)
    path = readable_path(path)
    return Source(
        id=source_id,
        outlet=one_line(outlet) or one_line(cleaned.outlet) or fallback_outlet(path, source_id),
        title=cleaned.title or cleaned.lead_title,
        published=cleaned.published,
        published_from=cleaned.published_from,
        language=detect_language(cleaned.text),
        text=cleaned.text,
        path=path,
    )


def source_from_raw(article: RawArticle, *, source_id: str, path: str = "") -> Source:
    """A reader's article -> Source: the metadata the file carries (a page's site name and
    time, a table's outlet column) wins over what the cleaning reads from the text; a
    document's title property yields to the headline printed in it.

    ``path`` is the file as the user named it; an article from inside a table gets its
    place appended: ``"articles.xlsx (row 3)"``.
    """
    text = article.text
    path = readable_path(path)
    title = one_line(article.title)
    if not article.from_properties:
        title = _without_outlet(title, article.outlet)
    if title and not article.from_properties and not _opens_with(text, title):
        text = f"{title}\n\n{text}"  # the headline stays the first line, as in a text file
    cleaned = _clean(text)
    where = f"{path} ({article.where})" if article.where else path
    # an outlet the file names is kept as written; one read off an address is displayed
    outlet = one_line(article.outlet) or _url_outlet(article.url) or one_line(cleaned.outlet)
    if not outlet:
        outlet = fallback_outlet(path, source_id)
        if article.where:
            outlet = f"{outlet} {article.where}"
    if article.from_properties:
        title = cleaned.title or title
    else:
        title = _without_outlet(title, outlet) or cleaned.title
    return Source(
        id=source_id,
        outlet=outlet,
        title=title or cleaned.lead_title,
        published=article.published or cleaned.published,
        published_from=(
            f"file\t{article.published.isoformat(sep=' ', timespec='minutes')}"
            if article.published
            else cleaned.published_from
        ),
        language=detect_language(cleaned.text),
        text=cleaned.text,
        path=where,
        url=article.url.strip(),
    )


@dataclass(frozen=True, slots=True)
class _Cleaned:
    text: str
    title: str  # the printed headline, "" when the text opens with its lead
    lead_title: str  # a title made from the lead's first sentence
    outlet: str  # detected from datelines, wire prefixes, headline suffix or byline
    published: datetime | None
    published_from: str  # Source.published_from


def _clean(raw: str) -> _Cleaned:
    lines = normalize_text(raw).split("\n")
    reading = _Reading(drop=furniture_lines(lines))
    _split_labelled_dates(lines, reading)
    _read_header(lines, reading)
    _drop_bylines(lines, reading)
    _drop_repeats_and_datelines(lines, reading)
    wire_outlet, lead_text = _strip_wire_prefix(lines, reading)

    kept = [line for i, line in enumerate(lines) if i not in reading.drop]
    detected = next((d.outlet for d in reading.datelines if d.outlet), "")
    detected = detected or wire_outlet or reading.outlet or reading.byline_outlet
    published, published_from = _published(reading, lead_text)
    return _Cleaned(
        text=collapse_blank_lines("\n".join(kept)),
        title=reading.title,
        lead_title=_title_from_lead(lead_text),
        outlet=detected,
        published=published,
        published_from=published_from,
    )


def _opens_with(text: str, title: str) -> bool:
    """Whether one of the first lines of ``text`` is ``title`` (a page repeating it)."""
    wanted = _fold(title)
    head = [line for line in text[:_OPENING_CHARS].split("\n") if line.strip()]
    return any(_fold(line) == wanted for line in head[:_HEADER_LINES])


def _without_outlet(title: str, outlet: str) -> str:
    """A page title without its outlet suffix: "Banjir di Bekasi - Kompas.com" -> "Banjir
    di Bekasi" (the suffix names the outlet or is a domain)."""
    suffix = _SUFFIX.match(title)
    if not suffix:
        return title
    tail = suffix["tail"].strip()
    if _fold(tail) == _fold(outlet) or find_domain(tail) == tail:
        return suffix["head"]
    return title


def _url_outlet(url: str) -> str:
    """The outlet an article's address names: "https://news.detik.com/x" -> "Detik.com"."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or all(label.isdigit() for label in labels):
        return ""
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return outlet_display(".".join(labels[-keep:]))


def _read_header(lines: list[str], reading: _Reading) -> None:
    """Find the headline, the datelines near it and the lead paragraph."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            return
        reading.header_end = i
        if reading.headline is not None and _repeats_headline(line, reading):
            reading.drop.add(i)
            continue
        dateline = read_dateline(line, lenient=True)
        if dateline is not None:
            reading.datelines.append(dateline)
            reading.header_datelines.append(i)
            reading.drop.add(i)
            continue
        if i in reading.drop:
            continue
        if reading.headline is None:
            if _headline_like(line):
                if _label_like(line) and _headline_follows(lines, i, reading):
                    # a section label or the site's masthead above the headline:
                    # "INTERNASIONAL", "THE JAKARTA COURIER"
                    reading.drop.add(i)
                    continue
                _set_headline(lines, i, reading)
                continue
            reading.lead = i  # the text opens with its lead: there is no headline line
            return
        if _prose(line):
            reading.lead = i
            return


def _label_like(line: str) -> bool:
    words = line.split()
    return len(words) <= _KICKER_WORDS or (line.isupper() and len(words) <= _MASTHEAD_WORDS)


def _headline_follows(lines: list[str], i: int, reading: _Reading) -> bool:
    """Whether a longer headline comes after line ``i``, past other short labels and
    datelines: "CBS NEWS" / "World" / "Death toll … climbs to 58", or "CNN Indonesia" /
    "Rabu, 25 Nov 2026 10:30 WIB" / "Korban Meninggal … Bertambah"."""
    looked = 0
    for line in (lines[j] for j in range(i + 1, len(lines)) if j not in reading.drop):
        if not line.strip():
            continue
        looked += 1
        if looked > _HEADER_LINES:
            return False  # past the header: no headline follows
        if read_dateline(line, lenient=True) is not None:
            continue
        if not _headline_like(line):
            return False
        if len(line.split()) > _KICKER_WORDS + 1:
            return True
    return False


def _set_headline(lines: list[str], i: int, reading: _Reading) -> None:
    line = lines[i].strip()
    suffix = _SUFFIX.match(line)
    if suffix and find_domain(suffix["tail"]) == suffix["tail"].strip():
        # "Headline - KOMPAS.com": a page title carrying the outlet
        line = suffix["head"]
        reading.outlet = outlet_display(suffix["tail"])
    lines[i] = line
    reading.headline = i
    reading.title = line


def _drop_bylines(lines: list[str], reading: _Reading) -> None:
    """Drop the short author/outlet lines printed right above or below a header dateline
    ("Tim detikNews - detikNews"; "Jane Doe" then "Africa editor, BBC World Service")."""
    for at in reading.header_datelines:
        for step in (-1, 1):
            j = at
            for _ in range(_BYLINE_LINES):
                j += step
                while 0 <= j <= reading.header_end and (not lines[j].strip() or j in reading.drop):
                    j += step
                if not 0 <= j <= reading.header_end or j in (reading.headline, reading.lead):
                    break
                line = lines[j].strip()
                if len(line.split()) > _BYLINE_WORDS or ends_sentence(line) or _prose(line):
                    break
                if read_wire_line(line) is not None:
                    break  # the lead's dateline on its own line: read with the lead
                reading.drop.add(j)
                reading.byline_outlet = reading.byline_outlet or _byline_outlet(line)


def _byline_outlet(line: str) -> str:
    named = _BYLINE_OUTLET.fullmatch(line)
    if not named:
        return ""
    token = named["outlet"]
    # a brand is spelled with an inner capital ("detikNews") or as a domain; a plain
    # capitalised word is more likely a person's name
    branded = any(c.isupper() for c in token[1:]) and any(c.islower() for c in token)
    return outlet_display(token) if branded or find_domain(token) == token else ""


def _drop_repeats_and_datelines(lines: list[str], reading: _Reading) -> None:
    # Within the first lines a stamp under a byline block is the article's ("Budi S." /
    # "Jakarta" / "Mon, January 18, 2021" under a standfirst); elsewhere a bare date may be
    # a timeline's heading, so it must be marked as a dateline.
    window = _header_window(lines)
    previous = ""
    for i, line in enumerate(lines):
        if i in reading.drop or i == reading.headline or i == reading.lead or not line.strip():
            if line.strip():
                previous = line
            continue
        if reading.headline is not None and _repeats_headline(line, reading):
            reading.drop.add(i)
            continue
        in_byline = len(previous.split()) <= _BYLINE_WORDS and not ends_sentence(previous)
        dateline = read_dateline(line, lenient=i <= window and in_byline)
        previous = line
        if dateline is not None:
            reading.datelines.append(dateline)
            reading.drop.add(i)


def _strip_wire_prefix(lines: list[str], reading: _Reading) -> tuple[str, str]:
    """Strip a wire-style dateline off the lead; return (its outlet, the lead's text)."""
    start = reading.headline + 1 if reading.headline is not None else 0
    candidates = [
        i for i in range(start, len(lines)) if i not in reading.drop and lines[i].strip()
    ][:_LEAD_LINES]
    lead_text = lines[candidates[0]] if candidates else ""
    outlet = ""
    for i in candidates:
        alone = read_wire_line(lines[i])
        if alone is not None:  # the dateline printed on a line of its own
            reading.drop.add(i)
            outlet = outlet or alone
            continue
        split = split_wire_prefix(lines[i].lstrip())
        if split is not None:
            lines[i], named = split
            return outlet or named, lines[i]
        if _prose(lines[i]):
            return outlet, lines[i]
    return outlet, lead_text


def _header_window(lines: list[str]) -> int:
    """The index of the last of the first ``_HEADER_LINES`` non-blank lines."""
    seen = last = 0
    for i, line in enumerate(lines):
        if line.strip():
            seen, last = seen + 1, i
            if seen >= _HEADER_LINES:
                break
    return last


def _published(reading: _Reading, lead_text: str) -> tuple[datetime | None, str]:
    """The publication time and where it was read (``Source.published_from``)."""
    for dateline in reading.datelines:
        if dateline.published is not None:
            return dateline.published, f"dateline\t{dateline.words}"
    found = lead_date(lead_text) if lead_text else None
    return (found[0], f"lead\t{found[1]}") if found else (None, "")


def _split_labelled_dates(lines: list[str], reading: _Reading) -> None:
    """A stamp run into the text of one of the first lines ("date 2025-04-28 Jakarta - …")
    is read as a dateline and taken off the line."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip() or i in reading.drop:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            return
        split = split_labelled_date(line)
        if split is not None:
            lines[i], dateline = split
            reading.datelines.append(dateline)


def _headline_like(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and not line.rstrip(" \"'”’»)").endswith(".")
        and split_wire_prefix(line.strip()) is None
    )


def _prose(line: str) -> bool:
    words = len(line.split())
    return words >= _LONG_LINE_WORDS or (words >= _PROSE_WORDS and ends_sentence(line))


def _fold(line: str) -> str:
    return " ".join(line.casefold().split()).strip(" .!?:;\"'“”‘’")


def _repeats_headline(line: str, reading: _Reading) -> bool:
    title = _fold(reading.title)
    if not title:
        return False
    if _fold(line) == title:
        return True
    suffix = _SUFFIX.match(line.strip())
    return bool(suffix and len(suffix["tail"].split()) <= 4 and _fold(suffix["head"]) == title)


def _title_from_lead(lead: str) -> str:
    lead = lead.strip()
    match = _FIRST_SENTENCE.match(lead)
    sentence = match.group(1) if match else lead
    if len(sentence) <= _TITLE_CHARS:
        return sentence
    cut = sentence[:_TITLE_CHARS]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-–—") + "…"
