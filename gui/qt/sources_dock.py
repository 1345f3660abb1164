"""The corpus at a glance: outlet, copies, title, date and length; rename or hide an outlet.

A source the analysis found to be a copy of another (one agency story run by several outlets)
says so in the Copy column: "copy of <outlet>", the original "2 copies". The column is hidden
while the corpus holds no copies.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from gui.display import format_published, published_origin
from gui.domain import Source
from gui.i18n import QT_TRANSLATE_NOOP, plural, translate
from gui.qt.matrix_model import Role
from gui.qt.plain_text import menu_literal
from gui.review.matrix import Matrix

ModelIndex = QModelIndex | QPersistentModelIndex


class SourceColumn(IntEnum):
    OUTLET = 0
    COPY = 1
    TITLE = 2
    DATE = 3
    WORDS = 4


_HEADERS = (
    QT_TRANSLATE_NOOP("SourcesDock", "Outlet"),
    QT_TRANSLATE_NOOP("SourcesDock", "Copy"),
    QT_TRANSLATE_NOOP("SourcesDock", "Title"),
    QT_TRANSLATE_NOOP("SourcesDock", "Published"),
    QT_TRANSLATE_NOOP("SourcesDock", "Words"),
)


class SourcesModel(QAbstractTableModel):
    """Edits are requests: the window turns them into Review commands and sends back a Matrix."""

    renameRequested = Signal(str, str)  # source id, new outlet name
    visibilityRequested = Signal(str, bool)  # source id, shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: tuple[Source, ...] = ()
        self._hidden: frozenset[str] = frozenset()
        self._copies: Mapping[str, str] = {}  # copy id -> original id
        self._copied_by: dict[str, list[str]] = {}  # original id -> its copies, in order
        self._outlets: dict[str, str] = {}  # source id -> outlet name as shown
        self._count_once = False

    def set_matrix(self, matrix: Matrix | None) -> None:
        sources = matrix.sources if matrix else ()
        self._copies = matrix.analysis.copies if matrix else {}
        self._count_once = bool(matrix and matrix.count_copies_once)
        self._outlets = {s.id: s.outlet for s in sources}
        self._copied_by = {}
        for s in sources:
            if s.id in self._copies:
                self._copied_by.setdefault(self._copies[s.id], []).append(s.id)
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

    @property
    def has_copies(self) -> bool:
        return bool(self._copied_by)

    def copy_of(self, source_id: str) -> str | None:
        """The outlet whose article ``source_id`` copies, None for an article of its own."""
        original = self._copies.get(source_id)
        return None if original is None else self._outlets.get(original, original)

    def copy_text(self, source_id: str) -> str:
        """What the Copy column shows: "copy of Kompas", "2 copies" or nothing."""
        outlet = self.copy_of(source_id)
        if outlet is not None:
            return translate("SourcesDock", "copy of {outlet}").format(outlet=outlet)
        copies = len(self._copied_by.get(source_id, ()))
        if copies:
            return plural(
                copies, translate("SourcesDock", "{n} copy"), translate("SourcesDock", "{n} copies")
            )
        return ""

    def _copy_tooltip(self, source_id: str) -> str:
        if self._count_once:
            counted = translate("SourcesDock", "together they count once in coverage and agreement")
        else:
            counted = translate(
                "SourcesDock", "each counts as a separate outlet (View ▸ Count Copies Once)"
            )
        outlet = self.copy_of(source_id)
        if outlet is not None:
            return translate(
                "SourcesDock", "Nearly the same text as the article of {outlet}; {counted}."
            ).format(outlet=html.escape(outlet), counted=counted)
        copies = self._copied_by.get(source_id)
        if copies:
            names = ", ".join(html.escape(self._outlets.get(c, c)) for c in copies)
            return translate(
                "SourcesDock", "Run again, nearly word for word, by {outlets}; {counted}."
            ).format(outlets=names, counted=counted)
        return ""

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
            if column == SourceColumn.COPY:
                return self.copy_text(source.id)
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
                copy = self._copy_tooltip(source.id)
                return (
                    f"<qt><b>{html.escape(source.outlet)}</b><br/>{html.escape(source.path)}"
                    + (f"<br/>{html.escape(source.url)}" if source.url else "")
                    + (f"<br/>{copy}" if copy else "")
                    + "<br/>"
                    + translate("SourcesDock", "Double-click to rename; untick to hide its column.")
                    + "</qt>"
                )
            if column == SourceColumn.COPY:
                copy = self._copy_tooltip(source.id)
                return f"<qt>{copy}</qt>" if copy else None
            if column == SourceColumn.TITLE:
                return f"<qt>{html.escape(source.title)}</qt>"
            if column == SourceColumn.DATE:
                origin = published_origin(source)
                return f"<qt>{html.escape(origin)}</qt>" if origin else None
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
            if 0 <= section < len(_HEADERS):
                return translate("SourcesDock", _HEADERS[section])
            return None
        return None


class SourcesDock(QDockWidget):
    sourceSelected = Signal(str)
    removeRequested = Signal(str)  # source id the reviewer wants out of the corpus

    def __init__(self, model: SourcesModel, parent: QWidget | None = None) -> None:
        super().__init__(translate("SourcesDock", "Sources"), parent)
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
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_menu)
        model.modelReset.connect(self._fit)
        model.dataChanged.connect(self._on_data_changed)
        self._fit()

    def _fit(self) -> None:
        self.view.setColumnHidden(SourceColumn.COPY, not self.model.has_copies)
        for column in SourceColumn:
            if column is not SourceColumn.TITLE:  # the title takes the rest
                self.view.resizeColumnToContents(column)

    def _on_data_changed(self, *_args: object) -> None:
        # A renamed outlet changes how its copies read; copies may come or go on re-analysis.
        if self.view.isColumnHidden(SourceColumn.COPY) == self.model.has_copies:
            self._fit()
        elif self.model.has_copies:
            self.view.resizeColumnToContents(SourceColumn.COPY)

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

    def _on_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        source = self.model.source_at(index.row())
        menu = QMenu(self)
        menu.addAction(
            translate("SourcesDock", "Rename {outlet}…").format(outlet=menu_literal(source.outlet)),
            lambda: self.view.edit(index.siblingAtColumn(0)),
        )
        remove = menu.addAction(
            translate("SourcesDock", "Remove {outlet} from the Corpus").format(
                outlet=menu_literal(source.outlet)
            ),
            lambda: self.removeRequested.emit(source.id),
        )
        remove.setStatusTip(
            translate(
                "SourcesDock", "Analyse again without this article; decisions about others stay"
            )
        )
        menu.popup(self.view.viewport().mapToGlobal(pos))
