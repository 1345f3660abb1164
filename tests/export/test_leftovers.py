"""An export or a new project killed while it writes leaves its hidden temporary file; the
next one written in that folder removes it, and never one that a live writer still holds."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gui.export import write_json
from gui.review import Matrix
from gui.store import Project

ROOT = Path(__file__).resolve().parents[2]

_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from gui.export.atomic import atomic_write

    def write(tmp: Path) -> None:
        tmp.write_bytes(b"x" * 100_000)  # half an export
        print("writing", flush=True)
        time.sleep(60)

    atomic_write(Path(sys.argv[1]), write)
    """
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")


def _writer(target: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    return child


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".part", ".tmp")))


def test_killed_exports_are_cleaned_by_the_next_one(tmp_path: Path, matrix: Matrix) -> None:
    for name in ("export.xlsx", "export.json", "lain.csv"):
        child = _writer(tmp_path / name)
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()  # type: ignore[union-attr]
        # each writer removed what the one killed before it had left: never more than one
        (left,) = _parts(tmp_path)
        assert left.startswith(f".{name}.claimgrid-")
    write_json(matrix, tmp_path / "export.json")
    assert _parts(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_a_live_export_keeps_its_file(tmp_path: Path, matrix: Matrix) -> None:
    child = _writer(tmp_path / "besar.xlsx")
    try:
        live = _parts(tmp_path)
        write_json(matrix, tmp_path / "kecil.json")
        assert _parts(tmp_path) == live
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()  # type: ignore[union-attr]


def test_a_new_project_cleans_what_a_killed_one_left(tmp_path: Path) -> None:
    leftover = tmp_path / ".review.claimgrid.claimgrid-k1ll3d.tmp"
    leftover.write_bytes(b"SQLite format 3\x00")
    someone_elses = tmp_path / ".draft.docx.abc123.part"  # not ours: never touched
    someone_elses.write_bytes(b"x")
    Project.create(tmp_path / "baru.claimgrid").close()
    assert not leftover.exists()
    assert someone_elses.exists()
