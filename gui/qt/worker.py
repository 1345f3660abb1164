"""Reading and analysing a corpus off the GUI thread.

The long work is the plain function :func:`run_pipeline` (ingest, then analysis), testable
without Qt. :class:`AnalysisTask` runs it on a thread pool and reports through signals;
:class:`AnalysisRunner` lives on the GUI thread, starts tasks, forwards only the current
run's signals, and waits for its pool when the window closes, so no thread outlives it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from gui import i18n
from gui.domain import Analysis, Source
from gui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # phase, done, total
Cancelled = Callable[[], bool]

# Phases as the progress signal names them; ``phase_text`` gives them in the interface's
# language.
READING = QT_TRANSLATE_NOOP("Worker", "Reading files")
ANALYSING = QT_TRANSLATE_NOOP("Worker", "Analysing articles")


def phase_text(phase: str) -> str:
    return translate("Worker", phase)


class PipelineCancelled(Exception):
    """The reviewer cancelled; the previous result stays on screen."""


@dataclass(frozen=True, slots=True)
class Engine:
    """The functions a run calls; tests hand in their own."""

    load_paths: Callable[..., Any]  # gui.ingest.load_paths
    analyze: Callable[..., Analysis]  # gui.analysis.analyze
    cancelled_error: type[BaseException] = PipelineCancelled  # gui.analysis.Cancelled
    # Work on a finished result that would otherwise fall to the GUI thread (encoding it
    # for the project file: gui.store.codec.prepare).
    prepare: Callable[[Analysis], object] | None = None


def default_engine() -> Engine:
    """The real ingest and analysis, imported on first use (on the worker thread)."""
    from gui.analysis import Cancelled as AnalysisCancelled
    from gui.analysis import analyze
    from gui.analysis.sharing import sharing_the_interpreter
    from gui.ingest import load_paths
    from gui.store.codec import prepare

    def prepare_sharing(analysis: Analysis) -> None:
        # Encoding makes millions of short-lived objects: with the collector on, its full
        # collections held the window for up to 180 ms.
        with sharing_the_interpreter():
            prepare(analysis)

    return Engine(
        load_paths=load_paths,
        # the rows' labels speak the interface's language, as it is when the run starts
        analyze=partial(analyze, label_language=i18n.language()),
        cancelled_error=AnalysisCancelled,
        prepare=prepare_sharing,
    )


def run_pipeline(
    paths: Sequence[str],
    engine: Engine,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    existing: Sequence[Source] = (),
) -> Analysis:
    """Read ``paths`` and analyse what could be read together with the ``existing``
    sources (a project's corpus); refused inputs travel in the result."""
    report = progress or (lambda _phase, _done, _total: None)
    stop = cancelled or (lambda: False)

    known = {_same_file(s.path) for s in existing if s.path}
    fresh = [p for p in paths if _same_file(p) not in known]
    loaded = (
        engine.load_paths(
            fresh,
            progress=lambda done, total: report(READING, done, total),
            cancelled=stop,
            first_id=_next_number(existing),
        )
        if fresh
        else None
    )
    if stop():
        raise PipelineCancelled
    # The corpus limit counts the project's articles too; those are always kept.
    from gui.ingest.budget import fit_corpus

    added, over = fit_corpus(loaded.sources if loaded else (), already=_characters(existing))
    sources = (*existing, *added)
    refused = (*(loaded.refused if loaded else ()), *over)
    if not sources:
        return Analysis(sources=(), facts=(), refused=refused)
    report(ANALYSING, 0, len(sources))
    return engine.analyze(
        sources,
        progress=lambda done, total: report(ANALYSING, done, total),
        cancelled=stop,
        refused=refused,
    )


def _characters(sources: Sequence[Source]) -> int:
    return sum(len(s.text) for s in sources)


def _same_file(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def _next_number(sources: Sequence[Source]) -> int:
    numbers = [int(s.id[1:]) for s in sources if s.id[:1] == "s" and s.id[1:].isdigit()]
    return max(numbers, default=0) + 1


# Names of tasks inside run(); tests assert it is empty when they end.
_running: set[str] = set()
_running_lock = threading.Lock()


def running_tasks() -> frozenset[str]:
    with _running_lock:
        return frozenset(_running)


class _TaskSignals(QObject):
    progressed = Signal(int, str, int, int)  # run id, phase, done, total
    succeeded = Signal(int, object)  # run id, Analysis
    failed = Signal(int, str)  # run id, message
    cancelled = Signal(int)  # run id


class AnalysisTask(QRunnable):
    def __init__(
        self,
        run_id: int,
        paths: Sequence[str],
        engine_factory: Callable[[], Engine],
        existing: Sequence[Source] = (),
    ) -> None:
        super().__init__()
        # The runner keeps a reference until the pool is done with the task.
        self.setAutoDelete(False)
        self.run_id = run_id
        self.paths = tuple(paths)
        self.existing = tuple(existing)
        self.signals = _TaskSignals()
        self._engine_factory = engine_factory
        self._stop = threading.Event()

    @property
    def name(self) -> str:
        return f"analysis #{self.run_id}"

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        with _running_lock:
            _running.add(self.name)
        outcome: tuple[str, Any]
        try:
            if self._stop.is_set():
                raise PipelineCancelled
            engine = self._engine_factory()
            try:
                analysis = run_pipeline(
                    self.paths,
                    engine,
                    progress=self._report,
                    cancelled=self._stop.is_set,
                    existing=self.existing,
                )
            except engine.cancelled_error as exc:
                raise PipelineCancelled from exc
            if engine.prepare is not None and analysis.sources and not self._stop.is_set():
                engine.prepare(analysis)
            outcome = ("cancelled", None) if self._stop.is_set() else ("succeeded", analysis)
        except PipelineCancelled:
            outcome = ("cancelled", None)
        except Exception as exc:  # shown to the reviewer, never lost in a thread
            log.exception("analysis failed")
            outcome = ("failed", f"{type(exc).__name__}: {exc}")
        finally:
            # Leave the registry before the last signal, so whoever reacts sees us done.
            with _running_lock:
                _running.discard(self.name)
        kind, value = outcome
        if kind == "succeeded":
            self.signals.succeeded.emit(self.run_id, value)
        elif kind == "failed":
            self.signals.failed.emit(self.run_id, value)
        else:
            self.signals.cancelled.emit(self.run_id)

    def _report(self, phase: str, done: int, total: int) -> None:
        self.signals.progressed.emit(self.run_id, phase, done, total)


class AnalysisRunner(QObject):
    """Starts analyses one at a time; a new start cancels the one under way."""

    started = Signal()
    progressed = Signal(str, int, int)  # phase, done, total
    finished = Signal(object)  # Analysis
    failed = Signal(str)
    cancelled = Signal()
    busyChanged = Signal(bool)

    def __init__(
        self,
        engine_factory: Callable[[], Engine] = default_engine,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine_factory = engine_factory
        self._pool = QThreadPool(self)
        # One at a time: a cancelled run finishes its step before the next one starts.
        self._pool.setMaxThreadCount(1)
        self._tasks: dict[int, AnalysisTask] = {}
        # Finished tasks stay referenced until the pool is idle: a pool thread may still be
        # returning from run() when the last signal arrives here.
        self._retired: list[AnalysisTask] = []
        self._current = 0
        self._next_id = 0

    @property
    def busy(self) -> bool:
        return self._current in self._tasks

    def start(self, paths: Sequence[str], existing: Sequence[Source] = ()) -> int:
        """Analyse ``paths`` with the ``existing`` sources; returns the run id carried by
        this run's signals."""
        self.cancel()
        if self._pool.activeThreadCount() == 0:
            self._retired.clear()
        self._next_id += 1
        task = AnalysisTask(self._next_id, paths, self._engine_factory, existing)
        task.signals.progressed.connect(self._on_progressed)
        task.signals.succeeded.connect(self._on_succeeded)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        was_busy = self.busy
        self._current = task.run_id
        self._tasks[task.run_id] = task
        self._pool.start(task)
        self.started.emit()
        if not was_busy:
            self.busyChanged.emit(True)
        return task.run_id

    def cancel(self) -> None:
        task = self._tasks.get(self._current)
        if task is not None:
            task.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel everything and wait for the pool; True when no thread is left working."""
        for task in self._tasks.values():
            task.cancel()
        done = self._pool.waitForDone(timeout_ms)
        if done:
            self._tasks.clear()
            self._retired.clear()
        return done

    def _finish(self, run_id: int) -> bool:
        """Forget a finished task; True when it was the current run."""
        task = self._tasks.pop(run_id, None)
        if task is not None:
            self._retired.append(task)
        current = run_id == self._current
        if current:
            self.busyChanged.emit(False)
        return current

    @Slot(int, str, int, int)
    def _on_progressed(self, run_id: int, phase: str, done: int, total: int) -> None:
        if run_id == self._current:
            self.progressed.emit(phase, done, total)

    @Slot(int, object)
    def _on_succeeded(self, run_id: int, analysis: Analysis) -> None:
        if self._finish(run_id):
            self.finished.emit(analysis)

    @Slot(int, str)
    def _on_failed(self, run_id: int, message: str) -> None:
        if self._finish(run_id):
            self.failed.emit(message)

    @Slot(int)
    def _on_cancelled(self, run_id: int) -> None:
        if self._finish(run_id):
            self.cancelled.emit()
