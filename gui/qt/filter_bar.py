"""Search, agreement and kind chips, minimum coverage, outlets; the active filter in words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.domain import Agreement, FactKind, Source
from gui.i18n import translate
from gui.qt import palette
from gui.qt.icons import icon
from gui.qt.legend import swatch_icon
from gui.qt.matrix_filter import MatrixFilter
from gui.qt.plain_text import menu_literal, rich_literal

SEARCH_DELAY_MS = 250  # typing pauses this long before the matrix is filtered


class FilterBar(QWidget):
    """Chips select: none ticked means every agreement (or kind); ticked ones narrow."""

    filterChanged = Signal(object)  # MatrixFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._filter = MatrixFilter()
        self._sources: tuple[Source, ...] = ()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(
            translate("FilterBar", "Search facts and sentences  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(160)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search.textChanged.connect(self._on_text_changed)
        self.search.returnPressed.connect(self.flush)

        only_rows = translate("FilterBar", "Only {agreement} rows: {meaning}")
        self.agreement_chips: dict[Agreement, QAction] = {
            agreement: self._chip(
                agreement.value,
                swatch.word,
                only_rows.format(agreement=swatch.word, meaning=swatch.meaning),
                swatch_icon(swatch),
            )
            for agreement, swatch in palette.AGREEMENT.items()
        }
        only_kind = translate("FilterBar", "Only {kind} facts")
        self.kind_chips: dict[FactKind, QAction] = {
            kind: self._chip(
                kind.value,
                palette.kind_word(kind),
                only_kind.format(kind=palette.kind_word(kind)),
                icon(palette.KIND_ICON[kind]),
            )
            for kind in FactKind
        }

        self._disputed: frozenset[str] = frozenset()
        self.disputed_chip = self._chip(
            "disputed",
            translate("FilterBar", "Disagreements"),
            translate("FilterBar", "Only facts with a cell that reviewers set differently and "
                                   "nobody has settled yet"),
            icon("warning"),
        )  # fmt: skip

        self.coverage = QSpinBox(self)
        self.coverage.setObjectName("minCoverage")
        self.coverage.setRange(1, 1)
        self.coverage.setPrefix(translate("FilterBar", "stated by ≥ "))
        self.coverage.setSpecialValueText(translate("FilterBar", "any coverage"))
        self.coverage.setToolTip(
            translate("FilterBar", "Only facts stated by at least this many outlets")
        )
        self.coverage.valueChanged.connect(self._emit)

        self.outlets = QToolButton(self)
        self.outlets.setObjectName("outletsButton")
        self.outlets.setText(translate("FilterBar", "Outlets"))
        self.outlets.setIcon(icon("outlets"))
        self.outlets.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.outlets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.outlets.setToolTip(translate("FilterBar", "Show or hide outlet columns"))
        self.outlets_menu = QMenu(self.outlets)
        self.outlets.setMenu(self.outlets_menu)

        self.summary = QLabel(self)
        self.summary.setObjectName("filterSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilter")
        self.clear_button.setText(translate("FilterBar", "Clear filter"))
        self.clear_button.setIcon(icon("clear-filter"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_button.setToolTip(translate("FilterBar", "Show every fact and every outlet"))
        self.clear_button.clicked.connect(self.clear)

        # A tool bar folds what does not fit behind its » button, so the window stays narrow.
        self.controls = QToolBar(translate("FilterBar", "Filter"), self)
        self.controls.setObjectName("filterControls")
        self.controls.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        size = self.fontMetrics().height()
        self.controls.setIconSize(QSize(size, size))
        self.controls.addWidget(self.search)
        self.controls.addSeparator()
        self.controls.addActions(list(self.agreement_chips.values()))
        self.controls.addSeparator()
        self.controls.addActions(list(self.kind_chips.values()))
        self.controls.addSeparator()
        self.controls.addAction(self.disputed_chip)
        self.controls.addWidget(self.coverage)
        self.controls.addWidget(self.outlets)

        # The active filter in words, with its one-click way out; shown only while active.
        self.active_row = QWidget(self)
        self.active_row.setObjectName("activeFilter")
        active = QHBoxLayout(self.active_row)
        active.setContentsMargins(0, 0, 0, 0)
        active.setSpacing(6)
        shown = QLabel(translate("FilterBar", "Showing only:"), self.active_row)
        shown.setEnabled(False)
        active.addWidget(shown)
        active.addWidget(self.summary, 1)
        active.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.controls)
        layout.addWidget(self.active_row)
        self._show_summary()

    def _chip(self, key: str, text: str, tip: str, chip_icon: QIcon) -> QAction:
        action = QAction(chip_icon, text, self)
        action.setObjectName(f"chip-{key}")
        action.setToolTip(tip)
        action.setCheckable(True)
        action.toggled.connect(self._emit)
        return action

    # ---- state ------------------------------------------------------------------------

    @property
    def filter(self) -> MatrixFilter:
        return self._filter

    def set_sources(self, sources: Sequence[Source]) -> None:
        """Outlets to offer; hidden ones that left the corpus are forgotten."""
        self._sources = tuple(sources)
        ids = {s.id for s in self._sources}
        self.coverage.blockSignals(True)
        self.coverage.setRange(1, max(1, len(self._sources)))
        self.coverage.blockSignals(False)
        hidden = frozenset(self._filter.hidden_sources & ids)
        self._rebuild_outlets_menu(hidden)
        if hidden != self._filter.hidden_sources:
            self.set_filter(self._with(hidden_sources=hidden), notify=True)
        else:
            self._show_summary()

    def _rebuild_outlets_menu(self, hidden: frozenset[str]) -> None:
        self.outlets_menu.clear()
        for source in self._sources:
            action = QAction(menu_literal(source.outlet), self.outlets_menu)
            action.setCheckable(True)
            action.setChecked(source.id not in hidden)
            action.setData(source.id)
            action.toggled.connect(self._emit)
            self.outlets_menu.addAction(action)

    def set_filter(self, matrix_filter: MatrixFilter, *, notify: bool = False) -> None:
        """Show ``matrix_filter`` in the controls; emits only when ``notify``."""
        self._debounce.stop()
        widgets = [self.search, self.coverage, *self.outlets_menu.actions()]
        widgets += [*self.agreement_chips.values(), *self.kind_chips.values()]
        widgets.append(self.disputed_chip)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if self.search.text() != matrix_filter.text:
                self.search.setText(matrix_filter.text)
            for agreement, chip in self.agreement_chips.items():
                chip.setChecked(agreement in matrix_filter.agreements)
            for kind, chip in self.kind_chips.items():
                chip.setChecked(kind in matrix_filter.kinds)
            self.coverage.setValue(max(1, matrix_filter.min_coverage))
            self.disputed_chip.setChecked(matrix_filter.fact_ids is not None)
            for action in self.outlets_menu.actions():
                action.setChecked(action.data() not in matrix_filter.hidden_sources)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._filter = matrix_filter
        self._show_summary()
        if notify:
            self.filterChanged.emit(matrix_filter)

    def set_disputed(self, fact_ids: frozenset[str]) -> None:
        """The facts with an open disagreement now; the filter follows them while it is on."""
        if fact_ids == self._disputed:
            return
        self._disputed = fact_ids
        if self.disputed_chip.isChecked():
            self.set_filter(self._with(fact_ids=fact_ids), notify=True)

    def set_source_shown(self, source_id: str, shown: bool) -> None:
        hidden = set(self._filter.hidden_sources)
        if shown:
            hidden.discard(source_id)
        else:
            hidden.add(source_id)
        self.set_filter(self._with(hidden_sources=frozenset(hidden)), notify=True)

    def clear(self) -> None:
        self.set_filter(MatrixFilter(), notify=True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def flush(self) -> None:
        """Apply pending typing now rather than after the debounce delay."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit()

    def _with(self, **changes: object) -> MatrixFilter:
        current = self._read()
        fields = {
            "text": current.text,
            "agreements": current.agreements,
            "kinds": current.kinds,
            "min_coverage": current.min_coverage,
            "hidden_sources": current.hidden_sources,
            "fact_ids": current.fact_ids,
        }
        fields.update(changes)
        return MatrixFilter(**fields)  # type: ignore[arg-type]

    def _read(self) -> MatrixFilter:
        return MatrixFilter(
            text=self.search.text(),
            agreements=frozenset(a for a, c in self.agreement_chips.items() if c.isChecked()),
            kinds=frozenset(k for k, c in self.kind_chips.items() if c.isChecked()),
            min_coverage=self.coverage.value() if self.coverage.value() > 1 else 0,
            hidden_sources=frozenset(
                a.data() for a in self.outlets_menu.actions() if not a.isChecked()
            ),
            fact_ids=self._disputed if self.disputed_chip.isChecked() else None,
        )

    def _on_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _emit(self, *_: object) -> None:
        self._debounce.stop()
        matrix_filter = self._read()
        if matrix_filter == self._filter:
            return
        self._filter = matrix_filter
        self._show_summary()
        self.filterChanged.emit(matrix_filter)

    def _show_summary(self) -> None:
        active = self._filter.is_active
        names = {s.id: s.outlet for s in self._sources}
        text = self._filter.describe(names) if active else ""
        self.summary.setText(text)
        self.summary.setToolTip(rich_literal(text))
        self.clear_button.setEnabled(active)
        self.active_row.setVisible(active)
        hidden = len(self._filter.hidden_sources)
        self.outlets.setText(
            translate("FilterBar", "Outlets ({hidden} hidden)").format(hidden=hidden)
            if hidden
            else translate("FilterBar", "Outlets")
        )
