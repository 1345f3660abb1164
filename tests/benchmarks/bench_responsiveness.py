"""Does the window stay responsive while it analyses a large corpus, and does Cancel stop it?

Runs the real window offscreen on a synthetic corpus. A 10 ms QTimer on the GUI thread
records when it actually fires; the longest gap between ticks is the longest time the window
could not repaint or react (the analysis runs on a worker thread, but it shares the GIL).
Then the analysis is started again and cancelled at given points of its progress, and the
time from Cancel to the worker reporting that it stopped is measured.

    python -m tests.benchmarks.bench_responsiveness                  # 800 articles
    python -m tests.benchmarks.bench_responsiveness --articles 200 --cancel-at 0.3,0.95

``--cancel-at`` takes fractions of the first run's duration: 0.9 cancels late, while the
corpus-wide alignment runs.

Targets: no pause of the GUI thread over 100 ms while the analysis runs (showing the result
afterwards is reported apart), and Cancel stopping the work within a second.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.synth.generator import article_paths, generate

TICK_MS = 10
NOTICEABLE_MS = 100.0  # a pause a reviewer notices
TARGET_GAP_MS = 100.0  # the window never blocks longer while it analyses
TARGET_CANCEL_S = 1.0


@dataclass(slots=True)
class Ticks:
    """When the GUI thread's timer actually fired."""

    times: list[float] = field(default_factory=list)
    # long pauses: (ms, where the other threads were when the GUI thread ran again)
    explained: list[tuple[float, str]] = field(default_factory=list)

    def record(self) -> None:
        now = time.perf_counter()
        if self.times and now - self.times[-1] > NOTICEABLE_MS / 1000:
            self.explained.append((1000 * (now - self.times[-1]), _elsewhere()))
        self.times.append(now)

    def gaps_ms(self, start: float, end: float) -> list[float]:
        inside = [t for t in self.times if start <= t <= end]
        return [1000 * (b - a) for a, b in itertools.pairwise(inside)]


def _elsewhere() -> str:
    """The innermost frames of every thread but this one: what just held the interpreter."""
    here = threading.get_ident()
    parts = []
    for ident, frame in sys._current_frames().items():
        if ident == here:
            continue
        frames = [f for f, _ in traceback.walk_stack(frame)][:3]
        parts.append(
            " <- ".join(
                f"{Path(f.f_code.co_filename).name}:{f.f_lineno} {f.f_code.co_name}" for f in frames
            )
        )
    return "; ".join(parts) or "no other thread"


@dataclass(slots=True)
class Collections:
    """Python's cyclic garbage collections: a long one holds every thread."""

    runs: list[tuple[float, float, int, str]] = field(default_factory=list)  # start, end, gen
    _started: dict[str, tuple[float, int]] = field(default_factory=dict)

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        thread = threading.current_thread().name
        if phase == "start":
            self._started[thread] = (time.perf_counter(), info["generation"])
        elif thread in self._started:
            began, generation = self._started.pop(thread)
            self.runs.append((began, time.perf_counter(), generation, thread))

    def longest(self, start: float, end: float) -> str:
        inside = [r for r in self.runs if start <= r[0] <= end]
        if not inside:
            return "no garbage collection"
        began, ended, generation, thread = max(inside, key=lambda r: r[1] - r[0])
        return (
            f"longest garbage collection {1000 * (ended - began):.0f} ms "
            f"(generation {generation}, {thread} thread)"
        )


@dataclass(frozen=True, slots=True)
class Pause:
    longest_ms: float
    noticeable: int  # gaps longer than NOTICEABLE_MS
    ticks: int


def _pauses(ticks: Ticks, start: float, end: float) -> Pause:
    gaps = ticks.gaps_ms(start, end)
    return Pause(
        longest_ms=max(gaps, default=0.0),
        noticeable=sum(g > NOTICEABLE_MS for g in gaps),
        ticks=len(gaps),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_responsiveness")
    parser.add_argument("--articles", type=int, default=800)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--cancel-at", default="0.2,0.6,0.9", help="fractions of the run time to cancel at"
    )
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds allowed per run")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="claimgrid-responsive-") as tmp:
        corpus = Path(tmp) / "corpus"
        truth = generate(corpus, articles=args.articles, words=args.words, seed=args.seed)
        paths = [str(p) for p in article_paths(corpus, truth)]
        fractions = [float(f) for f in args.cancel_at.split(",") if f.strip()]
        return _measure(paths, Path(tmp) / "settings", fractions, args.timeout)


def _measure(paths: list[str], settings: Path, fractions: list[float], timeout: float) -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.qt.window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(settings))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(remember=False)
    window.show()
    ticks = Ticks()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(ticks.record)
    timer.start()
    collections = Collections()
    gc.callbacks.append(collections)

    # Time the display of the result separately: it runs on the GUI thread by design.
    display: list[tuple[float, float]] = []  # (start, end) of each display
    show = window.set_analysis

    def timed_show(analysis: object) -> None:
        t = time.perf_counter()
        show(analysis)  # type: ignore[arg-type]
        display.append((t, time.perf_counter()))

    window.set_analysis = timed_show  # type: ignore[method-assign]

    def wait(until: Callable[[], bool]) -> bool:
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(
            lambda: loop.quit() if until() or time.perf_counter() > deadline else None
        )
        poll.start()
        loop.exec()
        poll.stop()
        return until()

    outcome: list[str] = []
    window.runner.finished.connect(lambda _a: outcome.append("finished"))
    window.runner.failed.connect(lambda m: outcome.append(f"failed: {m}"))
    window.runner.cancelled.connect(lambda: outcome.append("cancelled"))
    progress: list[tuple[str, int, int]] = []
    window.runner.progressed.connect(
        lambda phase, done, total: progress.append((phase, done, total))
    )

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{len(paths)} articles, GUI timer every {TICK_MS} ms, offscreen; load average {load}")
    missed: list[str] = []
    t0 = time.perf_counter()
    window.open_paths(paths)
    wait(lambda: bool(outcome))
    t1 = time.perf_counter()
    if outcome != ["finished"]:
        print(f"analysis did not finish: {outcome or 'timeout'}")
        window.runner.shutdown()
        return 1
    full_s = t1 - t0
    shown_at, shown_end = display[-1] if display else (t1, t1)
    run = _pauses(ticks, t0, shown_at)
    print(f"full run: {full_s:.1f} s, {window.model.rowCount()} rows shown")
    print(
        f"  while analysing: longest GUI pause {run.longest_ms:.0f} ms, {run.noticeable} pauses "
        f"over {NOTICEABLE_MS:.0f} ms in {run.ticks} ticks"
    )
    print(f"  showing the result blocked the GUI thread for {1000 * (shown_end - shown_at):.0f} ms")
    print(f"  {collections.longest(t0, shown_at)}")
    if run.longest_ms > TARGET_GAP_MS:
        missed.append(f"GUI pause {run.longest_ms:.0f} ms > {TARGET_GAP_MS:.0f} ms")

    for fraction in fractions:
        outcome.clear()
        progress.clear()
        start = time.perf_counter()
        window.reanalyse()
        started_s = time.perf_counter() - start
        wait(lambda f=fraction, s=start: bool(outcome) or time.perf_counter() - s >= f * full_s)
        if outcome:
            wait(lambda s=start: bool(display) and display[-1][0] >= s)
            shown = display[-1][0] if display and display[-1][0] >= start else time.perf_counter()
            pause = _pauses(ticks, start, shown)
            print(
                f"cancel at {fraction:.0%} of the run: it ended first ({outcome[0]}); "
                f"longest GUI pause while analysing {pause.longest_ms:.0f} ms; "
                f"{collections.longest(start, shown)}"
            )
            if pause.longest_ms > TARGET_GAP_MS:
                missed.append(f"GUI pause {pause.longest_ms:.0f} ms > {TARGET_GAP_MS:.0f} ms")
            continue
        at = progress[-1] if progress else ("starting", 0, 0)
        t_cancel = time.perf_counter()
        window.corpus.cancel_action.trigger()
        stopped = wait(lambda: bool(outcome))
        latency = time.perf_counter() - t_cancel
        pause = _pauses(ticks, start, t_cancel + latency)
        state = outcome[0] if stopped else "still running"
        print(
            f"cancel at {fraction:.0%} of the run ({at[0]} {at[1]}/{at[2]}): {state} after "
            f"{latency:.2f} s; longest GUI pause {pause.longest_ms:.0f} ms (starting the run "
            f"took {1000 * started_s:.0f} ms of it); "
            f"{collections.longest(start, t_cancel + latency)}"
        )
        if latency > TARGET_CANCEL_S or state != "cancelled":
            missed.append(f"cancel at {fraction:.0%} took {latency:.2f} s ({state})")
    timer.stop()
    window.runner.shutdown()
    window.close()
    app.processEvents()
    if ticks.explained:
        print(
            "\nlong pauses of the whole session (showing results included), and where the "
            "other threads were when the window ran again:"
        )
        for ms, where in sorted(ticks.explained, reverse=True)[:5]:
            print(f"  {ms:5.0f} ms  {where}")
    print("targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
