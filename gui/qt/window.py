"""The main window: the claims matrix in the centre, the evidence beneath it.

The window wires parts together and nothing more: analysis runs in ``worker``, decisions go
through ``MatrixDocument``, the table reads ``MatrixModel`` through ``MatrixProxy``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
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
from gui.domain import Agreement, Analysis, Fact, Status
from gui.paths import data_dir
from gui.qt.columns_dialog import ColumnChoices, ask_columns, with_columns
from gui.qt.detail_pane import DetailPane
from gui.qt.document import MatrixDocument
from gui.qt.export_controller import ExportController
from gui.qt.filter_bar import FilterBar
from gui.qt.icons import icon
from gui.qt.legend import LegendDialog, LegendStrip
from gui.qt.matrix_filter import MatrixFilter
from gui.qt.matrix_model import MatrixModel, Role
from gui.qt.matrix_proxy import MatrixProxy
from gui.qt.matrix_view import MatrixView
from gui.qt.notice import NoticeBar
from gui.qt.paste_dialog import ask_pasted_article
from gui.qt.project_actions import ProjectActions
from gui.qt.review_actions import ReviewActions
from gui.qt.settings import app_settings, read_int, read_str
from gui.qt.source_pane import SourcePane
from gui.qt.sources_dock import SourcesDock, SourcesModel
from gui.qt.worker import AnalysisRunner, Engine, default_engine
from gui.review.matrix import Matrix
from gui.store import SUFFIX

if TYPE_CHECKING:
    from gui.export.view import ExportView

TITLE = "Claimgrid"


class MainWindow(QMainWindow):
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
        self._legend: LegendDialog | None = None
        self._source_id: str | None = None  # outlet shown in the article pane
        self.drop_menu: QMenu | None = None  # asks what dropped files are for
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
        self._build_actions()
        self.projects = ProjectActions(self)
        self.reviewing = ReviewActions(self)
        for action in [*self.actions(), *self.matrix_view.actions()]:
            _dedupe_shortcuts(action)
        self._build_menus_and_toolbar()
        self.cancel_action.setEnabled(False)
        self._connect()
        self.resize(1400, 900)
        if remember:
            self._restore_settings()
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
        self.cancel_button.setText("Cancel")
        self.cancel_button.setIcon(icon("cancel"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setToolTip("Stop the analysis; the matrix on screen stays")
        self.cancel_button.hide()
        self.legend_strip = LegendStrip(self)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.legend_strip)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        icon_name: str = "",
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work with menus and toolbar hidden
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(
            "&Open Articles…", self.choose_files, icon_name="open",
            shortcuts=[QKeySequence.StandardKey.Open, "Ctrl+O"],
            tip="Start a new project from article files (the project on screen stays saved)",
        )  # fmt: skip
        self.open_folder_action = self._action(
            "Open &Folder…", self.choose_folder, icon_name="open-folder",
            shortcuts=["Ctrl+Shift+O"],
            tip="Start a new project from every article in a folder",
        )  # fmt: skip
        self.add_files_action = self._action(
            "&Add Articles to Project…", self.choose_files_to_add, icon_name="add-articles",
            shortcuts=["Ctrl+Shift+A"],
            tip="Analyse more article files together with this project's articles",
        )  # fmt: skip
        self.add_folder_action = self._action(
            "Add Fol&der to Project…", self.choose_folder_to_add, icon_name="add-folder",
            tip="Analyse every article in a folder together with this project's articles",
        )  # fmt: skip
        self.paste_action = self._action(
            "&Paste Article…", self.paste_article, icon_name="mdi6.content-paste",
            shortcuts=["Ctrl+Shift+V"], tip="Add an article copied from a browser, with its outlet",
        )  # fmt: skip
        self.export_actions = self.exporter.actions
        for action in self.export_actions.values():
            self.addAction(action)
        self.quit_action = self._action("&Quit", self.close, icon_name="quit", shortcuts=["Ctrl+Q"])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(
            "&Find…", self.filter_bar.focus_search, icon_name="search",
            shortcuts=[QKeySequence.StandardKey.Find, "Ctrl+F"],
            tip="Search the fact labels and the outlets' sentences",
        )  # fmt: skip
        self.clear_filter_action = self._action(
            "&Clear Filter", self.filter_bar.clear, icon_name="clear-filter",
            shortcuts=["Ctrl+Shift+F"], tip="Show every fact and every outlet",
        )  # fmt: skip
        self.default_order_action = self._action(
            "&Default Order", self.matrix_view.reset_order, icon_name="default-order",
            tip="Conflicts first, then facts stated by more outlets",
        )  # fmt: skip
        self.zoom_in_action = self._action(
            "Zoom &In", self.matrix_view.zoom_in, icon_name="zoom-in",
            shortcuts=[QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="],
        )  # fmt: skip
        self.zoom_out_action = self._action(
            "Zoom &Out", self.matrix_view.zoom_out, icon_name="zoom-out",
            shortcuts=[QKeySequence.StandardKey.ZoomOut, "Ctrl+-"],
        )  # fmt: skip
        self.zoom_reset_action = self._action(
            "&Reset Zoom", self.matrix_view.reset_zoom, icon_name="zoom-reset",
            shortcuts=["Ctrl+0"],
        )  # fmt: skip
        self.reanalyse_action = self._action(
            "&Analyse Again", self.reanalyse, shortcuts=[QKeySequence.StandardKey.Refresh],
            tip="Read and analyse the corpus again",
        )  # fmt: skip
        self.cancel_action = self._action(
            "&Cancel Analysis",
            self.runner.cancel,
            icon_name="cancel",
        )
        self.legend_action = self._action(
            "&Legend", self.show_legend, icon_name="legend",
            tip="What the colours and glyphs mean",
        )  # fmt: skip
        self.about_action = self._action("&About Claimgrid", self.show_about, icon_name="about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        for action in self.actions():
            _dedupe_shortcuts(action)

    def _build_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([self.projects.new_action, self.projects.open_action])
        file_menu.addMenu(self.projects.recent_menu)
        file_menu.addAction(self.projects.save_as_action)
        file_menu.addSeparator()
        file_menu.addActions([self.open_action, self.open_folder_action])
        file_menu.addActions([self.add_files_action, self.add_folder_action])
        file_menu.addSeparator()
        file_menu.addActions(list(self.export_actions.values()))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        file_menu.aboutToShow.connect(self._update_actions)
        edit_menu = menus.addMenu("&Edit")
        for action in self.reviewing.edit_menu_actions():
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.paste_action)
        edit_menu.aboutToShow.connect(self.reviewing.update)
        view_menu = menus.addMenu("&View")
        view_menu.addActions([self.find_action, self.clear_filter_action])
        view_menu.addAction(self.default_order_action)
        view_menu.addAction(self.reviewing.show_hidden_action)
        view_menu.addAction(self.reviewing.copies_once_action)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.sources_dock.toggleViewAction())
        analysis_menu = menus.addMenu("&Analysis")
        analysis_menu.addActions([self.reanalyse_action, self.cancel_action])
        help_menu = menus.addMenu("&Help")
        help_menu.addActions([self.legend_action, self.about_action])

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.open_action, self.open_folder_action])
        toolbar.addAction(self.export_actions["xlsx"])
        toolbar.addSeparator()
        toolbar.addActions([self.reviewing.undo_action, self.reviewing.redo_action])
        toolbar.addSeparator()
        toolbar.addAction(self.default_order_action)
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action])
        toolbar.addSeparator()
        toolbar.addAction(self.legend_action)
        self.sources_dock.toggleViewAction().setIcon(icon("sources"))

    def _connect(self) -> None:
        self.document.matrixChanged.connect(self._on_matrix_changed)
        self.document.corpusReplaced.connect(self._on_corpus_replaced)
        self.document.decisionApplying.connect(self._on_decision_applying)
        self.runner.started.connect(self._on_analysis_started)
        self.runner.progressed.connect(self._on_analysis_progressed)
        self.runner.finished.connect(self._on_analysis_finished)
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.cancelled.connect(self._on_analysis_cancelled)
        self.runner.busyChanged.connect(self._on_busy_changed)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.filter_bar.filterChanged.connect(self._on_filter_changed)
        selection = self.matrix_view.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        self.proxy.layoutChanged.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.detail.sourceRequested.connect(self.show_source)
        self.source_pane.sourceChanged.connect(self._on_source_picked)
        self.source_pane.factClicked.connect(self._on_article_fact_clicked)
        self.sources_model.renameRequested.connect(self.document.rename_outlet)
        self.sources_model.visibilityRequested.connect(self.filter_bar.set_source_shown)
        self.sources_dock.sourceSelected.connect(self.show_source)
        self.sources_dock.removeRequested.connect(self.remove_source)
        self.matrix_view.zoomChanged.connect(self._on_zoom_changed)
        self.matrix_view.headerMenuRequested.connect(self._on_header_menu)

    # ---- corpus and analysis ----------------------------------------------------------

    def open_paths(self, paths: Sequence[str], *, sample: bool = False) -> None:
        """Analyse ``paths`` as a new project; the project on screen stays saved where it is
        and comes back if nothing can be read. A project file among them is opened instead
        (and the other paths are added to it)."""
        names = [str(p) for p in paths]
        projects = [p for p in names if p.lower().endswith(SUFFIX)]
        if projects:
            rest = [p for p in names if p not in projects]
            if self.projects.open(projects[0]) and rest:
                self.add_paths(rest)
            return
        names = ask_columns(self, names, self.column_choices)  # tables with unusual columns
        if not names:
            return
        self.document.expect(sample=sample, new_project=True)
        self.runner.start(names, ())

    def add_paths(self, paths: Sequence[str]) -> None:
        """Analyse ``paths`` together with the project's articles. The embedded sample is
        never mixed with the reviewer's articles: with it (or nothing) on screen, ``paths``
        start a new project."""
        names = [str(p) for p in paths]
        if not self.document.sources or any(p.lower().endswith(SUFFIX) for p in names):
            self.open_paths(names)
            return
        names = ask_columns(self, names, self.column_choices)
        if not names:
            return
        self.document.expect(sample=False)
        self.runner.start(names, self.document.sources)

    def paste_article(self) -> None:
        """Add an article pasted with its outlet name (Edit → Paste Article…); with the
        sample on screen, it starts a new project."""
        source = ask_pasted_article(self, self.document.sources)
        if source is not None:
            self.document.expect(sample=False, new_project=not self.document.sources)
            self.runner.start((), (*self.document.sources, source))

    def reanalyse(self) -> None:
        """Analyse the corpus again (the project's stored text, not the files on disk)."""
        if self.document.analysis is not None and self.document.analysis.sources:
            self.document.expect(sample=self.document.is_sample)
            self.runner.start((), self.document.analysis.sources)

    def remove_source(self, source_id: str) -> None:
        """Analyse the corpus without one article; the decisions about the others stay."""
        analysis = self.document.analysis
        corpus = analysis.sources if analysis is not None else ()
        rest = tuple(s for s in corpus if s.id != source_id)
        if rest and rest != corpus:
            self.document.expect(sample=self.document.is_sample)
            self.runner.start((), rest)

    def choose_files(self) -> None:
        files = self._ask_files("Open Articles as a New Project")
        if files:
            self.open_paths(files)

    def choose_folder(self) -> None:
        folder = self._ask_folder("Open a Folder of Articles as a New Project")
        if folder:
            self.open_paths([folder])

    def choose_files_to_add(self) -> None:
        files = self._ask_files("Add Articles to the Project")
        if files:
            self.add_paths(files)

    def choose_folder_to_add(self) -> None:
        folder = self._ask_folder("Add a Folder of Articles to the Project")
        if folder:
            self.add_paths([folder])

    def _ask_files(self, title: str) -> list[str]:
        settings = app_settings()
        folder = read_str(settings, "paths/open", str(Path.home()))
        files, _ = QFileDialog.getOpenFileNames(
            self, title, folder, f"{_articles_filter()};;All files (*)"
        )
        if files:
            settings.setValue("paths/open", str(Path(files[0]).parent))
        return files

    def _ask_folder(self, title: str) -> str:
        settings = app_settings()
        folder = QFileDialog.getExistingDirectory(
            self, title, read_str(settings, "paths/open", str(Path.home()))
        )
        if folder:
            settings.setValue("paths/open", folder)
        return folder

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show ``analysis`` (the worker calls this; tests may too)."""
        self.document.set_analysis(analysis)
        if analysis is not None:
            self.notice.show_refusals(analysis.refused)
            if self.model.rowCount():
                self.select_row(0)

    @Slot()
    def _on_analysis_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat("Starting…")
        self.statusBar().showMessage("Reading the corpus…")

    @Slot(str, int, int)
    def _on_analysis_progressed(self, phase: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{phase} %v/%m" if total else phase)

    @Slot(object)
    def _on_analysis_finished(self, analysis: Analysis) -> None:
        self.statusBar().clearMessage()
        if not analysis.sources and self.document.expects_new_project:
            # Nothing to start a project with: the one on screen stays.
            self.document.expect(sample=self.document.is_sample)
            self.notice.show_refusals(analysis.refused)
        else:
            self.set_analysis(analysis)
        if not analysis.sources:
            self.statusBar().showMessage("No article could be read.", 8000)

    @Slot(str)
    def _on_analysis_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        self.notice.show_message(
            f"<b>The analysis stopped with an error.</b> The matrix shows the previous result."
            f"<br/>{html.escape(message)}"
        )

    @Slot()
    def _on_analysis_cancelled(self) -> None:
        self.statusBar().showMessage("Analysis cancelled; the previous result stays.", 8000)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_action.setEnabled(busy)
        self.reanalyse_action.setEnabled(not busy)

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
        self.model.set_matrix(matrix)
        self.sources_model.set_matrix(matrix)
        self.filter_bar.set_sources(matrix.sources if matrix else ())
        self.sources_model.set_hidden(self.proxy.filter.hidden_sources)
        self.source_pane.set_matrix(matrix)
        self.update_title()
        self._update_counts()
        self._update_actions()
        still = fact is not None and self.model.row_of(fact.id) >= 0
        self._show_fact(self.current_fact() if still else None)
        current = self.current_fact()
        if current is not None and self.proxy.kept_against_filter(current.id):
            self.statusBar().showMessage(
                "The edited fact no longer matches the filter; it stays until the filter "
                "changes.", 8000,
            )  # fmt: skip

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
        if project is not None:
            untitled = project.path.parent == data_dir() / "projects"
            parts.append(f"{'Untitled' if untitled else project.name}[*]")
        parts.append(TITLE)
        if matrix is not None and matrix.sources:
            parts.append(f"{len(matrix.sources)} outlets, {len(matrix.facts)} facts")
        self.setWindowTitle(" — ".join(parts))

    def current_fact(self) -> Fact | None:
        index = self.matrix_view.currentIndex()
        fact = index.data(Role.FACT) if index.isValid() else None
        return fact if isinstance(fact, Fact) else None

    def select_row(self, row: int, column: int = 0) -> None:
        index = self.proxy.index(row, column)
        if not index.isValid():
            return
        self.matrix_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.matrix_view.scrollTo(index)

    def select_fact(self, fact_id: str, source_id: str | None = None) -> bool:
        """Select ``fact_id``'s row (at ``source_id``'s column); False if it is filtered out."""
        row = self.proxy.row_of(fact_id)
        if row < 0:
            return False
        column = self.proxy.column_of(source_id) if source_id else -1
        current = self.matrix_view.currentIndex()
        if column < 0:
            column = current.column() if current.isValid() else 0
        self.select_row(row, column)
        return True

    def select_first_conflict(self) -> bool:
        for row in range(self.proxy.rowCount()):
            fact = self.proxy.index(row, 0).data(Role.FACT)
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
        self._show_fact(fact if isinstance(fact, Fact) else None)

    def _show_fact(self, fact: Fact | None) -> None:
        matrix = self.model.matrix
        if fact is None or matrix is None:
            self.detail.clear_fact()
            self.source_pane.show_fact(None)
            return
        source_id = self._source_for(fact)
        if source_id is not None and source_id != self.source_pane.source_id:
            self.source_pane.show_source(source_id)
        self.source_pane.show_fact(fact)
        if self.source_pane.source_id:
            self.sources_dock.select_source(self.source_pane.source_id)
        self.detail.show_fact(
            matrix, fact, source_ids=self.proxy.source_ids() or None,
            current_source=self.source_pane.source_id,
        )  # fmt: skip

    def _source_for(self, fact: Fact) -> str | None:
        """The outlet to read: the one pointed at, else one that states the fact."""
        matrix = self.model.matrix
        if matrix is None or not matrix.sources:
            return None
        shown = self.proxy.filter.accepts_source
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
        self.source_pane.show_source(source_id)
        self.sources_dock.select_source(source_id)
        fact = self.current_fact()
        matrix = self.model.matrix
        if fact is not None and matrix is not None:
            self.detail.show_fact(
                matrix, fact, source_ids=self.proxy.source_ids() or None,
                current_source=source_id,
            )  # fmt: skip

    @Slot(str)
    def _on_source_picked(self, source_id: str) -> None:
        self.show_source(source_id)

    @Slot(str, str)
    def _on_article_fact_clicked(self, fact_id: str, source_id: str) -> None:
        self._source_id = source_id
        if not self.select_fact(fact_id, source_id):
            label = self.document.matrix.fact(fact_id).label if self.document.matrix else ""
            self.statusBar().showMessage(
                f"“{label}” is hidden by the current filter (Clear Filter shows it).", 8000
            )

    @Slot(int, QPoint)
    def _on_header_menu(self, column: int, where: QPoint) -> None:
        source_id = self.proxy.headerData(column, Qt.Orientation.Horizontal, Role.SOURCE_ID)
        if not isinstance(source_id, str) or self.model.matrix is None:
            return
        outlet = self.model.matrix.source(source_id).outlet
        menu = QMenu(self)
        menu.addAction(icon("sources"), f"Read {outlet}", lambda: self.show_source(source_id))
        menu.addAction("Rename Outlet…", lambda: self.ask_rename(source_id))
        menu.addAction(f"Hide {outlet}", lambda: self.filter_bar.set_source_shown(source_id, False))
        menu.popup(where)

    def ask_rename(self, source_id: str) -> None:
        if self.model.matrix is None:
            return
        current = self.model.matrix.source(source_id).outlet
        name, ok = QInputDialog.getText(self, "Rename Outlet", "Outlet name:", text=current)
        if ok:
            self.document.rename_outlet(source_id, name)

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
            self._show_fact(None)

    def _update_counts(self, *_: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        matrix = self.model.matrix
        if matrix is None:
            self.counts.setText("No corpus analysed yet")
            return
        conflicts = sum(1 for f in matrix.facts if f.agreement is Agreement.CONFLICT)
        text = f"{shown} of {total} facts shown"
        outlets = len(self.proxy.source_ids())
        extra = f" · {conflicts} conflicts · {outlets} of {len(matrix.sources)} outlets"
        self.counts.setText(text + extra)
        self.counts.setToolTip(self.proxy.filter.describe({s.id: s.outlet for s in matrix.sources}))

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

    def show_legend(self) -> None:
        if self._legend is None:
            self._legend = LegendDialog(self)
        self._legend.show()
        self._legend.raise_()
        self._legend.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Claimgrid",
            f"<h3>Claimgrid {html.escape(gui.__version__)}</h3>"
            "<p>Comparative source review: what news outlets agree and disagree on, "
            "as a claims matrix.</p>",
        )

    # ---- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if not paths:
            return
        event.acceptProposedAction()
        if not self.document.sources or any(p.lower().endswith(SUFFIX) for p in paths):
            self.open_paths(paths)
            return
        # Files dropped on a project of one's own: a new project or more of this one?
        menu = QMenu(self)
        menu.setObjectName("dropMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(icon("open"), "Open as a New Project", lambda: self.open_paths(paths))
        menu.addAction(icon("add-articles"), "Add to This Project", lambda: self.add_paths(paths))
        menu.addSeparator()
        menu.addAction("Cancel", menu.close)
        self.drop_menu = menu
        menu.popup(self.mapToGlobal(event.position().toPoint()))

    # ---- settings and closing ---------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]
        for splitter in (self.main_splitter, self.evidence_splitter):
            saved = settings.value(f"window/{splitter.objectName()}")
            if saved is not None:
                splitter.restoreState(saved)  # type: ignore[arg-type]
        self.matrix_view.set_zoom(read_int(settings, "matrix/zoom", 0))

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for splitter in (self.main_splitter, self.evidence_splitter):
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        settings.setValue("matrix/zoom", self.matrix_view.zoom())
        settings.sync()

    @Slot(int)
    def _on_zoom_changed(self, _steps: int) -> None:
        self.statusBar().showMessage(
            f"Table text {self.matrix_view.font().pointSizeF():g} pt", 2000
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        self.document.close()
        if self._remember:
            self.save_settings()
        if self._legend is not None:
            self._legend.close()
        super().closeEvent(event)


def _articles_filter() -> str:
    """A file-dialog filter listing what the readers accept (asked when the dialog opens)."""
    try:
        from gui.ingest import supported_extensions
    except ImportError:
        return "Articles (*.txt *.md *.html *.htm)"
    patterns = " ".join(f"*{ext}" if ext.startswith(".") else f"*.{ext}"
                        for ext in supported_extensions())  # fmt: skip
    return f"Articles ({patterns})"


def _local_paths(urls: Sequence[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]


def _dedupe_shortcuts(action: QAction) -> None:
    """Standard keys often equal the explicit ones; a shortcut listed twice is ambiguous."""
    seen: list[QKeySequence] = []
    for shortcut in action.shortcuts():
        if not shortcut.isEmpty() and shortcut not in seen:
            seen.append(shortcut)
    action.setShortcuts(seen)
