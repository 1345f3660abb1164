"""The server goes away: decisions are kept in a journal on this computer and sent when it
is back, none lost and none twice, even across a crash of the client."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import psycopg
import pytest

from gui.domain import Analysis
from gui.review import commands as cmd
from gui.store import Project, ProjectError
from gui.store.journal import Entry
from gui.store.server import ServerGone
from gui.store.session import ReviewSession
from gui.store.share import share
from gui.store.shared import SharedProject
from tests.pgcluster import PgCluster


def _shared(tmp_path: Path, analysis: Analysis, address: str) -> None:
    path = tmp_path / "story.claimgrid"
    session = ReviewSession(Project.create(path))
    session.set_analysis(analysis)
    session.project.close()
    share(path, address, reviewer="lead")


def _labels(address: str) -> Counter[str]:
    with psycopg.connect(address) as db:
        rows = db.execute(
            "SELECT payload::json->>'text' FROM claimgrid.decisions WHERE payload IS NOT NULL"
        ).fetchall()
    return Counter(str(r[0]) for r in rows)


def test_decisions_made_offline_are_sent_once_when_back(
    tmp_path: Path, seeds_analysis: Analysis, pg: PgCluster, pg_address: str
) -> None:
    _shared(tmp_path, seeds_analysis, pg_address)
    journal = tmp_path / "journal"
    project = SharedProject.open(pg_address, reviewer="dewi", patience=0.5, journal_dir=journal)
    session = ReviewSession(project)
    try:
        pg.stop()
        try:
            facts = session.matrix.facts
            for i in range(3):
                made = session.decide(cmd.rename_fact(session.matrix, facts[i].id, f"offline {i}"))
                assert made.extra["pending"]
            assert project.pending == 3
            shown = {f.label for f in session.matrix.facts}
            assert {"offline 0", "offline 1", "offline 2"} <= shown
            with pytest.raises(ServerGone, match="undo waits until it is back"):
                session.undo()
            with pytest.raises(ServerGone):
                session.refresh()
        finally:
            pg.start()
        assert session.refresh()
        assert project.pending == 0
        assert not any(d.extra.get("pending") for d in project.review.decisions)
        assert {"offline 0", "offline 1", "offline 2"} <= {f.label for f in session.matrix.facts}
    finally:
        project.close()
    labels = _labels(pg_address)
    assert all(labels[f"offline {i}"] == 1 for i in range(3))


def test_a_crash_offline_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, seeds_analysis: Analysis, pg: PgCluster, pg_address: str
) -> None:
    _shared(tmp_path, seeds_analysis, pg_address)
    folder = tmp_path / "journal"
    project = SharedProject.open(pg_address, reviewer="dewi", patience=0.5, journal_dir=folder)
    session = ReviewSession(project)
    sent = session.decide(cmd.rename_fact(session.matrix, session.matrix.facts[0].id, "sent"))
    key = next(k for k, v in project._sent.items() if v == sent.seq)
    pg.stop()
    try:
        session.decide(cmd.rename_fact(session.matrix, session.matrix.facts[1].id, "kept"))
        assert project.pending == 1
        journal = project.journal
        assert journal is not None
        # As if the client had died just after the server took "sent" but before its journal
        # said so: the row is there again, unsent. Then the client dies: the system closes
        # its files, which lets go of the journal's lock, and nothing else is cleaned up.
        journal.add(Entry(key, "rename_fact", '{"kind": "rename_fact", "text": "sent"}',
                          None, None, sent.made))  # fmt: skip
        os.close(journal._fd)
        project.server.close()
    finally:
        pg.start()
    again = SharedProject.open(pg_address, reviewer="dewi", journal_dir=folder)
    try:
        assert again.pending == 0  # adopted, sent
        assert not journal.path.exists()
    finally:
        again.close()
    labels = _labels(pg_address)
    assert labels["sent"] == 1 and labels["kept"] == 1
    assert list(folder.iterdir()) == []


def test_a_second_window_of_the_same_reviewer_leaves_the_first_ones_journal_alone(
    tmp_path: Path, seeds_analysis: Analysis, pg: PgCluster, pg_address: str
) -> None:
    _shared(tmp_path, seeds_analysis, pg_address)
    folder = tmp_path / "journal"
    first = SharedProject.open(pg_address, reviewer="dewi", patience=0.5, journal_dir=folder)
    session = ReviewSession(first)
    pg.stop()
    try:
        session.decide(cmd.rename_fact(session.matrix, session.matrix.facts[0].id, "first's"))
    finally:
        pg.start()
    second = SharedProject.open(pg_address, reviewer="dewi", journal_dir=folder)
    try:
        assert second.pending == 0 and first.pending == 1  # still the first window's to send
        assert first.pull()
        assert first.pending == 0
        assert second.pull()
        assert "first's" in {d.text for d in second.review.decisions}
    finally:
        second.close()
        first.close()
    assert _labels(pg_address)["first's"] == 1


def test_a_refused_server_says_where_and_why(pg: PgCluster) -> None:
    with pytest.raises(ProjectError, match="cannot connect"):
        SharedProject.open(pg.address("claimgrid_none").replace("5432", "1"))
