"""Where the packaging files live, and the build scripts loaded as modules."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
ICONS = ROOT / "resources" / "icons"
DESKTOP_DIR = ROOT / "resources" / "desktop"
APP_ID = "org.claimgrid.Claimgrid"
DESKTOP_FILE = DESKTOP_DIR / f"{APP_ID}.desktop"
MIME_FILE = DESKTOP_DIR / f"{APP_ID}.mime.xml"
METAINFO_FILE = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
INSTALL_SCRIPT = BUILD / "install-linux.sh"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PROJECT_MIME_TYPE = "application/x-claimgrid-project"


def load_build_module(name: str) -> ModuleType:
    """Import ``build/<name>.py``; build/ is a folder of scripts, not a package."""
    spec = importlib.util.spec_from_file_location(f"claimgrid_build_{name}", BUILD / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
