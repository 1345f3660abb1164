"""The project file: sources, the last analysis and the reviewer's decisions in one SQLite file."""

from gui.store.project import SUFFIX, Project, ProjectError

__all__ = ["SUFFIX", "Project", "ProjectError"]
