"""The claims matrix as one Qt table model: a row per fact, a column per outlet.

Setting a Matrix prepares only what every row needs (its label, coverage and sort key);
a cell's text, tooltip and colour are made when a view asks for them, from the row's Fact
and the cell's status, so ``data()`` is a few lookups whatever the role, and a matrix of
5,000 facts x 200 outlets is shown without first formatting its million cells. Views get
the domain objects back through ``Role.OBJECT`` instead of parsing display strings.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QIcon

from gui.display import cell_text, format_published, format_value
from gui.domain import Cell, Fact, FactKind, Origin, Source, Status
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.qt import palette
from gui.qt.disputes import marked, tooltip_lines
from gui.qt.icons import icon
from gui.qt.matrix_filter import SearchText
from gui.qt.textmap import fold
from gui.review.copies import independent_coverage, independent_sources
from gui.review.disagreements import Disagreement
from gui.review.matrix import Matrix, reading_order

ModelIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    OBJECT = Qt.ItemDataRole.UserRole  # Fact in leading columns, Cell in outlet columns
    FACT = Qt.ItemDataRole.UserRole + 1  # the row's Fact, whatever the column
    SOURCE_ID = Qt.ItemDataRole.UserRole + 2  # outlet columns (and their header)
    STATUS = Qt.ItemDataRole.UserRole + 3  # status or agreement word ("conflict"): Qt returns str
    SORT = Qt.ItemDataRole.UserRole + 4  # int or folded str, compared by the proxy in C++
    SWATCH = Qt.ItemDataRole.UserRole + 5  # palette.Swatch for painted cells
    REVIEWED = Qt.ItemDataRole.UserRole + 6  # bool: a reviewer set or confirmed this cell


class Column(IntEnum):
    LABEL = 0
    KIND = 1
    COVERAGE = 2
    AGREEMENT = 3


LEADING = len(Column)
# Source texts of the catalogue; ``headerData`` translates them when asked.
HEADERS = {
    Column.LABEL: QT_TRANSLATE_NOOP("MatrixModel", "Fact"),
    Column.KIND: QT_TRANSLATE_NOOP("MatrixModel", "Kind"),
    Column.COVERAGE: QT_TRANSLATE_NOOP("MatrixModel", "Outlets"),
    Column.AGREEMENT: QT_TRANSLATE_NOOP("MatrixModel", "Agreement"),
}
HEADER_TIPS = {
    Column.LABEL: QT_TRANSLATE_NOOP("MatrixModel", "What the outlets state"),
    Column.KIND: QT_TRANSLATE_NOOP("MatrixModel", "Quantity, date or statement"),
    Column.COVERAGE: QT_TRANSLATE_NOOP("MatrixModel", "How many outlets state the fact"),
    Column.AGREEMENT: QT_TRANSLATE_NOOP(
        "MatrixModel", "How the outlets that state the fact relate to each other"
    ),
}

_PREPARE_CELLS = 4000  # stated cells whose text is folded per idle slice (a few ms)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _rich(body: str) -> str:
    # "<qt>" makes Qt treat the tooltip as rich text, so escaped article text stays literal.
    return f"<qt>{body}</qt>"


def _cell_tooltip(source: Source, kind: FactKind, cell: Cell) -> str:
    swatch = palette.STATUS[cell.status]
    head = f"<b>{html.escape(source.outlet)}</b> — {html.escape(swatch.chip)}"
    if cell.reviewed:
        head += " · <i>" + translate("MatrixModel", "reviewed") + "</i>"
    note = _note(cell.note)
    if cell.decided_by:
        who = translate("MatrixModel", "Decided by {who}").format(who=cell.decided_by)
        note += f"<br/><i>{html.escape(who)}</i>"
    if cell.status is Status.ABSENT:
        return _rich(f"{head}<br/>{html.escape(_capitalised(swatch.meaning))}.{note}")
    value = " ".join(cell.value.split())
    if value and kind is not FactKind.STATEMENT:
        head += f": {html.escape(value)}"
    excerpt = " ".join(cell.excerpt.split())
    return _rich((f"{head}<br/><i>{html.escape(excerpt)}</i>" if excerpt else head) + note)


_ORIGIN_WORDS = {
    Origin.MANUAL: QT_TRANSLATE_NOOP("MatrixModel", "made by the reviewer"),
    Origin.ORPHANED: QT_TRANSLATE_NOOP(
        "MatrixModel",
        "the analysis no longer finds this fact; kept from the reviewer's decisions",
    ),
}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _note(note: str) -> str:
    if not note:
        return ""
    return "<br/>" + translate("MatrixModel", "Note: {note}").format(note=html.escape(note))


def _provenance(fact: Fact) -> str:
    parts = []
    if fact.origin in _ORIGIN_WORDS:
        parts.append(f"<br/><i>{translate('MatrixModel', _ORIGIN_WORDS[fact.origin])}</i>")
    if fact.reviewed:
        parts.append("<br/><i>" + translate("MatrixModel", "Reviewed") + "</i>")
    if fact.hidden:
        parts.append("<br/><i>" + translate("MatrixModel", "Hidden") + "</i>")
    parts.append(_note(fact.note))
    return "".join(parts)


def _fold(text: str) -> str:
    # Most article text is ASCII, for which folding is lowering; the full fold is far slower.
    return text.lower() if text.isascii() else fold(text)


@dataclass(slots=True)
class _Row:
    """One fact, with what every row needs prepared; the rest is made when asked for."""

    fact: Fact
    label: str  # whitespace collapsed
    stated: int  # outlets that state it: Fact.coverage, which counts every time it is read
    coverage: int  # the same, copies counted once when the reviewer chose so
    outlets: int  # of how many
    sort_label: str  # folded label
    search: SearchText | None = None  # made on the first text search


class MatrixModel(QAbstractTableModel):
    """Rows are facts in the default reading order: conflicts first, then wider coverage.

    The label column is editable; an edit is not applied here but sent as
    ``labelEdited`` for the document to decide.
    """

    labelEdited = Signal(str, str)  # fact id, new label

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix | None = None
        self._sources: tuple[Source, ...] = ()
        self._rows: list[_Row] = []
        self._reading_rank: dict[str, int] = {}  # fact id -> place in the default order
        self._sort_column = -1  # -1: the default reading order
        self._sort_source: str | None = None  # the outlet sorted by: its column may move
        # Search text is folded a slice at a time while the event loop is idle (a few ms
        # each), so a search typed soon after the matrix appears finds it ready.
        self._prepared = 0  # rows up to here have been looked at
        self._preparing = QTimer(self)
        self._preparing.setInterval(0)
        self._preparing.timeout.connect(self._prepare_search)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._row_of: dict[str, int] = {}
        self._column_of: dict[str, int] = {}
        self._source_tips: tuple[str, ...] = ()
        self._fills = {s: QBrush(palette.qcolor(w.fill)) for s, w in palette.STATUS.items()}
        self._inks = {s: palette.qcolor(w.ink) for s, w in palette.STATUS.items()}
        self._agreement_fills = {
            a: QBrush(palette.qcolor(w.fill)) for a, w in palette.AGREEMENT.items()
        }
        self._agreement_inks = {a: palette.qcolor(w.ink) for a, w in palette.AGREEMENT.items()}
        self._kind_icons: dict[FactKind, QIcon] = {}
        # (fact id, source id) -> reviewers' open disagreement, set before each matrix
        self.disputes: Mapping[tuple[str, str], Disagreement] = {}
        self._origin_icons: dict[str, QIcon] = {}

    # ---- the matrix -------------------------------------------------------------------

    @property
    def matrix(self) -> Matrix | None:
        return self._matrix

    @property
    def sources(self) -> tuple[Source, ...]:
        return self._sources

    def set_matrix(self, matrix: Matrix | None) -> None:
        """Show ``matrix``; keeps selections when only names or values changed."""
        same_shape = (
            self._matrix is not None
            and matrix is not None
            and [s.id for s in matrix.sources] == [s.id for s in self._sources]
            and {f.id for f in matrix.facts} == set(self._row_of)
        )
        if same_shape:
            assert matrix is not None
            columns_changed = matrix.sources != self._sources
            changed = self._load(matrix, keep_order=True)
            # A reviewer's decision touches a row or two: repaint those, not thousands.
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            if columns_changed:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            if changed and self._sort_column >= 0:
                self._reorder(self._sorted(self._rows))  # a changed value may move its row
            return
        self.beginResetModel()
        if matrix is None:
            self._matrix, self._sources, self._rows = None, (), []
            self._row_of, self._column_of, self._source_tips = {}, {}, ()
            self._reading_rank = {}
        else:
            self._load(matrix, keep_order=False)
            if self._sort_source is not None:
                # Sorted by an outlet: follow it to its new column, or drop the sort.
                self._sort_column = self._column_of.get(self._sort_source, -1)
                if self._sort_column < 0:
                    self._sort_source = None
            if self._sort_column >= 0:
                self._rows = self._sorted(self._rows)
                self._row_of = {row.fact.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()
        self._prepared = 0
        if self._rows:
            self._preparing.start()
        else:
            self._preparing.stop()

    # ---- sorting ----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s ``Role.SORT`` key; -1 restores the reading order.

        Stable from the order on screen, so ties keep the previous sort. The keys are
        compared in Python once per row, not through ``data()`` once per comparison, which
        is what makes sorting 5,000 rows immediate.
        """
        self._sort_column = column if 0 <= column < self.columnCount() else -1
        source = self.source_at(self._sort_column) if self._sort_column >= LEADING else None
        self._sort_source = source.id if source is not None else None
        self._sort_order = order
        self._reorder(self._sorted(self._rows))

    def _sorted(self, rows: list[_Row]) -> list[_Row]:
        column = self._sort_column
        if column < 0:
            rank = self._reading_rank
            return sorted(rows, key=lambda r: rank[r.fact.id])
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        key = partial(self._sort_key, column=column)
        return sorted(rows, key=key, reverse=descending)  # reverse=True keeps ties in order

    def _reorder(self, rows: list[_Row]) -> None:
        old = self._rows
        if len(rows) == len(old) and all(a is b for a, b in zip(rows, old, strict=True)):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows = rows
        self._row_of = {row.fact.id: i for i, row in enumerate(rows)}
        persistent = self.persistentIndexList()
        moved = [
            self.index(self._row_of[old[p.row()].fact.id], p.column()) if p.isValid() else p
            for p in persistent
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _load(self, matrix: Matrix, *, keep_order: bool) -> list[int]:
        """Take ``matrix``; the rows whose content changed (all of them unless kept in order)."""
        if not self._kind_icons:
            self._kind_icons = {k: icon(name) for k, name in palette.KIND_ICON.items()}
        if keep_order:
            by_id = {f.id: f for f in matrix.facts}
            facts = [by_id[row.fact.id] for row in self._rows]
        else:
            facts = reading_order(matrix.facts)
        # Rows whose fact is unchanged keep their prepared strings, unless the columns or the
        # way copies count changed, which every row's text depends on.
        reusable = (
            keep_order
            and self._matrix is not None
            and matrix.sources == self._sources
            and matrix.count_copies_once == self._matrix.count_copies_once
        )
        old = self._rows
        self._matrix = matrix
        self._sources = matrix.sources
        if reusable:
            self._rows = [
                r if r.fact == f else self._row(f) for r, f in zip(old, facts, strict=True)
            ]
            changed = [
                i for i, (r, o) in enumerate(zip(self._rows, old, strict=True)) if r is not o
            ]
        else:
            self._rows = [self._row(fact) for fact in facts]
            changed = list(range(len(self._rows)))
        self._row_of = {row.fact.id: i for i, row in enumerate(self._rows)}
        if not keep_order:
            self._reading_rank = dict(self._row_of)
        self._column_of = {s.id: LEADING + i for i, s in enumerate(self._sources)}
        self._source_tips = tuple(self._source_tip(s) for s in self._sources)
        return changed

    def _row(self, fact: Fact) -> _Row:
        n = len(self._sources)
        label = " ".join(fact.label.split())
        stated = coverage = fact.coverage
        matrix = self._matrix
        if matrix is not None and matrix.count_copies_once and matrix.analysis.copies:
            # Copies of one story count once: "2/4 independent outlets", not "5/7".
            coverage = independent_coverage(fact, matrix.analysis.copies)
            n = independent_sources(self._sources, matrix.analysis.copies)
        return _Row(fact, label, stated, coverage, n, _fold(label))

    def _search(self, row: _Row) -> SearchText:
        shown = self._column_of
        excerpts: dict[str, str] = {}
        for sid, c in row.fact.cells.items():
            if c.status is not Status.ABSENT and sid in shown:
                text = c.value + "\n" + c.excerpt
                excerpts[sid] = text.lower() if text.isascii() else fold(text)
        return SearchText(
            label=row.sort_label,
            excerpts=excerpts,
            haystack="\n".join([row.sort_label, *excerpts.values()]),
        )

    def _display(self, row: _Row, column: int) -> str:
        if column >= LEADING:
            text = cell_text(row.fact.kind, self._cell(row, column))
            disputed = self.disputes and self._dispute(row, column)
            return marked(text) if disputed else text
        if column == Column.LABEL:
            return row.label
        if column == Column.KIND:
            return palette.kind_word(row.fact.kind)
        if column == Column.COVERAGE:
            return f"{row.coverage}/{row.outlets}"
        return palette.AGREEMENT[row.fact.agreement].chip

    def _tooltip(self, row: _Row, column: int) -> str:
        fact = row.fact
        if column >= LEADING:
            source = self._sources[column - LEADING]
            tip = _cell_tooltip(source, fact.kind, self._cell(row, column))
            dispute = self._dispute(row, column) if self.disputes else None
            return tip[: -len("</qt>")] + tooltip_lines(dispute) + "</qt>" if dispute else tip
        agreement = palette.AGREEMENT[fact.agreement]
        stated_by = translate("MatrixModel", "stated by {count} of {total} outlets").format(
            count=row.coverage, total=row.outlets
        )
        kind = palette.kind_word(fact.kind)
        if column == Column.LABEL:
            return _rich(
                f"<b>{html.escape(row.label)}</b><br/>{kind} · "
                f"{html.escape(agreement.chip)} · {stated_by}{_provenance(fact)}"
            )
        if column == Column.KIND:
            return _rich(translate("MatrixModel", "Kind: <b>{kind}</b>").format(kind=kind))
        if column == Column.COVERAGE:
            return _rich(_capitalised(stated_by))
        return _rich(f"<b>{html.escape(agreement.chip)}</b>: {html.escape(agreement.meaning)}")

    def _dispute(self, row: _Row, column: int) -> Disagreement | None:
        return self.disputes.get((row.fact.id, self._sources[column - LEADING].id))

    def _sort_key(self, row: _Row, column: int) -> int | str:
        """What ``Role.SORT`` gives: an int, or the folded label."""
        if column >= LEADING:
            return palette.STATUS_RANK[self._cell(row, column).status]
        if column == Column.LABEL:
            return row.sort_label
        if column == Column.KIND:
            return palette.KIND_RANK[row.fact.kind]
        if column == Column.COVERAGE:
            return row.coverage
        return palette.AGREEMENT_RANK[row.fact.agreement]

    def _cell(self, row: _Row, column: int) -> Cell:
        return row.fact.cell(self._sources[column - LEADING].id)

    @staticmethod
    def _source_tip(source: Source) -> str:
        lines = [f"<b>{html.escape(source.outlet)}</b>"]
        if source.title:
            lines.append(html.escape(source.title))
        if source.published:
            lines.append(format_published(source.published))
        return _rich("<br/>".join(lines))

    # ---- lookups for views and the proxy ---------------------------------------------

    def fact_at(self, row: int) -> Fact:
        return self._rows[row].fact

    def stated_at(self, row: int) -> int:
        """How many outlets state the row's fact (``Fact.coverage``, counted once)."""
        return self._rows[row].stated

    def search_text(self, row: int) -> SearchText:
        """The row's searchable words, folded once and kept with the row."""
        r = self._rows[row]
        if r.search is None:
            r.search = self._search(r)
        return r.search

    def _prepare_search(self) -> None:
        """Fold a slice of the rows' text, so the first search need not fold them all."""
        # Rows a sort moves meanwhile may be skipped; search_text() folds those when asked.
        rows, folded = self._rows, 0
        while self._prepared < len(rows) and folded < _PREPARE_CELLS:
            r = rows[self._prepared]
            if r.search is None:
                r.search = self._search(r)
                folded += r.stated + 1
            self._prepared += 1
        if self._prepared >= len(rows):
            self._preparing.stop()

    def row_of(self, fact_id: str) -> int:
        """The row showing ``fact_id``, or -1."""
        return self._row_of.get(fact_id, -1)

    def column_of(self, source_id: str) -> int:
        """The column showing ``source_id``, or -1."""
        return self._column_of.get(source_id, -1)

    def source_at(self, column: int) -> Source | None:
        i = column - LEADING
        return self._sources[i] if 0 <= i < len(self._sources) else None

    # ---- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LEADING + len(self._sources)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == Column.LABEL:
            return _FLAGS | Qt.ItemFlag.ItemIsEditable
        return _FLAGS

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Column.LABEL:
            return False
        label = " ".join(str(value).split())
        fact = self._rows[index.row()].fact
        if label and label != fact.label:
            self.labelEdited.emit(fact.id, label)
        return False  # the matrix changes when the document applies the decision

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        outlet = column - LEADING  # >= 0 in outlet columns
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Role.SWATCH):
            return self._colour(row, column, role)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.LABEL:
                return self._origin_icon(row.fact)
            return self._kind_icons.get(row.fact.kind) if column == Column.KIND else None
        if role == Qt.ItemDataRole.EditRole:
            return row.fact.label if column == Column.LABEL else None
        if role == Role.REVIEWED:
            return outlet >= 0 and (self._cell(row, column).reviewed or row.fact.reviewed)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.COVERAGE:
                return Qt.AlignmentFlag.AlignCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if outlet >= 0:
                cell = self._cell(row, column)
                return f"{palette.STATUS[cell.status].word} {format_value(row.fact.kind, cell)}"
            return self._display(row, column)
        if role == Role.OBJECT:
            return self._cell(row, column) if outlet >= 0 else row.fact
        if role == Role.FACT:
            return row.fact
        if role == Role.SOURCE_ID:
            return self._sources[outlet].id if outlet >= 0 else None
        if role == Role.STATUS:
            if outlet >= 0:
                return self._cell(row, column).status
            return row.fact.agreement if column == Column.AGREEMENT else None
        if role == Role.SORT:
            return self._sort_key(row, column)
        return None

    def _origin_icon(self, fact: Fact) -> QIcon | None:
        if fact.origin is Origin.ORPHANED:
            name = "warning"
        elif fact.reviewed:
            name = "reviewed"
        elif fact.origin is Origin.MANUAL:
            name = "new-fact"
        elif fact.note:
            name = "note"
        else:
            return None
        if name not in self._origin_icons:
            self._origin_icons[name] = icon(name)
        return self._origin_icons[name]

    def _colour(self, row: _Row, column: int, role: int) -> Any:
        outlet = column - LEADING
        if outlet >= 0:
            status = self._cell(row, column).status
            if role == Role.SWATCH:
                return palette.STATUS[status]
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._fills[status]
            return self._inks[status]
        if column == Column.AGREEMENT:
            agreement = row.fact.agreement
            if role == Role.SWATCH:
                return palette.AGREEMENT[agreement]
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._agreement_fills[agreement]
            return self._agreement_inks[agreement]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if section < LEADING:
            column = Column(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("MatrixModel", HEADERS[column])
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("MatrixModel", HEADER_TIPS[column])
            return None
        i = section - LEADING
        if not 0 <= i < len(self._sources):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._sources[i].outlet
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._source_tips[i]
        if role == Role.OBJECT:
            return self._sources[i]
        if role == Role.SOURCE_ID:
            return self._sources[i].id
        return None
