"""The reviewer's decisions, kept apart from the machine's analysis, and the Matrix they make."""

from gui.review.decisions import Anchor, Decision, Kind, source_key
from gui.review.matrix import Matrix, build_matrix
from gui.review.review import Review

__all__ = ["Anchor", "Decision", "Kind", "Matrix", "Review", "build_matrix", "source_key"]
