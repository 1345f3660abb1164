"""Counting copies of one story once: five outlets repeating one text are one confirmation.

The analysis finds which sources copy which (``Analysis.copies``: copy id -> the id of its
group's original). When the reviewer asks for copies to count once, a row's agreement and
coverage are worked out as if each copy group were one outlet. The cells stay as they are:
the reviewer still sees what every outlet printed.

Within a group the original speaks for all (or, where the original does not state the fact,
the first copy that does). A copy that states the fact *differently* from that cell, say it
changed the number, is no longer repeating the text, and keeps its own voice: counting once
must never hide a disagreement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from gui.domain import Cell, Fact, Source, Status, derive_agreement


def counted_cells(fact: Fact, copies: Mapping[str, str]) -> dict[str, Cell]:
    """The stated cells of ``fact`` that count when copies count once, by source id."""
    groups: dict[str, dict[str, Cell]] = {}  # group (its original's id) -> stated cells
    for sid, c in fact.cells.items():
        if c.status is not Status.ABSENT:
            groups.setdefault(copies.get(sid, sid), {})[sid] = c
    counted: dict[str, Cell] = {}
    for group, members in groups.items():
        voice = group if group in members else next(iter(members))
        statuses = {members[voice].status}
        counted[voice] = members[voice]
        for sid, c in members.items():
            if c.status not in statuses:
                counted[sid] = c
                statuses.add(c.status)
    return counted


def count_copies_once(facts: Sequence[Fact], copies: Mapping[str, str]) -> tuple[Fact, ...]:
    """``facts`` with each row's agreement derived as if every copy group were one outlet.

    Rows whose agreement does not change are returned as they are (the same objects).
    """
    if not copies:
        return tuple(facts)
    out = []
    for fact in facts:
        agreement = derive_agreement(counted_cells(fact, copies))
        out.append(fact if agreement is fact.agreement else replace(fact, agreement=agreement))
    return tuple(out)


def independent_coverage(fact: Fact, copies: Mapping[str, str]) -> int:
    """How many outlets state ``fact``, a copy group counting as one (see counted_cells)."""
    return len(counted_cells(fact, copies))


def independent_sources(sources: Iterable[Source], copies: Mapping[str, str]) -> int:
    """How many distinct articles ``sources`` hold, a copy group counting as one."""
    return len({copies.get(s.id, s.id) for s in sources})
