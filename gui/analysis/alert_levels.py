"""Levels of an alert scale: "status Siaga", "Level II (Waspada)", "the second alert level",
"third-highest on a scale of four levels", "level kedua".

News gives one level in several ways: by its name on Indonesia's disaster alert scale, by its
number (often Roman), by its rank from the bottom, or by its rank from the top of a scale it
states. Each is read here, from the sentence's pieces, as a quantity of unit "level" holding
the level's rank from the bottom, so that "Level II (Waspada)", "status waspada" and "third
highest of four levels" are one value and "siaga" (III) is another. The number of levels a
scale has ("four alert levels", "a four-step scale") is no level and no count: its words are
handed back to be kept out of the quantities. The words are in
``resources/lexicons/levels.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from gui.analysis.pieces import Piece
from gui.domain import Quantity
from gui.paths import lexicon_path

LEVEL_UNIT = "level"
_LOOK_AHEAD = 6  # pieces after a rank where its level word or its scale is named


@dataclass(frozen=True)
class _Words:
    names: dict[str, int]
    cues: frozenset[str]
    numbered_by: frozenset[str]
    numerals: dict[str, int]
    ordinals: dict[str, int]
    from_top: frozenset[str]
    scale_words: frozenset[str]
    level_words: frozenset[str]
    scale_sizes: dict[str, int]


@cache
def _words() -> _Words:
    with open(lexicon_path("levels.json"), encoding="utf-8") as fh:
        d = json.load(fh)
    return _Words(
        d["names"],
        frozenset(d["cues"]),
        frozenset(d["numbered_by"]),
        d["numerals"],
        d["ordinals"],
        frozenset(d["from_top"]),
        frozenset(d["scale_words"]),
        frozenset(d["level_words"]),
        d["scale_sizes"],
    )


def find_levels(
    text: str, pieces: Sequence[Piece], offset: int = 0
) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """The levels the sentence ``text`` names, and the spans (with ``offset``) of every
    level and scale size, which are no quantities of their own."""
    w = _words()
    scales = _scales(pieces, w)
    levels: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        found = _named(pieces, i, w) or _numbered(pieces, i, w) or _ranked(pieces, i, w, scales)
        if found is None:
            i += 1
            continue
        first, last, value = found
        a, b = pieces[first].start, pieces[last].end
        levels.append(
            Quantity(
                a + offset, b + offset, text[a:b], value, value, value, False, False, "", LEVEL_UNIT
            )
        )
        taken.append((a + offset, b + offset))
        i = last + 1
    spans = taken + [(pieces[a].start + offset, pieces[b].end + offset) for a, b, _ in scales]
    return levels, spans


def _low(pieces: Sequence[Piece], k: int) -> str:
    return pieces[k].low if 0 <= k < len(pieces) else ""


def _named(pieces: Sequence[Piece], i: int, w: _Words) -> tuple[int, int, float] | None:
    """ "status Siaga", "berstatus awas", "level waspada", "Waspada Level II"."""
    value = w.names.get(_low(pieces, i))
    if value is None:
        return None
    cued = _low(pieces, i - 1) in w.cues
    numbered = _low(pieces, i + 1) in w.numbered_by and _low(pieces, i + 2) in w.numerals
    if not (cued or numbered):
        return None  # "siaga bencana", "tetap waspada": a word, no level
    last = i + 2 if numbered else _bracketed_number(pieces, i + 1, w) or i
    return (i - 1 if cued else i), last, float(value)


def _numbered(pieces: Sequence[Piece], i: int, w: _Words) -> tuple[int, int, float] | None:
    """ "Level II (Waspada)", "status level 3", "tingkat kedua"."""
    if _low(pieces, i) not in w.numbered_by:
        return None
    word = _low(pieces, i + 1)
    value = w.numerals.get(word) or w.ordinals.get(word)
    if value is None:
        return None
    first = i - 1 if _low(pieces, i - 1) in w.cues else i
    last = i + 1
    if _low(pieces, i + 2) == "(" and _low(pieces, i + 3) in w.names and _low(pieces, i + 4) == ")":
        last = i + 4  # "Level II (Waspada)": the name says the same level
    return first, last, float(value)


def _bracketed_number(pieces: Sequence[Piece], k: int, w: _Words) -> int | None:
    """The last piece of "(Level III)" after a named level, or None."""
    if (
        _low(pieces, k) == "("
        and _low(pieces, k + 1) in w.numbered_by
        and _low(pieces, k + 2) in w.numerals
        and _low(pieces, k + 3) == ")"
    ):
        return k + 3
    return None


def _ranked(
    pieces: Sequence[Piece], i: int, w: _Words, scales: list[tuple[int, int, int]]
) -> tuple[int, int, float] | None:
    """ "the second alert level" (from the bottom), "third-highest on a scale of four levels",
    "second-highest level of a four-step scale" (from the top of the stated scale)."""
    parts = _low(pieces, i).split("-")
    rank = w.ordinals.get(parts[0])
    if rank is None:
        return None
    top = len(parts) == 2 and parts[1] in w.from_top
    last = i
    if not top and _low(pieces, i + 1) in w.from_top:
        top, last = True, i + 1
    ahead = range(last + 1, min(len(pieces), last + 1 + _LOOK_AHEAD))
    said = [k for k in ahead if pieces[k].low in w.level_words]
    if not said or not any(pieces[k].low in w.scale_words for k in said):
        return None  # "First Alert" (a brand): a rank names a level, not an alert
    end = said[0]
    while end + 1 < len(pieces) and pieces[end + 1].low in w.level_words:
        end += 1  # "second alert level"
    if not top:
        return i, end, float(rank)
    later = [(a, b, size) for a, b, size in scales if a > last]
    if not later or rank > later[0][2]:
        return None  # "the highest level" of a scale it does not state: which one is unknown
    _, b, size = later[0]
    return i, max(b, end), float(size - rank + 1)


def _scales(pieces: Sequence[Piece], w: _Words) -> list[tuple[int, int, int]]:
    """The scale sizes the sentence states (first piece, last piece, size): "four alert
    levels", "dari empat tingkatan", "a four-step scale"."""
    out: list[tuple[int, int, int]] = []
    for k, p in enumerate(pieces):
        parts = p.low.split("-")
        if len(parts) == 2 and parts[0] in w.scale_sizes and parts[1] in w.scale_words:
            out.append((k, k, w.scale_sizes[parts[0]]))  # "four-step"
            continue
        size = w.scale_sizes.get(p.low)
        if size is None:
            continue
        end = k + 1
        if _low(pieces, end) in ("alert", "warning", "status"):
            end += 1
        word = _low(pieces, end)
        plural = word in w.scale_words and word not in w.numbered_by
        of_a_scale = _low(pieces, k - 1) in ("of", "dari") and word in w.scale_words
        if plural or of_a_scale:
            out.append((k, end, size))
    return out
