"""Matrix = Analysis + Review: what the views show and the exporters write."""

from __future__ import annotations

from dataclasses import dataclass, replace

from gui.domain import Analysis, Fact, Source
from gui.review.review import Review


@dataclass(frozen=True, slots=True)
class Matrix:
    analysis: Analysis  # the machine's result, untouched
    sources: tuple[Source, ...]  # columns, with the reviewer's outlet names
    facts: tuple[Fact, ...]  # rows, with the reviewer's decisions applied

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


def build_matrix(analysis: Analysis, review: Review | None = None) -> Matrix:
    review = review or Review()
    sources = tuple(
        replace(s, outlet=review.outlet_names[s.id]) if s.id in review.outlet_names else s
        for s in analysis.sources
    )
    return Matrix(analysis=analysis, sources=sources, facts=analysis.facts)
