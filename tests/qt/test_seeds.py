"""The window over the real ingest and analysis, on the embedded sample corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from gui.domain import Agreement, Status
from gui.paths import seeds_dir
from gui.qt.matrix_model import Role
from gui.qt.worker import ANALYSING, running_tasks


def _engine_importable() -> bool:
    try:
        from gui.analysis import analyze  # noqa: F401
        from gui.ingest import load_paths  # noqa: F401
    except ImportError:
        return False
    return True


pytestmark = pytest.mark.skipif(
    not _engine_importable(), reason="gui.analysis.analyze cannot be imported yet"
)


@pytest.fixture
def seeded(qtbot):
    from gui.qt.window import MainWindow

    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.open_paths([str(seeds_dir())], sample=True)
    return window


def test_seeds_fill_the_matrix_with_conflicts_first(seeded):
    window = seeded
    matrix = window.model.matrix
    assert matrix is not None
    assert len(matrix.sources) == 5
    # The rows worth a reviewer's time; minor rows (one outlet, nothing to check on their
    # own) are one click away.
    main = [f for f in matrix.facts if not f.secondary]
    assert window.proxy.rowCount() == len(main) > 0
    minor = len(matrix.facts) - len(main)
    assert window.counts.text().startswith(
        f"{len(main)} of {len(matrix.facts)} facts shown · {minor} minor rows out of view"
    )
    window.reviewing.show_minor_action.trigger()
    assert window.proxy.rowCount() == len(matrix.facts)
    agreements = [window.proxy.index(r, 0).data(Role.FACT).agreement for r in range(3)]
    conflicts = sum(1 for f in matrix.facts if f.agreement is Agreement.CONFLICT)
    assert conflicts > 0
    assert agreements[: min(conflicts, 3)] == [Agreement.CONFLICT] * min(conflicts, 3)


def test_selecting_a_seed_conflict_highlights_the_departing_value(seeded):
    window = seeded
    assert window.select_first_conflict()
    fact = window.current_fact()
    html = window.detail.html
    conflicting = [s for s in window.model.sources if fact.cell(s.id).status is Status.CONFLICT]
    agreeing = [s for s in window.model.sources if fact.cell(s.id).status is Status.AGREE]
    assert conflicting and agreeing
    for source, fill in ((conflicting[0], "#D55E00"), (agreeing[0], "#1B9E77")):
        cell = fact.cell(source.id)
        words = source.text[cell.value_start : cell.value_end]
        assert f'background-color:{fill}; color:#000000; font-weight:600;">' in html
        assert words and words in window.detail.toPlainText()


def test_every_seed_article_is_shown_exactly(seeded):
    window = seeded
    for source in window.model.sources:
        window.show_source(source.id)
        assert window.source_pane.article.toPlainText() == source.text
        for span in window.source_pane.article.spans:
            assert 0 <= span.start < span.end <= len(source.text)


def test_screenshot_of_the_seeds(qapp, tmp_path):
    from gui.qt.app import run

    target = tmp_path / "seeds.png"
    assert run([], screenshot=str(target)) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 900)
    assert target.stat().st_size > 20_000
    assert not running_tasks()


def test_window_stays_responsive_while_200_articles_are_analysed(qtbot, tmp_path):
    from gui.qt.window import MainWindow

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(p for p in seeds_dir().iterdir() if p.is_file())
    for i in range(200):
        seed = seeds[i % len(seeds)]
        shutil.copy(seed, corpus / f"{i:03d}_{seed.name}")
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.show()
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(
        window.runner.progressed,
        check_params_cb=lambda phase, done, total: phase == ANALYSING and done >= 5,
        timeout=60_000,
    ):
        window.open_paths([str(corpus)])
    assert window.progress.maximum() >= 200
    # The GUI thread went on serving its timer while reading and analysing.
    assert ticks
    with qtbot.waitSignal(window.runner.cancelled, timeout=30_000):
        window.cancel_button.click()
    assert not window.progress.isVisible()
    assert Path(corpus).is_dir()
    window.close()
    assert not running_tasks()
