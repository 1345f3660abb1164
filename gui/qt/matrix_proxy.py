"""Sort and filter over the matrix model, without copying a row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from gui.qt.matrix_filter import MatrixFilter
from gui.qt.matrix_model import LEADING, MatrixModel, Role


class MatrixProxy(QSortFilterProxyModel):
    """Sorting compares ``Role.SORT`` keys (ints or folded strings) in C++.

    Qt sorts stably, and the source model's rows are already in the default reading order,
    so ties keep conflicts first and wider coverage first; column -1 restores that order.
    """

    def __init__(self, model: MatrixModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = MatrixFilter()
        self._show_hidden = False  # rows the reviewer hid stay out of view unless asked for
        self.setSourceModel(model)
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    @property
    def matrix_model(self) -> MatrixModel:
        model = self.sourceModel()
        assert isinstance(model, MatrixModel)
        return model

    @property
    def filter(self) -> MatrixFilter:
        return self._filter

    def set_filter(self, matrix_filter: MatrixFilter) -> None:
        if matrix_filter == self._filter:
            return
        columns = matrix_filter.hidden_sources != self._filter.hidden_sources
        if not hasattr(self, "endFilterChange"):  # Qt < 6.10
            self._filter = matrix_filter
            self.invalidate()
            return
        directions = QSortFilterProxyModel.Direction.Rows
        if columns:
            directions |= QSortFilterProxyModel.Direction.Columns
        self.beginFilterChange()
        self._filter = matrix_filter
        self.endFilterChange(directions)

    @property
    def show_hidden(self) -> bool:
        return self._show_hidden

    def set_show_hidden(self, show: bool) -> None:
        if show != self._show_hidden:
            if not hasattr(self, "endFilterChange"):  # Qt < 6.10
                self._show_hidden = show
                self.invalidate()
                return
            self.beginFilterChange()
            self._show_hidden = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.matrix_model
        fact = model.fact_at(source_row)
        if fact.hidden and not self._show_hidden:
            return False
        return self._filter.accepts(fact, model.search_text(source_row))

    def filterAcceptsColumn(
        self, source_column: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if source_column < LEADING:
            return True
        source = self.matrix_model.source_at(source_column)
        return source is None or self._filter.accepts_source(source.id)

    # ---- what is on screen, in screen order ------------------------------------------

    def fact_ids(self) -> tuple[str, ...]:
        model = self.matrix_model
        return tuple(
            model.fact_at(self.mapToSource(self.index(r, 0)).row()).id
            for r in range(self.rowCount())
        )

    def source_ids(self) -> tuple[str, ...]:
        ids: list[str] = []
        for c in range(LEADING, self.columnCount()):
            sid = self.headerData(c, Qt.Orientation.Horizontal, Role.SOURCE_ID)
            if sid is not None:
                ids.append(sid)
        return tuple(ids)

    def row_of(self, fact_id: str) -> int:
        """The visible row of ``fact_id``, or -1 when it is filtered out."""
        source_row = self.matrix_model.row_of(fact_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.matrix_model.index(source_row, 0)).row()

    def column_of(self, source_id: str) -> int:
        """The visible column of ``source_id``, or -1 when it is hidden."""
        for c in range(LEADING, self.columnCount()):
            if self.headerData(c, Qt.Orientation.Horizontal, Role.SOURCE_ID) == source_id:
                return c
        return -1
