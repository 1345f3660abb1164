"""The open corpus, its latest analysis and the reviewer's decisions, as one Matrix.

Views never change a Matrix: they send a command here (rename an outlet, ...), the Review
records it, and a rebuilt Matrix goes out through ``matrixChanged``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from gui.domain import Analysis
from gui.review import Matrix, Review, build_matrix


class MatrixDocument(QObject):
    matrixChanged = Signal(object)  # Matrix | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._analysis: Analysis | None = None
        self._review = Review()
        self._matrix: Matrix | None = None
        self._paths: list[str] = []
        self._is_sample = False

    @property
    def analysis(self) -> Analysis | None:
        return self._analysis

    @property
    def review(self) -> Review:
        return self._review

    @property
    def matrix(self) -> Matrix | None:
        return self._matrix

    # ---- the corpus -------------------------------------------------------------------

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(self._paths)

    @property
    def is_sample(self) -> bool:
        """True while the corpus is the embedded sample, which opened files replace."""
        return self._is_sample

    def set_paths(self, paths: Sequence[str], *, sample: bool = False) -> tuple[str, ...]:
        self._paths = _unique(paths)
        self._is_sample = sample
        return self.paths

    def add_paths(self, paths: Sequence[str]) -> tuple[str, ...]:
        """The corpus with ``paths`` added (the sample is replaced rather than extended)."""
        if self._is_sample:
            return self.set_paths(paths)
        self._paths = _unique([*self._paths, *paths])
        return self.paths

    # ---- commands ---------------------------------------------------------------------

    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new analysis; the review's decisions carry over, keyed by stable ids."""
        self._analysis = analysis
        self._rebuild()

    def rename_outlet(self, source_id: str, name: str) -> None:
        """Rename an outlet's column; an empty name or the detected one drops the rename."""
        name = " ".join(name.split())
        detected = self._detected_outlet(source_id)
        if not name or name == detected:
            changed = self._review.outlet_names.pop(source_id, None) is not None
        else:
            changed = self._review.outlet_names.get(source_id) != name
            self._review.outlet_names[source_id] = name
        if changed:
            self._rebuild()

    def _detected_outlet(self, source_id: str) -> str | None:
        if self._analysis is None:
            return None
        try:
            return self._analysis.source(source_id).outlet
        except KeyError:
            return None

    def _rebuild(self) -> None:
        analysis = self._analysis
        self._matrix = build_matrix(analysis, self._review) if analysis is not None else None
        self.matrixChanged.emit(self._matrix)


def _unique(paths: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for path in paths:
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out
