"""Matrix = Analysis + Review: what the views show and the exporters write."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from gui.domain import Agreement, Analysis, Fact, Source
from gui.review.apply import apply_decisions
from gui.review.copies import count_copies_once
from gui.review.decisions import keys_of
from gui.review.review import Review


@dataclass(frozen=True, slots=True)
class Matrix:
    analysis: Analysis  # the machine's result, untouched
    sources: tuple[Source, ...]  # columns, with the reviewer's outlet names
    facts: tuple[Fact, ...]  # rows, with the reviewer's decisions applied (hidden ones too)
    count_copies_once: bool = False  # the reviewer's choice; agreements already follow it
    keys: Mapping[str, str] = field(default_factory=dict)  # source id -> content key

    def key(self, source_id: str) -> str:
        return self.keys[source_id] if source_id in self.keys else keys_of(self.sources)[source_id]

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def fact(self, fact_id: str) -> Fact:
        for f in self.facts:
            if f.id == fact_id:
                return f
        raise KeyError(fact_id)


def reading_order(facts: Iterable[Fact]) -> list[Fact]:
    """The rows' default order, on screen and in every export: conflicts first, then wider
    coverage, then the analysis' own order (the sort is stable)."""
    return sorted(facts, key=lambda f: (f.agreement is not Agreement.CONFLICT, -f.coverage))


def build_matrix(analysis: Analysis, review: Review | None = None) -> Matrix:
    keys = keys_of(analysis.sources)
    applied = apply_decisions(analysis, review.decisions if review else (), keys=keys)
    names = applied.outlet_names
    facts = applied.facts
    if applied.count_copies_once and analysis.copies:
        facts = count_copies_once(facts, analysis.copies)
    sources = tuple(
        replace(s, outlet=names[s.id]) if s.id in names else s for s in analysis.sources
    )
    return Matrix(
        analysis=analysis,
        sources=sources,
        facts=facts,
        count_copies_once=applied.count_copies_once,
        keys=keys,
    )
