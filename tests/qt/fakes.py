"""Engines for worker tests: plain functions with the real signatures, steered by events."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from gui.domain import Analysis, Refusal, Source
from gui.qt.worker import Engine


class FakeCancelled(Exception):
    pass


@dataclass
class LoadResult:
    sources: tuple[Source, ...]
    refused: tuple[Refusal, ...]


@dataclass
class GatedEngine:
    """Reads instantly, then analyses ``total`` articles, pausing at ``pause_at`` until released.

    While paused it keeps checking ``cancelled()``, as the real analysis does between steps.
    """

    analysis: Analysis
    total: int = 200
    pause_at: int = 10
    release: threading.Event = field(default_factory=threading.Event)
    loaded_paths: list[list[str]] = field(default_factory=list)
    analysed: list[int] = field(default_factory=list)  # how many sources each run analysed

    def load_paths(
        self,
        paths: Sequence[str],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        first_id: int = 1,
    ) -> LoadResult:
        self.loaded_paths.append(list(paths))
        if progress:
            progress(len(paths), len(paths))
        return LoadResult(self.analysis.sources, self.analysis.refused)

    def analyze(
        self,
        sources: Sequence[Source],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        refused: Sequence[Refusal] = (),
    ) -> Analysis:
        self.analysed.append(len(sources))
        stop = cancelled or (lambda: False)
        for done in range(1, self.total + 1):
            if stop():
                raise FakeCancelled
            if progress:
                progress(done, self.total)
            if done == self.pause_at:
                while not self.release.wait(0.005):
                    if stop():
                        raise FakeCancelled
        return self.analysis

    def engine(self) -> Engine:
        return Engine(self.load_paths, self.analyze, FakeCancelled)


def unavailable_engine() -> Engine:
    raise RuntimeError("this test does not analyse anything")
