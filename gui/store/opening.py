"""Opening a project wherever it lives: a ``.claimgrid`` file, or a database server."""

from __future__ import annotations

from pathlib import Path

from gui.store.address import is_address
from gui.store.project import Project
from gui.store.shared import SharedProject

AnyProject = Project | SharedProject


def open_project(
    location: str | Path,
    *,
    writable: bool | None = None,
    reviewer: str = "",
    patience: float = 30.0,
) -> AnyProject:
    """The project at ``location`` (a file name or a ``postgresql://`` address or service);
    :class:`gui.store.ProjectError` says why when it cannot be used. ``patience``: seconds a
    shared project's server may be away before a change goes to the local journal."""
    if is_address(location):
        return SharedProject.open(
            str(location), reviewer=reviewer, writable=writable, patience=patience
        )
    return Project.open(location, writable=writable)
