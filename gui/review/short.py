"""Articles too short to be articles: a file holding a word or two ("hello") is analysed like
any other, but states nothing; the reviewer is told rather than shown a silent empty column."""

from __future__ import annotations

from collections.abc import Iterable

from gui.domain import Analysis, Source

MIN_WORDS = 12  # the shortest news brief runs to a sentence or two


def short_sources(analysis: Analysis) -> list[Source]:
    """Sources with fewer than ``MIN_WORDS`` words, in corpus order."""
    return [s for s in analysis.sources if s.words < MIN_WORDS]


def names(sources: Iterable[Source]) -> list[str]:
    """How to name each one: its file, or its outlet when it has no file."""
    return [s.path if s.path and not s.path.startswith("(") else s.outlet for s in sources]
