"""One review in progress: the analysis shown, the decisions, and the project that keeps them.

Every change is written to the project before it takes effect in memory, so what the
reviewer sees is never ahead of what is on disk. Without a project (the sample corpus, a
fresh start) the session works in memory until it is given one.
"""

from __future__ import annotations

from gui.domain import Analysis
from gui.review import Decision, Matrix, Review, build_matrix
from gui.store.project import Project
from gui.store.shared import SharedProject


class ReviewSession:
    def __init__(self, project: Project | SharedProject | None = None) -> None:
        self.project = project
        self.review = project.review if project else Review()
        self.analysis = project.analysis if project else None
        self._matrix: Matrix | None = None

    @property
    def matrix(self) -> Matrix | None:
        if self._matrix is None and self.analysis is not None:
            self._matrix = build_matrix(self.analysis, self.review)
        return self._matrix

    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new result; the decisions carry over to it (see ``gui.review.apply``)."""
        if analysis is not None and self.project is not None:
            self.project.save_result(analysis)
        self.analysis = analysis
        self._matrix = None

    @property
    def shared(self) -> SharedProject | None:
        return self.project if isinstance(self.project, SharedProject) else None

    def refresh(self) -> bool:
        """Take in what other reviewers decided meanwhile; whether the matrix changed."""
        shared = self.shared
        if shared is None or not shared.pull():
            return False
        self.analysis = shared.analysis
        self._matrix = None
        return True

    def attach(self, project: Project) -> None:
        """Keep this session in ``project`` from now on: the corpus, the result and every
        decision made so far are written to it."""
        if self.analysis is not None:
            project.save_result(self.analysis)
        project.record_all(self.review)
        self.project = project

    def decide(self, decision: Decision) -> Decision:
        """Record ``decision``; a :class:`ProjectError` leaves everything as it was."""
        shared = self.shared
        if shared is not None:
            # numbered by the server, in the order the reviewers' decisions reached it
            recorded = shared.decide(decision)
            self.analysis = shared.analysis
            self._matrix = None
            return recorded
        recorded = self.review.numbered(decision)
        if self.project is not None:
            self.project.record(recorded)
        self.review.push(recorded)
        self._matrix = None
        return recorded

    def undo(self) -> Decision | None:
        shared = self.shared
        if shared is not None:  # this reviewer's own latest decision, not another's
            self._matrix = None
            return shared.undo()
        if not self.review.can_undo:
            return None
        if self.project is not None:
            self.project.set_active(self.review.decisions[-1], False)
        self._matrix = None
        return self.review.undo()

    def redo(self) -> Decision | None:
        shared = self.shared
        if shared is not None:
            self._matrix = None
            return shared.redo()
        if not self.review.can_redo:
            return None
        if self.project is not None:
            self.project.set_active(self.review.undone[-1], True)
        self._matrix = None
        return self.review.redo()
