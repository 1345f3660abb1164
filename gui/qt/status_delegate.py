"""Paints status cells as chips: fill, glyph in bold, value elided, selection as a frame."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen, QPolygon
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.qt import palette
from gui.qt.matrix_model import Role

CHIP_INSET = 2  # px between neighbouring chips, where the selection colour shows through
CHIP_PAD = 6  # px between chip edge and text
_INSET, _PAD = CHIP_INSET, CHIP_PAD


class StatusDelegate(QStyledItemDelegate):
    """Cells whose model gives a ``Role.SWATCH`` are painted as chips; others as usual.

    The chip keeps its status colour when its row is selected (the selection shows around
    it), so a selected conflict is still visibly a conflict.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        swatch = index.data(Role.SWATCH)
        if not isinstance(swatch, palette.Swatch):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        opt.backgroundBrush = QBrush()
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        chip = opt.rect.adjusted(_INSET, _INSET, -_INSET, -_INSET)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not swatch.glyph and opt.state & QStyle.StateFlag.State_Selected:
            # An absent cell of the selected row: a light box on the selection colour would
            # look like an empty text field; a faint dash says "not mentioned" instead.
            _mark_absent(painter, chip, opt)
            painter.restore()
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.qcolor(swatch.fill))
        painter.drawRoundedRect(chip, 3, 3)
        if index.data(Role.REVIEWED):
            _mark_reviewed(painter, chip, swatch)
        if text:
            self._draw_text(painter, opt, chip, text, swatch)
        painter.restore()

    @staticmethod
    def _draw_text(
        painter: QPainter,
        opt: QStyleOptionViewItem,
        chip: QRect,
        text: str,
        swatch: palette.Swatch,
    ) -> None:
        painter.setPen(palette.qcolor(swatch.ink))
        area = chip.adjusted(_PAD, 0, -_PAD, 0)
        glyph, _, value = text.partition(" ")
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        glyph_width = QFontMetrics(bold).horizontalAdvance(glyph + " ")
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(area, align, glyph)
        if value:
            painter.setFont(opt.font)
            rest = area.adjusted(glyph_width, 0, 0, 0)
            elided = QFontMetrics(opt.font).elidedText(
                value, Qt.TextElideMode.ElideRight, max(rest.width(), 0)
            )
            painter.drawText(rest, align, elided)


def _mark_absent(painter: QPainter, chip: QRect, opt: QStyleOptionViewItem) -> None:
    ink = opt.palette.color(QPalette.ColorRole.HighlightedText)
    ink.setAlphaF(0.55)
    painter.setPen(QPen(ink, 1.2))
    middle = chip.center()
    half = min(6, chip.width() // 4)
    painter.drawLine(middle.x() - half, middle.y(), middle.x() + half, middle.y())


def _mark_reviewed(painter: QPainter, chip: QRect, swatch: palette.Swatch) -> None:
    """A reviewer's cell: a frame in the chip's ink and a folded corner, visible in any
    colour scheme and without relying on colour."""
    ink = palette.qcolor(swatch.ink)
    pen = QPen(ink, 1.6)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(chip.adjusted(1, 1, -1, -1), 3, 3)
    size = min(8, chip.height() // 2)
    corner = QPolygon(
        [
            QPoint(chip.right() - size, chip.top()),
            QPoint(chip.right(), chip.top()),
            QPoint(chip.right(), chip.top() + size),
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPolygon(corner)
