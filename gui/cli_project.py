"""``claimgrid analyze ... --project FILE``: where the analysis is kept, and what that does to
a file already there.

A project already there is analysed again with its decisions kept (they are anchored to the
outlets' sentences, see ``gui.review.apply``), and the command says so; ``--replace`` starts
it afresh instead and says how many decisions that discarded. Any other file there (a Word
document, a damaged project, a project another window holds) is refused before any work, and
left as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

from gui.domain import Analysis, Origin
from gui.i18n import translate
from gui.review import Matrix
from gui.store import Project, ProjectError
from gui.store.address import display, is_address
from gui.store.session import ReviewSession
from gui.store.shared import SharedProject
from gui.visible import readable_path


class ProjectTarget:
    """The project file a headless analysis is kept in; :class:`ProjectError` when the file
    at ``path`` must not be written."""

    def __init__(self, path: str, *, replace: bool = False) -> None:
        if is_address(path):
            self._open_shared(path, replace)
            return
        file = Path(path)
        self.path: Path | str = file  # a file, or a shared project's address as shown
        self.report = ""
        self._replace = replace
        self._project: Project | SharedProject | None = None
        self._discarded = 0
        if not file.exists() and not file.is_symlink():
            folder = file.parent
            if folder.is_dir() and not os.access(folder, os.W_OK):
                raise ProjectError(file, translate("Cli", "the folder is read-only"))
            return
        if file.is_dir():
            raise ProjectError(file, translate("Cli", "a folder, not a project file"))
        try:
            # Held for the whole run, so no window starts writing to it meanwhile.
            self._project = Project.open(file, writable=True)
        except ProjectError as exc:
            kept = translate("Cli", "{reason}; it was left as it is (choose another file name)")
            raise ProjectError(file, kept.format(reason=exc.reason)) from exc
        if replace:
            review = self._project.review
            self._discarded = len(review.decisions) + len(review.undone)

    def _open_shared(self, address: str, replace: bool) -> None:
        self.path = display(address)
        self.report = ""
        self._replace = False
        self._discarded = 0
        if replace:
            # several reviewers' decisions live there; no one command discards them
            raise ProjectError(
                self.path, translate("Cli", "--replace is for project files, not shared projects")
            )
        self._project = SharedProject.open(address, writable=True)

    def save(self, analysis: Analysis) -> Matrix:
        """Keep ``analysis`` in the project; the matrix with the decisions kept there."""
        shown = readable_path(self.path)
        if self._project is None or self._replace:
            assert isinstance(self.path, Path)
            if self._project is not None:
                self._project.close()  # the new file replaces it once complete
            self._project = Project.create(self.path)
            if self._discarded:
                replaced = translate("Cli", "replaced {file}: its {count} decisions were discarded")
                self.report = replaced.format(file=shown, count=self._discarded)
            else:
                self.report = translate("Cli", "wrote {file}").format(file=shown)
        session = ReviewSession(self._project)
        session.set_analysis(analysis)
        matrix = session.matrix
        assert matrix is not None
        kept = len(session.review.decisions)
        if not self.report:
            orphaned = sum(1 for f in matrix.facts if f.origin is Origin.ORPHANED)
            updated = translate(
                "Cli", "updated {file}: analysed again, the reviewer's {count} decisions kept"
            ).format(file=shown, count=kept)
            lost = translate(
                "Cli", ", {count} of them on facts no longer found (kept as orphaned rows)"
            ).format(count=orphaned)
            self.report = updated + (lost if orphaned else "")
        return matrix

    def close(self) -> None:
        if self._project is not None:
            self._project.close()
            self._project = None
