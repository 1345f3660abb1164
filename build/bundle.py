"""Build the Claimgrid desktop bundle for the current platform with PyInstaller.

    pip install -e ".[bundle]"
    python build/bundle.py [--clean]

The bundle lands in build/dist/Claimgrid/ (on macOS also build/dist/Claimgrid.app);
PyInstaller's scratch files go to build/work/. Nothing is written into the sources.
On Linux the bundle also gets install-linux.sh, which adds it to the desktop menu.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
SPEC = BUILD_DIR / "claimgrid.spec"
DIST_DIR = BUILD_DIR / "dist"
WORK_DIR = BUILD_DIR / "work"
APP_NAME = "Claimgrid"


def bundle_dir(dist_dir: Path = DIST_DIR) -> Path:
    return dist_dir / APP_NAME


def bundle_executable(dist_dir: Path = DIST_DIR) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle_dir(dist_dir) / f"{APP_NAME}{suffix}"


def folder_size(path: Path) -> int:
    """Total bytes of the regular files under ``path`` (symlinks not followed)."""
    return sum(
        entry.stat(follow_symlinks=False).st_size
        for entry in path.rglob("*")
        if entry.is_file() and not entry.is_symlink()
    )


def build(*, dist_dir: Path = DIST_DIR, work_dir: Path = WORK_DIR, clean: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit('PyInstaller is not installed: pip install -e ".[bundle]"')
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist_dir),
        "--workpath",
        str(work_dir),
    ]
    if clean:
        command.append("--clean")
    # Importing the package during analysis must not leave __pycache__ in the sources.
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    subprocess.run(command, check=True, env=env, cwd=BUILD_DIR)
    folder = bundle_dir(dist_dir)
    if sys.platform.startswith("linux"):
        installer = folder / "install-linux.sh"
        shutil.copy2(BUILD_DIR / "install-linux.sh", installer)
        installer.chmod(0o755)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--clean", action="store_true", help="discard PyInstaller's caches and build afresh"
    )
    parser.add_argument("--distpath", type=Path, default=DIST_DIR)
    parser.add_argument("--workpath", type=Path, default=WORK_DIR)
    args = parser.parse_args(argv)
    started = time.monotonic()
    folder = build(dist_dir=args.distpath, work_dir=args.workpath, clean=args.clean)
    elapsed = time.monotonic() - started
    size_mb = folder_size(folder) / 1_000_000
    print(f"built {folder} in {elapsed:.0f} s, {size_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
