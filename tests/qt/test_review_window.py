"""Every kind of decision made through the window: keys, actions, the label editor, the
article selection; undo and redo; the project file behind the title bar."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from gui.domain import Origin, Status
from gui.export.json_export import to_json_dict
from gui.qt.matrix_model import Column, Role


def _focus_matrix(window, qtbot) -> None:
    window.activateWindow()
    window.matrix_view.setFocus()
    qtbot.waitUntil(lambda: window.matrix_view.hasFocus(), timeout=2000)


def test_status_keys_set_the_cell_and_undo_redo_walk_back(window, qtbot) -> None:
    window.select_fact("f3", "s2")
    _focus_matrix(window, qtbot)
    qtbot.keyClick(window.matrix_view, Qt.Key.Key_1)
    cell = window.document.matrix.fact("f3").cell("s2")
    assert cell.status is Status.AGREE and cell.reviewed
    index = window.proxy.index(window.proxy.row_of("f3"), window.proxy.column_of("s2"))
    assert index.data(Role.REVIEWED) is True
    assert window.reviewing.undo_action.text() == "Undo Set Status"
    qtbot.keyClick(window.matrix_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.matrix.fact("f3").cell("s2").status is Status.CONFLICT
    qtbot.keyClick(
        window.matrix_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.document.matrix.fact("f3").cell("s2").status is Status.AGREE
    assert window.current_fact().id == "f3"


def test_typing_a_digit_in_the_search_box_sets_no_status(window, qtbot) -> None:
    window.select_fact("f3", "s2")
    window.filter_bar.search.setFocus()
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_2)
    assert not window.document.review.decisions


def test_renaming_a_fact_in_its_label_cell(window, qtbot) -> None:
    window.select_fact("f4", "s1")
    window.reviewing.start_rename()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)
    editor = QApplication.focusWidget()
    assert editor.text() == "Rumah terendam"
    editor.setText("Rumah terendam banjir")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.matrix.fact("f4").label == "Rumah terendam banjir")
    row = window.proxy.row_of("f4")
    assert window.proxy.index(row, Column.LABEL).data() == "Rumah terendam banjir"


def test_delete_hide_and_show_hidden(window, qtbot) -> None:
    rows = window.proxy.rowCount()
    window.select_fact("f5")
    window.reviewing.delete_action.trigger()
    assert window.proxy.row_of("f5") == -1 and window.proxy.rowCount() == rows - 1
    window.select_fact("f6")
    window.reviewing.hide_action.trigger()
    assert window.document.matrix.fact("f6").hidden
    assert window.proxy.row_of("f6") == -1
    window.reviewing.show_hidden_action.trigger()
    assert window.proxy.row_of("f6") >= 0
    window.document.undo()
    window.document.undo()
    assert window.proxy.rowCount() == rows


def test_mark_cell_and_row_reviewed(window, qtbot) -> None:
    window.select_fact("f1", "s4")
    window.reviewing.cell_reviewed_action.trigger()
    fact = window.document.matrix.fact("f1")
    assert fact.cell("s4").reviewed and not fact.cell("s1").reviewed
    assert "reviewed" in window.detail.html
    window.reviewing.row_reviewed_action.trigger()
    assert window.document.matrix.fact("f1").reviewed


def test_merge_selected_facts_and_split_a_cell_out(window, qtbot) -> None:
    rows = window.proxy.rowCount()
    window.select_fact("f4", "s1")
    selection = window.matrix_view.selectionModel()
    other = window.proxy.index(window.proxy.row_of("f6"), 0)
    selection.select(
        other, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    assert window.reviewing.merge_action.isEnabled()
    window.reviewing.merge_action.trigger()
    merged = window.document.matrix.fact("f4")
    assert set(merged.cells) == {"s1", "s2", "s5"} and merged.origin is Origin.MANUAL
    assert window.proxy.rowCount() == rows - 1

    window.select_fact("f3", "s2")
    window.reviewing.split_action.trigger()
    new = window.current_fact()
    assert new.id.startswith("m") and set(new.cells) == {"s2"}
    assert "s2" not in window.document.matrix.fact("f3").cells
    assert window.proxy.rowCount() == rows


def test_notes_show_in_the_detail_pane(window, qtbot) -> None:
    window.select_fact("f3", "s4")
    window.reviewing.note("Angka dari posko, belum final", cell=True)
    assert window.document.matrix.fact("f3").cell("s4").note == "Angka dari posko, belum final"
    assert "Angka dari posko, belum final" in window.detail.html
    window.reviewing.note("Bandingkan dengan rilis BPBD", cell=False)
    assert "Bandingkan dengan rilis BPBD" in window.detail.html


def _select_in_article(window, phrase: str) -> None:
    article = window.source_pane.article
    text = article.toPlainText()
    start = text.index(phrase)
    cursor = article.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    article.setTextCursor(cursor)


def test_a_fact_from_an_article_selection_and_attached_evidence(window, qtbot) -> None:
    window.show_source("s2")
    _select_in_article(window, "Warga mengeluhkan listrik padam selama dua hari.")
    assert window.reviewing.new_fact_action.isEnabled()
    window.reviewing.fact_from_selection("Listrik padam dua hari")
    fact = window.current_fact()
    assert fact.label == "Listrik padam dua hari" and fact.origin is Origin.MANUAL
    assert fact.cell("s2").excerpt == "Warga mengeluhkan listrik padam selama dua hari."

    window.select_fact("f2", "s2")
    window.show_source("s2")
    _select_in_article(window, "Ratusan rumah dilaporkan terendam.")
    window.reviewing.attach_selection()
    cell = window.document.matrix.fact("f2").cell("s2")
    assert cell.excerpt == "Ratusan rumah dilaporkan terendam."
    assert cell.status is Status.AGREE and cell.reviewed


def test_the_title_names_the_project_and_save_as_moves_it(window, qtbot, tmp_path: Path) -> None:
    assert window.document.project is not None  # the corpus went into an untitled project
    assert window.windowTitle().startswith("Untitled[*] — Claimgrid")
    window.select_fact("f3", "s2")
    window.reviewing.set_status(Status.PARTIAL)
    target = tmp_path / "Banjir Lestari"
    assert window.projects.save_as(str(target))
    assert window.windowTitle().startswith("Banjir Lestari")
    assert not window.isWindowModified()
    assert Path(f"{target}.claimgrid").is_file()
    assert window.projects.recent()[0] == str(Path(f"{target}.claimgrid").resolve())
    window.reviewing.set_status(Status.ABSENT)  # lands in the named project
    expected = to_json_dict(window.document.matrix)

    from gui.qt.window import MainWindow
    from tests.qt.fakes import unavailable_engine

    other = MainWindow(engine_factory=unavailable_engine, remember=False)
    qtbot.addWidget(other)
    assert other.projects.open(f"{target}.claimgrid")
    assert to_json_dict(other.document.matrix) == expected
    assert other.model.rowCount() == window.model.rowCount()
    # One writer: the second window reads it, says who holds it and cannot change it.
    assert "(read-only)" in other.windowTitle()
    assert f"process {os.getpid()}" in other.notice.text.text()
    other.document.undo()
    assert other.document.matrix.fact("f3").cell("s2").status is Status.ABSENT
    assert "read-only" in other.notice.text.text()
    other.close()
    window.document.undo()  # the writer's history is whole
    assert window.document.matrix.fact("f3").cell("s2").status is Status.PARTIAL


def test_a_bad_project_file_is_refused_in_the_window(window, qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "rapat.claimgrid"
    bad.write_text("notulen rapat redaksi", encoding="utf-8")
    before = window.document.project
    assert not window.projects.open(str(bad))
    assert window.document.project is before
    message = window.notice.text.text()
    assert "rapat.claimgrid" in message and "not a Claimgrid project" in message
    assert bad.read_text(encoding="utf-8") == "notulen rapat redaksi"
