"""The articles a project analyses: open them as a new project, add them to this one, paste
one, analyse again, remove one; and the analysis's progress in the status bar.

Opening articles always starts a new project (the one on screen stays saved where it is);
adding is its own action, and the bundled sample is never mixed with the reviewer's files.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from gui.domain import Analysis
from gui.i18n import translate
from gui.qt.actions import make_action
from gui.qt.columns_dialog import ask_columns
from gui.qt.icons import icon
from gui.qt.paste_dialog import ask_pasted_article
from gui.qt.settings import app_settings, read_str
from gui.qt.worker import phase_text
from gui.store import SUFFIX
from gui.store.address import is_address

if TYPE_CHECKING:
    from gui.qt.window import MainWindow


class CorpusActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.document = window.document
        self.runner = window.runner
        self.drop_menu: QMenu | None = None  # asks what dropped files are for
        self.open_action = make_action(
            window,
            translate("CorpusActions", "&Open Articles…"),
            self.choose_files,
            icon_name="open",
            shortcuts=[QKeySequence.StandardKey.Open, "Ctrl+O"],
            tip=translate(
                "CorpusActions",
                "Start a new project from article files (the project on screen stays saved)",
            ),
        )
        self.open_folder_action = make_action(
            window,
            translate("CorpusActions", "Open &Folder…"),
            self.choose_folder,
            icon_name="open-folder",
            shortcuts=["Ctrl+Shift+O"],
            tip=translate("CorpusActions", "Start a new project from every article in a folder"),
        )
        self.add_files_action = make_action(
            window,
            translate("CorpusActions", "&Add Articles to Project…"),
            self.choose_files_to_add,
            icon_name="add-articles",
            shortcuts=["Ctrl+Shift+A"],
            tip=translate(
                "CorpusActions", "Analyse more article files together with this project's articles"
            ),
        )
        self.add_folder_action = make_action(
            window,
            translate("CorpusActions", "Add Fol&der to Project…"),
            self.choose_folder_to_add,
            icon_name="add-folder",
            tip=translate(
                "CorpusActions",
                "Analyse every article in a folder together with this project's articles",
            ),
        )
        self.paste_action = make_action(
            window,
            translate("CorpusActions", "&Paste Article…"),
            self.paste_article,
            icon_name="mdi6.content-paste",
            shortcuts=["Ctrl+Shift+V"],
            tip=translate("CorpusActions", "Add an article copied from a browser, with its outlet"),
        )
        self.reanalyse_action = make_action(
            window,
            translate("CorpusActions", "&Analyse Again"),
            self.reanalyse,
            shortcuts=[QKeySequence.StandardKey.Refresh],
            tip=translate("CorpusActions", "Read and analyse the corpus again"),
        )
        self.cancel_action = make_action(
            window,
            translate("CorpusActions", "&Cancel Analysis"),
            self.runner.cancel,
            icon_name="cancel",
        )
        self.cancel_action.setEnabled(False)
        self.runner.started.connect(self._on_started)
        self.runner.progressed.connect(self._on_progressed)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.busyChanged.connect(self._on_busy_changed)

    # ---- commands -----------------------------------------------------------------------

    def open_paths(self, paths: Sequence[str], *, sample: bool = False) -> None:
        """Analyse ``paths`` as a new project; the project on screen stays saved where it is
        and comes back if nothing can be read. A project file among them is opened instead
        (and the other paths are added to it), and so is a shared project's server address."""
        names = [str(p) for p in paths]
        projects = [p for p in names if p.lower().endswith(SUFFIX) or is_address(p)]
        if projects:
            rest = [p for p in names if p not in projects]
            if self._window.projects.open(projects[0]) and rest:
                self.add_paths(rest)
            return
        names = ask_columns(self._window, names, self._window.column_choices)
        if not names:
            return
        self.document.expect(sample=sample, new_project=True)
        self.runner.start(names, ())

    def add_paths(self, paths: Sequence[str]) -> None:
        """Analyse ``paths`` together with the project's articles. The embedded sample is
        never mixed with the reviewer's articles: with it (or nothing) on screen, ``paths``
        start a new project."""
        names = [str(p) for p in paths]
        if not self.document.sources or any(
            p.lower().endswith(SUFFIX) or is_address(p) for p in names
        ):
            self.open_paths(names)
            return
        names = ask_columns(self._window, names, self._window.column_choices)
        if not names:
            return
        self.document.expect(sample=False)
        self.runner.start(names, self.document.sources)

    def paste_article(self) -> None:
        """Add an article pasted with its outlet name (Edit → Paste Article…); with the
        sample on screen, it starts a new project."""
        source = ask_pasted_article(self._window, self.document.sources)
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

    def drop(self, paths: Sequence[str], where: QPoint) -> None:
        """Files dropped on the window: a new project, or, on a project of one's own, a menu
        at ``where`` (global) asks whether they start a new project or join this one."""
        if not self.document.sources or any(p.lower().endswith(SUFFIX) for p in paths):
            self.open_paths(paths)
            return
        menu = QMenu(self._window)
        menu.setObjectName("dropMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(
            icon("open"),
            translate("CorpusActions", "Open as a New Project"),
            lambda: self.open_paths(paths),
        )
        menu.addAction(
            icon("add-articles"),
            translate("CorpusActions", "Add to This Project"),
            lambda: self.add_paths(paths),
        )
        menu.addSeparator()
        menu.addAction(translate("CorpusActions", "Cancel"), menu.close)
        self.drop_menu = menu
        menu.popup(where)

    # ---- file dialogs -------------------------------------------------------------------

    def choose_files(self) -> None:
        files = self._ask_files(translate("CorpusActions", "Open Articles as a New Project"))
        if files:
            self.open_paths(files)

    def choose_folder(self) -> None:
        title = translate("CorpusActions", "Open a Folder of Articles as a New Project")
        folder = self._ask_folder(title)
        if folder:
            self.open_paths([folder])

    def choose_files_to_add(self) -> None:
        files = self._ask_files(translate("CorpusActions", "Add Articles to the Project"))
        if files:
            self.add_paths(files)

    def choose_folder_to_add(self) -> None:
        folder = self._ask_folder(
            translate("CorpusActions", "Add a Folder of Articles to the Project")
        )
        if folder:
            self.add_paths([folder])

    def _ask_files(self, title: str) -> list[str]:
        settings = app_settings()
        folder = read_str(settings, "paths/open", str(Path.home()))
        every = translate("CorpusActions", "All files (*)")
        files, _ = QFileDialog.getOpenFileNames(
            self._window, title, folder, f"{articles_filter()};;{every}"
        )
        if files:
            settings.setValue("paths/open", str(Path(files[0]).parent))
        return files

    def _ask_folder(self, title: str) -> str:
        settings = app_settings()
        folder = QFileDialog.getExistingDirectory(
            self._window, title, read_str(settings, "paths/open", str(Path.home()))
        )
        if folder:
            settings.setValue("paths/open", folder)
        return folder

    # ---- the analysis in the status bar -------------------------------------------------

    @Slot()
    def _on_started(self) -> None:
        window = self._window
        window.progress.setRange(0, 0)
        window.progress.setFormat(translate("CorpusActions", "Starting…"))
        window.statusBar().showMessage(translate("CorpusActions", "Reading the corpus…"))

    @Slot(str, int, int)
    def _on_progressed(self, phase: str, done: int, total: int) -> None:
        progress = self._window.progress
        progress.setRange(0, max(total, 0))
        progress.setValue(min(done, total))
        shown = phase_text(phase)
        progress.setFormat(f"{shown} %v/%m" if total else shown)

    @Slot(object)
    def _on_finished(self, analysis: Analysis) -> None:
        window = self._window
        window.statusBar().clearMessage()
        if not analysis.sources and self.document.expects_new_project:
            # Nothing to start a project with: the one on screen stays.
            self.document.expect(sample=self.document.is_sample)
            window.notice.show_refusals(analysis.refused)
        else:
            window.set_analysis(analysis)
        if not analysis.sources:
            message = translate("CorpusActions", "No article could be read.")
            window.statusBar().showMessage(message, 8000)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._window.statusBar().clearMessage()
        head = translate(
            "CorpusActions",
            "<b>The analysis stopped with an error.</b> The matrix shows the previous result.",
        )
        self._window.notice.show_message(f"{head}<br/>{html.escape(message)}")

    @Slot()
    def _on_cancelled(self) -> None:
        message = translate("CorpusActions", "Analysis cancelled; the previous result stays.")
        self._window.statusBar().showMessage(message, 8000)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self._window.progress.setVisible(busy)
        self._window.cancel_button.setVisible(busy)
        self.cancel_action.setEnabled(busy)
        self.reanalyse_action.setEnabled(not busy)


def articles_filter() -> str:
    """A file-dialog filter listing what the readers accept (asked when the dialog opens)."""
    name = translate("CorpusActions", "Articles")
    try:
        from gui.ingest import supported_extensions
    except ImportError:
        return f"{name} (*.txt *.md *.html *.htm)"
    patterns = " ".join(
        f"*{ext}" if ext.startswith(".") else f"*.{ext}" for ext in supported_extensions()
    )
    return f"{name} ({patterns})"
