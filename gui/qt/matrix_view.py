"""The claims matrix table: leading columns frozen on the left, outlets scrolling beside them.

The frozen part is a second QTableView laid over the left edge of the main one (Qt's
"frozen column" pattern): it shares the model and the selection model and shows only the
leading columns, so the fact label stays in sight however far the outlets scroll.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

from gui.domain import FactKind
from gui.qt import palette
from gui.qt.matrix_model import LEADING, Column, Role
from gui.qt.status_delegate import CHIP_INSET, CHIP_PAD, StatusDelegate

_MIN_POINT_SIZE = 6
_MAX_POINT_SIZE = 28
_WIDTH_SAMPLE = 400  # rows measured when fitting an outlet column
# Cells measured when fitting all outlet columns: with hundreds of outlets each column gets
# fewer rows (40 of 200 columns), so fitting costs the same however wide the matrix is.
_WIDTH_BUDGET = 8000


class MatrixView(QTableView):
    """Rows select whole; the current column tells which outlet the reviewer pointed at."""

    zoomChanged = Signal(int)  # steps from the default font size
    headerMenuRequested = Signal(int, QPoint)  # column, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base_point_size = self.font().pointSizeF()
        self._zoom = 0
        self._fitting = False
        self._user_sized = False
        self._widths: dict[tuple[object, int], int] = {}  # (source id, font height) -> px
        self._fitted_columns: tuple[object, ...] = ()  # source ids when last fitted
        self._sorted_source: object = None  # the outlet the rows are sorted by, if one
        self._delegate = StatusDelegate(self)
        self._frozen = QTableView(self)
        # One delegate per view: a delegate's editor signals go to every view that uses it.
        self._frozen_delegate = StatusDelegate(self._frozen)
        for view, delegate in ((self, self._delegate), (self._frozen, self._frozen_delegate)):
            view.setItemDelegate(delegate)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            # Several rows at once, for merging; the current cell still picks one outlet.
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setWordWrap(False)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setShowGrid(False)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header = view.horizontalHeader()
            header.setHighlightSections(False)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._frozen.setObjectName("frozenColumns")
        self._frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._frozen.setFrameShape(QTableView.Shape.NoFrame)
        self._frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._frozen.horizontalHeader().setSortIndicatorShown(True)
        self._frozen.horizontalHeader().setSectionsClickable(True)
        self.viewport().stackUnder(self._frozen)
        # A hairline where the outlets slide under the frozen columns.
        self._edge = QFrame(self)
        self._edge.setObjectName("frozenEdge")
        self._edge.setFrameShape(QFrame.Shape.VLine)
        self._edge.setFrameShadow(QFrame.Shadow.Plain)
        self._edge.setForegroundRole(QPalette.ColorRole.Mid)

        header = self.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(28)
        self.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._frozen.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        header.sectionResized.connect(self._on_main_section_resized)
        self._frozen.horizontalHeader().sectionResized.connect(self._on_frozen_section_resized)
        self._frozen.horizontalHeader().sectionClicked.connect(self._on_frozen_header_clicked)
        # Clicking a frozen cell must leave the keyboard with the table, as the cell is its.
        self._frozen.pressed.connect(self._on_frozen_pressed)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        self.verticalScrollBar().valueChanged.connect(self._frozen.verticalScrollBar().setValue)
        self._frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self._apply_font()

    # ---- model wiring -----------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in _column_signals(old):
                signal.disconnect(self._on_columns_changed)
            old.layoutChanged.disconnect(self._on_layout_changed)
        super().setModel(model)
        self._frozen.setModel(model)
        self._frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            for signal in _column_signals(model):
                signal.connect(self._on_columns_changed)
            model.layoutChanged.connect(self._on_layout_changed)
        self._on_columns_changed()

    def setSelectionModel(self, selection_model: QItemSelectionModel) -> None:
        super().setSelectionModel(selection_model)
        # Called from setModel() before the frozen view has the model; setModel() syncs then.
        if hasattr(self, "_frozen") and self._frozen.model() is selection_model.model():
            self._frozen.setSelectionModel(selection_model)

    @property
    def frozen_view(self) -> QTableView:
        return self._frozen

    def _on_layout_changed(self, *_: object) -> None:
        # Sorting and filtering rows change the layout too; only hidden or shown outlets need
        # a refit, and the outlets' widths measured before still hold.
        if self._shown_columns() != self._fitted_columns:
            self._refit(measure_again=False)

    def _on_columns_changed(self, *_: object) -> None:
        self._refit(measure_again=True)

    def _shown_columns(self) -> tuple[object, ...]:
        model = self.model()
        if model is None:
            return ()
        horizontal = Qt.Orientation.Horizontal
        return tuple(
            model.headerData(c, horizontal, Role.SOURCE_ID) for c in range(model.columnCount())
        )

    def _refit(self, *, measure_again: bool) -> None:
        self._fitted_columns = self._shown_columns()
        self._follow_sorted_outlet()
        model = self.model()
        count = model.columnCount() if model is not None else 0
        for column in range(count):
            self._frozen.setColumnHidden(column, column >= LEADING)
        if measure_again:
            self._widths.clear()
        self._fit_columns()

    # ---- column widths and zoom -------------------------------------------------------

    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        size = self._base_point_size + steps
        if steps == self._zoom or not _MIN_POINT_SIZE <= size <= _MAX_POINT_SIZE:
            return
        self._zoom = steps
        self._apply_font()
        self.zoomChanged.emit(steps)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self._base_point_size + self._zoom)
        for view in (self, self._frozen):
            view.setFont(font)
            view.horizontalHeader().setFont(font)
        row_height = round(QFontMetrics(font).height() * 1.9)
        for view in (self, self._frozen):
            view.verticalHeader().setMinimumSectionSize(row_height)
            view.verticalHeader().setDefaultSectionSize(row_height)
        self._user_sized = False
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widths from the font, the label taking what the outlets leave (within bounds)."""
        model = self.model()
        if model is None:
            return
        metrics = QFontMetrics(self.font())
        em = metrics.horizontalAdvance("M")
        icon = self.iconSize().width() if self.iconSize().width() > 0 else metrics.height()
        widest_kind = max(metrics.horizontalAdvance(palette.kind_word(k)) for k in FactKind)
        widest_agreement = max(
            metrics.horizontalAdvance(s.chip) for s in palette.AGREEMENT.values()
        )
        coverage_header = model.headerData(Column.COVERAGE, Qt.Orientation.Horizontal)
        widths = {
            Column.KIND: icon + widest_kind + 3 * em // 2,
            Column.COVERAGE: metrics.horizontalAdvance(str(coverage_header)) + 2 * em,
            Column.AGREEMENT: widest_agreement + 2 * em,
        }
        outlets = range(LEADING, model.columnCount())
        floor = metrics.horizontalAdvance("~ 28 Apr 2025") + 2 * em
        label, outlet_widths = share_width(
            self.viewport().width() - sum(widths.values()) - 2,
            label=(18 * em, 26 * em, 40 * em),
            outlets=[(self._chip_width(), floor, self._outlet_width(c, metrics)) for c in outlets],
        )
        outlet_widths = dict(zip(outlets, outlet_widths, strict=True))
        self._fitting = True
        try:
            self.setColumnWidth(Column.LABEL, label)
            for column, width in (widths | outlet_widths).items():
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False
        self._update_frozen_geometry()

    def _chip_width(self) -> int:
        """The narrowest an outlet column gets: its status glyph on the chip, in bold."""
        bold = QFont(self.font())
        bold.setBold(True)
        glyph = max(QFontMetrics(bold).horizontalAdvance(g) for g in "✓≠~1")
        return max(
            self.horizontalHeader().minimumSectionSize(), glyph + 2 * (CHIP_INSET + CHIP_PAD) + 4
        )

    def _outlet_width(self, column: int, metrics: QFontMetrics) -> int:
        """Wide enough for the header and the values, up to a cap beyond which text is elided."""
        model = self.model()
        source_id = model.headerData(column, Qt.Orientation.Horizontal, Role.SOURCE_ID)
        key = (source_id, metrics.height())
        cached = self._widths.get(key)
        if cached is not None:
            return cached
        em = metrics.horizontalAdvance("M")
        floor = metrics.horizontalAdvance("~ 28 Apr 2025") + 2 * em
        outlets = max(model.columnCount() - LEADING, 1)
        rows = min(model.rowCount(), _WIDTH_SAMPLE, max(_WIDTH_BUDGET // outlets, 20))
        longest = max(
            (
                metrics.horizontalAdvance(str(model.index(r, column).data() or ""))
                for r in range(rows)
            ),
            default=0,
        )
        header = metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal)))
        width = min(max(floor, longest + 2 * em, header + 2 * em), floor * 8 // 5)
        self._widths[key] = width
        return width

    def _frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(min(LEADING, self._column_count())))

    def _column_count(self) -> int:
        model = self.model()
        return model.columnCount() if model is not None else 0

    def _update_frozen_geometry(self) -> None:
        frame = self.frameWidth()
        self._frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        left = self.verticalHeader().width() + frame
        height = self.viewport().height() + self.horizontalHeader().height()
        self._frozen.setGeometry(left, frame, self._frozen_width(), height)
        self._edge.setGeometry(left + self._frozen_width() - 1, frame, 1, height)
        self._edge.raise_()

    def _on_main_section_resized(self, column: int, _old: int, new: int) -> None:
        if column < LEADING:
            self._frozen.setColumnWidth(column, new)
            self._update_frozen_geometry()
        if not self._fitting:
            self._user_sized = True

    def _on_frozen_section_resized(self, column: int, _old: int, new: int) -> None:
        # The reviewer drags the frozen header; the main view follows.
        if column < LEADING and self.columnWidth(column) != new:
            self.setColumnWidth(column, new)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._user_sized:
            self._update_frozen_geometry()
        else:
            self._fit_columns()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "_edge"):  # Qt calls this while __init__ is still building
            self._update_frozen_geometry()

    def _on_frozen_pressed(self, _index: QModelIndex) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _on_header_menu(self, pos: QPoint) -> None:
        header = self.horizontalHeader()
        column = header.logicalIndexAt(pos)
        if column >= LEADING:
            self.headerMenuRequested.emit(column, header.viewport().mapToGlobal(pos))

    # ---- sorting from either header ---------------------------------------------------

    def _on_frozen_header_clicked(self, column: int) -> None:
        header = self.horizontalHeader()
        if header.sortIndicatorSection() != column:
            header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        elif header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _on_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        model = self.model()
        self._sorted_source = (
            model.headerData(column, Qt.Orientation.Horizontal, Role.SOURCE_ID)
            if model is not None and column >= LEADING
            else None
        )
        frozen = self._frozen.horizontalHeader()
        frozen.blockSignals(True)
        frozen.setSortIndicator(column if column < LEADING else -1, order)
        frozen.blockSignals(False)
        frozen.viewport().update()

    def reset_order(self) -> None:
        """Back to the default reading order (conflicts first, then wider coverage)."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def _follow_sorted_outlet(self) -> None:
        """Outlet columns come and go (hidden, added, removed): the sort indicator stays on
        the outlet sorted by, and goes back to the default order when that outlet is gone."""
        if self._sorted_source is None:
            return
        header = self.horizontalHeader()
        columns = self._shown_columns()
        if self._sorted_source not in columns:
            self.reset_order()
        elif columns.index(self._sorted_source) != header.sortIndicatorSection():
            header.setSortIndicator(columns.index(self._sorted_source), header.sortIndicatorOrder())

    # ---- keep the current cell out from under the frozen columns ----------------------

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if not index.isValid():
            return
        if index.column() < LEADING:
            # Only the rows scroll for frozen columns; keep the outlets where they are.
            keep = self.horizontalScrollBar().value()
            super().scrollTo(index, hint)
            self.horizontalScrollBar().setValue(keep)
            return
        super().scrollTo(index, hint)
        left = self.visualRect(index).left()
        if left < self._frozen_width():
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + left - self._frozen_width())


def share_width(
    room: int, *, label: tuple[int, int, int], outlets: list[tuple[int, int, int]]
) -> tuple[int, list[int]]:
    """Split ``room`` px between the label (min, preferred, max) and outlets (chip, floor,
    wanted): a chip shows the status glyph, a floor a short value, wanted the longest.

    The label gets its preferred width first and keeps it: with many outlets they narrow,
    from their floor down to their chips, rather than squeeze the facts' labels. Then the
    outlets grow towards what their values want, then the label towards its maximum. When
    even the chips do not fit, the view scrolls sideways (the label stays frozen).
    """
    low, preferred, high = label
    chips = [chip for chip, _, _ in outlets]
    floors = [max(chip, floor) for chip, floor, _ in outlets]
    wants = [max(f, want) for f, (_, _, want) in zip(floors, outlets, strict=True)]
    spare = room - preferred - sum(floors)
    if spare < 0:
        narrow = room - preferred - sum(chips)
        if narrow <= 0:
            return max(low, preferred), chips
        extra = sum(f - c for f, c in zip(floors, chips, strict=True))
        return preferred, [
            c + (f - c) * narrow // extra for f, c in zip(floors, chips, strict=True)
        ]
    extra = sum(w - f for w, f in zip(wants, floors, strict=True))
    if spare < extra:
        grown = [f + (w - f) * spare // extra for w, f in zip(wants, floors, strict=True)]
        return preferred, grown
    return min(high, room - sum(wants)), wants


def _column_signals(model: QAbstractItemModel) -> tuple[SignalInstance, ...]:
    """Signals after which the frozen columns and the column widths are redone."""
    return (
        model.modelReset,
        model.columnsInserted,
        model.columnsRemoved,
        model.headerDataChanged,
    )
