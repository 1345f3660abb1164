"""Edit → Paste Article…: an article copied from a browser, with the outlet it came from.

What the reviewer pastes is cleaned like any file (page furniture removed, headline and
dateline read) and joins the corpus as a Source of its own; the project keeps its text, so
it survives without a file on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.domain import Source
from gui.i18n import translate

if TYPE_CHECKING:
    from gui.ingest import RawArticle

PASTED = "(pasted)"  # the Source.path of a pasted article: it has no file
_CLIPBOARD_MIN = 80  # characters; shorter clipboard text is not an article worth pre-filling


class PasteDialog(QDialog):
    """The article text, its outlet (required) and its address (optional)."""

    def __init__(self, parent: QWidget | None = None, *, existing: Sequence[Source] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("pasteDialog")
        self.setWindowTitle(translate("PasteDialog", "Paste Article"))
        self._existing = tuple(existing)
        self.source: Source | None = None
        self.outlet = QLineEdit(self)
        self.outlet.setObjectName("pasteOutlet")
        self.outlet.setPlaceholderText(translate("PasteDialog", "e.g. Kompas, BBC News Indonesia"))
        self.url = QLineEdit(self)
        self.url.setObjectName("pasteUrl")
        self.url.setPlaceholderText(translate("PasteDialog", "https://… (optional)"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("pasteText")
        self.text.setPlaceholderText(
            translate("PasteDialog", "Paste the article here: headline, date line and text.")
        )
        self.problem = QLabel(self)
        self.problem.setObjectName("pasteProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(translate("PasteDialog", "&Outlet:"), self.outlet)
        form.addRow(translate("PasteDialog", "A&ddress:"), self.url)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("PasteDialog", "Add to Corpus")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        clipboard = QGuiApplication.clipboard().text()
        if len(clipboard.strip()) >= _CLIPBOARD_MIN:
            self.text.setPlainText(clipboard)
        self.outlet.textChanged.connect(self._update_ok)
        self.text.textChanged.connect(self._update_ok)
        self._update_ok()

    def article(self) -> RawArticle:
        from gui.ingest import RawArticle

        return RawArticle(
            self.text.toPlainText(), outlet=self.outlet.text().strip(), url=self.url.text().strip()
        )

    def accept(self) -> None:
        """Accepted only when text is left after the cleaning (not only page furniture)."""
        source = pasted_source(self.article(), self._existing)
        if not source.text:
            self.problem.setText(translate("PasteDialog", "No article text is left once menus "
                                                          "and share buttons are removed. Paste "
                                                          "the article's own text."))  # fmt: skip
            self.problem.show()
            return
        self.source = source
        super().accept()

    def _update_ok(self) -> None:
        ready = bool(self.outlet.text().strip() and self.text.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        self.problem.hide()


def pasted_source(article: RawArticle, existing: Sequence[Source] = ()) -> Source:
    """``article`` as a Source numbered after ``existing``, its outlet distinct from theirs."""
    # The readers load on first use, not with the window (start-up stays light).
    from gui.ingest import source_from_raw
    from gui.ingest.labels import distinct_outlets

    numbers = [int(s.id[1:]) for s in existing if s.id[:1] == "s" and s.id[1:].isdigit()]
    source_id = f"s{max(numbers, default=0) + 1}"
    source = source_from_raw(article, source_id=source_id, path=PASTED)
    return distinct_outlets([source], taken=[s.outlet for s in existing])[0]


def _ask(dialog: PasteDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_pasted_article(
    parent: QWidget | None,
    existing: Sequence[Source] = (),
    *,
    ask: Callable[[PasteDialog], bool] = _ask,
) -> Source | None:
    """The pasted article as a Source, or None when the reviewer cancels."""
    dialog = PasteDialog(parent, existing=existing)
    try:
        return dialog.source if ask(dialog) else None
    finally:
        dialog.deleteLater()
