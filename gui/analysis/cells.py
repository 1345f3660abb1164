"""One row's cells: each outlet's decisive value, its other values, and its status.

An outlet may give several values for one fact: a headline's figure and the body's, a toll
and its revision ("bertambah menjadi 21 orang"), another official's number. The cell shows
the decisive one and keeps the rest, in text order, for the detail pane and the exports. The
decisive value is the one the outlet presents as current: in the body rather than a
headline, not an earlier figure it recalls ("Sebelumnya, 41 orang ..."), exact rather than
vague, marked as an update ("kini", "menjadi", "rose to", "now")
rather than not, and otherwise the first it gives. A sentence that gives two values the slot
does not tell apart (two kinds of affected district) shows the one the other outlets give.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.analysis.claims import Claim
from gui.analysis.compare import make_cell, statuses
from gui.analysis.slots import EARLIER
from gui.domain import Cell, DateMention, Quantity, Status

_UPDATE_WORDS = frozenset(
    {
        "kini",
        "menjadi",
        "jadi",
        "terbaru",
        "terkini",
        "bertambah",
        "update",
        "now",
        "latest",
        "risen",
        "rose",
        "climbed",
        "reached",
        "raising",
        "revised",
        "total",
        "totalnya",
        "seluruhnya",
        "sejauh",
        "so",
        "tally",
    }
)
# Words before a value where an update marker stands ("total jenazah yang berhasil
# diidentifikasi tim forensik berjumlah 31": eight words back).
_UPDATE_REACH = 8


def _updated(c: Claim) -> bool:
    if c.anchor is None:
        return False
    start = c.anchor.start
    before = [t for t in c.sentence_tokens if t.end <= start][-_UPDATE_REACH:]
    return any(t.lower in _UPDATE_WORDS for t in before)


def _earlier(c: Claim) -> bool:
    """An earlier figure the outlet gives ("Sebelumnya, 41 orang ...", "initially")."""
    return c.slot is not None and bool(c.slot.qualifiers & EARLIER)


def _vague(c: Claim) -> bool:
    a = c.anchor
    if isinstance(a, DateMention):
        return a.relative or a.precision != "day"  # "Sabtu pekan lalu" after "Senin (28/4)"
    return isinstance(a, Quantity) and (a.vague or a.approx)


def decisive(claims: Sequence[Claim]) -> Claim:
    """The value an outlet presents as current among its ``claims`` of one fact."""
    return min(
        claims,
        key=lambda c: (
            c.sentence.heading,
            _earlier(c),
            _vague(c),
            not _updated(c),
            c.sentence.start,
        ),
    )


def row_cells(row: Sequence[Claim]) -> tuple[dict[str, Cell], list[Claim]]:
    """The cells of one row (source id -> cell) and each outlet's decisive claim."""
    by_source: dict[str, list[Claim]] = {}
    for c in row:
        by_source.setdefault(c.source_id, []).append(c)
    chosen = [decisive(claims) for claims in by_source.values()]
    chosen, verdicts = _meeting(chosen, by_source)
    cells: dict[str, Cell] = {}
    for c, status in zip(chosen, verdicts, strict=True):
        others = sorted(
            (o for o in by_source[c.source_id] if o is not c), key=lambda o: o.sentence.start
        )
        cells[c.source_id] = make_cell(c, status, others)
    return cells, chosen


def _meeting(
    chosen: list[Claim], by_source: dict[str, list[Claim]]
) -> tuple[list[Claim], list[Status]]:
    """The decisive claims and their statuses, where an outlet whose one sentence gives two
    values the slot does not tell apart ("di dua kecamatan terdampak awan panas, maupun
    delapan kecamatan terdampak debu") shows the one that meets the other outlets: it states
    both, and contradicts no one by the other."""
    verdicts = statuses(chosen)
    for n, c in enumerate(chosen):
        for o in by_source[c.source_id]:
            if o is c or o.sentence.index != c.sentence.index:
                continue
            trial = [*chosen[:n], o, *chosen[n + 1 :]]
            tried = statuses(trial)
            if _conflicts(tried) < _conflicts(verdicts):
                chosen, verdicts = trial, tried
                break
    return chosen, verdicts


def _conflicts(verdicts: Sequence[Status]) -> int:
    return sum(v is Status.CONFLICT for v in verdicts)
