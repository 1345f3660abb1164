"""Where the bundled resources and seeds live, in a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import os
import sys
from datetime import datetime
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


def data_dir() -> Path:
    """Where projects the reviewer has not named yet are kept (``CLAIMGRID_DATA_DIR`` wins)."""
    override = os.environ.get("CLAIMGRID_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Claimgrid"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Claimgrid"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "claimgrid"


def untitled_project_path(now: datetime | None = None) -> Path:
    """A fresh name for a project the reviewer has not saved under a name of their own."""
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H.%M.%S")
    folder = data_dir() / "projects"
    path = folder / f"Untitled {stamp}.claimgrid"
    n = 2
    while path.exists():
        path = folder / f"Untitled {stamp} ({n}).claimgrid"
        n += 1
    return path
