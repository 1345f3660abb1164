"""One writer per project: a second window or process reads it, says who holds it, and
cannot write; the lock dies with its process, so a killed writer leaves none behind."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gui.domain import Analysis, Status
from gui.review import commands as cmd
from gui.store import Project, ProjectError
from gui.store.session import ReviewSession

ROOT = Path(__file__).resolve().parents[2]


def _project(path: Path, analysis: Analysis) -> ReviewSession:
    session = ReviewSession(Project.create(path))
    session.set_analysis(analysis)
    return session


def _labels(path: Path) -> list[str]:
    project = Project.open(path, writable=False)
    return [d.text for d in project.review.decisions]


def test_a_second_open_in_the_same_process_is_read_only_and_loses_nothing(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    path = tmp_path / "shared.claimgrid"
    first = _project(path, seeds_analysis)
    m = first.matrix
    fact, other = m.facts[0], m.facts[1]
    first.decide(cmd.rename_fact(m, fact.id, "one"))
    first.decide(cmd.rename_fact(first.matrix, other.id, "two"))

    second = ReviewSession(Project.open(path))
    assert second.project.read_only.startswith("open in Claimgrid")
    assert f"process {os.getpid()}" in second.project.read_only
    # The sequence that used to lose a decision: undo, decide, redo in the second window.
    with pytest.raises(ProjectError, match="read-only"):
        second.undo()
    with pytest.raises(ProjectError, match="read-only"):
        second.decide(cmd.rename_fact(second.matrix, fact.id, "from the second window"))
    assert second.redo() is None  # nothing was undone there
    assert [d.text for d in second.review.decisions] == ["one", "two"]

    first.undo()
    first.decide(cmd.set_status(first.matrix, fact.id, next(iter(fact.cells)), Status.PARTIAL))
    first.undo()
    first.redo()
    assert _labels(path) == ["one", ""]  # "two" undone, then the status decided and redone
    second.project.close()
    first.project.close()
    reopened = Project.open(path)
    assert not reopened.read_only
    assert [d.seq for d in reopened.review.decisions] == [1, 3]


def test_create_and_save_as_never_replace_a_project_another_window_holds(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    path = tmp_path / "held.claimgrid"
    holder = _project(path, seeds_analysis)
    holder.decide(cmd.rename_fact(holder.matrix, holder.matrix.facts[0].id, "kept"))
    with pytest.raises(ProjectError, match="open in Claimgrid"):
        Project.create(path)
    elsewhere = _project(tmp_path / "other.claimgrid", seeds_analysis)
    with pytest.raises(ProjectError, match="open in Claimgrid"):
        elsewhere.project.save_as(path)
    with pytest.raises(ProjectError, match="open in Claimgrid"):
        Project.open(path, writable=True)
    assert _labels(path) == ["kept"]


def test_a_read_only_project_can_be_saved_as_a_copy_to_change(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    path = tmp_path / "held.claimgrid"
    holder = _project(path, seeds_analysis)
    holder.decide(cmd.rename_fact(holder.matrix, holder.matrix.facts[0].id, "kept"))
    reader = Project.open(path)
    assert reader.read_only
    copy = ReviewSession(reader.save_as(tmp_path / "mine.claimgrid"))
    assert not copy.project.read_only
    copy.decide(cmd.rename_fact(copy.matrix, copy.matrix.facts[1].id, "mine"))
    assert _labels(tmp_path / "mine.claimgrid") == ["kept", "mine"]
    assert _labels(path) == ["kept"]


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from gui.review import commands as cmd
    from gui.store import Project
    from gui.store.session import ReviewSession

    session = ReviewSession(Project.open(sys.argv[1]))
    assert not session.project.read_only, session.project.read_only
    session.decide(cmd.rename_fact(session.matrix, session.matrix.facts[0].id, "by the holder"))
    print("holding", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_another_process_reads_it_and_a_killed_holder_leaves_no_lock(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    path = tmp_path / "two.claimgrid"
    _project(path, seeds_analysis).project.close()
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "holding"
            reader = ReviewSession(Project.open(path))
            assert f"process {child.pid}" in reader.project.read_only
            with pytest.raises(ProjectError, match=f"process {child.pid}"):
                reader.decide(cmd.rename_fact(reader.matrix, reader.matrix.facts[1].id, "no"))
            reader.project.close()
        finally:
            child.kill()  # SIGKILL: the lock must go with the process
            child.wait(timeout=30)
    writer = ReviewSession(Project.open(path))
    assert not writer.project.read_only
    writer.decide(cmd.rename_fact(writer.matrix, writer.matrix.facts[1].id, "after the kill"))
    assert [d.text for d in writer.review.decisions] == ["by the holder", "after the kill"]


def test_a_read_only_file_opens_read_only(tmp_path: Path, seeds_analysis: Analysis) -> None:
    path = tmp_path / "ro.claimgrid"
    _project(path, seeds_analysis).project.close()
    path.chmod(0o444)
    if os.access(path, os.W_OK):
        pytest.skip("running with privileges that ignore file permissions")
    project = Project.open(path)
    assert project.read_only == "the file is read-only"
    with pytest.raises(ProjectError, match="the file is read-only"):
        Project.open(path, writable=True)
