"""The Sources list says which articles are copies of another outlet's, and of whose."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from gui.domain import Analysis
from gui.qt.sources_dock import SourceColumn, SourcesDock, SourcesModel
from gui.review import Matrix, build_matrix

TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def copied(analysis: Analysis) -> Matrix:
    # Kabar Pagi and Suara Timur reran Harian Nusantara's story.
    return build_matrix(replace(analysis, copies={"s2": "s1", "s4": "s1"}))


@pytest.fixture
def dock(qtbot) -> SourcesDock:  # type: ignore[no-untyped-def]
    dock = SourcesDock(SourcesModel())
    qtbot.addWidget(dock)
    return dock


def shown(dock: SourcesDock, row: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return dock.model.data(dock.model.index(row, SourceColumn.COPY), role)


def test_copies_say_whose_copy_they_are(dock: SourcesDock, copied: Matrix) -> None:
    dock.model.set_matrix(copied)
    assert not dock.view.isColumnHidden(SourceColumn.COPY)
    assert dock.model.headerData(SourceColumn.COPY, Qt.Orientation.Horizontal) == "Copy"
    assert [shown(dock, row) for row in range(5)] == [
        "2 copies",
        "copy of Harian Nusantara",
        "",
        "copy of Harian Nusantara",
        "",
    ]
    assert dock.model.copy_of("s2") == "Harian Nusantara"
    assert dock.model.copy_of("s3") is None
    tip = str(shown(dock, 1, TOOLTIP))
    assert "Harian Nusantara" in tip and "separate outlet" in tip
    original = str(shown(dock, 0, TOOLTIP))
    assert "Kabar Pagi, Suara Timur" in original
    outlet_tip = dock.model.data(dock.model.index(3, SourceColumn.OUTLET), TOOLTIP)
    assert "Nearly the same text as the article of Harian Nusantara" in outlet_tip
    assert shown(dock, 2, TOOLTIP) is None


def test_the_copy_column_is_hidden_while_there_are_no_copies(
    dock: SourcesDock, matrix: Matrix, copied: Matrix
) -> None:
    dock.model.set_matrix(matrix)
    assert dock.view.isColumnHidden(SourceColumn.COPY)
    assert not dock.model.has_copies
    assert all(shown(dock, row) == "" for row in range(5))
    dock.model.set_matrix(copied)  # the same sources: updated in place, not reset
    assert not dock.view.isColumnHidden(SourceColumn.COPY)
    dock.model.set_matrix(matrix)
    assert dock.view.isColumnHidden(SourceColumn.COPY)
    dock.model.set_matrix(None)
    assert dock.model.rowCount() == 0


def test_a_renamed_original_renames_its_copies_label(dock: SourcesDock, copied: Matrix) -> None:
    dock.model.set_matrix(copied)
    renamed = tuple(
        replace(s, outlet="Harian <Nusantara> & Co") if s.id == "s1" else s for s in copied.sources
    )
    with_name = replace(copied, sources=renamed)
    dock.model.set_matrix(with_name)
    assert shown(dock, 1) == "copy of Harian <Nusantara> & Co"
    assert "Harian &lt;Nusantara&gt; &amp; Co" in str(shown(dock, 1, TOOLTIP))


def test_the_tooltip_follows_the_count_once_setting(dock: SourcesDock, copied: Matrix) -> None:
    dock.model.set_matrix(replace(copied, count_copies_once=True))
    assert "count once" in str(shown(dock, 1, TOOLTIP))
    assert "count once" in str(shown(dock, 0, TOOLTIP))
    dock.model.set_matrix(copied)
    assert "count once" not in str(shown(dock, 1, TOOLTIP))


def test_the_model_with_copies_passes_the_qt_model_tester(qtmodeltester, copied: Matrix) -> None:  # type: ignore[no-untyped-def]
    model = SourcesModel()
    model.set_matrix(copied)
    qtmodeltester.check(model)
