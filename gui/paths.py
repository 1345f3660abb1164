"""Where the bundled resources and seeds live, in a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def _roots() -> list[Path]:
    roots = [_PACKAGE, _PACKAGE.parent]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen))
    return roots


def resources_dir() -> Path:
    """The ``resources/`` folder: lexicons, icons, styles, desktop files."""
    candidates = []
    for root in _roots():
        candidates += [root / "_resources", root / "resources"]
    return _first_existing(*candidates)


def seeds_dir() -> Path:
    """The embedded sample corpus the app opens when given nothing else."""
    candidates = []
    for root in _roots():
        candidates += [root / "_seeds", root / "seeds"]
    return _first_existing(*candidates)


def lexicon_path(name: str) -> Path:
    return resources_dir() / "lexicons" / name
