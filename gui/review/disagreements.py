"""Reviewers who set one cell's status differently: both decisions are kept, and the cell is
an open disagreement until someone settles it.

On a shared project every decision names its reviewer (``Decision.extra["reviewer"]``). The
matrix shows the latest status decided for a cell, as always; this module looks at every
reviewer's latest status for that cell since it was last settled (a status decision with
``resolves``): two or more different ones make an open disagreement. A project file has one
reviewer, so it never has any.

A status decision names its fact by anchors (``gui.review.decisions``); two reviewers looking
at one row make the same anchors, and the row they name is found again in the matrix by them.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.domain import Status
from gui.review.decisions import Anchor, Decision, Kind, target_of
from gui.review.matrix import Matrix

CellKey = tuple[frozenset[Anchor], str]  # a fact's anchors, a source key


@dataclass(frozen=True, slots=True)
class Disagreement:
    fact_id: str
    source_id: str
    positions: tuple[tuple[str, Status], ...]  # each reviewer's latest status, in order made


def open_disagreements(
    matrix: Matrix, decisions: list[Decision]
) -> dict[tuple[str, str], Disagreement]:
    """(fact id, source id) -> the open disagreement on that cell of ``matrix``."""
    positions: dict[CellKey, dict[str, Status]] = {}
    for d in decisions:
        if d.kind is not Kind.SET_STATUS or d.status is None:
            continue
        key = (frozenset(d.target), d.source)
        reviewer = str(d.extra.get("reviewer", ""))
        if d.resolves:
            positions[key] = {reviewer: d.status}
            continue
        cell = positions.setdefault(key, {})
        cell.pop(reviewer, None)  # re-inserted last: the order is that of the latest say
        cell[reviewer] = d.status
    disputed = {k: v for k, v in positions.items() if len(set(v.values())) > 1}
    if not disputed:
        return {}
    keys = dict(matrix.keys)
    ids = {key: sid for sid, key in keys.items()}
    facts = {frozenset(target_of(f, keys)): f.id for f in matrix.facts}
    out: dict[tuple[str, str], Disagreement] = {}
    for (anchors, source), said in disputed.items():
        fact_id = facts.get(anchors) or _overlapping(matrix, keys, anchors)
        source_id = ids.get(source)
        if fact_id and source_id:
            out[(fact_id, source_id)] = Disagreement(fact_id, source_id, tuple(said.items()))
    return out


def _overlapping(matrix: Matrix, keys: dict[str, str], anchors: frozenset[Anchor]) -> str:
    """The row sharing the most anchors, when the row changed since (a cell attached)."""
    best, most = "", 0
    for fact in matrix.facts:
        shared = len(anchors & set(target_of(fact, keys)))
        if shared > most:
            best, most = fact.id, shared
    return best
