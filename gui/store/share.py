"""``claimgrid share FILE ADDRESS`` and File → Share on Server…: a project file copied into a
database, where several reviewers then work on it at once.

The database gets its tables from ``sql/setup.sql`` when it has none (the role sharing must
then be allowed to create them). A database that already holds a project is refused: sharing
never mixes two projects or writes over one. The copy is one transaction, so a failure
halfway leaves the database as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import psycopg

from gui.review.decisions import to_payload
from gui.store.errors import ProjectError
from gui.store.project import Project
from gui.store.server import LOCK_KEY, Server, one_line, setup_script
from gui.store.shared import default_reviewer
from gui.store.shared_result import result_rows, write_result


@dataclass(frozen=True, slots=True)
class Shared:
    address: str  # as shown, without a password
    sources: int
    decisions: int


def share(path: str | Path, address: str, *, reviewer: str = "") -> Shared:
    """Copy the project at ``path`` into the database at ``address``."""
    project = Project.open(path, writable=False)
    try:
        server = Server(address, patience=0)
        try:
            return _copy(project, server, reviewer or default_reviewer())
        finally:
            server.close()
    finally:
        project.close()


def _copy(project: Project, server: Server, reviewer: str) -> Shared:
    db = server.conn
    try:
        if db.execute("SELECT to_regclass('claimgrid.decisions')").fetchone() == (None,):
            db.execute(setup_script())  # no parameters: sent as one script
    except psycopg.Error as exc:
        raise ProjectError(
            server.shown,
            f"the database has no Claimgrid tables and they cannot be made here "
            f"({one_line(exc, server.address)}); an administrator runs setup.sql first",
        ) from exc
    done = {d.seq for d in project.review.decisions}
    prepared = result_rows(project.analysis) if project.analysis is not None else None
    every = sorted((*project.review.decisions, *project.review.undone), key=lambda d: d.seq)
    try:
        with db.transaction():
            db.execute("LOCK TABLE claimgrid.sources, claimgrid.analysis IN EXCLUSIVE MODE")
            db.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            used = db.execute(
                "SELECT (SELECT count(*) FROM claimgrid.sources)"
                " + (SELECT count(*) FROM claimgrid.decisions)"
                " + (SELECT count(*) FROM claimgrid.analysis)"
            ).fetchone()
            if used and used[0]:
                raise ProjectError(
                    server.shown,
                    "the database already holds a Claimgrid project; share into an empty one",
                )
            if prepared is not None:
                write_result(db, *prepared)
            ids: dict[int, int] = {}
            for d in every:
                payload = json.dumps(to_payload(d), ensure_ascii=False)
                row = db.execute(
                    "INSERT INTO claimgrid.decisions (client_key, reviewer, made, kind, payload) "
                    "VALUES (%s, %s, coalesce(%s::timestamptz, now()), %s, %s) RETURNING id",
                    (f"shared-{d.seq}", reviewer, d.made or None, str(d.kind), payload),
                ).fetchone()
                assert row is not None
                ids[d.seq] = int(row[0])
            for seq in sorted(set(ids) - done):
                db.execute(
                    "INSERT INTO claimgrid.decisions (client_key, reviewer, kind, target, active) "
                    "VALUES (%s, %s, 'undo', %s, false)",
                    (f"shared-undo-{seq}", reviewer, ids[seq]),
                )
    except psycopg.Error as exc:
        raise ProjectError(
            server.shown, f"cannot copy the project ({one_line(exc, server.address)})"
        ) from exc
    return Shared(server.shown, len(project.sources), len(every))
