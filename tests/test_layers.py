"""The domain layers never import Qt: they must run headless and in other tools."""

from __future__ import annotations

import subprocess
import sys

import pytest

LAYERS = [
    "gui.domain",
    "gui.ingest",
    "gui.analysis",
    "gui.review",
    "gui.store",
    "gui.store.address",
    "gui.store.server",
    "gui.store.shared",
    "gui.store.shared_result",
    "gui.store.journal",
    "gui.store.share",
    "gui.store.opening",
    "gui.export",
    "gui.cli",
    "gui.cli_project",
    "gui.visible",
    "gui.filelock",
    "gui.scratch",
    "gui.preflight",
    "gui.i18n",
]


@pytest.mark.parametrize("module", LAYERS)
def test_layer_imports_no_qt(module: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({module!r})\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    if not info.name.endswith('bench'):\n"
        "        importlib.import_module(info.name)\n"
        "qt = {'PySide6', 'qtawesome', 'shiboken6'}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulled in Qt: {out.stdout}"
