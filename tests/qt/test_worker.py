from __future__ import annotations

import threading
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from gui.domain import Analysis
from gui.qt.window import MainWindow
from gui.qt.worker import (
    ANALYSING,
    READING,
    AnalysisRunner,
    PipelineCancelled,
    run_pipeline,
    running_tasks,
)
from tests.qt.fakes import GatedEngine, LoadResult

# ---- the plain function ----------------------------------------------------------------


def test_run_pipeline_reads_then_analyses_and_reports_both_phases(analysis: Analysis):
    engine = GatedEngine(analysis, total=5, pause_at=0)
    seen: list[tuple[str, int, int]] = []
    result = run_pipeline(["a.txt", "b/"], engine.engine(), progress=lambda *p: seen.append(p))
    assert result is analysis
    assert engine.loaded_paths == [["a.txt", "b/"]]
    assert seen[0] == (READING, 2, 2)
    assert (ANALYSING, 0, 5) in seen
    assert seen[-1] == (ANALYSING, 5, 5)


def test_run_pipeline_with_nothing_readable_returns_the_refusals(analysis: Analysis):
    @dataclass
    class NothingReadable(GatedEngine):
        def load_paths(self, paths, *, progress=None, cancelled=None, first_id=1):  # type: ignore[override]
            return LoadResult((), analysis.refused)

        def analyze(self, *args, **kwargs):  # type: ignore[override]
            raise AssertionError("nothing to analyse")

    result = run_pipeline(["x.docx"], NothingReadable(analysis).engine())
    assert result.sources == ()
    assert result.refused == analysis.refused


def test_run_pipeline_stops_between_phases_when_cancelled(analysis: Analysis):
    engine = GatedEngine(analysis)
    with pytest.raises(PipelineCancelled):
        run_pipeline(["a.txt"], engine.engine(), cancelled=lambda: True)


# ---- on a thread -------------------------------------------------------------------------


@pytest.fixture
def runner(qapp):
    runners: list[AnalysisRunner] = []

    def make(engine: GatedEngine) -> AnalysisRunner:
        runner = AnalysisRunner(engine.engine)
        runners.append(runner)
        return runner

    yield make
    for runner in runners:
        assert runner.shutdown(5000)


def test_runner_reports_progress_and_the_result(qtbot, runner, analysis: Analysis):
    engine = GatedEngine(analysis, total=200, pause_at=200)
    engine.release.set()
    worker = runner(engine)
    steps: list[tuple[str, int, int]] = []
    worker.progressed.connect(lambda *p: steps.append(p))
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start(["corpus/"])
    assert blocker.args == [analysis]
    assert steps[-1] == (ANALYSING, 200, 200)
    assert not worker.busy


def test_the_result_is_prepared_on_the_worker_before_it_is_handed_over(
    qtbot, runner, analysis: Analysis
):
    engine = GatedEngine(analysis, total=5, pause_at=5)
    engine.release.set()
    prepared: list[tuple[Analysis, str]] = []

    def with_prepare():
        return replace(
            engine.engine(),
            prepare=lambda a: prepared.append((a, threading.current_thread().name)),
        )

    worker = AnalysisRunner(with_prepare)
    try:
        with qtbot.waitSignal(worker.finished, timeout=10_000):
            worker.start(["corpus/"])
        assert [a for a, _ in prepared] == [analysis]
        assert prepared[0][1] != threading.main_thread().name
    finally:
        assert worker.shutdown(5000)


def test_runner_can_be_cancelled_mid_analysis(qtbot, runner, analysis: Analysis):
    engine = GatedEngine(analysis, total=200, pause_at=50)
    worker = runner(engine)
    with qtbot.waitSignal(
        worker.progressed,
        check_params_cb=lambda phase, done, total: phase == ANALYSING and done == 50,
        timeout=10_000,
    ):
        worker.start(["corpus/"])
    assert worker.busy
    assert running_tasks()
    with (
        qtbot.waitSignal(worker.cancelled, timeout=10_000),
        qtbot.assertNotEmitted(worker.finished),
        qtbot.waitSignal(worker.busyChanged, check_params_cb=lambda busy: not busy),
    ):
        worker.cancel()
    assert not worker.busy
    assert worker.shutdown(5000)
    assert not running_tasks()


def test_a_new_start_supersedes_the_run_under_way(qtbot, runner, analysis: Analysis):
    engine = GatedEngine(analysis, total=20, pause_at=10)
    worker = runner(engine)
    results: list[Analysis] = []
    worker.finished.connect(results.append)
    with qtbot.waitSignal(worker.progressed, check_params_cb=lambda p, d, t: d == 10):
        worker.start(["first/"])
    engine.release.set()
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start(["second/"])
    assert results == [analysis]  # the first run's result never arrives
    assert engine.loaded_paths[-1] == ["second/"]


def test_failures_reach_the_window_as_a_notice(qtbot, analysis: Analysis):
    def broken_engine():
        raise ValueError("lexicon file is damaged")

    window = MainWindow(engine_factory=broken_engine, remember=False)
    qtbot.addWidget(window)
    window.set_analysis(analysis)
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        window.open_paths(["corpus/"])
    assert window.notice.isVisibleTo(window)
    assert "lexicon file is damaged" in window.notice.text.text()
    assert window.model.rowCount() == 6  # the previous result stays


# ---- the window while a long analysis runs ------------------------------------------


def test_window_stays_responsive_and_cancel_button_stops_the_analysis(qtbot, analysis):
    engine = GatedEngine(analysis, total=200, pause_at=120)
    window = MainWindow(engine_factory=engine.engine, remember=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(
        window.runner.progressed,
        check_params_cb=lambda phase, done, total: done == 120,
        timeout=10_000,
    ):
        window.open_paths(["corpus/"])
    # The GUI thread keeps turning: a timer fires and the progress is on screen.
    timer = QTimer(window)
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        timer.start(0)
    assert window.progress.isVisible()
    assert window.cancel_button.isVisible()
    assert (window.progress.value(), window.progress.maximum()) == (120, 200)
    assert "Analysing articles" in window.progress.text()
    with qtbot.waitSignal(window.runner.cancelled, timeout=10_000):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.progress.isVisible()
    assert window.model.matrix is None  # nothing analysed before, nothing shown
    window.close()
    assert not running_tasks()


def test_closing_the_window_mid_analysis_leaves_no_thread(qtbot, analysis):
    engine = GatedEngine(analysis, total=200, pause_at=10)
    window = MainWindow(engine_factory=engine.engine, remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.progressed, check_params_cb=lambda p, d, t: d == 10):
        window.open_paths(["corpus/"])
    assert running_tasks()
    window.close()
    assert not running_tasks()
    assert not window.runner.busy


def test_finished_analysis_fills_the_window_and_lists_refusals_once(qtbot, analysis):
    engine = GatedEngine(analysis, total=3, pause_at=0)
    window = MainWindow(engine_factory=engine.engine, remember=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.open_paths(["corpus/"])
    assert window.model.rowCount() == 6
    assert window.current_fact() is not None and window.current_fact().id == "f1"
    assert window.notice.isVisible()
    assert "notes.docx" in window.notice.text.text()
    assert "unsupported format" in window.notice.text.text()
    assert not window.findChildren(QMessageBox)  # no modal per refused file
