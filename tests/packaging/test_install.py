"""install-linux.sh puts the desktop entry, icons and file type where desktops look.

Each test installs into a temporary XDG_DATA_HOME, never into the real home folder.
"""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .layout import APP_ID, INSTALL_SCRIPT, PROJECT_MIME_TYPE, ROOT, load_build_module

make_icons = load_build_module("make_icons")
SH = shutil.which("sh")

pytestmark = pytest.mark.skipif(
    SH is None or not sys.platform.startswith("linux"), reason="the installer is for Linux"
)


def install(
    data_home: Path, *args: str, script: Path = INSTALL_SCRIPT
) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "HOME": str(data_home.parent)}
    assert SH is not None
    return subprocess.run(
        [SH, str(script), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def installed_exec(data_home: Path) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(data_home / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]["Exec"]


def sqlite_file(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    return path


def test_install_places_entry_icons_and_file_type(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    result = install(data_home, "--exec", "/opt/Claimgrid/Claimgrid")
    assert result.returncode == 0, result.stderr
    assert installed_exec(data_home) == "/opt/Claimgrid/Claimgrid %F"
    for size in make_icons.PNG_SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert make_icons.png_size(icon.read_bytes()) == (size, size)
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    package = data_home / "mime" / "packages" / f"{APP_ID}.xml"
    assert (
        package.read_bytes() == (ROOT / "resources" / "desktop" / f"{APP_ID}.mime.xml").read_bytes()
    )
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_install_quotes_a_program_path_with_spaces(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    result = install(data_home, "--exec", "/opt/My Apps/Claimgrid")
    assert result.returncode == 0, result.stderr
    assert installed_exec(data_home) == '"/opt/My Apps/Claimgrid" %F'
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        check = subprocess.run(
            [validator, str(data_home / "applications" / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout


def test_install_refuses_a_program_path_it_cannot_quote(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    result = install(data_home, "--exec", "/opt/$HOME/Claimgrid")
    assert result.returncode != 0
    assert "may not contain" in result.stderr
    assert not (data_home / "applications" / f"{APP_ID}.desktop").exists()


def test_install_from_a_bundle_runs_the_bundled_program(tmp_path: Path) -> None:
    bundle = tmp_path / "Claim grid"
    resources = bundle / "_internal" / "resources"
    shutil.copytree(ROOT / "resources" / "desktop", resources / "desktop")
    shutil.copytree(ROOT / "resources" / "icons", resources / "icons")
    program = bundle / "Claimgrid"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    script = bundle / "install-linux.sh"
    shutil.copy2(INSTALL_SCRIPT, script)
    data_home = tmp_path / "data"
    result = install(data_home, script=script)
    assert result.returncode == 0, result.stderr
    assert installed_exec(data_home) == f'"{program}" %F'


def test_uninstall_removes_what_install_added(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    assert install(data_home, "--exec", "claimgrid").returncode == 0
    result = install(data_home, "--uninstall")
    assert result.returncode == 0, result.stderr
    leftovers = [p for p in data_home.rglob(f"{APP_ID}*") if p.is_file()]
    assert leftovers == []


@pytest.mark.skipif(
    shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed"
)
def test_installed_type_recognises_project_files_by_name(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    assert install(data_home, "--exec", "claimgrid").returncode == 0
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{PROJECT_MIME_TYPE}:*.claimgrid" in globs
    project = sqlite_file(tmp_path / "review.claimgrid")
    other = sqlite_file(tmp_path / "unnamed")
    # Qt reads the same shared MIME database as file managers do.
    code = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "print(db.mimeTypeForFile(sys.argv[1]).name())\n"
        "print(db.mimeTypeForFile(sys.argv[2]).name())\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(project), str(other)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == [PROJECT_MIME_TYPE, "application/vnd.sqlite3"]


@pytest.mark.skipif(
    shutil.which("update-desktop-database") is None, reason="desktop-file-utils is not installed"
)
def test_installed_entry_is_the_handler_of_project_files(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    assert install(data_home, "--exec", "claimgrid").returncode == 0
    cache = (data_home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{PROJECT_MIME_TYPE}={APP_ID}.desktop;" in cache.splitlines()
