"""The selected fact across outlets: each outlet's sentence under its name and status chip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from gui.domain import Fact
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.qt.detail_html import detail_html
from gui.review.matrix import Matrix

_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "DetailPane", "Select a fact in the matrix to compare the outlets' sentences."
)


class DetailPane(QTextBrowser):
    sourceRequested = Signal(str)  # source id of an outlet name the reviewer clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._fact_id: str | None = None
        self._html = ""
        self.clear_fact()

    @property
    def fact_id(self) -> str | None:
        return self._fact_id

    def show_fact(
        self,
        matrix: Matrix,
        fact: Fact,
        *,
        source_ids: Sequence[str] | None = None,
        current_source: str | None = None,
    ) -> None:
        self._fact_id = fact.id
        page = detail_html(matrix, fact, source_ids=source_ids, current_source=current_source)
        if page != self._html:  # laying out the page again is the costly part
            self._html = page
            self.setHtml(page)

    def clear_fact(self) -> None:
        self._fact_id = None
        self._html = f"<p style='color:gray'>{translate('DetailPane', _PLACEHOLDER)}</p>"
        self.setHtml(self._html)

    @property
    def html(self) -> str:
        """The HTML last generated (``toHtml()`` would give Qt's re-serialisation instead)."""
        return self._html

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "source":
            self.sourceRequested.emit(url.path())
