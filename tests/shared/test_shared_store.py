"""A project on a real PostgreSQL server: shared from a file, opened by address, decisions
with their reviewer, undo of one's own only, and clear refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from gui.domain import Analysis, Status
from gui.export.json_export import to_json_dict
from gui.review import commands as cmd
from gui.store import Project, ProjectError
from gui.store.address import display, is_address
from gui.store.opening import open_project
from gui.store.session import ReviewSession
from gui.store.share import share
from gui.store.shared import SharedProject
from tests.pgcluster import PgCluster


def _file_project(path: Path, analysis: Analysis) -> ReviewSession:
    session = ReviewSession(Project.create(path))
    session.set_analysis(analysis)
    m = session.matrix
    assert m is not None
    fact = next(f for f in m.facts if f.coverage >= 3)
    sid = next(iter(fact.cells))
    session.decide(cmd.rename_fact(m, fact.id, "Renamed in the file"))
    session.decide(cmd.set_status(m, fact.id, sid, Status.PARTIAL))
    session.decide(cmd.note_fact(m, fact.id, "undone before sharing"))
    session.undo()
    return session


def _without_who(data: dict[str, Any]) -> dict[str, Any]:
    for fact in data["facts"]:
        fact["decided_by"] = ""
        for cell in fact["cells"].values():
            cell["decided_by"] = ""
    return data


def test_share_copies_the_file_and_opens_by_address(
    tmp_path: Path, seeds_analysis: Analysis, pg_address: str
) -> None:
    path = tmp_path / "story.claimgrid"
    local = _file_project(path, seeds_analysis)
    expected = to_json_dict(local.matrix)
    local.project.close()

    result = share(path, pg_address, reviewer="dewi")
    assert result.decisions == 3 and result.sources == len(seeds_analysis.sources)

    project = open_project(pg_address, reviewer="dewi")
    assert isinstance(project, SharedProject)
    try:
        session = ReviewSession(project)
        shared = to_json_dict(session.matrix)
        # the same matrix, now with who decided each thing: the one who shared it
        renamed = next(f for f in shared["facts"] if f["label"] == "Renamed in the file")
        assert renamed["decided_by"].startswith("dewi, ")
        assert any(c["decided_by"].startswith("dewi, ") for c in renamed["cells"].values())
        assert _without_who(shared) == _without_who(expected)
        # the undone decision stays redoable, by the reviewer who shared it
        assert [d.kind for d in session.review.undone] == ["note_fact"]
        assert all(d.extra["reviewer"] == "dewi" for d in session.review.decisions)
    finally:
        project.close()


def test_sharing_twice_into_one_database_is_refused(
    tmp_path: Path, seeds_analysis: Analysis, pg_address: str
) -> None:
    path = tmp_path / "story.claimgrid"
    _file_project(path, seeds_analysis).project.close()
    share(path, pg_address)
    with pytest.raises(ProjectError, match="already holds a Claimgrid project"):
        share(path, pg_address)


def test_decisions_carry_reviewer_and_undo_is_ones_own(
    tmp_path: Path, seeds_analysis: Analysis, pg_address: str
) -> None:
    path = tmp_path / "story.claimgrid"
    _file_project(path, seeds_analysis).project.close()
    share(path, pg_address, reviewer="lead")
    dewi = ReviewSession(SharedProject.open(pg_address, reviewer="dewi"))
    budi = ReviewSession(SharedProject.open(pg_address, reviewer="budi"))
    try:
        m = dewi.matrix
        assert m is not None
        fact = m.facts[0]
        made = dewi.decide(cmd.rename_fact(m, fact.id, "Dewi's label"))
        assert made.extra["reviewer"] == "dewi" and made.made
        assert budi.refresh()
        assert budi.matrix is not None
        assert any(f.label == "Dewi's label" for f in budi.matrix.facts)
        # Budi has decided nothing of his own in this database: there is nothing to undo
        assert budi.undo() is None
        assert dewi.undo() == made
        assert budi.refresh()
        assert not any(f.label == "Dewi's label" for f in budi.matrix.facts)
        assert dewi.redo() == made
        budi.refresh()
        assert any(f.label == "Dewi's label" for f in budi.matrix.facts)
    finally:
        dewi.project.close()
        budi.project.close()


def test_roles_let_a_reviewer_add_but_not_rewrite(
    tmp_path: Path, seeds_analysis: Analysis, pg: PgCluster, pg_address: str
) -> None:
    path = tmp_path / "story.claimgrid"
    _file_project(path, seeds_analysis).project.close()
    share(path, pg_address, reviewer="lead")
    dbname = pg_address.split("/")[3].split("?")[0]
    with pg.admin(dbname) as db:
        for name in ("dewi", "budi"):  # roles belong to the whole cluster: this test's own
            db.execute(f"CREATE ROLE {name}_{dbname} LOGIN IN ROLE claimgrid_reviewer")
    dewi_login, budi_login = f"dewi_{dbname}", f"budi_{dbname}"
    dewi = ReviewSession(SharedProject.open(pg.address(dbname, dewi_login), reviewer="Dewi"))
    budi = SharedProject.open(pg.address(dbname, budi_login), reviewer="Budi")
    try:
        m = dewi.matrix
        assert m is not None
        made = dewi.decide(cmd.rename_fact(m, m.facts[0].id, "Dewi's label"))
        assert made.extra["role"] == dewi_login
        budi.pull()
        # Budi cannot undo Dewi's decision, even by writing the row himself ...
        key = budi._journal("undo", None, made.seq, False)
        budi.flush()
        assert budi.pending == 0  # a refused row is not sent again and again
        with pytest.raises(ProjectError, match="not allowed"):
            budi._sent_or_refused(key)
        # ... nor pass himself off as her, nor change or delete any row
        db = budi.server.conn
        for sql in (
            "UPDATE claimgrid.decisions SET reviewer = 'Budi'",
            "DELETE FROM claimgrid.decisions",
            "INSERT INTO claimgrid.decisions (client_key, role, reviewer, kind, payload) "
            f"VALUES ('forged', '{dewi_login}', 'Dewi', 'rename_fact', '{{}}')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                db.execute(sql)
        # and the lead's shared decisions are not Budi's to undo either
        assert budi.undo() is None
        assert dewi.undo() == made  # her own, she can
    finally:
        dewi.project.close()
        budi.close()


def test_bad_addresses_say_where_and_why(pg: PgCluster, pg_address: str) -> None:
    nowhere = f"postgresql://someone:s3cret@/nothere?host={pg.socket}&port=1"
    with pytest.raises(ProjectError) as caught:
        open_project(nowhere)
    assert "cannot connect" in caught.value.reason
    assert "s3cret" not in str(caught.value)
    assert caught.value.path == f"postgresql://someone@:1/nothere?host={pg.socket}"

    with pytest.raises(ProjectError, match="not a Claimgrid project"):
        open_project(pg_address)  # an empty database

    missing = pg.address("no_such_database")
    with pytest.raises(ProjectError, match="no_such_database"):
        open_project(missing)


def test_addresses() -> None:
    assert is_address("postgresql://h/db") and is_address("postgres://h/db")
    assert is_address("service=newsdesk") and not is_address("story.claimgrid")
    assert display("postgresql://dewi:pw@db.example.org:6543/story?sslmode=verify-full") == (
        "postgresql://dewi@db.example.org:6543/story"
    )
    assert display("service=newsdesk") == "service=newsdesk"
    assert "pw" not in display("host=h dbname=d user=u password=pw")


def test_a_new_analysis_reaches_the_others_with_every_decision_replayed(
    tmp_path: Path, seeds_analysis: Analysis, pg_address: str
) -> None:
    from dataclasses import replace

    path = tmp_path / "story.claimgrid"
    _file_project(path, seeds_analysis).project.close()
    share(path, pg_address, reviewer="lead")
    dewi = ReviewSession(SharedProject.open(pg_address, reviewer="dewi"))
    budi = ReviewSession(SharedProject.open(pg_address, reviewer="budi"))
    try:
        m = budi.matrix
        assert m is not None
        other = next(f for f in m.facts if f.label != "Renamed in the file")
        budi.decide(cmd.rename_fact(m, other.id, "Budi's label"))
        # Dewi analyses again (here: the same result minus its last article)
        fewer = replace(seeds_analysis, sources=seeds_analysis.sources[:-1])
        dewi.refresh()
        dewi.set_analysis(fewer)
        assert budi.refresh()
        assert budi.analysis is not None
        assert len(budi.analysis.sources) == len(seeds_analysis.sources) - 1
        labels = {f.label for f in budi.matrix.facts}
        assert {"Budi's label", "Renamed in the file"} <= labels
    finally:
        dewi.project.close()
        budi.project.close()


def test_without_postgresql_the_server_tests_skip_saying_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tests.pgcluster as pgcluster

    monkeypatch.setattr(pgcluster.shutil, "which", lambda _name: None)
    monkeypatch.setattr(pgcluster.glob, "glob", lambda _pattern: [])
    assert pgcluster.PgCluster.find() is None
    assert "PostgreSQL is not installed" in pgcluster.MISSING
    assert "apt-get install postgresql" in pgcluster.MISSING


def test_a_role_that_may_only_read_opens_read_only(
    tmp_path: Path, seeds_analysis: Analysis, pg: PgCluster, pg_address: str
) -> None:
    path = tmp_path / "story.claimgrid"
    _file_project(path, seeds_analysis).project.close()
    share(path, pg_address)
    dbname = pg_address.split("/")[3].split("?")[0]
    with pg.admin(dbname) as db:
        # roles belong to the whole cluster: one of this test's own
        db.execute(f"CREATE ROLE reader_{dbname} LOGIN")
        db.execute(f"GRANT USAGE ON SCHEMA claimgrid TO reader_{dbname}")
        db.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA claimgrid TO reader_{dbname}")
    address = pg.address(dbname, f"reader_{dbname}")
    with pytest.raises(ProjectError, match="may only read"):
        SharedProject.open(address, writable=True)
    project = SharedProject.open(address)
    try:
        assert f"reader_{dbname} may only read" in project.read_only
        session = ReviewSession(project)
        m = session.matrix
        assert m is not None and m.facts
        with pytest.raises(ProjectError, match="read-only"):
            session.decide(cmd.rename_fact(m, m.facts[0].id, "not mine to make"))
    finally:
        project.close()
