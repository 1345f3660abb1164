"""The window in Indonesian: every text it shows is translated, Qt's own widgets too, the
language is switched in Settings without losing anything, and exports follow it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolBar,
    QWidget,
)

from gui import i18n
from gui.display import cell_text
from gui.domain import Agreement, Analysis
from gui.qt.language import install_language, reopen_in_language
from gui.qt.matrix_filter import MatrixFilter
from gui.qt.matrix_model import LEADING
from gui.qt.settings_dialog import SettingsDialog
from gui.qt.window import MainWindow
from tests.packaging.layout import load_build_module
from tests.qt.fakes import unavailable_engine

translations = load_build_module("translations")


@pytest.fixture
def indonesian() -> Iterator[None]:
    install_language("id")
    yield
    install_language("en")


def _window(qtbot, analysis: Analysis) -> MainWindow:
    window = MainWindow(engine_factory=unavailable_engine, remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.set_analysis(analysis)
    window.show_legend()
    return window


def _texts(window: MainWindow) -> list[str]:
    """What the window shows in words: menus, actions, buttons, labels, fields, headers."""
    data = {s.outlet for s in window.model.sources} | {f.label for f in window.model.matrix.facts}
    found: list[str] = [window.windowTitle().split(" — ", 2)[-1]]
    menus = [a.menu() for a in window.menuBar().actions()]
    for menu in [*menus, *window.findChildren(QMenu)]:
        if menu is None:
            continue
        found.append(menu.title())
        for action in menu.actions():
            if action.text() not in data:
                found += [action.text(), action.toolTip(), action.statusTip()]
    for action in window.actions():
        found += [action.text(), action.toolTip(), action.statusTip()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.objectName() not in ("noticeText",):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton | QLineEdit | QSpinBox | QToolBar | QDockWidget):
            found.append(widget.toolTip())
            if isinstance(widget, QAbstractButton):
                found.append(widget.text())
            if isinstance(widget, QLineEdit) and widget.placeholderText():
                found.append(widget.placeholderText())
            if isinstance(widget, QSpinBox):
                found += [widget.prefix(), widget.specialValueText()]
            if isinstance(widget, QToolBar | QDockWidget):
                found.append(widget.windowTitle())
    model = window.model
    for column in range(LEADING):
        found += [str(model.headerData(column, Qt.Orientation.Horizontal)),
                  str(model.headerData(column, Qt.Orientation.Horizontal,
                                       Qt.ItemDataRole.ToolTipRole))]  # fmt: skip
        for row in range(model.rowCount()):
            if column:
                found.append(str(model.index(row, column).data()))
    found.append(window.counts.text())
    found.append(window._legend.findChildren(QLabel)[0].text())
    return [t for t in found if t and any(c.isalpha() for c in t) and t not in data]


def test_every_text_of_the_window_is_indonesian(qtbot, analysis: Analysis) -> None:
    english = _texts(_window(qtbot, analysis))
    install_language("id")
    try:
        shown = _texts(_window(qtbot, analysis))
    finally:
        install_language("en")
    # Words that read the same in both languages ("Filter", "Label:", "Jan") are fine.
    same = {s for (_c, s), t in translations.read_ts(translations.CATALOGUE).items() if s == t}
    left = sorted({t for t in shown if t in english and t not in same and t != "Claimgrid"})
    assert len(shown) > 150
    assert not left, f"English left in the Indonesian window: {left}"
    assert "Ber&kas" in shown and "Kesesuaian" in shown and "Keterangan Warna" in shown


def test_qt_own_widgets_speak_indonesian(qtbot, indonesian) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions()]
    assert "&Salin" in texts and "&Tempel" in texts and "Pilih Semua" in texts


def test_settings_switch_reopens_the_same_project_in_indonesian(qtbot, analysis: Analysis) -> None:
    window = _window(qtbot, analysis)
    window.filter_bar.set_filter(
        MatrixFilter(agreements=frozenset({Agreement.CONFLICT})), notify=True
    )
    window.select_fact("f3", "s2")
    project = window.document.project
    assert project is not None
    chosen: list[str] = []
    window.languageChanged.connect(chosen.append)
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.accept()
    assert chosen == ["id"]
    try:
        reopened = reopen_in_language(window, "id")
        qtbot.addWidget(reopened)
        assert not window.isVisible()
        assert reopened.document.project.path == project.path
        assert reopened.current_fact().id == "f3"
        assert reopened.proxy.fact_ids() == ("f1", "f3")
        assert reopened.menuBar().actions()[0].text() == "Ber&kas"
        assert "fakta ditampilkan" in reopened.counts.text()
    finally:
        install_language("en")
        from gui.qt.language import save_choice

        save_choice("system")


def test_the_workbook_follows_the_language_and_shows_the_window_s_cell_text(
    qtbot, analysis: Analysis, indonesian, tmp_path: Path
) -> None:
    window = _window(qtbot, analysis)
    path = window.export_to("xlsx", tmp_path / "klaim.xlsx")
    assert path is not None
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Matriks", "Bukti", "Sumber", "Ringkasan"]
    matrix = book["Matriks"]
    assert [c.value for c in matrix[1]][:5] == ["Id", "Fakta", "Jenis", "Cakupan", "Kesesuaian"]
    model = window.model
    for row in range(2, matrix.max_row + 1):
        fact = window.document.matrix.fact(matrix.cell(row, 1).value)
        for j, source in enumerate(model.sources):
            shown = cell_text(fact.kind, fact.cell(source.id))
            assert (matrix.cell(row, 6 + j).value or "") == shown
            if shown:
                column = window.proxy.column_of(source.id)
                assert window.proxy.index(window.proxy.row_of(fact.id), column).data() == shown
    statuses = {c.value for c in book["Bukti"]["E"][1:]}
    assert statuses <= {"sesuai", "bertentangan", "sebagian"}
    assert book["Ringkasan"]["A1"].value == "Matriks klaim"
    assert i18n.language() == "id"
