"""The date grammar of a language: every pattern, compiled once, filed under the words it
can begin with.

A rule is tried at one position of a sentence and returns a hit or None. The rules that begin
with a number are tried at every number; the others under their first word ("Senin", "Maret",
"tahun", "last", "awal"), so a sentence without date words costs a few dictionary look-ups.
A few rules are compositions: a weekday before an explicit date ("Senin (28/4/2025)"), a
season and its year, a part before a period ("akhir tahun lalu").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from gui.analysis.date_builders import Builders
from gui.analysis.date_calendar import (
    DateContext,
    Hit,
    apply_part,
    hit,
    season_span,
    valid_year,
)
from gui.analysis.date_words import alt, date_words, direction_of, weekday_of, word_key
from gui.analysis.numbers import number_words

_END = r"(?![^\W_])"  # no letter or digit glued on


Rule = Callable[[DateContext, int], Hit | None]
Builder = Callable[[DateContext, "re.Match[str]"], Hit | None]


def _regex_rule(pattern: str, build: Builder) -> Rule:
    regex = re.compile(pattern, re.IGNORECASE)

    def rule(ctx: DateContext, pos: int) -> Hit | None:
        m = regex.match(ctx.text, pos)
        return build(ctx, m) if m else None

    return rule


@dataclass(slots=True)
class Grammar:
    anchors: dict[str, list[Rule]] = field(default_factory=dict)
    numbers: list[Rule] = field(default_factory=list)

    def add(self, words: Iterable[str], rules: Sequence[Rule]) -> None:
        for w in words:
            key = word_key(w).split(" ")[0].rstrip("-")
            bucket = self.anchors.setdefault(key, [])
            bucket.extend(r for r in rules if r not in bucket)


@cache
def grammar(language: str) -> Grammar:
    w = date_words(language)
    nw = number_words(language)
    b = Builders
    after = alt(w.after)
    before = alt(w.before)
    year_units = alt(k for k, v in w.units.items() if v == "year")
    week_units = alt(k for k, v in w.units.items() if v == "week")
    units = alt(w.units)
    mw = alt(w.month_word)
    mon = (
        rf"(?P<mon>(?:{alt(w.months)}|{alt(w.months_short)}){_END}"
        r"(?:\.(?=\s*\d))?)"
    )
    wd = rf"(?P<wd>{alt(w.weekdays)}{_END}|{alt(w.weekdays_short)}{_END}\.?)"
    y = r"(?P<y>\d{4})(?!\d|[.,]\d)"
    d = r"(?P<d>\d{1,2})(?!\d)"
    ordinal = r"(?:st|nd|rd|th)?"
    d2 = rf"(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){ordinal})?"
    numword = alt([*nw.units, *nw.se_forms, *nw.multipliers, *nw.teen])
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

    def weekday_explicit(ctx: DateContext, pos: int) -> Hit | None:
        m = weekday_head.match(ctx.text, pos)
        if m is None or weekday_of(ctx.words, m.group("wd"), full=False) is None:
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
                return Hit(pos, end, inner.low, inner.high, inner.precision, inner.relative)
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
        rf"(?P<rel>{before})\s+(?:(?P<wkend>{alt(w.weekend)})|(?P<unit>{units})){_END}",
        b.prefix_unit,
    )
    prefix_weekday = _regex_rule(rf"(?P<rel>{before})\s+{wd}{_END}", b.prefix_weekday)
    the_weekend = _regex_rule(
        rf"(?:at|over|during|on)\s+the\s+(?:{alt(w.weekend)}){_END}", b.the_weekend
    )
    prefix_month = _regex_rule(rf"(?P<rel>{before})\s+{mon}{_END}", b.prefix_month)
    day_word = _regex_rule(rf"(?P<dw>{alt(w.day_words)}){_END}", b.day_word)

    seasons = alt(w.seasons)
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

    def season(ctx: DateContext, pos: int) -> Hit | None:
        prefixed = False
        m = season_re.match(ctx.text, pos)
        if m is None:
            m = prefix_season_re.match(ctx.text, pos)
            prefixed = True
        if m is None:
            return None
        word = word_key(m.group("season"))
        name = ctx.words.seasons.get(word)
        if name is None:
            return None
        g = m.groupdict()
        if word == "fall" and not prefixed and not (g.get("of") or g.get("of2")):
            return None  # "prices fall this year": the verb
        months_of = ctx.words.season_months[name]
        if g.get("y"):
            year = int(g["y"])
            if not valid_year(year):
                return None
            return hit(m, season_span(months_of, year), "season", False)
        p = ctx.published
        if p is None:
            return hit(m, None, "season", True)
        if not prefixed and (g.get("rel") or g.get("rel2")):
            step = direction_of(ctx.words, g.get("rel") or g.get("rel2"))
            if step is None:
                return None
            return hit(m, season_span(months_of, p.year + step), "season", True)
        step = direction_of(ctx.words, g.get("rel") if prefixed else g.get("rel3"))
        if step is None:
            return None
        year = p.year
        if step < 0:  # the latest season that is over
            while season_span(months_of, year)[1] >= p:
                year -= 1
        elif step > 0:  # the first season still to begin
            while season_span(months_of, year)[0] <= p:
                year += 1
        else:  # the season P falls in, else this year's
            lo, hi = season_span(months_of, year - 1)
            if lo <= p <= hi:
                year -= 1
        return hit(m, season_span(months_of, year), "season", True)

    part_head = re.compile(rf"(?P<part>{alt(w.parts)})(?:\s*-\s*|\s+)", re.IGNORECASE)
    year_word = _regex_rule(rf"{year_units}\s+{y}{_END}", b.year_word)
    part_year = _regex_rule(rf"{y}{_END}", b.year_word)

    def part(ctx: DateContext, pos: int) -> Hit | None:
        m = part_head.match(ctx.text, pos)
        if m is None:
            return None
        name = ctx.words.parts.get(word_key(m.group("part")).rstrip("-"))
        if name is None:
            return None
        for rule in (unit_rel, prefix_unit, year_word, part_year, *months):
            inner = rule(ctx, m.end())
            if inner is not None:
                return apply_part(ctx, name, inner, pos)
        return None

    ago_words = alt(w.ago)
    ago = _regex_rule(
        rf"(?:(?P<one>{alt(w.one_units)})|(?P<n>\d{{1,3}}|{numword}(?:[\s-]+{numword})*"
        rf"|an?)\s+(?P<unit>{units}))\s+(?P<ago>{ago_words}){_END}",
        b.ago,
    )
    year_range = _regex_rule(
        rf"(?:{year_units}\s+)?{y}\s*[-–/]\s*(?P<y2>\d{{4}})(?!\d|[.,]\d)", b.year_range
    )
    decade = _regex_rule(rf"(?:{year_units}\s+)?(?P<y>\d{{3}}0)(?:-?an|['’]?s){_END}", b.decade)
    year_suffix = rf"(?:\s+(?:{alt(w.ago)}))?"
    year_with_word = _regex_rule(rf"{year_units}\s+{y}{year_suffix}{_END}", b.year_word)
    year_alone = _regex_rule(rf"{y}{year_suffix}{_END}", b.year_alone)

    g = Grammar()
    g.numbers = [iso, numeric, dmy, ago, dm, dm_numeric, year_range, decade, year_alone]
    g.add([*w.weekdays, *w.weekdays_short], weekdays)
    g.add([*w.months, *w.months_short], [mdy, *([md] if english else []), *months])
    g.add(w.parts, [part])
    g.add(w.seasons, [season])
    g.add(w.before, [prefix_weekday, prefix_month, season, prefix_unit, day_word])
    if w.weekend and language == "en":
        g.add(["at", "over", "during", "on"], [the_weekend])  # "at the weekend"
    g.add(
        w.units,
        [year_range, decade, year_with_word, *months, unit_rel, day_word],
    )
    g.add(w.month_word, months)
    g.add(w.day_words, [day_word])
    g.add([*w.one_units, *nw.units, *nw.se_forms, "a", "an"], [ago])
    return g
