"""Where a project is kept: one SQLite file (``project``), or a PostgreSQL database that
several reviewers share (``shared``); ``opening.open_project`` opens either."""

from gui.store.errors import ProjectError
from gui.store.project import SUFFIX, Project

__all__ = ["SUFFIX", "Project", "ProjectError"]
