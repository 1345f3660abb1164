"""Read an article's metadata from its own lines: datelines, bylines, the wire-style lead.

* :func:`read_dateline` recognises a line that carries only metadata ("28 April 2025 11:07",
  "Nasional | okezone | Senin, 5 Mei 2025 - 07:46", "Tanggal: 6 Mei 2025 10:21 wib.",
  "Kompas.com - 28/04/2025, 07:46 WIB") and returns its date and outlet.
* :func:`split_wire_prefix` splits "JAKARTA, KOMPAS.com - ", "Jakarta - ",
  "KYIV, April 28 (Reuters) - " off a lead paragraph and names the outlet it gives.
* :func:`split_labelled_date` splits "date 2025-04-28 " or "Published: 28 April 2025 " off
  the line it opens (saved pages often run the stamp into the lead).
* :func:`lead_date` reads "Senin (28/4/2025)" from a lead.
* :func:`detect_language` tells Indonesian from English by function words.

Outlets are shown as written when the case is mixed or upper ("TEMPO.CO", "KOMPAS.com",
"Reuters"); an all-lowercase name is capitalised ("okezone" -> "Okezone").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from gui.ingest.dates import clock_spans, find_dates
from gui.ingest.lexicons import function_words, months


def _words(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


# Words a dateline carries besides the date itself: day names, labels, time zones.
_DAYS = _words(
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad sen sel rab kam jum sab min",
    "monday tuesday wednesday thursday friday saturday sunday",
    "mon tue tues wed thu thur thurs fri sat sun",
)
_LABELS = _words(
    "tanggal tgl date dated published publish publikasi dipublikasikan diterbitkan terbit",
    "diperbarui perbarui pembaruan updated update diunggah posted dimuat tayang ditayangkan",
    "dibuat created modified edited diedit",
)
_ZONES = _words(
    "wib wita wit gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt akst hst bst cet cest",
    "eet eest wat eat cat ist pkt ict sgt myt hkt jst kst msk aest aedt acst acdt awst nzst",
    "nzdt",
)
_FILLERS = _words("last first waktu time on at pada pukul pkl jam hari am pm a.m p.m") | _ZONES
DATE_WORDS = _DAYS | _LABELS | _FILLERS
_CREDIT = re.compile(
    r"^(?:oleh|by|penulis|editor|reporter|pewarta|redaktur|penyunting|writer|author)\b", re.I
)
_DOMAIN = re.compile(
    r"(?<![\w.@-])(?:www\.)?([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:com|co\.id|co\.uk|co|id|news|net|org|tv|info|my\.id|web\.id|or\.id|go\.id|io|asia|uk|us))"
    r"(?![\w-]|\.[a-z])",
    re.IGNORECASE,
)
# Spelled-out offsets and relative times a dateline may add: "GMT+1", "Updated 3 hours ago".
_ZONE_OFFSET = re.compile(r"\b(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b\d{1,3}\s+(?:hours?|hrs?|minutes?|mins?|days?|weeks?|seconds?|secs?"
    r"|jam|menit|hari|minggu|pekan|detik)\s+(?:ago|(?:yang\s+)?lalu)\b",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s[-–—]+\s|[–—]|\s-|-\s|[,•·]|:\s")
_EDGE_PUNCT = ",:;()[]•·–—-.'\"“”‘’"
_MAX_DATELINE = 160  # characters; a dateline is short
_WIRE = re.compile(r"(?P<prefix>.{2,90}?)(?:\s+(?:-{1,2}|–|—)\s*|\s*(?:--|–|—)\s+)(?=\S)")
_WIRE_ONLY = re.compile(r"(?P<prefix>.{2,90}?)\s*(?:-{1,2}|–|—)")
_AGENCY = re.compile(r"\(\s*([A-Z][A-Za-z&.' ]{0,30}?)\s*\)")
_MAX_PREFIX_WORDS = 6  # "LIMA, Peru, April 28 (AP)" and the like
_MIN_LEAD_WORDS = 5  # what follows the dash is a sentence, not "Kompas.com"
_OPENERS = "\"'“‘«„"
_PARENS = re.compile(r"\(([^()]{4,40})\)")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_LANGUAGE_SAMPLE = 5000  # words


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a metadata-only line says."""

    published: datetime | None
    outlet: str  # display form, "" when the line names none
    words: str = ""  # the line as printed, to show where a publication date came from


def outlet_display(name: str) -> str:
    """A readable outlet label: as written unless all lowercase, then capitalised."""
    name = re.sub(r"^www\.", "", name.strip(), flags=re.IGNORECASE)
    return name[:1].upper() + name[1:] if name.islower() else name


def find_domain(text: str) -> str:
    """The first domain-like token ("KOMPAS.com", "TEMPO.CO"), without "www.", or ""."""
    match = _DOMAIN.search(text)
    return match.group(1) if match else ""


def _is_domain(token: str) -> bool:
    return _DOMAIN.fullmatch(token) is not None


def read_dateline(line: str, *, lenient: bool = False) -> Dateline | None:
    """The metadata of ``line`` if it is a dateline/byline and nothing else, else None.

    Besides the date, a dateline may hold day names, labels ("Tanggal:", "Updated"), time
    zones, a domain-like outlet, credits ("Oleh ...", "Penulis: ...") and, between pipes,
    short section and outlet fields. Further down an article a bare date on its own line may
    be a timeline heading, so a dateline must be marked as one (a label, a domain, a credit
    or pipes) unless ``lenient``, which is for the lines around the headline and also lets
    through a short capitalised place ("Jakarta, 28 April 2025").
    """
    text = line.strip()
    if not text or len(text) > _MAX_DATELINE or text.startswith("|") or text.endswith("|"):
        return None
    hits = find_dates(text)
    if not hits:
        return None
    masked = list(text)
    for hit in hits:
        masked[hit.start : hit.end] = ["\x00"] + [" "] * (hit.end - hit.start - 1)
    blanked = "".join(masked)
    for start, end in clock_spans(blanked):
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    blanked = _RELATIVE.sub(" ", _ZONE_OFFSET.sub(" ", blanked))
    # "Posted … | Updated …" and "Updated on: November 26, 2026 / 8:14 AM EST / CBS News"
    # divide a dateline into fields alike.
    blanked = blanked.replace(" / ", " | ")
    piped = "|" in blanked
    fields = [f.strip() for part in blanked.split("|") for f in _SEPARATORS.split(part)]
    domain = ""
    before_date: list[str] = []
    dated = False
    marked = piped
    for field in fields:
        tokens = [t.strip(_EDGE_PUNCT) for t in field.split()]
        tokens = [t for t in tokens if t]
        if not tokens:
            continue
        if _CREDIT.match(field) and len(tokens) <= 6:
            marked = True
            continue
        marked = marked or any(t.lower().rstrip(".") in _LABELS for t in tokens)
        other = [t for t in tokens if t != "\x00" and t.lower().rstrip(".") not in DATE_WORDS]
        domains = [t for t in other if _is_domain(t)]
        if domains:
            domain = domain or domains[0]
            other = [t for t in other if t not in domains]
        if "\x00" in tokens:
            if other:
                return None  # the date sits inside words: a heading or a sentence
            dated = True
            continue
        if not other:
            continue
        if piped and len(other) <= 5:
            if not dated:
                before_date.append(" ".join(other))
            continue
        if lenient and len(other) <= 3 and all(t[:1].isupper() for t in other):
            continue
        return None
    # A date with a clock time and a time zone ("Senin, 5 Mei 2025 10:15 WIB") is a stamp
    # wherever it stands alone on a line.
    zoned = hits[0].has_time and any(t.lower().strip(".") in _ZONES for t in text.split())
    if not (lenient or marked or domain or zoned):
        return None
    if domain:
        outlet = domain
    elif piped and len(before_date) >= 2:
        outlet = before_date[-1]  # "Section | outlet | date"
    else:
        outlet = ""
    return Dateline(
        published=hits[0].value,
        outlet=outlet_display(outlet) if outlet else "",
        words=" ".join(text.split()),
    )


# "date 2025-04-28 ", "Published: 28 April 2025 ": a label and a date opening a line that
# goes on with the lead. An ISO month ("date 2025-04") is stripped too, but dates nothing.
_LABEL_PREFIX = re.compile(
    r"^\s*(?P<label>date|dated|tanggal|tgl\.?|published|publish|diterbitkan|terbit|"
    r"dipublikasikan|updated|diperbarui|posted|diunggah)\s*:?\s*",
    re.IGNORECASE,
)
_ISO_MONTH = re.compile(r"\d{4}-\d{1,2}(?![\d-])")


def split_labelled_date(line: str) -> tuple[str, Dateline] | None:
    """``(rest, dateline)`` when ``line`` opens with a label and a date and goes on with
    text; None otherwise (a line holding only the stamp is for :func:`read_dateline`)."""
    label = _LABEL_PREFIX.match(line)
    if not label:
        return None
    after = line[label.end() :]
    hits = find_dates(after)
    if hits and hits[0].start == 0:
        end, published = hits[0].end, hits[0].value
    else:
        month = _ISO_MONTH.match(after)
        if not month:
            return None
        end, published = month.end(), None
    tail = after[end:]
    # the stamp may end with its zone: "date 2025-04-28 10:15 WIB Jakarta - …"
    zone = re.match(r"\s*(?:" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")\b",
                    tail, re.IGNORECASE)  # fmt: skip
    if zone:
        tail = tail[zone.end() :]
    rest = tail.lstrip(" ,;:|–—-")
    if not rest.strip() or (not tail[:1].isspace() and tail[:1] not in ",;:|–—-"):
        return None
    words = " ".join(line[: len(line) - len(rest)].split()).rstrip(" ,;:|–—-")
    return rest, Dateline(published=published, outlet="", words=words)


def split_wire_prefix(line: str) -> tuple[str, str] | None:
    """``(rest, outlet)`` when ``line`` opens with a wire-style dateline, else None.

    "JAKARTA, KOMPAS.com - Presiden ..." -> ("Presiden ...", "KOMPAS.com");
    "Jakarta - Presiden ..." -> ("Presiden ...", ""); "KYIV, April 28 (Reuters) - ..." ->
    ("...", "Reuters"). The prefix must look like a place/outlet tag: capitalised words,
    dates, a domain or an agency in brackets; and either a single word, all capitals, a comma,
    a domain or an agency, so a name with an aside ("Kim Jong Un - who ...") is left alone.
    """
    match = _WIRE.match(line)
    if not match:
        return None
    rest = line[match.end() :]
    if len(rest.split()) < _MIN_LEAD_WORDS or not (
        rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENERS
    ):
        return None
    outlet = _wire_outlet(match["prefix"])
    return None if outlet is None else (rest, outlet)


def read_wire_line(line: str) -> str | None:
    """The outlet ("" if none) of a line that holds only a wire-style dateline, as some pages
    print it apart from the lead: "Jakarta, CNN Indonesia --"; None for any other line."""
    match = _WIRE_ONLY.fullmatch(line.strip())
    return _wire_outlet(match["prefix"]) if match else None


def _wire_outlet(prefix: str) -> str | None:
    """The outlet a wire-style prefix names ("" if none), or None if it is not one."""
    prefix = prefix.strip()
    agency = _AGENCY.search(prefix)
    bare = _AGENCY.sub(" ", prefix)
    tokens = [t.strip(".") for t in bare.replace(",", " ").split()]
    tokens = [t for t in tokens if t]
    if len(tokens) > _MAX_PREFIX_WORDS or not (tokens or agency):
        return None
    domain = ""
    for token in tokens:
        if _is_domain(token):
            domain = domain or token
        elif token.lower() in months() or token.rstrip("stndrh").isdigit():
            continue
        elif not token[:1].isupper():
            return None
    words = [t for t in tokens if t[:1].isalpha()]
    if not (
        agency or domain or "," in prefix or len(tokens) == 1 or all(w.isupper() for w in words)
    ):
        return None
    outlet = domain or (agency.group(1).strip() if agency else "") or _branded_field(bare)
    return outlet_display(outlet) if outlet else ""


def _branded_field(prefix: str) -> str:
    """ "Jakarta, CNN Indonesia" -> "CNN Indonesia": after the place, a field spelled like a
    brand (an acronym or inner capital in mixed case), not a second place ("Seoul, South
    Korea") or a section in capitals ("JAKARTA, INTERNASIONAL")."""
    fields = [f.strip() for f in prefix.split(",")]
    if len(fields) != 2 or not fields[1] or fields[1].isupper():
        return ""
    branded = any(sum(c.isupper() for c in word) >= 2 for word in fields[1].split())
    return fields[1] if branded else ""


# A date in brackets after these words is when something happened ("erupsi pada Minggu
# (3/12/2023)", "sejak Rabu (21/4/2021)"), not the day the outlet reports on.
_EVENT_WORDS = frozenset(
    {"pada", "sejak", "semenjak", "terjadi", "saat", "ketika", "hingga", "sampai", "mulai"}
    | {"per", "on", "since"}
)


def lead_date(line: str) -> tuple[datetime, str] | None:
    """The reporting day a lead gives in brackets, "kata Hadi, Senin (28/4/2025)" or
    "hari ini, Sabtu (24/4/2021)", and the words it was read from (the bracket and up to
    four words before it). A date an event word introduces ("ambruk pada Minggu
    (27/4/2025)") is taken only when the lead gives no other."""
    found: list[tuple[bool, datetime, str]] = []
    for inner in _PARENS.finditer(line):
        hits = find_dates(inner.group(1))
        if not hits:
            continue
        before = line[: inner.start()].split()[-4:]
        words = [w.strip(",").lower() for w in before]
        # "pada Minggu (3/12)": the word before the weekday decides
        introducing = words[-2] if len(words) >= 2 and words[-1][:1].isalpha() else ""
        event = introducing in _EVENT_WORDS or bool(words and words[-1] in _EVENT_WORDS)
        found.append((event, hits[0].value, " ".join([*before, inner.group(0)])))
    if not found:
        return None
    _event, value, words_read = min(found, key=lambda f: f[0])  # a report's day first
    return value, words_read


def detect_language(text: str, *, default: str = "id") -> str:
    """The language code whose function words are most frequent in ``text``."""
    words = _WORD.findall(text[: _LANGUAGE_SAMPLE * 12].lower())[:_LANGUAGE_SAMPLE]
    scores = _scores(words, function_words())
    if not scores or max(scores.values()) == 0:
        return default
    best = max(scores.values())
    winners = [lang for lang, score in scores.items() if score == best]
    return default if default in winners or len(winners) > 1 else winners[0]


def _scores(words: Iterable[str], lexicon: dict[str, frozenset[str]]) -> dict[str, int]:
    scores = dict.fromkeys(lexicon, 0)
    for word in words:
        for lang, vocabulary in lexicon.items():
            if word in vocabulary:
                scores[lang] += 1
    return scores
