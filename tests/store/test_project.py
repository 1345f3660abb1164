"""The project file: round trips, undo history, crash safety and files that are not projects."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gui.domain import Analysis, Status
from gui.export.json_export import to_json_dict
from gui.review import commands as cmd
from gui.store import Project, ProjectError
from gui.store.session import ReviewSession

ROOT = Path(__file__).resolve().parents[2]


def _session(path: Path, analysis: Analysis) -> ReviewSession:
    session = ReviewSession(Project.create(path))
    session.set_analysis(analysis)
    return session


def _decide_some(session: ReviewSession) -> None:
    m = session.matrix
    assert m is not None
    multi = [f for f in m.facts if f.coverage >= 3]
    fact, other = multi[0], multi[1]
    sid = next(iter(fact.cells))
    session.decide(cmd.rename_fact(m, fact.id, "Renamed by the reviewer"))
    session.decide(cmd.set_status(m, fact.id, sid, Status.PARTIAL))
    session.decide(cmd.note_cell(m, fact.id, sid, "check the second paragraph"))
    session.decide(cmd.mark_reviewed(m, other.id))
    session.decide(cmd.hide_fact(m, m.facts[-1].id))
    session.decide(cmd.rename_outlet(m, m.sources[0].id, "Renamed Outlet"))


def test_round_trip_gives_the_same_matrix(tmp_path: Path, seeds_analysis: Analysis) -> None:
    path = tmp_path / "review.claimgrid"
    session = _session(path, seeds_analysis)
    _decide_some(session)
    before = to_json_dict(session.matrix)
    session.project.close()

    reopened = ReviewSession(Project.open(path))
    assert reopened.analysis is not None
    assert reopened.analysis.sources == seeds_analysis.sources
    assert reopened.analysis.facts == seeds_analysis.facts
    assert reopened.analysis.mentions == {k: tuple(v) for k, v in seeds_analysis.mentions.items()}
    assert to_json_dict(reopened.matrix) == before
    assert reopened.matrix.facts[0].label  # not empty: a real matrix


def test_undo_history_survives_reopening(tmp_path: Path, seeds_analysis: Analysis) -> None:
    path = tmp_path / "undo.claimgrid"
    session = _session(path, seeds_analysis)
    _decide_some(session)
    session.undo()
    session.undo()
    expected = to_json_dict(session.matrix)
    session.project.close()

    reopened = ReviewSession(Project.open(path))
    assert to_json_dict(reopened.matrix) == expected
    assert len(reopened.review.decisions) == 4
    reopened.redo()
    reopened.redo()
    assert reopened.matrix.sources[0].outlet == "Renamed Outlet"
    reopened.undo()
    reopened.decide(cmd.rename_fact(reopened.matrix, reopened.matrix.facts[1].id, "new branch"))
    reopened.project.close()
    third = Project.open(path)
    assert [d.seq for d in third.review.decisions] == [1, 2, 3, 4, 5, 7]
    assert not third.review.undone


def test_attaching_a_project_keeps_what_was_done_before(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    session = ReviewSession()
    session.set_analysis(seeds_analysis)
    _decide_some(session)
    session.undo()
    expected = to_json_dict(session.matrix)
    session.attach(Project.create(tmp_path / "later.claimgrid"))
    session.project.close()
    reopened = ReviewSession(Project.open(tmp_path / "later.claimgrid"))
    assert to_json_dict(reopened.matrix) == expected
    assert reopened.redo() is not None


def test_save_as_copies_everything(tmp_path: Path, seeds_analysis: Analysis) -> None:
    session = _session(tmp_path / "a.claimgrid", seeds_analysis)
    _decide_some(session)
    copy = session.project.save_as(tmp_path / "b.claimgrid")
    assert to_json_dict(ReviewSession(copy).matrix) == to_json_dict(session.matrix)


_CRASH = textwrap.dedent(
    """
    import sys, time
    from gui.review import commands as cmd
    from gui.store import Project
    from gui.store.session import ReviewSession

    session = ReviewSession(Project.open(sys.argv[1]))
    fact = session.matrix.facts[0]
    session.decide(cmd.rename_fact(session.matrix, fact.id, "survives a crash"))
    print("decided", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_kill_right_after_an_edit_loses_nothing(tmp_path: Path, seeds_analysis: Analysis) -> None:
    path = tmp_path / "crash.claimgrid"
    _session(path, seeds_analysis).project.close()
    with subprocess.Popen(
        [sys.executable, "-c", _CRASH, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "decided"
        finally:
            child.kill()  # SIGKILL: no clean-up, no flush, no atexit
            child.wait(timeout=30)
    assert child.returncode == -9
    reopened = ReviewSession(Project.open(path))
    assert reopened.matrix.facts[0].label == "survives a crash"


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def _refused(path: Path) -> str:
    before = _snapshot(path.parent)
    with pytest.raises(ProjectError) as caught:
        Project.open(path)
    assert _snapshot(path.parent) == before, "opening a bad file changed something on disk"
    assert caught.value.path == str(path)
    return caught.value.reason


def test_files_that_are_not_projects_are_refused_untouched(tmp_path: Path) -> None:
    (tmp_path / "empty.claimgrid").write_bytes(b"")
    assert "empty" in _refused(tmp_path / "empty.claimgrid")
    (tmp_path / "notes.claimgrid").write_text("Rapat redaksi pukul 10.00\n", encoding="utf-8")
    assert "not a Claimgrid project" in _refused(tmp_path / "notes.claimgrid")
    (tmp_path / "image.claimgrid").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert "not a Claimgrid project" in _refused(tmp_path / "image.claimgrid")
    other = tmp_path / "other.claimgrid"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.commit()
    db.close()
    assert "another program" in _refused(other)
    with pytest.raises(ProjectError, match="no such file"):
        Project.open(tmp_path / "missing.claimgrid")


def test_a_project_from_a_newer_version_is_refused(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    path = tmp_path / "future.claimgrid"
    _session(path, seeds_analysis).project.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 9")
    db.commit()
    db.close()
    reason = _refused(path)
    assert "newer" in reason and "9" in reason


def test_a_damaged_project_is_refused(tmp_path: Path, seeds_analysis: Analysis) -> None:
    path = tmp_path / "damaged.claimgrid"
    _session(path, seeds_analysis).project.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 2000] = os.urandom(2000)  # scribble over a table page
    path.write_bytes(bytes(data))
    assert "damaged" in _refused(path)

    truncated = tmp_path / "truncated.claimgrid"
    truncated.write_bytes(bytes(data[:150]))
    assert "damaged" in _refused(truncated) or "not a" in _refused(truncated)


def test_a_damaged_decision_is_refused(tmp_path: Path, seeds_analysis: Analysis) -> None:
    path = tmp_path / "bad-decision.claimgrid"
    session = _session(path, seeds_analysis)
    _decide_some(session)
    session.project.close()
    db = sqlite3.connect(path)
    db.execute("UPDATE decisions SET payload = ? WHERE seq = 2", (json.dumps({"kind": "x"}),))
    db.commit()
    db.close()
    assert "decision 2" in _refused(path)
