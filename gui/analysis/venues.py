"""Where an announcement was made: one row of the venues outlets name, a conflict when they
name different ones.

"dalam konferensi pers di Istana Bogor", "told a briefing held at the Bogor Palace" and
"in a speech from the Presidential Palace" are three outlets' venues of one announcement; the
first two are one venue, the third another. A venue is read after an announcement word (the
ANNOUNCE and MEET concepts, "sambutan", "speech") and a preposition, and only when its name
holds a building's noun (``resources/lexicons/venues.json``): a city or a country is where,
not the venue, and two outlets naming Jakarta and a palace in it do not disagree. The name
is compared by its words, the noun and the other words read in English
(``gui.analysis.name_words``), whatever their order: "Gedung Negara" = "State Building".
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from gui.analysis.claims import Claim, statement_claim
from gui.analysis.lexicon import stopwords
from gui.analysis.measures import measures
from gui.analysis.name_words import english_readings
from gui.analysis.sentence import SentenceFacts
from gui.domain import Source
from gui.paths import lexicon_path

VENUE = "VENUE"  # the qualifier that marks a claim of where an announcement was made
_OPENED_BY = frozenset({"ANNOUNCE", "MEET"})
_REACH = 8  # words from the announcement word to the preposition of its venue
_NAME_WORDS = 3  # words of a venue's name besides its noun
_SKIP = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class _Words:
    openers: frozenset[str]
    cues: frozenset[str]
    nouns: dict[str, str]


@cache
def _words() -> _Words:
    with open(lexicon_path("venues.json"), encoding="utf-8") as fh:
        d = json.load(fh)
    return _Words(frozenset(d["openers"]), frozenset(d["cues"]), d["nouns"])


def venue_claims(
    per_source: dict[str, list[SentenceFacts]], sources: Sequence[Source], first_id: int
) -> list[Claim]:
    """Each outlet's first venue of an announcement, as a claim (ids from ``first_id``)."""
    out: list[Claim] = []
    for index, source in enumerate(sources):
        for sf in per_source.get(source.id, []):
            found = _venue(sf)
            if found is None:
                continue
            first, last = found
            words = tuple(sf.tokens[first : last + 1])
            out.append(
                statement_claim(
                    sf,
                    source,
                    index,
                    first_id + len(out),
                    features={"v:venue": 1.0},
                    qualifiers=frozenset({VENUE}),
                    named=_key([t.lower for t in words]),
                    words=words,
                    event_token=words[0],
                    span=(words[0].start, words[-1].end),
                )
            )
            break  # the first venue an outlet names is the announcement's
    return out


def _venue(sf: SentenceFacts) -> tuple[int, int] | None:
    """The first and last token of the venue a sentence's announcement names, or None."""
    w = _words()
    toks = sf.tokens
    opened = {k for h in sf.concepts if h.concept in _OPENED_BY for k in range(h.start, h.end)}
    opened |= {k for k, t in enumerate(toks) if t.lower in w.openers}
    for k in sorted(opened):
        for j in range(k + 1, min(len(toks), k + 1 + _REACH)):
            if toks[j].lower not in w.cues:
                continue
            found = _name_at(sf, j + 1)
            if found is not None:
                return found
    return None


def _name_at(sf: SentenceFacts, j: int) -> tuple[int, int] | None:
    """A venue's name starting at token ``j`` (past "the"): its noun first ("Istana
    Bogor", "istana bogor") or last ("the Bogor Palace"); None when there is none."""
    w = _words()
    toks = sf.tokens
    while j < len(toks) and toks[j].lower in _SKIP:
        j += 1
    if j >= len(toks):
        return None
    if toks[j].lower in w.nouns:
        last = j
        while (
            last + 1 < len(toks)
            and last - j < _NAME_WORDS
            and _joined(sf, last)
            and toks[last + 1].lower not in stopwords()
            and toks[last + 1].lower not in w.cues
            and (toks[last + 1].is_capitalised or last == j)
        ):
            last += 1
        return (j, last) if last > j else None
    for last in range(j, min(len(toks), j + _NAME_WORDS + 1)):
        if not toks[last].is_capitalised:
            return None
        if toks[last].lower in w.nouns:
            return (j, last) if last > j else None
        if not _joined(sf, last):
            return None
    return None


def _joined(sf: SentenceFacts, k: int) -> bool:
    """Whether nothing but a space stands between tokens k and k+1."""
    return k + 1 < len(sf.tokens) and not sf.between(k, k + 1).strip()


def _key(words: list[str]) -> str:
    """The venue's words in English, in a fixed order: "istana merdeka" and "merdeka
    palace" give "merdeka palace"."""
    nouns = _words().nouns
    read = []
    for word in words:
        english = nouns.get(word) or next(iter(english_readings(word)), word)
        read.append(english)
    return " ".join(sorted(read))


def venue_rows(claims: Sequence[Claim]) -> list[list[Claim]]:
    """One row of the venues, when two or more outlets name one."""
    by_source: dict[str, Claim] = {}
    for c in claims:
        by_source.setdefault(c.source_id, c)
    return [list(by_source.values())] if len(by_source) >= 2 else []


def is_venue_row(row: Sequence[Claim]) -> bool:
    return bool(row) and VENUE in row[0].qualifiers


def venue_label(row: Sequence[Claim], language: str) -> str:
    """ "Venue of the announcement — Istana Bogor · Gedung Negara": each venue as its first
    outlet writes it, the most named first."""
    shown: dict[str, str] = {}
    counts: dict[str, int] = defaultdict(int)
    for c in row:
        shown.setdefault(c.named, " ".join(t.text for t in c.words))
        counts[c.named] += 1
    spread = " · ".join(shown[k] for k in sorted(shown, key=lambda k: -counts[k]))
    return measures().label("venue", language).format(spread)
