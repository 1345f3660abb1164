"""Which rows and columns an export covers, in which order: what the reviewer sees, or all."""

from __future__ import annotations

from dataclasses import dataclass

from gui.domain import Fact, Source
from gui.review.matrix import Matrix


@dataclass(frozen=True, slots=True)
class ExportView:
    # rows in display order; None: every fact the reviewer did not hide, in order (without
    # the secondary rows one outlet states, unless ``secondary``)
    fact_ids: tuple[str, ...] | None = None
    source_ids: tuple[str, ...] | None = None  # columns in display order; None: every source
    description: str = "all facts, all outlets"  # said in the export, e.g. the active filter
    secondary: bool = False  # with fact_ids None: include the rows of Fact.secondary

    def facts(self, matrix: Matrix) -> list[Fact]:
        if self.fact_ids is None:
            return [f for f in matrix.facts if not f.hidden and (self.secondary or not f.secondary)]
        by_id = {f.id: f for f in matrix.facts}
        return [by_id[i] for i in self.fact_ids if i in by_id]

    def sources(self, matrix: Matrix) -> list[Source]:
        if self.source_ids is None:
            return list(matrix.sources)
        by_id = {s.id: s for s in matrix.sources}
        return [by_id[i] for i in self.source_ids if i in by_id]


EVERYTHING = ExportView()
