"""Dates in one sentence, resolved to a range of days against the article's publication date.

Absolute dates ("28 April 2025", "28/4/2025", "2025-04-28", "Juni 2024", "tahun 2022", a bare
year) resolve on their own. Relative ones ("tahun lalu", "Sabtu pekan lalu", "last August",
"kemarin") need the publication date and are not emitted without one. The rules, with the
publication date P:

* a weekday alone ("Senin", "pada Sabtu", "on Monday") is the latest such day on or before P;
  with "lalu"/"kemarin"/"last" the latest strictly before P; with "ini"/"this" the one in P's
  week (weeks run Monday to Sunday); with "depan"/"next" the first after P; with "pekan
  lalu"/"last week" the one in the week before P's;
* a weekday with an explicit date ("Senin (28/4/2025)") is one mention that keeps the date;
* a month alone ("sejak Maret", "in March") is the latest such month starting on or before P;
  "Agustus lalu"/"last August" the latest strictly before P's month; "Desember tahun lalu"
  that month of P's year minus one;
* "tahun/bulan/pekan lalu", "last year/month/week" are the calendar period before P's;
* "awal/pertengahan/akhir" ("early/mid/late") cut a year into Jan-Apr, May-Aug, Sep-Dec
  (precision "season") and a month into days 1-10, 11-20, 21-end (precision "week");
* seasons are meteorological and northern: autumn is September to November; winter runs from
  December into the next year. "musim gugur tahun lalu" is autumn of P's year minus one;
* a day and month without a year ("28 April") take P's year, or the year before when that
  would put the day more than 60 days after P.

Every rule is anchored on a word (a number, a month or weekday name, "tahun", "last", ...) so a
sentence costs one scan for anchors plus a few anchored matches. Patterns are compiled once per
language on first use from ``resources/lexicons/dates.json``.
"""

from __future__ import annotations

import json
import re
from calendar import monthrange
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from gui.analysis.numbers import (
    number_words,
    parse_number,
    previous_word,
    reads_as_year,
)
from gui.domain import DateMention
from gui.paths import lexicon_path

_ANCHOR_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_FUTURE_SLACK = timedelta(days=60)  # how far past P a yearless "28 April" may fall
_MAX_YEAR_SPAN = 10  # "2024/2025", "2020-2024": a span of years, not two numbers
_END = r"(?![^\W_])"  # no letter or digit glued on


_AHEAD_AFTER_RE = re.compile(r"\s*(?:mendatang|yang akan datang|depan|nanti)\b", re.IGNORECASE)
_AHEAD_BEFORE_RE = re.compile(
    r"\b(?:akan|bakal|dijadwalkan|rencananya|will|shall|due to|scheduled|set to|next|upcoming)\b",
    re.IGNORECASE,
)


def _looks_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether a yearless date is still to come ("15 Mei mendatang", "will ... on April 15")."""
    if _AHEAD_AFTER_RE.match(text, m.end()):
        return True
    return bool(_AHEAD_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()))


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # local half-open offsets into the sentence
    end: int
    low: date | None  # None: written as a date but unresolvable (no publication date, no such day)
    high: date | None
    precision: str
    relative: bool


@dataclass(frozen=True, slots=True)
class DateWords:
    """The dates lexicon of one language (or of both, for any other language)."""

    months: Mapping[str, int]  # full names, which may stand alone
    months_short: Mapping[str, int]  # only next to a day or a year
    weekdays: Mapping[str, int]  # 0 = Monday
    weekdays_short: Mapping[str, int]  # only before an explicit date
    after: Mapping[str, int]  # direction words that follow a name: "lalu" -> -1
    before: Mapping[str, int]  # direction words that precede a name: "last" -> -1
    ago: tuple[str, ...]
    units: Mapping[str, str]  # "tahun" -> "year"
    one_units: Mapping[str, str]  # "setahun" -> "year" (one year)
    month_word: tuple[str, ...]
    weekend: tuple[str, ...]
    parts: Mapping[str, str]  # "awal" -> "early"
    seasons: Mapping[str, str]  # "musim gugur" -> "autumn"
    day_words: Mapping[str, int]  # "kemarin" -> -1
    month_context: frozenset[str]  # English words that make a bare month name a date
    season_months: Mapping[str, tuple[int, int]]
    year_parts: Mapping[str, tuple[int, int]]
    month_parts: Mapping[str, tuple[int, int]]


@cache
def _raw_lexicon() -> dict[str, Any]:
    with open(lexicon_path("dates.json"), encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@cache
def calendar_words() -> frozenset[str]:
    """Weekday and month names of both languages ("Kamis", "Monday", "Maret"), folded."""
    words = date_words("any")
    return frozenset([*words.weekdays, *words.months])


@cache
def date_words(language: str) -> DateWords:
    raw = _raw_lexicon()
    names = [language] if language in ("id", "en") else ["id", "en"]
    sections = [raw[n] for n in names]

    def merged(key: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for s in reversed(sections):
            out.update(s[key])
        return out

    def joined(key: str) -> list[str]:
        return [w for s in sections for w in s[key]]

    after: dict[str, int] = {}
    before: dict[str, int] = {}
    for s in sections:
        target = after if s["relative_position"] == "after" else before
        for key, step in (("past", -1), ("this", 0), ("next", 1)):
            for w in s[key]:
                target.setdefault(w, step)
    return DateWords(
        months=merged("months"),
        months_short=merged("months_short"),
        weekdays=merged("weekdays"),
        weekdays_short=merged("weekdays_short"),
        after=after,
        before=before,
        ago=tuple(joined("ago")),
        units=merged("units"),
        one_units=merged("one_units"),
        month_word=tuple(joined("month_word")),
        weekend=tuple(joined("weekend")),
        parts=merged("parts"),
        seasons=merged("seasons"),
        day_words=merged("day_words"),
        month_context=frozenset(joined("month_context")),
        season_months={k: (v[0], v[1]) for k, v in raw["seasons"].items()},
        year_parts={k: (v[0], v[1]) for k, v in raw["year_parts"].items()},
        month_parts={k: (v[0], v[1]) for k, v in raw["month_parts"].items()},
    )


def _alt(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first, phrases matching any whitespace."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        return "(?!)"
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def _key(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, monthrange(y, m)[1])


def _year_span(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _week_span(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    q, r = divmod(y * 12 + m - 1 + k, 12)
    return q, r + 1


def _season_span(season: tuple[int, int], y: int) -> tuple[date, date]:
    first, last = season
    end_year = y if last >= first else y + 1
    return date(y, first, 1), _month_span(end_year, last)[1]


def _weekday_near(p: date, wd: int, direction: int | None) -> date:
    """The weekday ``wd`` relative to P: None on or before, -1 before, 0 in P's week, 1 after."""
    if direction is None:
        return p - timedelta(days=(p.weekday() - wd) % 7)
    if direction < 0:
        return p - timedelta(days=(p.weekday() - wd) % 7 or 7)
    if direction > 0:
        return p + timedelta(days=(wd - p.weekday()) % 7 or 7)
    return _week_span(p)[0] + timedelta(days=wd)


def _valid_year(y: int) -> bool:
    return _MIN_YEAR <= y <= _MAX_YEAR


def _day(y: int, m: int, d: int) -> date | None:
    if not _valid_year(y):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Rules


@dataclass(slots=True)
class _Ctx:
    text: str
    published: date | None
    language: str
    words: DateWords


Rule = Callable[[_Ctx, int], _Hit | None]
Builder = Callable[[_Ctx, "re.Match[str]"], _Hit | None]


def _regex_rule(pattern: str, build: Builder) -> Rule:
    regex = re.compile(pattern, re.IGNORECASE)

    def rule(ctx: _Ctx, pos: int) -> _Hit | None:
        m = regex.match(ctx.text, pos)
        return build(ctx, m) if m else None

    return rule


def _hit(
    m: re.Match[str] | tuple[int, int],
    span: tuple[date, date] | None,
    precision: str,
    relative: bool,
) -> _Hit:
    start, end = m if isinstance(m, tuple) else m.span()
    if span is None:
        return _Hit(start, end, None, None, precision, relative)
    return _Hit(start, end, span[0], span[1], precision, relative)


def _capitalised(s: str | None) -> bool:
    return bool(s) and s[:1].isupper()  # type: ignore[index]


def _month(ctx: _Ctx, m: re.Match[str], *, full: bool = False) -> int | None:
    name = m.group("mon")
    if not _capitalised(name):
        return None
    key = _key(name.rstrip("."))
    if key in ctx.words.months:
        return ctx.words.months[key]
    if full:
        return None
    return ctx.words.months_short.get(key)


def _weekday(ctx: _Ctx, m: re.Match[str], *, full: bool = True) -> int | None:
    name = m.group("wd")
    if not _capitalised(name):
        return None
    key = _key(name.rstrip("."))
    if key in ctx.words.weekdays:
        return ctx.words.weekdays[key]
    return None if full else ctx.words.weekdays_short.get(key)


def _direction(ctx: _Ctx, word: str | None) -> int | None:
    if word is None:
        return None
    key = _key(word)
    if key in ctx.words.after:
        return ctx.words.after[key]
    return ctx.words.before.get(key)


def _sentence_start(text: str, pos: int) -> bool:
    return not any(c.isalnum() for c in text[:pos])


def _year_from(group: str) -> int:
    y = int(group)
    return 2000 + y if len(group) == 2 else y


class _Builders:
    """Turns matches into day ranges; one method per pattern, named after it."""

    @staticmethod
    def numeric(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        a, b, sep, ys = int(m.group("a")), int(m.group("b")), m.group("sep"), m.group("y")
        if sep != "/" and len(ys) != 4:
            return None  # "1.5.10" is a version, "28/4/25" a date
        if ctx.language == "en" and a <= 12 < b:
            a, b = b, a  # "4/28/2025"
        elif ctx.language == "en" and a <= 12 and b <= 12:
            a, b = b, a  # American order when both could be months
        d = _day(_year_from(ys), b, a)
        return _hit(m, (d, d) if d else None, "day", False)

    @staticmethod
    def iso(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        d = _day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return _hit(m, (d, d) if d else None, "day", False)

    @staticmethod
    def day_month_year(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        mon = _month(ctx, m)
        if mon is None:
            return None
        y = int(m.group("y"))
        lo = _day(y, mon, int(m.group("d")))
        hi = _day(y, mon, int(m.group("d2"))) if m.group("d2") else lo
        if lo is None or hi is None or hi < lo:
            # written as a date but no such day ("30 Februari"): kept out of the counts only
            return _hit(m, None, "day", False)
        return _hit(m, (lo, hi), "day", False)

    @staticmethod
    def day_month(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        mon = _month(ctx, m)
        if mon is None:
            return None
        d1 = int(m.group("d"))
        d2 = int(m.group("d2")) if m.group("d2") else d1
        if not (1 <= d1 <= d2 <= 31):
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "day", False)
        y = p.year
        lo = _day(y, mon, d1)
        if lo is not None and lo > p + _FUTURE_SLACK and not _looks_ahead(ctx.text, m):
            y -= 1
        lo, hi = _day(y, mon, d1), _day(y, mon, d2)
        if lo is None or hi is None:
            return None
        return _hit(m, (lo, hi), "day", False)

    @staticmethod
    def day_month_numeric(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        # "(28/4)" only inside brackets; after a weekday the weekday rule calls day_month_in
        start, end = m.span()
        if ctx.text[start - 1 : start] != "(" or ctx.text[end : end + 1] != ")":
            return None
        return _Builders.day_month_in(ctx, m)

    @staticmethod
    def day_month_in(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        a, b = int(m.group("a")), int(m.group("b"))
        if ctx.language == "en" and a <= 12:
            a, b = b, a
        if not (1 <= b <= 12 and 1 <= a <= 31):
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "day", False)
        y = p.year
        d = _day(y, b, a)
        if d is not None and d > p + _FUTURE_SLACK and not _looks_ahead(ctx.text, m):
            d = _day(y - 1, b, a)
        return _hit(m, (d, d), "day", False) if d else None

    @staticmethod
    def month_day_year(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        return _Builders.day_month_year(ctx, m)

    @staticmethod
    def month_day(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        return _Builders.day_month(ctx, m)

    @staticmethod
    def month_year(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        mon = _month(ctx, m)
        y = int(m.group("y"))
        if mon is None or not _valid_year(y):
            return None
        return _hit(m, _month_span(y, mon), "month", False)

    @staticmethod
    def month_rel_year(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        mon = _month(ctx, m, full=True)
        step = _direction(ctx, m.group("rel") or m.group("rel2"))
        if mon is None or step is None:
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "month", True)
        return _hit(m, _month_span(p.year + step, mon), "month", True)

    @staticmethod
    def month_rel(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        mon = _month(ctx, m, full=True)
        step = _direction(ctx, m.group("rel"))
        if mon is None or step is None:
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "month", True)
        if step < 0:
            y = p.year if mon < p.month else p.year - 1
        elif step > 0:
            y = p.year if mon > p.month else p.year + 1
        else:
            y = p.year
        return _hit(m, _month_span(y, mon), "month", True)

    @staticmethod
    def month_alone(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        mon = _month(ctx, m, full=True)
        if mon is None:
            return None
        # "May", "March", "August" are English words too: a date only after "in", "since"...
        if (
            ctx.language != "id"
            and not m.group("mw")
            and previous_word(ctx.text, m.start("mon")) not in ctx.words.month_context
        ):
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "month", True)
        y = p.year if mon <= p.month else p.year - 1
        return _hit(m, _month_span(y, mon), "month", True)

    @staticmethod
    def weekday_week(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        wd = _weekday(ctx, m)
        step = _direction(ctx, m.group("rel") or m.group("rel2"))
        if wd is None or step is None:
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "day", True)
        d = _week_span(p)[0] + timedelta(days=7 * step + wd)
        return _hit(m, (d, d), "day", True)

    @staticmethod
    def weekday_rel(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        wd = _weekday(ctx, m)
        step = _direction(ctx, m.group("rel"))
        if wd is None or step is None:
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "day", True)
        d = _weekday_near(p, wd, step)
        return _hit(m, (d, d), "day", True)

    @staticmethod
    def weekday_alone(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        wd = _weekday(ctx, m)
        if wd is None:
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "day", True)
        d = _weekday_near(p, wd, None)
        return _hit(m, (d, d), "day", True)

    @staticmethod
    def unit_rel(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        unit_word = m.group("unit")
        unit = ctx.words.units.get(_key(unit_word))
        step = _direction(ctx, m.group("rel"))
        if unit is None or step is None:
            return None
        if unit == "day" and step != 0:
            return None  # "hari lalu" only follows a count: "tiga hari lalu"
        if (
            unit_word[:1].isupper()
            and not _sentence_start(ctx.text, m.start())
            and _key(unit_word) in ctx.words.weekdays
        ):
            return None  # "Minggu lalu" mid-sentence is last Sunday
        prev = previous_word(ctx.text, m.start())
        if prev[:1].isdigit() or _counts(ctx, prev):
            return None  # "beberapa tahun lalu", "dua tahun lalu": years ago, not last year
        return _relative_unit(ctx, m, unit, step)

    @staticmethod
    def prefix_unit(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        step = _direction(ctx, m.group("rel"))
        if step is None:
            return None
        if m.group("wkend"):
            p = ctx.published
            if p is None:
                return _hit(m, None, "week", True)
            monday = _week_span(p)[0] + timedelta(days=7 * step)
            return _hit(m, (monday + timedelta(days=5), monday + timedelta(days=6)), "week", True)
        unit = ctx.words.units.get(_key(m.group("unit")))
        if unit is None or unit == "day":
            return None
        return _relative_unit(ctx, m, unit, step)

    @staticmethod
    def prefix_weekday(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        return _Builders.weekday_rel(ctx, m)

    @staticmethod
    def prefix_month(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        return _Builders.month_rel(ctx, m)

    @staticmethod
    def day_word(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        shift = ctx.words.day_words.get(_key(m.group("dw")))
        if shift is None:
            return None
        p = ctx.published
        if p is None:
            return _hit(m, None, "day", True)
        d = p + timedelta(days=shift)
        return _hit(m, (d, d), "day", True)

    @staticmethod
    def ago(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        if m.group("one"):
            count, unit = 1.0, ctx.words.one_units.get(_key(m.group("one")))
        else:
            raw = m.group("n").lower()
            value = 1.0 if raw in ("a", "an") else parse_number(raw, language=ctx.language)
            count, unit = value or 0.0, ctx.words.units.get(_key(m.group("unit")))
        if unit is None or count < 1 or count != int(count):
            return None
        k = int(count)
        p = ctx.published
        precision = unit
        if p is None:
            return _hit(m, None, precision, True)
        if unit == "day":
            d = p - timedelta(days=k)
            return _hit(m, (d, d), precision, True)
        if unit == "week":
            return _hit(m, _week_span(p - timedelta(days=7 * k)), precision, True)
        if unit == "month":
            return _hit(m, _month_span(*_shift_month(p.year, p.month, -k)), precision, True)
        y = p.year - k
        return _hit(m, _year_span(y), precision, True) if _valid_year(y) else None

    @staticmethod
    def year_range(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        y1, y2 = int(m.group("y")), int(m.group("y2"))
        if not (_valid_year(y1) and _valid_year(y2) and 0 < y2 - y1 <= _MAX_YEAR_SPAN):
            return None
        if not _year_start_ok(ctx, m.start()):
            return None
        return _hit(m, (date(y1, 1, 1), date(y2, 12, 31)), "year", False)

    @staticmethod
    def decade(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        y = int(m.group("y"))
        if not _valid_year(y) or not _year_start_ok(ctx, m.start()):
            return None
        return _hit(m, (date(y, 1, 1), date(y + 9, 12, 31)), "year", False)

    @staticmethod
    def year_word(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        y = int(m.group("y"))
        return _hit(m, _year_span(y), "year", False) if _valid_year(y) else None

    @staticmethod
    def year_alone(ctx: _Ctx, m: re.Match[str]) -> _Hit | None:
        s, e = m.span("y")
        if not _year_start_ok(ctx, s) or not reads_as_year(ctx.text, s, e, ctx.language):
            return None
        if previous_word(ctx.text, s) in number_words(ctx.language).identifiers:
            return None  # "Resolusi 2005", "No. 2024"
        return _hit(m, _year_span(int(m.group("y"))), "year", False)


def _counts(ctx: _Ctx, word: str) -> bool:
    """Whether a word before "tahun lalu" makes it "N years ago" ("beberapa", "dua")."""
    nw = number_words(ctx.language)
    return (
        word in nw.units
        or word in nw.se_forms
        or word in nw.vague
        or word in nw.teen
        or word in nw.multipliers
        or nw.few.starts(word)
        or word in ("sekian", "banyak", "many", "few", "several", "couple")
    )


def _year_start_ok(ctx: _Ctx, s: int) -> bool:
    """Digits of a year must not continue a code, an amount or a clock reading."""
    text = ctx.text
    before = text[s - 1 : s]
    if not before:
        return True
    if before.isalnum() or before in "#№$€£¥":
        return False
    if before in ".,:/" and text[s - 2 : s - 1].isdigit():
        return False
    return not (before in "-‐" and text[s - 2 : s - 1].isalpha())


def _relative_unit(
    ctx: _Ctx, m: re.Match[str] | tuple[int, int], unit: str, step: int
) -> _Hit | None:
    p = ctx.published
    if p is None:
        return _hit(m, None, unit, True)
    if unit == "year":
        return _hit(m, _year_span(p.year + step), "year", True)
    if unit == "month":
        return _hit(m, _month_span(*_shift_month(p.year, p.month, step)), "month", True)
    if unit == "week":
        return _hit(m, _week_span(p + timedelta(days=7 * step)), "week", True)
    return _hit(m, (p, p), "day", True)


def _apply_part(ctx: _Ctx, part: str, inner: _Hit, start: int) -> _Hit | None:
    """ "awal tahun ini", "late 2023", "pertengahan Maret", "akhir pekan lalu"."""
    if inner.low is None or inner.high is None:
        return _Hit(start, inner.end, None, None, inner.precision, inner.relative)
    lo, hi = inner.low, inner.high
    p = ctx.published
    if part in ("earlier", "later"):
        if p is None or not lo <= p <= hi:
            part = "early" if part == "earlier" else "late"
        elif part == "earlier":
            return _Hit(start, inner.end, lo, p, _finer(inner.precision), inner.relative)
        else:
            return _Hit(start, inner.end, p, hi, _finer(inner.precision), inner.relative)
    if inner.precision == "year":
        first, last = ctx.words.year_parts[part]
        return _Hit(
            start,
            inner.end,
            date(lo.year, first, 1),
            _month_span(lo.year, last)[1],
            "season",
            inner.relative,
        )
    if inner.precision == "month":
        first, last = ctx.words.month_parts[part]
        last = min(last, hi.day)
        return _Hit(
            start, inner.end, lo.replace(day=first), lo.replace(day=last), "week", inner.relative
        )
    if inner.precision == "week":
        days = {"early": (0, 2), "mid": (2, 4), "late": (5, 6)}[part]
        return _Hit(
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


# ---------------------------------------------------------------------------------------------
# Grammar


@dataclass(slots=True)
class _Grammar:
    anchors: dict[str, list[Rule]] = field(default_factory=dict)
    numbers: list[Rule] = field(default_factory=list)

    def add(self, words: Iterable[str], rules: Sequence[Rule]) -> None:
        for w in words:
            key = _key(w).split(" ")[0].rstrip("-")
            bucket = self.anchors.setdefault(key, [])
            bucket.extend(r for r in rules if r not in bucket)


@cache
def _grammar(language: str) -> _Grammar:
    w = date_words(language)
    nw = number_words(language)
    b = _Builders
    after = _alt(w.after)
    before = _alt(w.before)
    year_units = _alt(k for k, v in w.units.items() if v == "year")
    week_units = _alt(k for k, v in w.units.items() if v == "week")
    units = _alt(w.units)
    mw = _alt(w.month_word)
    mon = (
        rf"(?P<mon>(?:{_alt(w.months)}|{_alt(w.months_short)}){_END}"
        r"(?:\.(?=\s*\d))?)"
    )
    wd = rf"(?P<wd>{_alt(w.weekdays)}{_END}|{_alt(w.weekdays_short)}{_END}\.?)"
    y = r"(?P<y>\d{4})(?!\d|[.,]\d)"
    d = r"(?P<d>\d{1,2})(?!\d)"
    ordinal = r"(?:st|nd|rd|th)?"
    d2 = rf"(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){ordinal})?"
    numword = _alt([*nw.units, *nw.se_forms, *nw.multipliers, *nw.teen])
    english = language != "id"

    numeric = _regex_rule(
        r"(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d|[.,/]\d)",
        b.numeric,
    )
    iso = _regex_rule(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])", b.iso)
    dmy = _regex_rule(rf"{d}{ordinal}{d2}(?:\s+of)?[\s\-]+{mon}[\s,\-]+{y}", b.day_month_year)
    mdy = _regex_rule(rf"{mon}\s+{d}{ordinal}{d2},?\s+{y}", b.month_day_year)
    dm = _regex_rule(rf"{d}{ordinal}{d2}(?:\s+of)?\s+{mon}(?!\s*,?\s*\d)", b.day_month)
    md = _regex_rule(rf"{mon}\s+{d}{ordinal}{d2}(?!\s*,?\s*\d|\d)", b.month_day)
    dm_numeric_pattern = r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])"
    dm_numeric = _regex_rule(dm_numeric_pattern, b.day_month_numeric)
    dm_numeric_in = _regex_rule(dm_numeric_pattern, b.day_month_in)
    explicit = [iso, numeric, dmy, mdy, dm, *([md] if english else []), dm_numeric_in]

    month_year = _regex_rule(
        rf"(?:(?P<mw>{mw})\s+)?{mon}(?:\s+{year_units}|\s+of|\s*,)?\s+{y}{_END}", b.month_year
    )
    month_rel_year = _regex_rule(
        rf"(?:(?P<mw>{mw})\s+)?{mon}\s+(?:{year_units}\s+(?P<rel>{after})"
        rf"|(?:of\s+)?(?P<rel2>{before})\s+{year_units}){_END}",
        b.month_rel_year,
    )
    month_rel = _regex_rule(rf"(?:(?P<mw>{mw})\s+)?{mon}\s+(?P<rel>{after}){_END}", b.month_rel)
    month_alone = _regex_rule(rf"(?:(?P<mw>{mw})\s+)?{mon}{_END}", b.month_alone)
    months = [month_year, month_rel_year, month_rel, month_alone]

    weekday_head = re.compile(rf"{wd}(?:\s*(?P<open>\()\s*|\s*,\s*|\s+)", re.IGNORECASE)
    close = re.compile(r"\s*\)")

    def weekday_explicit(ctx: _Ctx, pos: int) -> _Hit | None:
        m = weekday_head.match(ctx.text, pos)
        if m is None or _weekday(ctx, m, full=False) is None:
            return None
        for rule in explicit:
            inner = rule(ctx, m.end())
            if inner is not None:
                end = inner.end
                if m.group("open"):
                    c = close.match(ctx.text, end)
                    if c is None:
                        continue
                    end = c.end()
                return _Hit(pos, end, inner.low, inner.high, inner.precision, inner.relative)
        return None

    weekday_week = _regex_rule(
        rf"{wd}\s+(?:{week_units}\s+(?P<rel>{after})|(?P<rel2>{before})\s+{week_units}){_END}",
        b.weekday_week,
    )
    unit_rel = _regex_rule(rf"(?P<unit>{units})\s+(?P<rel>{after}){_END}", b.unit_rel)
    weekday_rel = _regex_rule(rf"{wd}\s+(?P<rel>{after}){_END}", b.weekday_rel)
    weekday_alone = _regex_rule(rf"{wd}{_END}", b.weekday_alone)
    weekdays = [weekday_explicit, weekday_week, unit_rel, weekday_rel, weekday_alone]

    prefix_unit = _regex_rule(
        rf"(?P<rel>{before})\s+(?:(?P<wkend>{_alt(w.weekend)})|(?P<unit>{units})){_END}",
        b.prefix_unit,
    )
    prefix_weekday = _regex_rule(rf"(?P<rel>{before})\s+{wd}{_END}", b.prefix_weekday)
    prefix_month = _regex_rule(rf"(?P<rel>{before})\s+{mon}{_END}", b.prefix_month)
    day_word = _regex_rule(rf"(?P<dw>{_alt(w.day_words)}){_END}", b.day_word)

    seasons = _alt(w.seasons)
    # rel: "musim gugur tahun lalu", rel2: "autumn (of) last year" (both step the year);
    # rel3: "musim gugur lalu" (steps the season); y: "musim gugur 2024", "autumn of 2024".
    season_re = re.compile(
        rf"(?P<season>{seasons})\s+(?:{year_units}\s+(?P<rel>{after})"
        rf"|(?P<of>of\s+)?(?P<rel2>{before})\s+{year_units}"
        rf"|(?P<rel3>{after})"
        rf"|(?P<of2>of\s+|{year_units}\s+)?{y}){_END}",
        re.IGNORECASE,
    )
    prefix_season_re = re.compile(rf"(?P<rel>{before})\s+(?P<season>{seasons}){_END}", re.I)

    def season(ctx: _Ctx, pos: int) -> _Hit | None:
        prefixed = False
        m = season_re.match(ctx.text, pos)
        if m is None:
            m = prefix_season_re.match(ctx.text, pos)
            prefixed = True
        if m is None:
            return None
        word = _key(m.group("season"))
        name = ctx.words.seasons.get(word)
        if name is None:
            return None
        g = m.groupdict()
        if word == "fall" and not prefixed and not (g.get("of") or g.get("of2")):
            return None  # "prices fall this year": the verb
        months_of = ctx.words.season_months[name]
        if g.get("y"):
            year = int(g["y"])
            if not _valid_year(year):
                return None
            return _hit(m, _season_span(months_of, year), "season", False)
        p = ctx.published
        if p is None:
            return _hit(m, None, "season", True)
        if not prefixed and (g.get("rel") or g.get("rel2")):
            step = _direction(ctx, g.get("rel") or g.get("rel2"))
            if step is None:
                return None
            return _hit(m, _season_span(months_of, p.year + step), "season", True)
        step = _direction(ctx, g.get("rel") if prefixed else g.get("rel3"))
        if step is None:
            return None
        year = p.year
        if step < 0:  # the latest season that is over
            while _season_span(months_of, year)[1] >= p:
                year -= 1
        elif step > 0:  # the first season still to begin
            while _season_span(months_of, year)[0] <= p:
                year += 1
        else:  # the season P falls in, else this year's
            lo, hi = _season_span(months_of, year - 1)
            if lo <= p <= hi:
                year -= 1
        return _hit(m, _season_span(months_of, year), "season", True)

    part_head = re.compile(rf"(?P<part>{_alt(w.parts)})(?:\s*-\s*|\s+)", re.IGNORECASE)
    year_word = _regex_rule(rf"{year_units}\s+{y}{_END}", b.year_word)
    part_year = _regex_rule(rf"{y}{_END}", b.year_word)

    def part(ctx: _Ctx, pos: int) -> _Hit | None:
        m = part_head.match(ctx.text, pos)
        if m is None:
            return None
        name = ctx.words.parts.get(_key(m.group("part")).rstrip("-"))
        if name is None:
            return None
        for rule in (unit_rel, prefix_unit, year_word, part_year, *months):
            inner = rule(ctx, m.end())
            if inner is not None:
                return _apply_part(ctx, name, inner, pos)
        return None

    ago_words = _alt(w.ago)
    ago = _regex_rule(
        rf"(?:(?P<one>{_alt(w.one_units)})|(?P<n>\d{{1,3}}|{numword}(?:[\s-]+{numword})*"
        rf"|an?)\s+(?P<unit>{units}))\s+(?P<ago>{ago_words}){_END}",
        b.ago,
    )
    year_range = _regex_rule(
        rf"(?:{year_units}\s+)?{y}\s*[-–/]\s*(?P<y2>\d{{4}})(?!\d|[.,]\d)", b.year_range
    )
    decade = _regex_rule(rf"(?:{year_units}\s+)?(?P<y>\d{{3}}0)(?:-?an|['’]?s){_END}", b.decade)
    year_suffix = rf"(?:\s+(?:{_alt(w.ago)}))?"
    year_with_word = _regex_rule(rf"{year_units}\s+{y}{year_suffix}{_END}", b.year_word)
    year_alone = _regex_rule(rf"{y}{year_suffix}{_END}", b.year_alone)

    g = _Grammar()
    g.numbers = [iso, numeric, dmy, ago, dm, dm_numeric, year_range, decade, year_alone]
    g.add([*w.weekdays, *w.weekdays_short], weekdays)
    g.add([*w.months, *w.months_short], [mdy, *([md] if english else []), *months])
    g.add(w.parts, [part])
    g.add(w.seasons, [season])
    g.add(w.before, [prefix_weekday, prefix_month, season, prefix_unit, day_word])
    g.add(
        w.units,
        [year_range, decade, year_with_word, *months, unit_rel, day_word],
    )
    g.add(w.month_word, months)
    g.add(w.day_words, [day_word])
    g.add([*w.one_units, *nw.units, *nw.se_forms, "a", "an"], [ago])
    return g


def _glued(text: str, pos: int) -> bool:
    return pos >= 2 and text[pos - 2].isalpha()


def scan_dates(
    text: str, *, offset: int = 0, published: date | None = None, language: str = "id"
) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """Dates of one sentence, and the spans of every date phrase including unresolved ones."""
    if isinstance(published, datetime):
        published = published.date()
    if published is not None and not _valid_year(published.year):
        published = None  # not a news date; relative words then stay unresolved
    grammar = _grammar(language)
    ctx = _Ctx(text, published, language, date_words(language))
    mentions: list[DateMention] = []
    spans: list[tuple[int, int]] = []
    reached = 0
    for m in _ANCHOR_RE.finditer(text):
        pos = m.start()
        if pos < reached:
            continue
        token = m.group()
        if token[0].isdigit():
            if pos and (text[pos - 1].isalpha() or (text[pos - 1] in "-‐" and _glued(text, pos))):
                continue  # "G2020", "COVID-19": part of a code
            rules = grammar.numbers
        else:
            rules = grammar.anchors.get(_key(token), [])
        for rule in rules:
            hit = rule(ctx, pos)
            if hit is None:
                continue
            reached = hit.end
            spans.append((hit.start + offset, hit.end + offset))
            if hit.low is not None and hit.high is not None:
                mentions.append(
                    DateMention(
                        start=hit.start + offset,
                        end=hit.end + offset,
                        text=text[hit.start : hit.end],
                        low=hit.low,
                        high=hit.high,
                        precision=hit.precision,
                        relative=hit.relative,
                    )
                )
            break
    return mentions, spans


def find_dates(
    text: str, *, offset: int = 0, published: date | None = None, language: str = "id"
) -> list[DateMention]:
    """Dates of one sentence, sorted and non-overlapping, resolved against ``published``.

    ``offset`` is where ``text`` starts in the source text; start/end are source offsets.
    """
    return scan_dates(text, offset=offset, published=published, language=language)[0]
