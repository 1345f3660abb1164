"""The open project as the window sees it: corpus, latest analysis, decisions, one Matrix.

Views never change a Matrix: they send a decision here, the session writes it to the
project file and only then applies it, and a rebuilt Matrix goes out through
``matrixChanged``. Work is never left unsaved: a corpus or a decision made before the
reviewer named a project goes into an untitled one in the data folder (``gui.paths``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from gui.domain import Analysis, Source
from gui.i18n import translate
from gui.paths import untitled_project_path
from gui.qt.live import LiveUpdates
from gui.qt.settings import reviewer_name
from gui.review import Decision, Matrix, Review
from gui.review import commands as cmd
from gui.store import Project, ProjectError
from gui.store.opening import AnyProject, open_project
from gui.store.server import ServerGone
from gui.store.session import ReviewSession
from gui.store.shared import SharedProject

log = logging.getLogger(__name__)

SERVER_PATIENCE = 2.0  # seconds


class MatrixDocument(QObject):
    matrixChanged = Signal(object)  # Matrix | None
    historyChanged = Signal()  # what Undo and Redo would do changed
    projectChanged = Signal()  # another project file, or none
    corpusReplaced = Signal()  # another corpus altogether: a new or opened project
    decisionApplying = Signal()  # a decision, undo or redo is about to change the matrix
    failed = Signal(str)  # a change could not be written; it was not made
    serverReachable = Signal(bool)  # a shared project's server went away, or came back

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = ReviewSession()
        self._is_sample = False
        self._expect_sample = False
        self._expect_new = False
        self._live: LiveUpdates | None = None

    # ---- what the views read ----------------------------------------------------------

    @property
    def analysis(self) -> Analysis | None:
        return self._session.analysis

    @property
    def review(self) -> Review:
        return self._session.review

    @property
    def matrix(self) -> Matrix | None:
        return self._session.matrix

    @property
    def project(self) -> AnyProject | None:
        return self._session.project

    @property
    def sources(self) -> tuple[Source, ...]:
        """The corpus articles can be added to: empty for the embedded sample, which is
        never mixed with the reviewer's own articles."""
        if self._is_sample or self.analysis is None:
            return ()
        return self.analysis.sources

    @property
    def is_sample(self) -> bool:
        """True while the corpus is the embedded sample (decisions about it or not)."""
        return self._is_sample

    def expect(self, *, sample: bool, new_project: bool = False) -> None:
        """What the next analysis is: of the embedded sample or of the reviewer's articles;
        with ``new_project``, the start of a new project (the one on screen stays saved
        where it is), else a new result for the project on screen."""
        self._expect_sample = sample
        self._expect_new = new_project

    @property
    def expects_new_project(self) -> bool:
        return self._expect_new

    # ---- results ------------------------------------------------------------------------

    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new analysis; the decisions carry over (``gui.review.apply``), unless it starts
        a new project (see ``expect``)."""
        replaced = self._expect_new or self.analysis is None
        if self._expect_new:
            self._close_project()
            self._session = ReviewSession()
            self._expect_new = False
            self.projectChanged.emit()
        self._is_sample = self._expect_sample
        if replaced:
            self.corpusReplaced.emit()
        try:
            if analysis is not None and analysis.sources and not self._is_sample:
                self._ensure_project()
            self._session.set_analysis(analysis)
        except ProjectError as exc:
            self._session.analysis = analysis  # shown, though it could not be saved
            self.failed.emit(str(exc))
        self._changed()

    # ---- decisions --------------------------------------------------------------------

    def decide(self, decision: Decision) -> bool:
        """Make ``decision``; False (and ``failed``) if it could not be saved."""
        try:
            self._ensure_project()
            self._session.decide(decision)
        except ProjectError as exc:
            self.failed.emit(str(exc))
            return False
        self.decisionApplying.emit()
        self._changed()
        return True

    def undo(self) -> None:
        self._step(self._session.undo)

    def redo(self) -> None:
        self._step(self._session.redo)

    def _step(self, step: object) -> None:
        try:
            done = step()  # type: ignore[operator]
        except ProjectError as exc:
            self.failed.emit(str(exc))
            return
        if done is not None:
            self.decisionApplying.emit()
            self._changed()

    def _undoable(self) -> Decision | None:
        """What Undo undoes: on a shared project, this reviewer's own latest decision."""
        project = self.project
        if isinstance(project, SharedProject):
            return project.last_own()
        return self.review.decisions[-1] if self.review.decisions else None

    @property
    def can_undo(self) -> bool:
        return self._undoable() is not None

    @property
    def can_redo(self) -> bool:
        return self.review.can_redo

    def undo_text(self) -> str:
        decision = self._undoable()
        if decision is None:
            return translate("Document", "Undo")
        return translate("Document", "Undo {action}").format(action=decision.describe())

    def redo_text(self) -> str:
        undone = self.review.undone
        if not undone:
            return translate("Document", "Redo")
        return translate("Document", "Redo {action}").format(action=undone[-1].describe())

    def rename_outlet(self, source_id: str, name: str) -> None:
        """Rename an outlet's column; an empty name or the detected one drops the rename."""
        matrix = self.matrix
        if matrix is None or self.analysis is None:
            return
        name = " ".join(name.split())
        detected = self.analysis.source(source_id).outlet
        current = matrix.source(source_id).outlet
        target = "" if name in ("", detected) else name
        if (target or detected) != current:
            self.decide(cmd.rename_outlet(matrix, source_id, target))

    # ---- the project file -------------------------------------------------------------

    def open_project(self, path: str) -> None:
        """Show the project at ``path``; :class:`ProjectError` if it cannot be used, and
        then the project on screen stays."""
        # a window waits a moment for a server that went away, then keeps changes in the
        # journal rather than freezing (``gui.store.journal``)
        project = open_project(path, reviewer=reviewer_name(), patience=SERVER_PATIENCE)
        self._close_project()
        self._session = ReviewSession(project)
        if isinstance(project, SharedProject):
            self._live = LiveUpdates(project.address, self)
            self._live.changed.connect(self.refresh)
            self._live.connected.connect(self._on_reachable)
        self._is_sample = self._expect_sample = self._expect_new = False
        self.projectChanged.emit()
        self.corpusReplaced.emit()
        self._changed()

    def refresh(self) -> None:
        """Show what other reviewers of a shared project decided meanwhile."""
        try:
            changed = self._session.refresh()
        except ServerGone:
            return  # the window already says the server is away (``serverReachable``)
        except ProjectError as exc:
            self.failed.emit(str(exc))
            return
        if changed:
            self.decisionApplying.emit()  # rows on screen stay put, as for one's own
            self._changed()

    def _on_reachable(self, reachable: bool) -> None:
        project = self.project
        if isinstance(project, SharedProject):
            # known to be away: changes go straight to the journal, without a wait each
            project.server.patience = SERVER_PATIENCE if reachable else 0.0
        self.serverReachable.emit(reachable)

    def new_project(self) -> None:
        self._close_project()
        self._session = ReviewSession()
        self._is_sample = self._expect_sample = self._expect_new = False
        self.projectChanged.emit()
        self.corpusReplaced.emit()
        self._changed()

    def save_as(self, path: str) -> None:
        """Keep the work in ``path`` from now on; :class:`ProjectError` if it cannot be."""
        old = self.project
        if isinstance(old, SharedProject):  # a file of one's own, from what the server holds
            self._session.attach(Project.create(path))
            self._stop_live()
            old.close()
        elif old is not None:
            self._session.project = old.save_as(path)
            self._session.project.review = self.review
            if self._session.project is not old:
                old.close()
        else:
            self._session.attach(Project.create(path))
        self._is_sample = False
        self.projectChanged.emit()

    def close(self) -> None:
        self._close_project()

    def _ensure_project(self) -> None:
        if self.project is None:
            self._session.attach(Project.create(untitled_project_path()))
            self.projectChanged.emit()

    def _close_project(self) -> None:
        self._stop_live()
        if self.project is not None:
            self.project.close()

    def _stop_live(self) -> None:
        if self._live is not None:
            self._live.close()
            self._live.deleteLater()
            self._live = None

    def _changed(self) -> None:
        self.matrixChanged.emit(self.matrix)
        self.historyChanged.emit()
