"""The dates lexicon: month, weekday and season names, direction words ("lalu", "last"),
units ("tahun", "week") and parts ("awal", "late"), and what each name means.

``resources/lexicons/dates.json`` is read once and each language's view (both languages', for
any other) built on first use. A name means a month or a weekday only when capitalised: "mei"
and "minggu" are also ordinary words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from gui.paths import lexicon_path


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


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first, phrases matching any whitespace."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        return "(?!)"
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def word_key(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _capitalised(s: str | None) -> bool:
    return bool(s) and s[:1].isupper()  # type: ignore[index]


def month_of(words: DateWords, name: str | None, *, full: bool = False) -> int | None:
    """The month a capitalised name means (1-12); abbreviations ("Apr.") unless ``full``."""
    if not _capitalised(name):
        return None
    key = word_key(name.rstrip("."))  # type: ignore[union-attr]
    if key in words.months:
        return words.months[key]
    if full:
        return None
    return words.months_short.get(key)


def weekday_of(words: DateWords, name: str | None, *, full: bool = True) -> int | None:
    """The weekday a capitalised name means (0 = Monday); abbreviations unless ``full``."""
    if not _capitalised(name):
        return None
    key = word_key(name.rstrip("."))  # type: ignore[union-attr]
    if key in words.weekdays:
        return words.weekdays[key]
    return None if full else words.weekdays_short.get(key)


def direction_of(words: DateWords, word: str | None) -> int | None:
    """The step a direction word takes: -1 "lalu"/"last", 0 "ini"/"this", 1 "depan"/"next"."""
    if word is None:
        return None
    key = word_key(word)
    if key in words.after:
        return words.after[key]
    return words.before.get(key)
