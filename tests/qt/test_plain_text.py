"""Text from articles shows as text: an outlet name, a table cell or a file name that looks
like markup is never rendered as rich text (restyled, or loading a local image), and an
``&`` in a menu item is never taken for a shortcut."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument

from gui.domain import Analysis
from gui.ingest.columns import ColumnGuess
from gui.qt.columns_dialog import ColumnsDialog
from gui.qt.plain_text import menu_literal, rich_literal

MARKUP = '<b style="color:red">Kabar</b><img src="/etc/claimgrid.png"> & Pagi'


def as_shown(tip: str) -> str:
    """What a tooltip or an auto-format label displays, as Qt decides it (QToolTip and
    QLabel render text that might be rich text as rich text)."""
    if not QtGui.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def with_markup_outlet(analysis: Analysis) -> Analysis:
    sources = tuple(replace(s, outlet=MARKUP) if s.id == "s2" else s for s in analysis.sources)
    return replace(analysis, sources=sources)


def test_the_filter_summary_and_the_counts_show_outlet_names_as_text(
    window, analysis: Analysis
) -> None:
    window.set_analysis(with_markup_outlet(analysis))
    window.filter_bar.set_source_shown("s2", False)
    for tip in (window.filter_bar.summary.toolTip(), window.counts.toolTip()):
        assert MARKUP in as_shown(tip), tip
    assert MARKUP in window.filter_bar.summary.text()  # the label itself is plain text
    titles = [a.text() for a in window.filter_bar.outlets_menu.actions()]
    assert menu_literal(MARKUP) in titles


def test_table_cells_in_the_columns_dialog_show_as_text(qtbot) -> None:
    guess = ColumnGuess(("isi", "media"), {"text": "isi"}, sure=False, sample=((MARKUP, "A"),))
    dialog = ColumnsDialog("ekspor.csv", guess)
    qtbot.addWidget(dialog)
    assert as_shown(dialog.preview.item(0, 0).toolTip()) == MARKUP


def test_recent_project_names_show_as_text(window, tmp_path: Path) -> None:
    path = tmp_path / "<img src=x.png><b>rapat & co.claimgrid"
    assert window.projects.save_as(str(path))
    window.projects.recent_menu.aboutToShow.emit()
    action = window.projects.recent_menu.actions()[0]
    assert as_shown(action.toolTip()) == str(path)
    assert action.text() == "&1 <img src=x.png><b>rapat && co"


def test_the_helpers() -> None:
    assert as_shown(rich_literal("a < b\n<b>c</b>")) == "a < b\n<b>c</b>"
    assert rich_literal("") == ""
    assert menu_literal("A&B") == "A&&B"
