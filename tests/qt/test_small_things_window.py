"""In the window: a file too short to be an article is named in the notice, and the empty
cells of the selected row do not look like blank text fields."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from gui.domain import Analysis, Status
from gui.palette import STATUS_FILL
from gui.qt.matrix_model import Role
from gui.qt.status_delegate import StatusDelegate


def test_a_one_word_article_is_named_in_the_notice(window, analysis: Analysis) -> None:
    sources = list(analysis.sources)
    sources[4] = replace(sources[4], text="hello", path="hello.txt")
    window.set_analysis(replace(analysis, sources=tuple(sources)))
    text = window.notice.text.text()
    assert window.notice.isVisible()
    assert "Too short to be an article" in text and "hello.txt" in text and "1 word" in text
    assert "notes.docx" in text  # the refused file is still listed


def _paint(window, row: int, column: int, selected: bool) -> QImage:
    view = window.matrix_view
    index = window.proxy.index(row, column)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 80, 28)
    option.widget = view
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    image = QImage(80, 28, QImage.Format.Format_ARGB32)
    image.fill(view.palette().highlight().color() if selected else QColor("white"))
    painter = QPainter(image)
    StatusDelegate().paint(painter, option, index)
    painter.end()
    return image


def test_absent_cells_of_the_selected_row_are_not_light_boxes(window) -> None:
    row = window.proxy.row_of("f2")
    column = window.proxy.column_of("s2")
    assert window.proxy.index(row, column).data(Role.STATUS) == Status.ABSENT
    absent_fill = QColor(STATUS_FILL[Status.ABSENT]).rgb()
    plain = _paint(window, row, column, selected=False)
    assert plain.pixelColor(6, 6).rgb() == absent_fill  # a grey chip when not selected
    selected = _paint(window, row, column, selected=True)
    highlight = window.matrix_view.palette().highlight().color().rgb()
    assert selected.pixelColor(6, 6).rgb() == highlight  # no light box on the selection
    middle = {selected.pixelColor(x, y).rgb() for x in range(30, 50) for y in range(10, 18)}
    assert middle != {highlight}  # a faint dash in the middle says "not mentioned"


def test_stated_cells_of_the_selected_row_keep_their_colour(window) -> None:
    row = window.proxy.row_of("f1")
    column = window.proxy.column_of("s4")
    selected = _paint(window, row, column, selected=True)
    assert selected.pixelColor(6, 6).rgb() == QColor(STATUS_FILL[Status.CONFLICT]).rgb()
