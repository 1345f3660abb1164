"""Find calendar dates (with an optional clock time) in datelines, Indonesian and English.

Forms: "28 April 2025 11:07", "Senin, 28 April 2025 - 07:46", "29 Apr 2025 10:21 wib",
"Monday, April 28, 2025", "Apr 28, 2025 7:46 AM", "Dec. 4, 2023 7:46 a.m.", "December 08,2021",
"2025-04-28T07:46:00", "28/04/2025 07:46",
"(28/4/2025)", "28.04.2025". Numeric dates are read day first, as Indonesian and most
non-US outlets write them, unless only the month-first reading is a valid date.
Values are naive datetimes in the time as written; a missing time is midnight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from gui.ingest.lexicons import months

_TIME = (
    r"(?P<H>\d{1,2})[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?"
    r"(?!\d|[:.]\d)(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?"
)
# What may stand between a date and its time: "28 April 2025 - 07:46", "..., pukul 10.21".
_TIME_TAIL = rf"(?:\s*[,|/@–—-]?\s*(?:(?:pukul|pkl\.?|jam|at)\s+)?{_TIME})?"
_CLOCK = re.compile(rf"(?<![\d:.]){_TIME}", re.IGNORECASE)
_YEARS = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class DateHit:
    start: int  # half-open offsets into the searched string
    end: int
    value: datetime
    has_time: bool


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    names = "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True))
    month = rf"\b(?P<mon>{names})\b\.?"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<y>\d{4})\b"
    flags = re.IGNORECASE
    return (
        (
            "iso",
            re.compile(
                r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
                r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
                r"(?:Z|[+-]\d{2}:?\d{2})?(?!\d)",
                flags,
            ),
        ),
        # "08,2021": a comma may stand for the space before the year
        ("dmy", re.compile(rf"(?<!\d){day}\s+{month}(?:,\s*|\s+){year}{_TIME_TAIL}", flags)),
        ("mdy", re.compile(rf"{month}\s+{day}(?:,\s*|\s+){year}{_TIME_TAIL}", flags)),
        (
            "numeric",
            re.compile(
                rf"(?<![\d/.-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})"
                rf"(?![\d/]|[.-]\d){_TIME_TAIL}",
                flags,
            ),
        ),
    )


def find_dates(text: str) -> list[DateHit]:
    """Every date in ``text``, in order, without overlaps (the longer reading wins)."""
    hits: list[DateHit] = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(text):
            value = _value(kind, match)
            if value is not None:
                hits.append(DateHit(match.start(), match.end(), value, match["H"] is not None))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[DateHit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def first_date(text: str) -> datetime | None:
    hits = find_dates(text)
    return hits[0].value if hits else None


def clock_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of clock times ("07:46", "10.21", "7:46 p.m.") in ``text``."""
    return [m.span() for m in _CLOCK.finditer(text)]


def _value(kind: str, m: re.Match[str]) -> datetime | None:
    year = int(m["y"])
    if kind == "iso":
        month, day = int(m["m"]), int(m["d"])
    elif kind == "numeric":
        day, month = int(m["a"]), int(m["b"])
        if month > 12 >= day:  # only the US month-first reading is a date
            day, month = month, day
    else:
        # The pattern matches without case, and so "Februarı" (a dotless ı from a damaged
        # byte) too: its upper case folds it back, and a name still unknown is no date.
        name = m["mon"]
        found = months().get(name.lower()) or months().get(name.upper().lower())
        if found is None:
            return None
        month, day = found, int(m["d"])
    hour = int(m["H"]) if m["H"] else 0
    minute = int(m["M"]) if m["M"] else 0
    second = int(m["S"]) if m["S"] else 0
    meridiem = (m.groupdict().get("ap") or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    if year not in _YEARS:
        return None
    for clock in ((hour, minute, second), (0, 0, 0)):  # a garbled time still leaves the day
        try:
            return datetime(year, month, day, *clock)
        except ValueError:
            continue
    return None
