"""What the colours and glyphs mean: swatch icons, a strip for the status bar, a dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import translate
from gui.qt import palette
from gui.qt.detail_html import chip_html


def swatch_pixmap(swatch: palette.Swatch, size: int, ratio: float = 1.0) -> QPixmap:
    """A rounded square in the status fill with the glyph drawn in its ink."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(palette.qcolor("#9E9E9E") if not swatch.glyph else Qt.PenStyle.NoPen)
    painter.setBrush(palette.qcolor(swatch.fill))
    rect = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.drawRoundedRect(rect, 3, 3)
    if swatch.glyph:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, round(size * 0.72)))
        painter.setFont(font)
        painter.setPen(palette.qcolor(swatch.ink))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, swatch.glyph)
    painter.end()
    return pixmap


def swatch_icon(swatch: palette.Swatch, size: int = 16) -> QIcon:
    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(swatch_pixmap(swatch, size, ratio))
    return icon


class LegendStrip(QWidget):
    """The four statuses side by side, small enough for the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendStrip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(10)
        size = self.fontMetrics().height()
        ratio = self.devicePixelRatioF()
        for status, swatch in palette.STATUS.items():
            item = QHBoxLayout()
            item.setSpacing(3)
            chip = QLabel(self)
            chip.setPixmap(swatch_pixmap(swatch, size, ratio))
            word = QLabel(swatch.word, self)
            for label in (chip, word):
                label.setToolTip(f"{swatch.chip}: {swatch.meaning}")
            chip.setObjectName(f"legend-{status.value}")
            item.addWidget(chip)
            item.addWidget(word)
            layout.addLayout(item)
        self.setToolTip(
            translate("Legend", "Cell colours: what each outlet says about a fact (Help → Legend)")
        )


def legend_html() -> str:
    rows = []
    cells = translate("Legend", "Cells: one outlet on one fact")
    outlets = translate("Legend", "Rows: how the outlets relate")
    for title, table in ((cells, palette.STATUS), (outlets, palette.AGREEMENT)):
        rows.append(f"<tr><td colspan='2'><h4 style='margin:8px 0 2px 0'>{title}</h4></td></tr>")
        for swatch in table.values():
            rows.append(
                f"<tr><td>{chip_html(swatch)}</td><td>{html.escape(swatch.meaning)}</td></tr>"
            )
    note = (
        "<p>"
        + translate(
            "Legend",
            "Glyphs repeat what the colours say, so the matrix also reads in grey-scale. "
            "In the detail pane the decisive words carry the cell's colour; other names, numbers "
            "and dates in the sentence are shaded grey, attributions in italics.",
        )
        + "</p>"
    )
    return f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>{note}"


class LegendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendDialog")
        self.setWindowTitle(translate("Legend", "Legend"))
        self.setModal(False)
        text = QLabel(legend_html(), self)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setMinimumWidth(text.fontMetrics().horizontalAdvance("M") * 36)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.adjustSize()
