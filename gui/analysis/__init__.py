"""The analysis engine: pure Python, no Qt. ``analyze`` turns sources into an Analysis.

The names are loaded on first use, so importing one stage (``gui.analysis.segment``) does not
pull in the whole engine and its lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gui.analysis.pipeline import Cancelled, analyze

__all__ = ["Cancelled", "analyze"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from gui.analysis import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
