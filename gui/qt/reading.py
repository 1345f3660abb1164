"""What the reviewer reads: the selected fact in the detail pane, an outlet's article in the
article pane, and the ways from one to the other (a click in the article, a column's menu)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QInputDialog, QMenu

from gui.domain import Agreement, Fact, Status
from gui.i18n import translate
from gui.qt.icons import icon
from gui.qt.matrix_model import Role
from gui.qt.plain_text import menu_literal

if TYPE_CHECKING:
    from gui.qt.window import MainWindow


class Reading(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._source_id: str | None = None  # outlet shown in the article pane
        selection = window.matrix_view.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        window.detail.sourceRequested.connect(self.show_source)
        window.source_pane.sourceChanged.connect(self._on_source_picked)
        window.source_pane.factClicked.connect(self._on_article_fact_clicked)
        window.sources_dock.sourceSelected.connect(self.show_source)
        window.matrix_view.headerMenuRequested.connect(self._on_header_menu)

    def current_fact(self) -> Fact | None:
        index = self._window.matrix_view.currentIndex()
        fact = index.data(Role.FACT) if index.isValid() else None
        return fact if isinstance(fact, Fact) else None

    def select_row(self, row: int, column: int = 0) -> None:
        index = self._window.proxy.index(row, column)
        if not index.isValid():
            return
        self._window.matrix_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._window.matrix_view.scrollTo(index)

    def select_fact(self, fact_id: str, source_id: str | None = None) -> bool:
        """Select ``fact_id``'s row (at ``source_id``'s column); False if it is filtered out."""
        row = self._window.proxy.row_of(fact_id)
        if row < 0:
            return False
        column = self._window.proxy.column_of(source_id) if source_id else -1
        current = self._window.matrix_view.currentIndex()
        if column < 0:
            column = current.column() if current.isValid() else 0
        self.select_row(row, column)
        return True

    def select_first_conflict(self) -> bool:
        for row in range(self._window.proxy.rowCount()):
            fact = self._window.proxy.index(row, 0).data(Role.FACT)
            if isinstance(fact, Fact) and fact.agreement is Agreement.CONFLICT:
                self.select_row(row)
                return True
        return False

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        fact = current.data(Role.FACT) if current.isValid() else None
        source_id = current.data(Role.SOURCE_ID) if current.isValid() else None
        if isinstance(source_id, str):
            self._source_id = source_id
        self.show_fact(fact if isinstance(fact, Fact) else None)

    def show_fact(self, fact: Fact | None) -> None:
        matrix = self._window.model.matrix
        if fact is None or matrix is None:
            self._window.detail.clear_fact()
            self._window.source_pane.show_fact(None)
            return
        source_id = self._source_for(fact)
        if source_id is not None and source_id != self._window.source_pane.source_id:
            self._window.source_pane.show_source(source_id)
        self._window.source_pane.show_fact(fact)
        if self._window.source_pane.source_id:
            self._window.sources_dock.select_source(self._window.source_pane.source_id)
        self._window.detail.show_fact(
            matrix,
            fact,
            source_ids=self._window.proxy.source_ids() or None,
            current_source=self._window.source_pane.source_id,
        )

    def _source_for(self, fact: Fact) -> str | None:
        """The outlet to read: the one pointed at, else one that states the fact."""
        matrix = self._window.model.matrix
        if matrix is None or not matrix.sources:
            return None
        shown = self._window.proxy.filter.accepts_source
        chosen = self._source_id
        if chosen is not None and fact.cell(chosen).status is not Status.ABSENT:
            return chosen
        stating = [s.id for s in matrix.sources if fact.cell(s.id).status is not Status.ABSENT]
        for status in (Status.CONFLICT, Status.PARTIAL, Status.AGREE):
            for sid in stating:
                if fact.cell(sid).status is status and shown(sid):
                    return sid
        return chosen or matrix.sources[0].id

    def show_source(self, source_id: str) -> None:
        """Read ``source_id``'s article, keeping the selected fact emphasised."""
        self._source_id = source_id
        self._window.source_pane.show_source(source_id)
        self._window.sources_dock.select_source(source_id)
        fact = self.current_fact()
        matrix = self._window.model.matrix
        if fact is not None and matrix is not None:
            self._window.detail.show_fact(
                matrix,
                fact,
                source_ids=self._window.proxy.source_ids() or None,
                current_source=source_id,
            )

    @Slot(str)
    def _on_source_picked(self, source_id: str) -> None:
        self.show_source(source_id)

    @Slot(str, str)
    def _on_article_fact_clicked(self, fact_id: str, source_id: str) -> None:
        self._source_id = source_id
        if not self.select_fact(fact_id, source_id):
            label = (
                self._window.document.matrix.fact(fact_id).label
                if self._window.document.matrix
                else ""
            )
            message = translate(
                "MainWindow", "“{label}” is hidden by the current filter (Clear Filter shows it)."
            ).format(label=label)
            self._window.statusBar().showMessage(message, 8000)

    @Slot(int, QPoint)
    def _on_header_menu(self, column: int, where: QPoint) -> None:
        source_id = self._window.proxy.headerData(column, Qt.Orientation.Horizontal, Role.SOURCE_ID)
        if not isinstance(source_id, str) or self._window.model.matrix is None:
            return
        outlet = menu_literal(self._window.model.matrix.source(source_id).outlet)
        menu = QMenu(self._window)
        menu.addAction(
            icon("sources"),
            translate("MainWindow", "Read {outlet}").format(outlet=outlet),
            lambda: self.show_source(source_id),
        )
        menu.addAction(
            translate("MainWindow", "Rename Outlet…"), lambda: self.ask_rename(source_id)
        )
        menu.addAction(
            translate("MainWindow", "Hide {outlet}").format(outlet=outlet),
            lambda: self._window.filter_bar.set_source_shown(source_id, False),
        )
        menu.popup(where)

    def ask_rename(self, source_id: str) -> None:
        if self._window.model.matrix is None:
            return
        current = self._window.model.matrix.source(source_id).outlet
        name, ok = QInputDialog.getText(
            self._window,
            translate("MainWindow", "Rename Outlet"),
            translate("MainWindow", "Outlet name:"),
            text=current,
        )
        if ok:
            self._window.document.rename_outlet(source_id, name)
