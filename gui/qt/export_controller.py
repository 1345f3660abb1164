"""File → Export: what is on screen, written by ``gui.export``, with a clear outcome."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.i18n import translate
from gui.qt import export_actions
from gui.qt.export_actions import ExportFormat
from gui.qt.icons import icon
from gui.qt.matrix_model import MatrixModel
from gui.qt.matrix_proxy import MatrixProxy
from gui.qt.settings import app_settings, read_str

if TYPE_CHECKING:
    from gui.export.view import ExportView


class ExportController(QObject):
    """Owns the export actions; the window only puts them in its menus and tool bar."""

    def __init__(self, model: MatrixModel, proxy: MatrixProxy, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._model = model
        self._proxy = proxy
        self.message: QMessageBox | None = None
        self.actions: dict[str, QAction] = {}
        for fmt in export_actions.FORMATS:
            action = QAction(icon(fmt.icon), translate("ExportFormat", fmt.text), window)
            if fmt.shortcut:
                action.setShortcut(QKeySequence(fmt.shortcut))
            tip = translate(
                "ExportController", "Write the rows and outlets on screen to a {suffix} file"
            ).format(suffix=fmt.suffix)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, fmt=fmt: self.choose(fmt))
            self.actions[fmt.key] = action

    def current_view(self) -> ExportView:
        from gui.export.view import ExportView

        matrix = self._model.matrix
        names = {s.id: s.outlet for s in matrix.sources} if matrix else {}
        return ExportView(
            fact_ids=self._proxy.fact_ids(),
            source_ids=self._proxy.source_ids(),
            description=self._proxy.filter.describe(names),
        )

    def update_actions(self) -> None:
        """Enable a format when there is a matrix and ``gui.export`` has its writer."""
        matrix = self._model.matrix
        has_matrix = matrix is not None and bool(matrix.sources)
        for fmt in export_actions.FORMATS:
            action = self.actions[fmt.key]
            available = has_matrix and export_actions.available(fmt)
            action.setEnabled(available)
            if has_matrix and not available:
                action.setToolTip(
                    translate(
                        "ExportController", "{suffix} export is not available in this installation"
                    ).format(suffix=fmt.suffix)
                )

    def choose(self, fmt: ExportFormat) -> None:
        """Ask where to save (starting in the last export folder), then export."""
        if self._model.matrix is None:
            return
        settings = app_settings()
        folder = read_str(settings, "paths/export", str(Path.home()))
        name = translate("ExportController", "claims")
        suggested = str(Path(folder) / f"{name}{fmt.suffix}")
        title = translate("ExportFormat", fmt.text).replace("&", "").rstrip("…")
        file_filter = translate("ExportFormat", fmt.file_filter)
        path, _ = QFileDialog.getSaveFileName(self._window, title, suggested, file_filter)
        if not path:
            return
        if not path.lower().endswith(fmt.suffix):
            path += fmt.suffix
        settings.setValue("paths/export", str(Path(path).parent))
        self.export_to(fmt.key, path)

    def export_to(self, key: str, path: str | Path) -> Path | None:
        """Write the current view; the outcome is shown in a non-modal message."""
        fmt = export_actions.BY_KEY[key]
        matrix = self._model.matrix
        write = export_actions.writer(fmt)
        if matrix is None or write is None:
            return None
        target = Path(path)
        try:
            write(matrix, target, self.current_view())
        except export_actions.export_error() as exc:
            self._show(
                QMessageBox.Icon.Warning,
                translate("ExportController", "Export failed"),
                translate("ExportController", "The file was not written.") + f"\n\n{exc}",
            )  # fmt: skip
            return None
        box = self._show(
            QMessageBox.Icon.Information,
            translate("ExportController", "Export finished"),
            translate("ExportController", "Saved {file} in {folder}.").format(
                file=target.name, folder=target.parent
            ),
        )  # fmt: skip
        button = box.addButton(
            translate("ExportController", "Open Folder"), QMessageBox.ButtonRole.ActionRole
        )
        button.setIcon(icon("open-folder"))
        button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))
        )
        return target

    def _show(self, kind: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        if self.message is not None:
            self.message.close()
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Close, self._window)
        box.setObjectName("exportMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._on_message_destroyed)
        self.message = box
        box.show()
        return box

    @Slot()
    def _on_message_destroyed(self) -> None:
        self.message = None
