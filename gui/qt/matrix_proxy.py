"""Sort and filter over the matrix model, without copying a row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from gui.qt.matrix_filter import MatrixFilter
from gui.qt.matrix_model import LEADING, MatrixModel, Role


class MatrixProxy(QSortFilterProxyModel):
    """Filters here; sorting is passed on to the model, which orders its own rows.

    Qt's own sort would ask the Python model for ``Role.SORT`` twice per comparison (some
    120,000 calls for 5,000 rows); the model sorts its prepared keys once per row instead,
    stably from the order on screen, and column -1 restores the default reading order
    (conflicts first, then wider coverage). The proxy itself never sorts, so it keeps the
    model's order.
    """

    def __init__(self, model: MatrixModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = MatrixFilter()
        self._words: tuple[str, ...] = ()  # the filter's words, folded once
        self._show_hidden = False  # rows the reviewer hid stay out of view unless asked for
        # Minor rows (Fact.secondary: one outlet, nothing to check on its own) likewise
        self._show_minor = False
        # Rows kept in view after an edit, as a spreadsheet's filter keeps them: those on
        # screen when the reviewer changed something, and rows the change made. Until the
        # filter changes.
        self._kept: set[str] = set()
        self._known: set[str] | None = None  # fact ids before the first edit under the filter
        self._model = model  # the source model, without a cast on every row filtered
        self.setSourceModel(model)
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= LEADING:  # with outlets hidden, the proxy's columns are not the model's
            source_id = self.headerData(column, Qt.Orientation.Horizontal, Role.SOURCE_ID)
            column = self.matrix_model.column_of(source_id) if isinstance(source_id, str) else -1
        self.matrix_model.sort(column, order)

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
        self._filter, self._words = matrix_filter, matrix_filter.words
        self._kept, self._known = set(), None
        self._refilter()

    def keep_shown(self) -> None:
        """Before an edit: what is on screen stays, and rows the edit makes appear, until the
        filter changes (or ``apply_filter_again``)."""
        if not self._filter.hides_rows:
            return  # nothing is filtered out: nothing to keep
        self._kept.update(self.fact_ids())
        known = {self._model.fact_at(r).id for r in range(self._model.rowCount())}
        self._known = known if self._known is None else self._known | known

    def apply_filter_again(self) -> None:
        """Let the filter decide every row again (a new analysis, for instance)."""
        if self._kept or self._known is not None:
            self._kept, self._known = set(), None
            self._refilter()

    def kept_against_filter(self, fact_id: str) -> bool:
        """True when ``fact_id`` is on screen only because it was edited under the filter."""
        row = self._model.row_of(fact_id)
        return row >= 0 and self._is_kept(self._model.fact_at(row).id) and not self._matches(row)

    @property
    def show_hidden(self) -> bool:
        return self._show_hidden

    def set_show_hidden(self, show: bool) -> None:
        if show != self._show_hidden:
            self._show_hidden = show
            self._kept, self._known = set(), None
            self._refilter()

    @property
    def show_minor(self) -> bool:
        return self._show_minor

    def set_show_minor(self, show: bool) -> None:
        if show != self._show_minor:
            self._show_minor = show
            self._kept, self._known = set(), None
            self._refilter()

    def minor_out_of_view(self) -> int:
        """Minor rows the filter would otherwise show that are out of view as minor."""
        if self._show_minor:
            return 0
        model = self._model
        return sum(
            1
            for r in range(model.rowCount())
            if model.fact_at(r).secondary
            and not (model.fact_at(r).hidden and not self._show_hidden)
            and self._matches(r)
        )

    def _refilter(self) -> None:
        # One layout change, not Qt's incremental filter change: that reports every run of
        # removed or inserted rows on its own (thousands for "date facts only" in a big
        # matrix), and each report has the views and the window's counts redo their work.
        self.invalidate()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        fact = self._model.fact_at(source_row)
        if fact.hidden and not self._show_hidden:
            return False
        if fact.secondary and not self._show_minor and not self._is_kept(fact.id):
            return False
        return self._is_kept(fact.id) or self._matches(source_row)

    def _is_kept(self, fact_id: str) -> bool:
        return fact_id in self._kept or (self._known is not None and fact_id not in self._known)

    def _matches(self, source_row: int) -> bool:
        model = self._model
        if not self._filter.accepts_fact(model.fact_at(source_row), model.stated_at(source_row)):
            return False
        # Folded text is only fetched (and on the first search, made) when words are sought.
        return not self._words or self._filter.matches(model.search_text(source_row), self._words)

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
