"""The project file: sources, the last analysis and the reviewer's decisions in one SQLite file."""

from gui.store.errors import ProjectError
from gui.store.project import SUFFIX, Project

__all__ = ["SUFFIX", "Project", "ProjectError"]
