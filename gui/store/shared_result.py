"""A shared project's corpus and analysis in the database: read, and replaced in one
transaction (``SharedProject.save_result``, ``share``)."""

from __future__ import annotations

from typing import Any

import psycopg

from gui.domain import Analysis
from gui.store.codec import encoded, source_row

SOURCE_FIELDS = "id, position, key, outlet, title, published, language, text, path, url"


def read_result(db: psycopg.Connection) -> tuple[list[tuple[Any, ...]], str | None]:
    """The sources' rows, in corpus order, and the analysis' text, read in one snapshot."""
    with db.transaction():
        sources = db.execute(
            f"SELECT {SOURCE_FIELDS} FROM claimgrid.sources ORDER BY position"
        ).fetchall()
        body = db.execute("SELECT body FROM claimgrid.analysis WHERE id = 1").fetchone()
    return sources, (str(body[0]) if body is not None else None)


def result_rows(analysis: Analysis) -> tuple[list[tuple[object, ...]], str]:
    """The sources' rows and the analysis' text, encoded before any transaction starts."""
    body, _digest = encoded(analysis)
    rows = [source_row(s, i) for i, s in enumerate(analysis.sources)]
    return rows, body


def write_result(db: psycopg.Connection, rows: list[tuple[object, ...]], body: str) -> int:
    """Replace the corpus and the analysis inside the caller's transaction; the revision."""
    db.execute("DELETE FROM claimgrid.sources")
    with db.cursor() as cur:
        cur.executemany(
            f"INSERT INTO claimgrid.sources ({SOURCE_FIELDS}) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            rows,
        )
    got = db.execute(
        "INSERT INTO claimgrid.analysis (id, body) VALUES (1, %s) "
        "ON CONFLICT (id) DO UPDATE SET body = excluded.body, made = now(), "
        "made_by = current_user, revision = claimgrid.analysis.revision + 1 "
        "RETURNING revision",
        (body,),
    ).fetchone()
    assert got is not None
    return int(got[0])
