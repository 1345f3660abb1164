"""Every stored article, decision and analysis keeps a checksum: a flipped bit is reported on
open, not shown as if it were what the reviewer saved; rows that do not parse are refused
with the reason; projects of the first format gain checksums when opened for writing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from gui.domain import Analysis
from gui.review import commands as cmd
from gui.store import Project, ProjectError
from gui.store.schema import SCHEMA, checksum
from gui.store.session import ReviewSession

NOTE = "periksa lagi angka korban di paragraf kedua"


def _saved(path: Path, analysis: Analysis) -> None:
    session = ReviewSession(Project.create(path))
    session.set_analysis(analysis)
    m = session.matrix
    fact = m.facts[0]
    session.decide(cmd.rename_fact(m, fact.id, "Jumlah korban"))
    session.decide(cmd.note_cell(session.matrix, fact.id, next(iter(fact.cells)), NOTE))
    session.project.close()


def _flip_bit(path: Path, needle: str) -> None:
    """Flip one bit inside the stored copy of ``needle``, as a failing disk would."""
    data = bytearray(path.read_bytes())
    at = data.find(needle.encode("utf-8"))
    assert at >= 0, f"{needle!r} is not stored in one piece"
    data[at + len(needle) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _refusal(path: Path) -> str:
    before = path.read_bytes()
    with pytest.raises(ProjectError) as caught:
        Project.open(path)
    assert path.read_bytes() == before
    return caught.value.reason


def test_a_bit_flipped_in_an_article_is_reported_on_open(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    path = tmp_path / "flipped.claimgrid"
    _saved(path, seeds_analysis)
    source = seeds_analysis.sources[1]
    _flip_bit(path, source.text.split("\n")[-1][:40])
    reason = _refusal(path)
    assert f"the article {source.id} ({source.outlet})" in reason
    assert "checksum" in reason


def test_a_bit_flipped_in_a_note_is_reported_on_open(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    path = tmp_path / "note.claimgrid"
    _saved(path, seeds_analysis)
    _flip_bit(path, NOTE)
    assert "decision 2 no longer match" in _refusal(path)


def test_the_stored_analysis_is_checked_too(tmp_path: Path, seeds_analysis: Analysis) -> None:
    path = tmp_path / "analysis.claimgrid"
    _saved(path, seeds_analysis)
    db = sqlite3.connect(path)
    db.execute("UPDATE analysis SET body = replace(body, '\"agree\"', '\"conflict\"')")
    db.commit()
    db.close()
    assert "the stored analysis" in _refusal(path)


@pytest.mark.parametrize("payload", ["[]", '"a string"', "{", '{"kind": 7}', "null"])
def test_a_decision_row_that_does_not_parse_is_refused_with_the_reason(
    tmp_path: Path, seeds_analysis: Analysis, payload: str
) -> None:
    # Written with a matching checksum, as a buggy writer would: the row itself is bad.
    path = tmp_path / "bad-row.claimgrid"
    _saved(path, seeds_analysis)
    db = sqlite3.connect(path)
    seq, kind, _payload, made, active = db.execute(
        "SELECT seq, kind, payload, made, active FROM decisions WHERE seq = 1"
    ).fetchone()
    db.execute(
        "UPDATE decisions SET payload = ?, checksum = ? WHERE seq = 1",
        (payload, checksum((seq, kind, payload, made, active))),
    )
    db.commit()
    db.close()
    assert _refusal(path).startswith("the file is damaged (decision 1:")


def _as_first_format(path: Path) -> None:
    db = sqlite3.connect(path)
    for table in ("sources", "analysis", "decisions"):
        db.execute(f"ALTER TABLE {table} DROP COLUMN checksum")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_a_first_format_project_gains_checksums_when_opened_for_writing(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    path = tmp_path / "old.claimgrid"
    _saved(path, seeds_analysis)
    _as_first_format(path)
    read = Project.open(path, writable=False)  # reading changes nothing
    assert [d.text for d in read.review.decisions] == ["Jumlah korban", NOTE]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1

    project = Project.open(path)
    project.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA
    assert db.execute("SELECT count(*) FROM decisions WHERE checksum = ''").fetchone()[0] == 0
    db.close()
    reopened = Project.open(path)
    assert [d.text for d in reopened.review.decisions] == ["Jumlah korban", NOTE]
    reopened.close()
    _flip_bit(path, NOTE)  # and from now on a flipped bit is caught
    assert "decision 2" in _refusal(path)


def test_undo_and_redo_keep_the_checksums_true(tmp_path: Path, seeds_analysis: Analysis) -> None:
    path = tmp_path / "undo.claimgrid"
    _saved(path, seeds_analysis)
    session = ReviewSession(Project.open(path))
    session.undo()
    session.undo()
    session.redo()
    session.project.close()
    reopened = Project.open(path)
    assert [d.text for d in reopened.review.decisions] == ["Jumlah korban"]
    assert [d.text for d in reopened.review.undone] == [NOTE]
    stored = json.loads(
        sqlite3.connect(path).execute("SELECT payload FROM decisions WHERE seq = 2").fetchone()[0]
    )
    assert stored["text"] == NOTE
