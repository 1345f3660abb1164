"""A dozen outlets at 1400 x 900: outlet columns narrow towards their chips, long names elide
in the header (the tooltip names them in full), and the Fact column keeps its width."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from gui.domain import Analysis
from gui.qt.matrix_model import LEADING, Column
from gui.qt.window import MainWindow
from tests.qt.fakes import unavailable_engine

NAMES = [
    "Harian Nusantara Raya", "Kabar Pagi Sukamaju", "Lestari Post Online", "Suara Timur Daily",
    "Morning Ledger International", "Warta Kota Lestari", "Berita Pesisir Selatan",
    "Jurnal Lembah Hijau", "The Lestari Tribune", "Gema Rakyat Kabupaten",
    "Pelita Nusantara Digital", "Koran Sore Lestari",
]  # fmt: skip


def dozen(analysis: Analysis) -> Analysis:
    """Twelve outlets: the fixture's five, and seven more repeating their articles."""
    base = analysis.sources
    sources = [replace(base[i % 5], id=f"s{i + 1}", outlet=name) for i, name in enumerate(NAMES)]
    facts = tuple(
        replace(
            f,
            cells={
                f"s{i + 1}": f.cells[base[i % 5].id] for i in range(12) if base[i % 5].id in f.cells
            },
        )
        for f in analysis.facts
    )
    mentions = {f"s{i + 1}": analysis.mentions.get(base[i % 5].id, ()) for i in range(12)}
    return replace(analysis, sources=tuple(sources), facts=facts, mentions=mentions)


def test_a_dozen_outlets_fit_beside_a_full_width_fact_column(qtbot, analysis) -> None:
    window = MainWindow(engine_factory=unavailable_engine, remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.set_analysis(dozen(analysis))
    view = window.matrix_view
    em = view.fontMetrics().horizontalAdvance("M")
    assert window.proxy.columnCount() == LEADING + 12
    assert view.columnWidth(Column.LABEL) == 26 * em  # the facts' labels keep their room
    # every outlet is on screen without scrolling sideways, each at least a chip wide
    assert view.horizontalScrollBar().maximum() == 0
    chip = view._chip_width()
    header = view.horizontalHeader()
    elided = 0
    for column in range(LEADING, LEADING + 12):
        assert view.columnWidth(column) >= chip
        name = window.proxy.headerData(column, Qt.Orientation.Horizontal)
        tip = window.proxy.headerData(column, Qt.Orientation.Horizontal,
                                      Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        assert name in tip  # the full name, whatever the header shows
        if header.fontMetrics().horizontalAdvance(name) > header.sectionSize(column) - 8:
            elided += 1
    assert elided >= 6  # long names do not fit: Qt elides them
    assert header.textElideMode() == Qt.TextElideMode.ElideRight


def test_with_few_outlets_the_columns_are_as_wide_as_their_values(window) -> None:
    view = window.matrix_view
    widths = [view.columnWidth(c) for c in range(LEADING, window.proxy.columnCount())]
    assert min(widths) > view._chip_width() * 2
