"""Build the PyInstaller bundle and run it as a person's double-click would.

Slow: the build takes about a minute on two cores, so these tests run only when
``CLAIMGRID_BUNDLE_TEST=1`` or ``CI=true`` is set in the environment, and they need
PyInstaller (``pip install -e ".[bundle]"``); without it they are skipped with that reason.
The bundle is built once per run into build/dist/Claimgrid/ by ``build/bundle.py``.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

import gui
from gui.domain import Status
from gui.palette import STATUS_FILL

from .layout import ROOT, load_build_module

ENABLED = os.environ.get("CLAIMGRID_BUNDLE_TEST") == "1" or os.environ.get("CI") == "true"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not ENABLED, reason="bundle build is slow: set CLAIMGRID_BUNDLE_TEST=1 (CI=true runs it)"
    ),
]

bundle_script = load_build_module("bundle")
make_icons = load_build_module("make_icons")
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def bundle() -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed: pip install -e ".[bundle]"')
    result = subprocess.run(
        [sys.executable, str(ROOT / "build" / "bundle.py")],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    executable = bundle_script.bundle_executable()
    assert executable.is_file()
    return executable


def isolated_env(home: Path) -> dict[str, str]:
    """The bundle's environment with every per-user location inside ``home``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PYTHON", "QT_")) and key not in {"VIRTUAL_ENV"}
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
    )
    (home / "runtime").mkdir(parents=True, mode=0o700)
    return env


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under ``folder`` with its size and modification time."""
    entries = {}
    for path in sorted(folder.rglob("*")):
        stat = path.lstat()
        entries[path.relative_to(folder).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return entries


def test_bundle_reports_the_package_version(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle), "--version"],
        env=isolated_env(tmp_path / "home"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"claimgrid {gui.__version__}"


def test_bundle_holds_the_data_files_and_leaves_out_unused_qt(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.is_file())
    assert sorted(p.name for p in (internal / "seeds").iterdir()) == seeds
    lexicons = sorted(p.name for p in (ROOT / "resources" / "lexicons").iterdir())
    assert sorted(p.name for p in (internal / "resources" / "lexicons").iterdir()) == lexicons
    assert (internal / "resources" / "icons" / "claimgrid.svg").is_file()
    assert list((internal / "qtawesome" / "fonts").glob("*.ttf"))
    assert (internal / "Sastrawi" / "Stemmer" / "data" / "kata-dasar.txt").is_file()
    assert (internal / "gui" / "store" / "sql" / "setup.sql").is_file()  # claimgrid share
    names = {p.name for p in internal.rglob("*")}
    assert any(n.startswith("_psycopg") for n in names), "psycopg's compiled implementation"
    for unused in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtNetwork", "QtSql"):
        assert not any(name.startswith(f"{unused}.") for name in names), unused
    assert not any(
        name.startswith(("libQt6Quick", "libQt6Qml", "libQt6WebEngine")) for name in names
    )
    assert "tkinter" not in names and "_tkinter" not in {n.split(".")[0] for n in names}


@pytest.mark.usefixtures("qapp")
def test_bundle_screenshot_writes_a_png_and_nothing_next_to_itself(
    bundle: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    work = tmp_path / "work"
    work.mkdir()
    env = isolated_env(tmp_path / "home")
    before = listing(bundle.parent)
    # No PATH: the app opens the sample corpus bundled with it.
    result = subprocess.run(
        [str(bundle), "--screenshot", "out.png"],
        env=env,
        cwd=work,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert listing(bundle.parent) == before
    assert sorted(p.name for p in work.iterdir()) == ["out.png"]
    data = (work / "out.png").read_bytes()
    width, height = make_icons.png_size(data)
    assert width >= 400 and height >= 300
    image = QImage(str(work / "out.png"))
    # The analysed sample articles show as cells in the status colours (the absent grey
    # is left out: window chrome can share it).
    fills = {STATUS_FILL[s].upper() for s in (Status.AGREE, Status.CONFLICT, Status.PARTIAL)}
    step = 4
    coloured = sum(
        image.pixelColor(x, y).name().upper() in fills
        for x in range(0, width, step)
        for y in range(0, height, step)
    )
    assert coloured >= 50, "no matrix cells in the screenshot"
