from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from gui.qt.matrix_model import LEADING, Column
from gui.qt.matrix_view import share_width


def test_share_width_gives_the_label_its_preferred_width_first_and_keeps_it():
    label = (180, 260, 400)
    # plenty of room: outlets get what they want, the label grows up to its maximum
    assert share_width(2000, label=label, outlets=[(30, 100, 150), (30, 100, 120)]) == (
        400, [150, 120],
    )  # fmt: skip
    assert share_width(600, label=label, outlets=[(30, 100, 150), (30, 100, 120)]) == (
        330, [150, 120],
    )  # fmt: skip
    # some room: the label keeps its preferred width, outlets grow in proportion
    assert share_width(520, label=label, outlets=[(30, 100, 200), (30, 100, 100)]) == (
        260, [160, 100],
    )  # fmt: skip
    # less: the label keeps its width, the outlets narrow from their floor towards the chip
    assert share_width(400, label=label, outlets=[(30, 100, 200), (30, 100, 100)]) == (
        260, [70, 70],
    )  # fmt: skip
    # too little even for the chips: chips, and the view scrolls; the label never shrinks
    assert share_width(100, label=label, outlets=[(30, 100, 200)]) == (260, [30])


def test_columns_are_sized_for_their_values(window):
    view = window.matrix_view
    metrics = view.fontMetrics()
    for column in range(LEADING, window.proxy.columnCount()):
        widest = max(
            metrics.horizontalAdvance(window.proxy.index(r, column).data() or "")
            for r in range(window.proxy.rowCount())
        )
        assert view.columnWidth(column) >= widest + 12
    assert view.columnWidth(Column.LABEL) >= metrics.horizontalAdvance("M") * 18
    label = max(
        metrics.horizontalAdvance(window.proxy.index(r, Column.LABEL).data())
        for r in range(window.proxy.rowCount())
    )
    assert view.columnWidth(Column.LABEL) > label  # the fixture's labels fit at 1400 px


def test_pressing_a_frozen_cell_selects_its_row_and_keeps_keys_on_the_table(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    frozen = window.matrix_view.frozen_view
    rect = frozen.visualRect(window.proxy.index(2, Column.LABEL))
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_fact().id == "f2"
    assert window.matrix_view.hasFocus()
    qtbot.keyClick(window.matrix_view, Qt.Key.Key_Down)
    assert window.current_fact().id == "f4"


def test_outlet_header_menu_offers_to_read_rename_and_hide(window):
    column = window.proxy.column_of("s3")
    window.matrix_view.headerMenuRequested.emit(column, QPoint(10, 10))
    menus = [m for m in window.findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1
    actions = {a.text(): a for a in menus[0].actions()}
    assert set(actions) == {"Read Lestari Post", "Rename Outlet…", "Hide Lestari Post"}
    actions["Read Lestari Post"].trigger()
    assert window.source_pane.source_id == "s3"
    actions["Hide Lestari Post"].trigger()
    assert "s3" not in window.proxy.source_ids()
    assert window.filter_bar.summary.text() == "outlets hidden: Lestari Post"
