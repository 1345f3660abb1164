"""Times of day in one sentence: "pukul 14.47 WIB", "sekitar pukul 02.00 dini hari", "1:30 pm
local time", "just after 2.30pm", "between 1 and 2am".

A time is a reading of the clock, never a count: its own kind of fact. The rules:

* Indonesian writes the 24-hour clock after "pukul", "pkl" or "jam" ("pukul 14.47"), or a clock
  reading followed by a zone ("14.30 WIB"); a part of the day after it moves an afternoon or
  evening hour written on the 12-hour clock ("pukul 8 malam" is 20:00, "jam 3 sore" 15:00).
* English writes "1:30 pm", "4:30 a.m.", "3 a.m.", "14:50 WIB"; a reading without am/pm or a
  zone ("at 1:45") is ambiguous between 01:45 and 13:45, and compares with either.
* "sekitar", "sekira", "around", "about" make it approximate without widening it (outlets
  that write "around 1:45" and "exactly 1:50" disagree); "just after"/"shortly after" reach a
  quarter of an hour later, "just before" a quarter of an hour earlier; "between 1 and 2am",
  "pukul 10.00-12.00" are ranges.
* Wire copy's "(1518 GMT)": four digits and a zone are a reading too.
* Zones: WIB, WITA, WIT, GMT/UTC, "Western Indonesia Time", "waktu Indonesia barat",
  "Jakarta time", "Singapore time"; "local time"/"waktu setempat" name none. A reading in
  brackets right after another ("3.15pm Jakarta time (4.15pm Singapore time)") converts it
  and is no time of its own.

The pattern is tried only where a piece of the sentence's one scan starts (a number, or a word
a reading can begin with: "pukul", "at", "sekitar", "between"), never along the whole string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from gui.analysis.pieces import Piece, scan
from gui.domain import TimeMention

_ZONES = {
    "wib": "WIB",
    "wita": "WITA",
    "wit": "WIT",
    "gmt": "UTC",
    "utc": "UTC",
    "western indonesia time": "WIB",
    "western indonesian time": "WIB",
    "waktu indonesia barat": "WIB",
    "waktu indonesia bagian barat": "WIB",
    "waktu indonesia tengah": "WITA",
    "waktu indonesia timur": "WIT",
    "jakarta time": "WIB",
    "singapore time": "UTC+8",
    "sgt": "UTC+8",
    "local time": "",
    "waktu setempat": "",
}
# Minutes east of UTC, to compare two outlets that name different zones.
ZONE_OFFSETS = {"WIB": 420, "WITA": 480, "WIT": 540, "UTC": 0, "UTC+8": 480}
_PARTS_PM = {"sore": 12, "malam": 12, "petang": 12, "afternoon": 12, "evening": 12, "night": 12}
_PARTS_NOON = {"siang": 12}  # "jam 1 siang" is 13:00, "jam 11 siang" 11:00
_APPROX = (
    "sekitar",
    "sekira",
    "kurang lebih",
    "kira-kira",
    "around",
    "about",
    "approximately",
    "roughly",
    "some",
)
_AFTER = ("just after", "shortly after", "soon after", "lewat", "selepas")
_BEFORE = ("just before", "shortly before", "menjelang", "jelang")
_QUARTER = 15
# The words a reading can begin with: "at", a hedge's first word, "between", a clock word.
_FIRST_WORDS = frozenset(
    ["at", "between", "antara", "pukul", "pkl", "jam"]
    + [h.split()[0] for h in _APPROX + _AFTER + _BEFORE]
)
_JOINERS = "'’-"


def _alt(words: object) -> str:
    items = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@cache
def _pattern() -> re.Pattern[str]:
    zone = _alt(_ZONES)
    clock = r"(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?"
    clock2 = r"(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?"
    ampm = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
    ampm2 = r"(?P<ampm2>[ap]\.?\s?m\b\.?)"
    part = r"(?P<part>dini\s+hari|pagi|siang|sore|petang|malam)"
    hedges = _alt(_APPROX + _AFTER + _BEFORE)
    hedge = rf"(?P<hedge>{hedges})"
    cue = r"(?P<cue>pukul|pkl\.?|jam|at)"
    second = rf"(?:\s*(?:-|–|to|and|hingga|sampai|s/d)\s*(?:pukul\s+)?{clock2}\s*(?:{ampm2})?)?"
    return re.compile(
        rf"(?<![\w.,:])(?:(?P<cue0>at)\s+(?={hedges}))?(?:{hedge}\s+)?"
        rf"(?:(?P<between>between|antara)\s+)?(?:{cue}\s+)?"
        rf"{clock}\s*(?:{ampm})?{second}"
        rf"(?:\s*(?P<zone>{zone})\b|\s*\((?P<pzone>{zone})\))?"
        rf"(?:\s+{part}\b)?(?![\w])",
        re.IGNORECASE,
    )


def find_times(
    text: str,
    *,
    offset: int = 0,
    exclude: tuple[tuple[int, int], ...] = (),
    pieces: Sequence[Piece] | None = None,
) -> list[TimeMention]:
    """Times of day in one sentence; ``offset`` is where ``text`` starts in the source text
    and ``exclude`` holds source-text spans (dates) no time may overlap. ``pieces`` is
    ``scan(text)`` when the caller has scanned the sentence already."""
    pattern = _pattern()
    out: list[TimeMention] = []
    last_end = -1
    reached = 0  # a match, kept or not, takes its span: the next is tried after it
    for pos in _starts(scan(text) if pieces is None else pieces):
        if pos < reached:
            continue
        m = pattern.match(text, pos)
        found = _reading(m) if m is not None else None
        if found is None:
            m = _military().match(text, pos)
            found = _four_digits(m) if m is not None else None
        if m is None:
            continue
        reached = m.end()
        if found is None:
            continue
        start, end = m.start(), m.end()
        if any(s < end + offset and start + offset < e for s, e in exclude):
            continue
        if _converts_previous(text, start, last_end):
            last_end = _close_bracket(text, end)
            continue
        low, high, zone, approx, ambiguous = found
        span_text = text[start:end]
        out.append(
            TimeMention(
                start=start + offset,
                end=end + offset,
                text=span_text,
                low=low,
                high=high,
                zone=zone,
                approx=approx,
                ambiguous=ambiguous,
            )
        )
        last_end = end
    return out


def _starts(pieces: Sequence[Piece]) -> Iterator[int]:
    """Where a reading can begin, in order: every number, and every word (or the part of a
    hyphenated word after a hyphen: "…-pukul 10") that is one of ``_FIRST_WORDS``. A word
    outside ASCII is always tried: the pattern ignores case as Unicode does ("ſekitar")."""
    for p in pieces:
        if p.kind == "n":
            yield p.start
        elif p.kind == "w":
            t = p.text
            exotic = not t.isascii()
            if exotic or p.low in _FIRST_WORDS:
                yield p.start
            if "-" in t or "'" in t or "’" in t:
                for k, c in enumerate(t):
                    if c in _JOINERS and (exotic or p.low[k + 1 :] in _FIRST_WORDS):
                        yield p.start + k + 1


def _reading(m: re.Match[str]) -> tuple[int, int, str, bool, bool] | None:
    cue = (m["cue"] or m["cue0"] or "").lower().rstrip(".")
    ampm = (m["ampm"] or m["ampm2"] or "").lower().replace(".", "").replace(" ", "")
    zone_word = m["zone"] or m["pzone"]
    zone = _ZONES[" ".join(zone_word.lower().split())] if zone_word else ""
    minutes_written = m["m"] is not None
    if not (ampm or zone_word or (cue and cue != "at") or (cue == "at" and minutes_written)):
        return None  # "14.47" alone may be a decimal; "at 3" a count
    if cue == "jam" and not minutes_written and not (ampm or zone_word or m["part"]):
        return None  # "jam 3" may be the third hour of something
    hour = int(m["h"])
    minute = int(m["m"] or 0)
    if hour > 24 or (ampm and not 1 <= hour <= 12):
        return None
    part = " ".join((m["part"] or "").lower().split())
    low = _clock(hour, minute, ampm, part)
    high = low
    if m["h2"] is not None:
        hour2, minute2 = int(m["h2"]), int(m["m2"] or 0)
        ampm2 = (m["ampm2"] or ampm).lower().replace(".", "").replace(" ", "")
        high = _clock(hour2, minute2, ampm2, part)
        if m["ampm2"] and not m["ampm"] and hour < 12:
            low = _clock(hour, minute, ampm2, part)
        if high < low:
            return None
    hedge = " ".join((m["hedge"] or "").lower().split())
    approx = bool(hedge) or high != low
    if hedge in _AFTER:
        high = min(low + _QUARTER, 24 * 60 - 1)
    elif hedge in _BEFORE:
        low = max(high - _QUARTER, 0)
    # English writes the 12-hour clock: "at 1:45" with nothing else is either half of the day.
    ambiguous = not ampm and not part and not zone_word and cue == "at" and hour <= 12
    return low, high, zone, approx, ambiguous


@cache
def _military() -> re.Pattern[str]:
    """ "1518 GMT", "0745 WIB": four digits and a zone, as wire copy gives a time in GMT."""
    return re.compile(
        rf"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<zone>{_alt(_ZONES)})\b",
        re.IGNORECASE,
    )


def _four_digits(m: re.Match[str]) -> tuple[int, int, str, bool, bool] | None:
    zone = _ZONES[" ".join(m["zone"].lower().split())]
    if not zone:
        return None  # "1518 local time" is no usual way to write a time
    minutes = int(m["h"]) * 60 + int(m["m"])
    return minutes, minutes, zone, False, False


def _clock(hour: int, minute: int, ampm: str, part: str) -> int:
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif not ampm and hour < 12:
        if part in _PARTS_PM:
            hour += _PARTS_PM[part]
        elif part in _PARTS_NOON and hour <= 5:
            hour += 12
    return min(hour * 60 + minute, 24 * 60 - 1)


def _converts_previous(text: str, start: int, last_end: int) -> bool:
    """Whether the reading at ``start`` sits in brackets right after the previous one."""
    if last_end < 0:
        return False
    between = text[last_end:start]
    return between.strip() in ("(", "/ (", "[")


def _close_bracket(text: str, end: int) -> int:
    k = text.find(")", end)
    return k + 1 if 0 <= k - end <= 20 else end


def minutes_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def normalized_time(t: TimeMention) -> str:
    """ "14:47 WIB", "01:00–02:00", "01:45" — how the matrix writes one reading."""
    body = minutes_text(t.low)
    if t.high != t.low:
        body += "–" + minutes_text(t.high)
    return f"{body} {t.zone}" if t.zone else body


def in_utc(t: TimeMention) -> tuple[int, int] | None:
    """The reading's bounds in minutes of UTC, None when it names no zone."""
    if t.zone not in ZONE_OFFSETS:
        return None
    shift = ZONE_OFFSETS[t.zone]
    return t.low - shift, t.high - shift
