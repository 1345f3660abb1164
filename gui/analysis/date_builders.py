"""The date rules' builders: each turns one pattern's match into a range of days.

A builder reads the match's groups, checks what the pattern cannot ("30 Februari" is no day,
"May" is an English word unless "in" or "since" comes before it, "dua tahun lalu" counts
years back and is no "last year") and resolves relative dates against the publication date;
without one, a date phrase is still returned, unresolved, so its numbers count nothing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from gui.analysis.date_calendar import (
    DateContext,
    Hit,
    calendar_day,
    hit,
    month_span,
    relative_unit,
    shift_month,
    valid_year,
    week_span,
    weekday_near,
    year_span,
)
from gui.analysis.date_words import direction_of, month_of, weekday_of, word_key
from gui.analysis.numbers import number_words, parse_number, previous_word, reads_as_year

_FUTURE_SLACK = timedelta(days=60)  # how far past P a yearless "28 April" may fall
_MAX_YEAR_SPAN = 10  # "2024/2025", "2020-2024": a span of years, not two numbers


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


def _sentence_start(text: str, pos: int) -> bool:
    return not any(c.isalnum() for c in text[:pos])


def _year_from(group: str) -> int:
    y = int(group)
    return 2000 + y if len(group) == 2 else y


class Builders:
    """Turns matches into day ranges; one method per pattern, named after it."""

    @staticmethod
    def numeric(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        a, b, sep, ys = int(m.group("a")), int(m.group("b")), m.group("sep"), m.group("y")
        if sep != "/" and len(ys) != 4:
            return None  # "1.5.10" is a version, "28/4/25" a date
        if ctx.language == "en" and a <= 12 < b:
            a, b = b, a  # "4/28/2025"
        elif ctx.language == "en" and a <= 12 and b <= 12:
            a, b = b, a  # American order when both could be months
        d = calendar_day(_year_from(ys), b, a)
        return hit(m, (d, d) if d else None, "day", False)

    @staticmethod
    def iso(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        d = calendar_day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return hit(m, (d, d) if d else None, "day", False)

    @staticmethod
    def day_month_year(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        mon = month_of(ctx.words, m.group("mon"))
        if mon is None:
            return None
        y = int(m.group("y"))
        lo = calendar_day(y, mon, int(m.group("d")))
        hi = calendar_day(y, mon, int(m.group("d2"))) if m.group("d2") else lo
        if lo is None or hi is None or hi < lo:
            # written as a date but no such day ("30 Februari"): kept out of the counts only
            return hit(m, None, "day", False)
        return hit(m, (lo, hi), "day", False)

    @staticmethod
    def day_month(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        mon = month_of(ctx.words, m.group("mon"))
        if mon is None:
            return None
        d1 = int(m.group("d"))
        d2 = int(m.group("d2")) if m.group("d2") else d1
        if not (1 <= d1 <= d2 <= 31):
            return None
        p = ctx.published
        if p is None:
            return hit(m, None, "day", False)
        y = p.year
        lo = calendar_day(y, mon, d1)
        if lo is not None and lo > p + _FUTURE_SLACK and not _looks_ahead(ctx.text, m):
            y -= 1
        lo, hi = calendar_day(y, mon, d1), calendar_day(y, mon, d2)
        if lo is None or hi is None:
            return None
        return hit(m, (lo, hi), "day", False)

    @staticmethod
    def day_month_numeric(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        # "(28/4)" only inside brackets; after a weekday the weekday rule calls day_month_in
        start, end = m.span()
        if ctx.text[start - 1 : start] != "(" or ctx.text[end : end + 1] != ")":
            return None
        return Builders.day_month_in(ctx, m)

    @staticmethod
    def day_month_in(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        a, b = int(m.group("a")), int(m.group("b"))
        if ctx.language == "en" and a <= 12:
            a, b = b, a
        if not (1 <= b <= 12 and 1 <= a <= 31):
            return None
        p = ctx.published
        if p is None:
            return hit(m, None, "day", False)
        y = p.year
        d = calendar_day(y, b, a)
        if d is not None and d > p + _FUTURE_SLACK and not _looks_ahead(ctx.text, m):
            d = calendar_day(y - 1, b, a)
        return hit(m, (d, d), "day", False) if d else None

    @staticmethod
    def month_day_year(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        return Builders.day_month_year(ctx, m)

    @staticmethod
    def month_day(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        return Builders.day_month(ctx, m)

    @staticmethod
    def month_year(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        mon = month_of(ctx.words, m.group("mon"))
        y = int(m.group("y"))
        if mon is None or not valid_year(y):
            return None
        return hit(m, month_span(y, mon), "month", False)

    @staticmethod
    def month_rel_year(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        mon = month_of(ctx.words, m.group("mon"), full=True)
        step = direction_of(ctx.words, m.group("rel") or m.group("rel2"))
        if mon is None or step is None:
            return None
        p = ctx.published
        if p is None:
            return hit(m, None, "month", True)
        return hit(m, month_span(p.year + step, mon), "month", True)

    @staticmethod
    def month_rel(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        mon = month_of(ctx.words, m.group("mon"), full=True)
        step = direction_of(ctx.words, m.group("rel"))
        if mon is None or step is None:
            return None
        p = ctx.published
        if p is None:
            return hit(m, None, "month", True)
        if step < 0:
            y = p.year if mon < p.month else p.year - 1
        elif step > 0:
            y = p.year if mon > p.month else p.year + 1
        else:
            y = p.year
        return hit(m, month_span(y, mon), "month", True)

    @staticmethod
    def month_alone(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        mon = month_of(ctx.words, m.group("mon"), full=True)
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
            return hit(m, None, "month", True)
        y = p.year if mon <= p.month else p.year - 1
        return hit(m, month_span(y, mon), "month", True)

    @staticmethod
    def weekday_week(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        wd = weekday_of(ctx.words, m.group("wd"))
        step = direction_of(ctx.words, m.group("rel") or m.group("rel2"))
        if wd is None or step is None:
            return None
        p = ctx.published
        if p is None:
            return hit(m, None, "day", True)
        d = week_span(p)[0] + timedelta(days=7 * step + wd)
        return hit(m, (d, d), "day", True)

    @staticmethod
    def weekday_rel(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        wd = weekday_of(ctx.words, m.group("wd"))
        step = direction_of(ctx.words, m.group("rel"))
        if wd is None or step is None:
            return None
        p = ctx.published
        if p is None:
            return hit(m, None, "day", True)
        d = weekday_near(p, wd, step)
        return hit(m, (d, d), "day", True)

    @staticmethod
    def weekday_alone(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        wd = weekday_of(ctx.words, m.group("wd"))
        if wd is None:
            return None
        p = ctx.published
        if p is None:
            return hit(m, None, "day", True)
        d = weekday_near(p, wd, None)
        return hit(m, (d, d), "day", True)

    @staticmethod
    def unit_rel(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        unit_word = m.group("unit")
        unit = ctx.words.units.get(word_key(unit_word))
        step = direction_of(ctx.words, m.group("rel"))
        if unit is None or step is None:
            return None
        if unit == "day" and step != 0:
            return None  # "hari lalu" only follows a count: "tiga hari lalu"
        if (
            unit_word[:1].isupper()
            and not _sentence_start(ctx.text, m.start())
            and word_key(unit_word) in ctx.words.weekdays
        ):
            return None  # "Minggu lalu" mid-sentence is last Sunday
        prev = previous_word(ctx.text, m.start())
        if prev[:1].isdigit() or _counts(ctx, prev):
            return None  # "beberapa tahun lalu", "dua tahun lalu": years ago, not last year
        return relative_unit(ctx, m, unit, step)

    @staticmethod
    def prefix_unit(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        step = direction_of(ctx.words, m.group("rel"))
        if step is None:
            return None
        if m.group("wkend"):
            p = ctx.published
            if p is None:
                return hit(m, None, "week", True)
            monday = week_span(p)[0] + timedelta(days=7 * step)
            return hit(m, (monday + timedelta(days=5), monday + timedelta(days=6)), "week", True)
        unit = ctx.words.units.get(word_key(m.group("unit")))
        if unit is None or unit == "day":
            return None
        return relative_unit(ctx, m, unit, step)

    @staticmethod
    def the_weekend(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        """ "at the weekend", "over the weekend": the weekend of the publication's week when
        it is one, else the one just before it."""
        p = ctx.published
        if p is None:
            return hit(m, None, "week", True)
        monday = week_span(p)[0] - timedelta(days=0 if p.weekday() >= 5 else 7)
        return hit(m, (monday + timedelta(days=5), monday + timedelta(days=6)), "week", True)

    @staticmethod
    def prefix_weekday(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        return Builders.weekday_rel(ctx, m)

    @staticmethod
    def prefix_month(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        return Builders.month_rel(ctx, m)

    @staticmethod
    def day_word(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        shift = ctx.words.day_words.get(word_key(m.group("dw")))
        if shift is None:
            return None
        p = ctx.published
        if p is None:
            return hit(m, None, "day", True)
        d = p + timedelta(days=shift)
        return hit(m, (d, d), "day", True)

    @staticmethod
    def ago(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        if m.group("one"):
            count, unit = 1.0, ctx.words.one_units.get(word_key(m.group("one")))
        else:
            raw = m.group("n").lower()
            value = 1.0 if raw in ("a", "an") else parse_number(raw, language=ctx.language)
            count, unit = value or 0.0, ctx.words.units.get(word_key(m.group("unit")))
        if unit is None or count < 1 or count != int(count):
            return None
        k = int(count)
        p = ctx.published
        precision = unit
        if p is None:
            return hit(m, None, precision, True)
        if unit == "day":
            d = p - timedelta(days=k)
            return hit(m, (d, d), precision, True)
        if unit == "week":
            return hit(m, week_span(p - timedelta(days=7 * k)), precision, True)
        if unit == "month":
            return hit(m, month_span(*shift_month(p.year, p.month, -k)), precision, True)
        y = p.year - k
        return hit(m, year_span(y), precision, True) if valid_year(y) else None

    @staticmethod
    def year_range(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        y1, y2 = int(m.group("y")), int(m.group("y2"))
        if not (valid_year(y1) and valid_year(y2) and 0 < y2 - y1 <= _MAX_YEAR_SPAN):
            return None
        if not _year_start_ok(ctx, m.start()):
            return None
        return hit(m, (date(y1, 1, 1), date(y2, 12, 31)), "year", False)

    @staticmethod
    def decade(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        y = int(m.group("y"))
        if not valid_year(y) or not _year_start_ok(ctx, m.start()):
            return None
        return hit(m, (date(y, 1, 1), date(y + 9, 12, 31)), "year", False)

    @staticmethod
    def year_word(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        y = int(m.group("y"))
        return hit(m, year_span(y), "year", False) if valid_year(y) else None

    @staticmethod
    def year_alone(ctx: DateContext, m: re.Match[str]) -> Hit | None:
        s, e = m.span("y")
        if not _year_start_ok(ctx, s) or not reads_as_year(ctx.text, s, e, ctx.language):
            return None
        if previous_word(ctx.text, s) in number_words(ctx.language).identifiers:
            return None  # "Resolusi 2005", "No. 2024"
        return hit(m, year_span(int(m.group("y"))), "year", False)


def _counts(ctx: DateContext, word: str) -> bool:
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


def _year_start_ok(ctx: DateContext, s: int) -> bool:
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
