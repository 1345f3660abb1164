"""``claimgrid analyze ... --project FILE`` never loses a reviewer's work: an existing project
is analysed again with its decisions kept, ``--replace`` says what it discards, and any
other file there is refused untouched; file names reach the terminal escaped."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gui.cli import main
from gui.paths import seeds_dir
from gui.review import commands as cmd
from gui.store import Project
from gui.store.session import ReviewSession
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[1]


def _reviewed(path: Path, decisions: int = 3) -> list[str]:
    out = run("analyze", str(seeds_dir()), "--project", str(path))
    assert out.returncode == 0, out.stderr
    session = ReviewSession(Project.open(path))
    labels = []
    for fact in session.matrix.facts[:decisions]:
        label = f"Checked: {fact.label}"
        session.decide(cmd.rename_fact(session.matrix, fact.id, label))
        labels.append(label)
    session.project.close()
    return labels


def _stored_labels(path: Path) -> list[str]:
    return [d.text for d in Project.open(path, writable=False).review.decisions]


def _untouched(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_an_existing_project_is_analysed_again_with_its_decisions_kept(tmp_path: Path) -> None:
    project = tmp_path / "reviewed.claimgrid"
    labels = _reviewed(project)
    json_path = tmp_path / "out.json"
    out = run("analyze", str(seeds_dir()), "--project", str(project), "--json", str(json_path))
    assert out.returncode == 0, out.stderr
    assert "the reviewer's 3 decisions kept" in out.stderr
    assert _stored_labels(project) == labels
    assert all(label in json_path.read_text(encoding="utf-8") for label in labels)


def test_replace_starts_afresh_and_says_what_it_discarded(tmp_path: Path) -> None:
    project = tmp_path / "reviewed.claimgrid"
    _reviewed(project, decisions=2)
    out = run("analyze", str(seeds_dir()), "--project", str(project), "--replace")
    assert out.returncode == 0, out.stderr
    assert "its 2 decisions were discarded" in out.stderr
    assert _stored_labels(project) == []


@pytest.mark.parametrize("replace", [False, True])
def test_a_file_that_is_not_a_project_is_refused_untouched(tmp_path: Path, replace: bool) -> None:
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"PK\x03\x04 rapat redaksi")
    before = _untouched(notes)
    out = run("analyze", str(seeds_dir()), "--project", str(notes), *(["--replace"] * replace))
    assert out.returncode == 1
    assert "notes.docx: not a Claimgrid project; it was left as it is" in out.stderr
    assert "Traceback" not in out.stderr
    assert _untouched(notes) == before


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from gui.store import Project
    project = Project.open(sys.argv[1])
    print("holding", flush=True)
    time.sleep(60)
    """
)


def test_a_project_open_in_a_window_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "busy.claimgrid"
    labels = _reviewed(project, decisions=1)
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(project)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
            for extra in ([], ["--replace"]):
                out = run("analyze", str(seeds_dir()), "--project", str(project), *extra)
                assert out.returncode == 1
                assert "open in Claimgrid" in out.stderr and f"process {holder.pid}" in out.stderr
        finally:
            holder.kill()
            holder.wait(timeout=30)
    assert _stored_labels(project) == labels


def test_a_read_only_project_file_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "ro.claimgrid"
    labels = _reviewed(project, decisions=1)
    project.chmod(0o444)
    if os.access(project, os.W_OK):
        pytest.skip("running with privileges that ignore file permissions")
    out = run("analyze", str(seeds_dir()), "--project", str(project))
    assert out.returncode == 1 and "the file is read-only" in out.stderr
    assert _stored_labels(project) == labels


def test_a_read_only_folder_is_said_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode)
    )
    status = main(["analyze", str(seeds_dir()), "--project", str(folder / "x.claimgrid")])
    assert status == 1
    err = capsys.readouterr().err
    assert "x.claimgrid: the folder is read-only" in err
    assert not any(folder.iterdir())


def test_a_folder_that_refuses_the_file_later_is_said_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Permissions checked up front can still change, or lie (network shares, root).
    from gui.store import lock

    def refuse(cls: object, project: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(project))

    monkeypatch.setattr(lock.WriterLock, "take", classmethod(refuse))
    status = main(["analyze", str(seeds_dir()), "--project", str(tmp_path / "x.claimgrid")])
    assert status == 1
    assert "x.claimgrid: permission denied (the folder is read-only" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="control characters in POSIX file names")
def test_file_names_with_terminal_escapes_are_printed_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "\x1b]0;pwned\x07\x1b[2Jevil.txt").write_bytes(b"\x00\x01binary\x00" * 30)
    (folder / "ok \x1b[31mred.txt").write_text(
        "Banjir Rendam 300 Rumah\n\nBanjir merendam 300 rumah di Sorong pada Senin, kata "
        "Kepala BPBD Sorong Ahmad Yani.\n",
        encoding="utf-8",
    )
    out = run("analyze", str(folder), "--json", str(tmp_path / "\x1b[2Jout.json"))
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stderr and "\x07" not in out.stderr and "\x1b" not in out.stdout
    assert "\\x1b]0;pwned\\x07\\x1b[2Jevil.txt" in out.stderr
    assert "wrote " in out.stderr and "\\x1b[2Jout.json" in out.stderr


def test_replace_without_a_project_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["analyze", str(seeds_dir()), "--replace"])
    assert stopped.value.code == 2
    assert "--replace goes with --project" in capsys.readouterr().err
