"""Helpers for tests that analyse a small corpus of article files and look rows up by value."""

from __future__ import annotations

from pathlib import Path

from gui.analysis import analyze
from gui.domain import Analysis, Fact, FactKind
from gui.ingest import load_paths

CORPORA = Path(__file__).parent / "corpora"


def analyse_corpus(name: str, *, sources: int) -> Analysis:
    loaded = load_paths([CORPORA / name])
    assert not loaded.refused
    assert len(loaded.sources) == sources
    return analyze(loaded.sources)


def sid(analysis: Analysis, prefix: str) -> str:
    """The id of the source whose file name starts with ``prefix``."""
    return next(s.id for s in analysis.sources if Path(s.path).name.startswith(prefix))


def the_row(analysis: Analysis, kind: FactKind, prefix: str, value: object) -> Fact:
    """The one row of ``kind`` where that source's normalised value is ``value``."""
    source = sid(analysis, prefix)
    rows = [f for f in analysis.facts if f.kind is kind and f.cell(source).normalized == value]
    assert len(rows) == 1, [f.label for f in rows]
    return rows[0]
