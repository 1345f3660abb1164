"""The corpus at a glance: outlet, title, date and length; rename an outlet, show or hide it."""

from __future__ import annotations

import html
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from gui.domain import Source
from gui.qt.matrix_model import Role, format_published
from gui.review.matrix import Matrix

ModelIndex = QModelIndex | QPersistentModelIndex


class SourceColumn(IntEnum):
    OUTLET = 0
    TITLE = 1
    DATE = 2
    WORDS = 3


_HEADERS = ("Outlet", "Title", "Published", "Words")


class SourcesModel(QAbstractTableModel):
    """Edits are requests: the window turns them into Review commands and sends back a Matrix."""

    renameRequested = Signal(str, str)  # source id, new outlet name
    visibilityRequested = Signal(str, bool)  # source id, shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: tuple[Source, ...] = ()
        self._hidden: frozenset[str] = frozenset()

    def set_matrix(self, matrix: Matrix | None) -> None:
        sources = matrix.sources if matrix else ()
        if [s.id for s in sources] == [s.id for s in self._sources] and sources:
            self._sources = sources
            self.dataChanged.emit(self.index(0, 0), self.index(len(sources) - 1, len(_HEADERS) - 1))
            return
        self.beginResetModel()
        self._sources = sources
        self.endResetModel()

    def set_hidden(self, hidden: frozenset[str]) -> None:
        if hidden == self._hidden:
            return
        self._hidden = hidden
        if self._sources:
            last = self.index(len(self._sources) - 1, SourceColumn.OUTLET)
            self.dataChanged.emit(
                self.index(0, SourceColumn.OUTLET), last, [Qt.ItemDataRole.CheckStateRole]
            )

    def source_at(self, row: int) -> Source:
        return self._sources[row]

    def row_of(self, source_id: str) -> int:
        for row, source in enumerate(self._sources):
            if source.id == source_id:
                return row
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SourceColumn.OUTLET:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self._sources[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SourceColumn.OUTLET:
                return source.outlet
            if column == SourceColumn.TITLE:
                return source.title
            if column == SourceColumn.DATE:
                return format_published(source.published) if source.published else ""
            return source.words if role == Qt.ItemDataRole.EditRole else f"{source.words:,}"
        if role == Qt.ItemDataRole.CheckStateRole and column == SourceColumn.OUTLET:
            shown = source.id not in self._hidden
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SourceColumn.OUTLET:
                return (
                    f"<qt><b>{html.escape(source.outlet)}</b><br/>{html.escape(source.path)}"
                    "<br/>Double-click to rename; untick to hide its column.</qt>"
                )
            if column == SourceColumn.TITLE:
                return f"<qt>{html.escape(source.title)}</qt>"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SourceColumn.WORDS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role in (Role.OBJECT, Role.SOURCE_ID):
            return source if role == Role.OBJECT else source.id
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != SourceColumn.OUTLET:
            return False
        source = self._sources[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            name = " ".join(str(value).split())
            if name and name != source.outlet:
                self.renameRequested.emit(source.id, name)
            return bool(name)
        if role == Qt.ItemDataRole.CheckStateRole:
            shown = Qt.CheckState(value) == Qt.CheckState.Checked
            self.visibilityRequested.emit(source.id, shown)
            return True
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section] if 0 <= section < len(_HEADERS) else None
        return None


class SourcesDock(QDockWidget):
    sourceSelected = Signal(str)

    def __init__(self, model: SourcesModel, parent: QWidget | None = None) -> None:
        super().__init__("Sources", parent)
        self.setObjectName("sourcesDock")
        self.model = model
        self._following = False
        self.view = QTableView(self)
        self.view.setObjectName("sourcesView")
        self.view.setModel(model)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SourceColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        model.modelReset.connect(self._fit)

    def _fit(self) -> None:
        for column in (SourceColumn.OUTLET, SourceColumn.DATE, SourceColumn.WORDS):
            self.view.resizeColumnToContents(column)

    def select_source(self, source_id: str) -> None:
        row = self.model.row_of(source_id)
        if row >= 0 and self.view.currentIndex().row() != row:
            self._following = True
            try:
                self.view.selectRow(row)
            finally:
                self._following = False

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Following the article pane must not echo back as a request.
        if current.isValid() and not self._following:
            self.sourceSelected.emit(self.model.source_at(current.row()).id)
