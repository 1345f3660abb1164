"""The command line on a shared project: ``share``, then ``export`` and ``analyze --project``
by address, as a reviewer's script would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from gui.paths import seeds_dir
from gui.review import commands as cmd
from gui.store import Project
from gui.store.session import ReviewSession
from gui.store.shared import SharedProject
from tests.pgcluster import PgCluster
from tests.test_cli import run


def test_share_export_and_analyze_by_address(
    tmp_path: Path, pg: PgCluster, pg_address: str
) -> None:
    path = tmp_path / "story.claimgrid"
    assert run("analyze", str(seeds_dir()), "--project", str(path)).returncode == 0
    session = ReviewSession(Project.open(path))
    fact = session.matrix.facts[0]
    session.decide(cmd.rename_fact(session.matrix, fact.id, "Checked by the desk"))
    session.project.close()

    secret = pg_address.replace("claimgrid_admin@", "claimgrid_admin:hunter2@")
    out = run("share", str(path), secret, "--reviewer", "dewi")
    assert out.returncode == 0, out.stderr
    assert "1 decisions" in out.stderr and "hunter2" not in out.stderr

    exported = tmp_path / "out.json"
    table = tmp_path / "out.csv"
    out = run("export", pg_address, "--json", str(exported), "--csv", str(table))
    assert out.returncode == 0, out.stderr
    facts = json.loads(exported.read_text())["facts"]
    checked = next(f for f in facts if f["label"] == "Checked by the desk")
    assert checked["decided_by"].startswith("dewi, ")  # every export says who decided
    with open(table, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.DictReader(fh))
    assert any(r["decided_by"].startswith("dewi, ") for r in lines if r["fact_id"] == checked["id"])

    # another reviewer decides on the server; analysing again keeps both decisions
    other = ReviewSession(SharedProject.open(pg_address, reviewer="budi"))
    second = other.matrix.facts[1]
    other.decide(cmd.rename_fact(other.matrix, second.id, "Checked by Budi"))
    other.project.close()
    out = run("analyze", str(seeds_dir()), "--project", pg_address, "--json", str(exported))
    assert out.returncode == 0, out.stderr
    labels = [f["label"] for f in json.loads(exported.read_text())["facts"]]
    assert {"Checked by the desk", "Checked by Budi"} <= set(labels)


def test_cli_refusals_name_the_address_without_its_password(
    tmp_path: Path, pg: PgCluster, pg_address: str
) -> None:
    out = run("export", pg_address)
    assert out.returncode == 2
    assert "not a Claimgrid project" in out.stderr

    refused = f"postgresql://dewi:hunter2@/story?host={pg.socket}&port=1"
    out = run("export", refused)
    assert out.returncode == 2
    assert "postgresql://dewi@:1/story" in out.stderr and "cannot connect" in out.stderr
    assert "hunter2" not in out.stderr + out.stdout

    out = run("analyze", str(seeds_dir()), "--project", pg_address, "--replace")
    assert out.returncode == 1 and "--replace is for project files" in out.stderr


def test_a_libpq_service_name_opens_the_project(
    tmp_path: Path, pg: PgCluster, pg_address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.cli import _unusable_paths
    from gui.store.opening import open_project

    path = tmp_path / "story.claimgrid"
    assert run("analyze", str(seeds_dir()), "--project", str(path)).returncode == 0
    assert run("share", str(path), pg_address).returncode == 0
    dbname = pg_address.split("/")[3].split("?")[0]
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[newsdesk]\nhost={pg.socket}\nport={pg.port}\ndbname={dbname}\n"
        "user=claimgrid_admin\nsslmode=disable\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    project = open_project("service=newsdesk", writable=False)
    try:
        assert project.path == "service=newsdesk"
        assert project.analysis is not None and project.analysis.facts
    finally:
        project.close()
    out = run("export", "service=newsdesk")  # the child inherits PGSERVICEFILE
    assert out.returncode == 0, out.stderr
    # the window takes an address as it takes a file name
    assert _unusable_paths(["service=newsdesk"]) == ""
    assert _unusable_paths([pg_address]) == ""
