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

Every rule is anchored on a word (a number, a month or weekday name, "tahun", "last", ...) and
tried only where the sentence's pieces (``pieces.scan``, the one scan of the sentence) put such
a word, so a sentence costs a few anchored matches. Patterns are compiled once per language on
first use from ``resources/lexicons/dates.json``. The modules: ``date_words`` (the lexicon),
``date_calendar`` (spans and arithmetic), ``date_builders`` (a match to days), ``date_grammar``
(the patterns, filed under their anchor words), and this one (the scan).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime

from gui.analysis.date_calendar import DateContext, valid_year
from gui.analysis.date_grammar import grammar
from gui.analysis.date_words import calendar_words as calendar_words
from gui.analysis.date_words import date_words, word_key
from gui.analysis.pieces import Piece, scan
from gui.domain import DateMention

# Inside a word piece, a date word ends at a hyphen and keeps one apostrophe ("Jum'at"), so
# "mid-March" anchors "mid" and "March".
_SUBWORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _anchors(pieces: Sequence[Piece]) -> Iterator[tuple[int, str, str]]:
    """Where a date rule may start: (local offset, the word or number there, its lexicon key)."""
    for p in pieces:
        kind, t = p.kind, p.text
        if kind == "n" or (kind == "w" and "-" not in t and "'" not in t and "’" not in t):
            yield p.start, t, p.low
        elif kind == "w":
            for m in _SUBWORD_RE.finditer(t):
                sub = m.group()
                if sub[-2:].lower() in ("'s", "’s"):
                    sub = sub[:-2]  # "Friday's quake": the weekday
                yield p.start + m.start(), sub, word_key(sub)


def _glued(text: str, pos: int) -> bool:
    return pos >= 2 and text[pos - 2].isalpha()


def scan_dates(
    text: str,
    *,
    offset: int = 0,
    published: date | None = None,
    language: str = "id",
    pieces: Sequence[Piece] | None = None,
) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """Dates of one sentence, and the spans of every date phrase including unresolved ones.

    ``pieces`` is ``scan(text)`` when the caller has scanned the sentence already.
    """
    if isinstance(published, datetime):
        published = published.date()
    if published is not None and not valid_year(published.year):
        published = None  # not a news date; relative words then stay unresolved
    rules_of = grammar(language)
    ctx = DateContext(text, published, language, date_words(language))
    mentions: list[DateMention] = []
    spans: list[tuple[int, int]] = []
    reached = 0
    for pos, token, key in _anchors(scan(text) if pieces is None else pieces):
        if pos < reached:
            continue
        if token[0].isdigit():
            if pos and (text[pos - 1].isalpha() or (text[pos - 1] in "-‐" and _glued(text, pos))):
                continue  # "G2020", "COVID-19": part of a code
            rules = rules_of.numbers
        else:
            rules = rules_of.anchors.get(key, ())
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
