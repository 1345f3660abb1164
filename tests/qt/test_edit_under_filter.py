"""An edit under a filter keeps its row on screen and selected until the filter changes,
as a spreadsheet's filter does."""

from __future__ import annotations

from gui.domain import Agreement, Status
from gui.qt.matrix_filter import MatrixFilter


def conflicts_only(window) -> None:
    window.filter_bar.set_filter(MatrixFilter(agreements=frozenset({Agreement.CONFLICT})),
                                 notify=True)  # fmt: skip


def test_a_row_edited_out_of_the_filter_stays_selected_until_the_filter_changes(window):
    conflicts_only(window)
    assert set(window.proxy.fact_ids()) == {"f1", "f3"}
    window.select_fact("f1", "s4")
    window.reviewing.set_status(Status.AGREE)  # the only conflicting cell of f1
    matrix = window.document.matrix
    assert matrix.fact("f1").agreement is not Agreement.CONFLICT
    # Still on screen, still the current row, and the detail pane still shows it.
    assert set(window.proxy.fact_ids()) == {"f1", "f3"}
    assert window.current_fact().id == "f1"
    assert "Banjir melanda Kota Lestari" in window.detail.toPlainText()
    assert "no longer matches the filter" in window.statusBar().currentMessage()
    assert window.counts.text().startswith("2 of 6 facts shown")

    window.document.undo()  # undo and redo are edits too: the row stays
    window.document.redo()
    assert window.current_fact().id == "f1"

    window.filter_bar.clear()
    conflicts_only(window)  # the filter applied again: now it decides
    assert window.proxy.fact_ids() == ("f3",)


def test_a_row_made_under_the_filter_appears_and_rows_hidden_by_the_reviewer_go(window):
    conflicts_only(window)
    window.select_fact("f3", "s2")
    window.reviewing.split()  # s2's cell becomes a row of its own, stated by one outlet
    made = window.current_fact()
    assert made is not None and made.id.startswith("m") and made.agreement is Agreement.SINGLE
    assert made.id in window.proxy.fact_ids()
    window.select_fact("f1")
    window.reviewing.toggle_hidden()  # hiding is meant to take the row away
    assert "f1" not in window.proxy.fact_ids()


def test_a_new_analysis_lets_the_filter_decide_again(window, analysis):
    conflicts_only(window)
    window.select_fact("f1", "s4")
    window.reviewing.set_status(Status.AGREE)
    assert "f1" in window.proxy.fact_ids()
    window.set_analysis(analysis)  # analysed again: the decision is replayed
    assert "f1" not in window.proxy.fact_ids()
