"""A new corpus opens in the default order; a sort by an outlet follows that outlet."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from gui.domain import Agreement, Analysis
from gui.qt.matrix_model import LEADING, Role
from gui.qt.window import MainWindow
from gui.review.matrix import reading_order
from tests.qt.fakes import GatedEngine


def shown_ids(window: MainWindow) -> list[str]:
    return list(window.proxy.fact_ids())


def sorted_outlet(window: MainWindow) -> object:
    header = window.matrix_view.horizontalHeader()
    column = header.sortIndicatorSection()
    return window.proxy.headerData(column, Qt.Orientation.Horizontal, Role.SOURCE_ID)


def without(analysis: Analysis, source_id: str) -> Analysis:
    return replace(
        analysis,
        sources=tuple(s for s in analysis.sources if s.id != source_id),
        facts=tuple(
            replace(f, cells={k: c for k, c in f.cells.items() if k != source_id})
            for f in analysis.facts
        ),
    )


def test_a_new_corpus_opens_conflicts_first_whatever_the_last_sort(qtbot, analysis, tmp_path):
    engine = GatedEngine(analysis, total=2, pause_at=0)
    window = MainWindow(engine_factory=engine.engine, remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.open_paths([str(tmp_path / "first.txt")])
    default = shown_ids(window)
    assert default == [f.id for f in reading_order(analysis.facts)]
    # Sorted by the fifth outlet and searched: another order on screen.
    window.matrix_view.sortByColumn(LEADING + 4, Qt.SortOrder.AscendingOrder)
    assert shown_ids(window)[0] == "f6" and shown_ids(window) != default
    window.filter_bar.search.setText("warga")
    window.filter_bar.flush()
    assert window.proxy.rowCount() < len(default)

    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.open_paths([str(tmp_path / "second.txt")])
    assert window.matrix_view.horizontalHeader().sortIndicatorSection() == -1
    assert window.filter_bar.search.text() == ""
    assert shown_ids(window) == default
    first = window.proxy.index(0, 0).data(Role.FACT)
    assert first.agreement is Agreement.CONFLICT


def test_the_sort_stays_on_its_outlet_when_columns_move_and_ends_when_it_goes(window, analysis):
    view = window.matrix_view
    view.sortByColumn(window.proxy.column_of("s5"), Qt.SortOrder.AscendingOrder)
    assert sorted_outlet(window) == "s5" and shown_ids(window)[0] == "f6"
    window.filter_bar.set_source_shown("s2", False)  # s5's column moves one to the left
    assert sorted_outlet(window) == "s5" and shown_ids(window)[0] == "f6"
    window.filter_bar.set_source_shown("s2", True)

    window.set_analysis(without(analysis, "s2"))  # a re-analysis without one article
    assert sorted_outlet(window) == "s5" and shown_ids(window)[0] == "f6"
    assert window.model.matrix is not None and len(window.model.matrix.sources) == 4

    window.filter_bar.set_source_shown("s5", False)  # the outlet sorted by is hidden
    assert view.horizontalHeader().sortIndicatorSection() == -1
    assert window.proxy.index(0, 0).data(Role.FACT).agreement is Agreement.CONFLICT
