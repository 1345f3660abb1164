"""Calendar arithmetic for the date rules: spans of a day, week, month, season and year,
steps relative to the publication date, and the parts of a period ("awal tahun", "late March").

Weeks run Monday to Sunday; seasons are meteorological and northern (autumn is September to
November, winter runs from December into the next year); "awal/pertengahan/akhir" cut a year
into Jan-Apr, May-Aug, Sep-Dec and a month into days 1-10, 11-20, 21-end.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from gui.analysis.date_words import DateWords

_MIN_YEAR, _MAX_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class Hit:
    """A date phrase one rule found: its span and the days it names, if it could tell."""

    start: int  # local half-open offsets into the sentence
    end: int
    low: date | None  # None: written as a date but unresolvable (no publication date, no such day)
    high: date | None
    precision: str
    relative: bool


@dataclass(slots=True)
class DateContext:
    """The sentence the date rules read, and the day relative dates resolve against."""

    text: str
    published: date | None
    language: str
    words: DateWords


def hit(
    m: re.Match[str] | tuple[int, int],
    span: tuple[date, date] | None,
    precision: str,
    relative: bool,
) -> Hit:
    start, end = m if isinstance(m, tuple) else m.span()
    if span is None:
        return Hit(start, end, None, None, precision, relative)
    return Hit(start, end, span[0], span[1], precision, relative)


def month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, monthrange(y, m)[1])


def year_span(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def week_span(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    q, r = divmod(y * 12 + m - 1 + k, 12)
    return q, r + 1


def season_span(season: tuple[int, int], y: int) -> tuple[date, date]:
    first, last = season
    end_year = y if last >= first else y + 1
    return date(y, first, 1), month_span(end_year, last)[1]


def weekday_near(p: date, wd: int, direction: int | None) -> date:
    """The weekday ``wd`` relative to P: None on or before, -1 before, 0 in P's week, 1 after."""
    if direction is None:
        return p - timedelta(days=(p.weekday() - wd) % 7)
    if direction < 0:
        return p - timedelta(days=(p.weekday() - wd) % 7 or 7)
    if direction > 0:
        return p + timedelta(days=(wd - p.weekday()) % 7 or 7)
    return week_span(p)[0] + timedelta(days=wd)


def valid_year(y: int) -> bool:
    return _MIN_YEAR <= y <= _MAX_YEAR


def calendar_day(y: int, m: int, d: int) -> date | None:
    if not valid_year(y):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def relative_unit(
    ctx: DateContext, m: re.Match[str] | tuple[int, int], unit: str, step: int
) -> Hit | None:
    p = ctx.published
    if p is None:
        return hit(m, None, unit, True)
    if unit == "year":
        return hit(m, year_span(p.year + step), "year", True)
    if unit == "month":
        return hit(m, month_span(*shift_month(p.year, p.month, step)), "month", True)
    if unit == "week":
        return hit(m, week_span(p + timedelta(days=7 * step)), "week", True)
    return hit(m, (p, p), "day", True)


def apply_part(ctx: DateContext, part: str, inner: Hit, start: int) -> Hit | None:
    """ "awal tahun ini", "late 2023", "pertengahan Maret", "akhir pekan lalu"."""
    if inner.low is None or inner.high is None:
        return Hit(start, inner.end, None, None, inner.precision, inner.relative)
    lo, hi = inner.low, inner.high
    p = ctx.published
    if part in ("earlier", "later"):
        if p is None or not lo <= p <= hi:
            part = "early" if part == "earlier" else "late"
        elif part == "earlier":
            return Hit(start, inner.end, lo, p, _finer(inner.precision), inner.relative)
        else:
            return Hit(start, inner.end, p, hi, _finer(inner.precision), inner.relative)
    if inner.precision == "year":
        first, last = ctx.words.year_parts[part]
        return Hit(
            start,
            inner.end,
            date(lo.year, first, 1),
            month_span(lo.year, last)[1],
            "season",
            inner.relative,
        )
    if inner.precision == "month":
        first, last = ctx.words.month_parts[part]
        last = min(last, hi.day)
        return Hit(
            start, inner.end, lo.replace(day=first), lo.replace(day=last), "week", inner.relative
        )
    if inner.precision == "week":
        days = {"early": (0, 2), "mid": (2, 4), "late": (5, 6)}[part]
        return Hit(
            start,
            inner.end,
            lo + timedelta(days=days[0]),
            lo + timedelta(days=days[1]),
            "week",
            inner.relative,
        )
    return None


def _finer(precision: str) -> str:
    return {"year": "season", "month": "week"}.get(precision, precision)
