"""The one exception the project store raises."""

from __future__ import annotations

from pathlib import Path


class ProjectError(Exception):
    """A project file that cannot be used, with the reason in a reviewer's words."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
