"""The main window: the claims matrix in the centre, the evidence beneath it.

The window wires parts together and nothing more: analysis runs in ``worker``, decisions go
through ``MatrixDocument``, the table reads ``MatrixModel`` through ``MatrixProxy``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import gui
from gui import i18n
from gui.domain import Agreement, Analysis, Fact
from gui.i18n import plural, translate
from gui.paths import data_dir
from gui.qt.actions import dedupe_shortcuts
from gui.qt.columns_dialog import ColumnChoices, with_columns
from gui.qt.corpus_actions import CorpusActions
from gui.qt.detail_pane import DetailPane
from gui.qt.document import MatrixDocument
from gui.qt.export_controller import ExportController
from gui.qt.filter_bar import FilterBar
from gui.qt.icons import icon
from gui.qt.language import effective_language, save_choice
from gui.qt.legend import LegendDialog, LegendStrip
from gui.qt.matrix_filter import MatrixFilter
from gui.qt.matrix_model import MatrixModel
from gui.qt.matrix_proxy import MatrixProxy
from gui.qt.matrix_view import MatrixView
from gui.qt.notice import NoticeBar
from gui.qt.plain_text import rich_literal
from gui.qt.project_actions import ProjectActions
from gui.qt.reading import Reading
from gui.qt.review_actions import ReviewActions
from gui.qt.settings import save_reviewer
from gui.qt.settings_dialog import SettingsDialog
from gui.qt.share_actions import ShareActions
from gui.qt.source_pane import SourcePane
from gui.qt.sources_dock import SourcesDock, SourcesModel
from gui.qt.window_menus import ViewActions, build_menus
from gui.qt.window_state import restore_window_state, save_window_state
from gui.qt.worker import AnalysisRunner, Engine, default_engine
from gui.review.disagreements import open_disagreements
from gui.review.matrix import Matrix
from gui.review.short import short_sources
from gui.store.shared import SharedProject

if TYPE_CHECKING:
    from gui.export.view import ExportView

TITLE = "Claimgrid"


class MainWindow(QMainWindow):
    languageChanged = Signal(str)  # the reviewer chose another language: reopen in it

    def __init__(
        self,
        *,
        engine_factory: Callable[[], Engine] = default_engine,
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("claimgridMainWindow")
        self.setWindowTitle(TITLE)
        self.setAcceptDrops(True)
        self._remember = remember
        self.engine_factory = engine_factory  # kept for a window reopened in another language
        self._legend: LegendDialog | None = None
        self._editing = False  # the next matrix comes from a decision, not an analysis

        self.document = MatrixDocument(self)
        self.column_choices = ColumnChoices()  # columns the reviewer named for tables
        self.runner = AnalysisRunner(with_columns(engine_factory, self.column_choices), self)
        self.model = MatrixModel(self)
        self.proxy = MatrixProxy(self.model, self)
        self.exporter = ExportController(self.model, self.proxy, self)

        self._build_central()
        self._build_status_bar()
        self.sources_model = SourcesModel(self)
        self.sources_dock = SourcesDock(self.sources_model, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sources_dock)
        self.resizeDocks([self.sources_dock], [230], Qt.Orientation.Horizontal)
        self.corpus = CorpusActions(self)
        self.reading = Reading(self)
        self.view_actions = ViewActions(self)
        self.projects = ProjectActions(self)
        self.sharing = ShareActions(self)
        self.reviewing = ReviewActions(self)
        for action in [*self.actions(), *self.matrix_view.actions()]:
            dedupe_shortcuts(action)
        build_menus(self)
        self._connect()
        self.resize(1400, 900)
        if remember:
            restore_window_state(self)
        self._update_counts()
        self._update_actions()

    # ---- construction -----------------------------------------------------------------

    def _build_central(self) -> None:
        self.notice = NoticeBar(self)
        self.filter_bar = FilterBar(self)
        self.matrix_view = MatrixView(self)
        self.matrix_view.setObjectName("matrixView")
        self.matrix_view.setModel(self.proxy)
        self.detail = DetailPane(self)
        self.source_pane = SourcePane(self)
        for widget in (self.detail, self.source_pane.article, self.filter_bar.search):
            widget.setAcceptDrops(False)  # files dropped anywhere join the corpus

        self.evidence_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.evidence_splitter.setObjectName("evidenceSplitter")
        self.evidence_splitter.addWidget(self.detail)
        self.evidence_splitter.addWidget(self.source_pane)
        self.evidence_splitter.setStretchFactor(0, 1)
        self.evidence_splitter.setStretchFactor(1, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.matrix_view)
        self.main_splitter.addWidget(self.evidence_splitter)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.main_splitter.setSizes([520, 340])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.notice)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts = QLabel(self)
        self.counts.setObjectName("factCounts")
        bar.addWidget(self.counts)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("analysisProgress")
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelAnalysis")
        self.cancel_button.setText(translate("MainWindow", "Cancel"))
        self.cancel_button.setIcon(icon("cancel"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setToolTip(
            translate("MainWindow", "Stop the analysis; the matrix on screen stays")
        )
        self.cancel_button.hide()
        self.legend_strip = LegendStrip(self)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.legend_strip)

    def _connect(self) -> None:
        self.document.matrixChanged.connect(self._on_matrix_changed)
        self.document.corpusReplaced.connect(self._on_corpus_replaced)
        self.document.decisionApplying.connect(self._on_decision_applying)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.filter_bar.filterChanged.connect(self._on_filter_changed)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.sources_model.renameRequested.connect(self.document.rename_outlet)
        self.sources_model.visibilityRequested.connect(self.filter_bar.set_source_shown)
        self.sources_dock.removeRequested.connect(self.remove_source)
        self.matrix_view.zoomChanged.connect(self._on_zoom_changed)

    # ---- corpus and analysis (``CorpusActions``) ----------------------------------------

    def open_paths(self, paths: Sequence[str], *, sample: bool = False) -> None:
        self.corpus.open_paths(paths, sample=sample)

    def add_paths(self, paths: Sequence[str]) -> None:
        self.corpus.add_paths(paths)

    def paste_article(self) -> None:
        self.corpus.paste_article()

    def reanalyse(self) -> None:
        self.corpus.reanalyse()

    def remove_source(self, source_id: str) -> None:
        self.corpus.remove_source(source_id)

    @property
    def drop_menu(self) -> QMenu | None:
        return self.corpus.drop_menu

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show ``analysis`` (the worker calls this; tests may too)."""
        self.document.set_analysis(analysis)
        if analysis is not None:
            self.notice.show_refusals(analysis.refused, short_sources(analysis))
            if self.model.rowCount():
                self.select_row(0)

    # ---- the matrix -------------------------------------------------------------------

    @Slot()
    def _on_decision_applying(self) -> None:
        self._editing = True
        self.proxy.keep_shown()

    @Slot(object)
    def _on_matrix_changed(self, matrix: Matrix | None) -> None:
        fact = self.current_fact()
        if not self._editing:
            self.proxy.apply_filter_again()  # a new analysis: the filter decides again
        self._editing = False
        disputes = open_disagreements(matrix, self.document.review.decisions) if matrix else {}
        self.model.disputes = disputes
        self.filter_bar.set_disputed(frozenset(fact_id for fact_id, _sid in disputes))
        self.model.set_matrix(matrix)
        self.sources_model.set_matrix(matrix)
        self.filter_bar.set_sources(matrix.sources if matrix else ())
        self.sources_model.set_hidden(self.proxy.filter.hidden_sources)
        self.source_pane.set_matrix(matrix)
        self.update_title()
        self._update_counts()
        self._update_actions()
        still = fact is not None and self.model.row_of(fact.id) >= 0
        self.reading.show_fact(self.current_fact() if still else None)
        current = self.current_fact()
        if current is not None and self.proxy.kept_against_filter(current.id):
            message = translate(
                "MainWindow",
                "The edited fact no longer matches the filter; it stays until the filter changes.",
            )
            self.statusBar().showMessage(message, 8000)

    @Slot()
    def _on_corpus_replaced(self) -> None:
        # Another corpus: its own outlets and rows, so the last one's sort and filter
        # (which may name its outlets) would hide what matters here.
        self.matrix_view.reset_order()
        self.filter_bar.clear()

    def update_title(self) -> None:
        """Project, app and size: "Review[*] — Claimgrid — 5 outlets, 77 facts"; Qt shows
        the [*] only while a change could not be saved."""
        project = self.document.project
        matrix = self.document.matrix
        parts = []
        if isinstance(project, SharedProject):
            name = translate("MainWindow", "{name} on {server}").format(
                name=project.name, server=project.path
            )
        elif project is not None:
            untitled = project.path.parent == data_dir() / "projects"
            name = translate("MainWindow", "Untitled") if untitled else project.name
        if project is not None:
            if project.read_only:
                name = translate("MainWindow", "{name} (read-only)").format(name=name)
            parts.append(f"{name}[*]")
        parts.append(TITLE)
        if matrix is not None and matrix.sources:
            outlets = plural(
                len(matrix.sources),
                translate("MainWindow", "{n} outlet"),
                translate("MainWindow", "{n} outlets"),
            )
            facts = plural(
                len(matrix.facts),
                translate("MainWindow", "{n} fact"),
                translate("MainWindow", "{n} facts"),
            )
            parts.append(f"{outlets}, {facts}")
        self.setWindowTitle(" — ".join(parts))

    # ---- reading (``Reading``) ----------------------------------------------------------

    def current_fact(self) -> Fact | None:
        return self.reading.current_fact()

    def select_row(self, row: int, column: int = 0) -> None:
        self.reading.select_row(row, column)

    def select_fact(self, fact_id: str, source_id: str | None = None) -> bool:
        """Select ``fact_id``'s row (at ``source_id``'s column); False if it is filtered out."""
        return self.reading.select_fact(fact_id, source_id)

    def select_first_conflict(self) -> bool:
        return self.reading.select_first_conflict()

    def show_source(self, source_id: str) -> None:
        self.reading.show_source(source_id)

    def ask_rename(self, source_id: str) -> None:
        self.reading.ask_rename(source_id)

    # ---- filter -----------------------------------------------------------------------

    @Slot(object)
    def _on_filter_changed(self, matrix_filter: MatrixFilter) -> None:
        fact = self.current_fact()
        self.proxy.set_filter(matrix_filter)
        self.sources_model.set_hidden(matrix_filter.hidden_sources)
        self._update_counts()
        if fact is not None and self.proxy.row_of(fact.id) >= 0:
            self.select_fact(fact.id)
        elif self.current_fact() is None:
            self.reading.show_fact(None)

    def _update_counts(self, *_: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        matrix = self.model.matrix
        if matrix is None:
            self.counts.setText(translate("MainWindow", "No corpus analysed yet"))
            return
        conflicts = sum(1 for f in matrix.facts if f.agreement is Agreement.CONFLICT)
        text = translate("MainWindow", "{shown} of {total} facts shown").format(
            shown=shown, total=total
        )
        conflicting = plural(
            conflicts,
            translate("MainWindow", "{n} conflict"),
            translate("MainWindow", "{n} conflicts"),
        )
        outlets = translate("MainWindow", "{shown} of {total} outlets").format(
            shown=len(self.proxy.source_ids()), total=len(matrix.sources)
        )
        minor = self.proxy.minor_out_of_view()
        if minor:
            text += " · " + plural(
                minor,
                translate("MainWindow", "{n} minor row out of view"),
                translate("MainWindow", "{n} minor rows out of view"),
            )
        self.counts.setText(f"{text} · {conflicting} · {outlets}")
        described = self.proxy.filter.describe({s.id: s.outlet for s in matrix.sources})
        self.counts.setToolTip(rich_literal(described))

    # ---- export -----------------------------------------------------------------------

    def current_export_view(self) -> ExportView:
        """The rows in display order (after sort and filter) and the outlet columns shown."""
        return self.exporter.current_view()

    def export_to(self, key: str, path: str | Path) -> Path | None:
        """Write what is on screen in format ``key`` ("xlsx", "json", "csv") to ``path``."""
        return self.exporter.export_to(key, path)

    @property
    def message(self) -> QMessageBox | None:
        """The last export message, while it is open."""
        return self.exporter.message

    def _update_actions(self) -> None:
        self.exporter.update_actions()

    # ---- help -------------------------------------------------------------------------

    def show_settings(self) -> SettingsDialog:
        """File → Settings; the window reopens in another language when one is chosen."""
        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: save_reviewer(dialog.reviewer_choice()))
        dialog.accepted.connect(lambda: self.apply_language_choice(dialog.choice()))
        dialog.open()
        return dialog

    def apply_language_choice(self, choice: str) -> None:
        save_choice(choice)
        code = effective_language(choice)
        if code != i18n.language():
            self.languageChanged.emit(code)

    def show_legend(self) -> None:
        if self._legend is None:
            self._legend = LegendDialog(self)
        self._legend.show()
        self._legend.raise_()
        self._legend.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Claimgrid"),
            f"<h3>Claimgrid {html.escape(gui.__version__)}</h3><p>"
            + translate(
                "MainWindow",
                "Comparative source review: what news outlets agree and disagree "
                "on, as a claims matrix.",
            )
            + "</p>",
        )

    # ---- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.corpus.drop(paths, self.mapToGlobal(event.position().toPoint()))

    # ---- settings and closing ---------------------------------------------------------

    @property
    def remembers(self) -> bool:
        """Whether the window keeps its geometry and zoom in the user's settings."""
        return self._remember

    def save_settings(self) -> None:
        save_window_state(self)

    @Slot(int)
    def _on_zoom_changed(self, _steps: int) -> None:
        size = f"{self.matrix_view.font().pointSizeF():g}"
        message = translate("MainWindow", "Table text {size} pt").format(size=size)
        self.statusBar().showMessage(message, 2000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        self.document.close()
        if self._remember:
            self.save_settings()
        if self._legend is not None:
            self._legend.close()
        super().closeEvent(event)


def _local_paths(urls: Sequence[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]
