"""A dismissable message strip above the matrix: refused files, failures, cancellations."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from gui.domain import Refusal, Source
from gui.i18n import plural, translate
from gui.qt.icons import icon
from gui.review.short import names

MAX_LISTED = 8  # refusals listed in full; the rest are summed up


class NoticeBar(QFrame):
    """Non-modal: the reviewer keeps working and closes it when read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setObjectName("noticeClose")
        close.setIcon(icon("close"))
        close.setAutoRaise(True)
        close.setToolTip(translate("Notice", "Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, html_text: str, *, kind: str = "warning") -> None:
        size = self.fontMetrics().height()
        self.icon.setPixmap(icon(kind).pixmap(QSize(size, size)))
        self.text.setText(html_text)
        self.text.setToolTip("")
        self.show()

    def show_refusals(self, refused: Sequence[Refusal], short: Sequence[Source] = ()) -> None:
        """One notice naming every file that could not be used, and why, and the articles
        so short that they can hardly be articles (a file holding "hello")."""
        if not refused and not short:
            self.hide()
            return
        parts: list[str] = []
        lines: list[str] = []
        if refused:
            count = len(refused)
            head = plural(
                count,
                translate("Notice", "{n} file could not be used:"),
                translate("Notice", "{n} files could not be used:"),
            )
            lines = [f"<b>{html.escape(r.path)}</b> — {html.escape(r.reason)}" for r in refused]
            shown = lines[:MAX_LISTED]
            if count > MAX_LISTED:
                more = translate("Notice", "… and {count} more (hover for the full list)")
                shown.append(more.format(count=count - MAX_LISTED))
            parts.append(f"<b>{head}</b><br/>" + "<br/>".join(shown))
        if short:
            head = translate(
                "Notice",
                "Too short to be an article (analysed all the same; remove it from the Sources "
                "list if it is not one):",
            )
            one, many = translate("Notice", "{n} word"), translate("Notice", "{n} words")
            named = [
                f"<b>{html.escape(name)}</b> — {plural(s.words, one, many)}"
                for name, s in zip(names(short), short, strict=True)
            ]
            parts.append(f"<b>{head}</b><br/>" + "<br/>".join(named[:MAX_LISTED]))
            lines += named
        self.show_message("<br/>".join(parts))
        self.text.setToolTip("<qt>" + "<br/>".join(lines) + "</qt>")
