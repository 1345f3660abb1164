"""The project file's tables, its format number, and the checksums kept beside every row.

SQLite checks its own pages but not what they hold: a bit flipped inside an article's text
or a note reads back silently altered. So each stored source, decision and analysis keeps a
SHA-256 of its fields, written with it and compared on every open (``gui.store.reading``).
Format 1 had no checksums; opening such a project for writing adds them (:func:`upgrade`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence

from gui.review.decisions import source_key

APPLICATION_ID = 0x436C4752  # "ClGR": `file` and other tools can tell a project by it
SCHEMA = 2  # 2: a checksum column in sources, analysis and decisions
REQUIRED = frozenset({"meta", "sources", "analysis", "decisions"})

TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    path TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    checksum TEXT NOT NULL DEFAULT ''
);
CREATE TABLE analysis (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    made TEXT NOT NULL,
    body TEXT NOT NULL,
    checksum TEXT NOT NULL DEFAULT ''
);
CREATE TABLE decisions (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    made TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    checksum TEXT NOT NULL DEFAULT ''
);
"""

# The columns each checksum covers, in order; the checksum column itself is never among them.
SOURCE_FIELDS = "id, position, key, outlet, title, published, language, text, path, url"
_KEY, _TEXT = 2, 7  # where a source's key (the hash of its text) and its text stand
ANALYSIS_FIELDS = "made, body"
DECISION_FIELDS = "seq, kind, payload, made, active"


def checksum(values: Sequence[object]) -> str:
    """The SHA-256 of a row's fields (their JSON array) as hex."""
    data = json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def body_digest(body: str) -> str:
    """The SHA-256 of a stored analysis's text: its checksum covers this, not the text
    itself, so that a large result is hashed once, off the window's thread (``codec``)."""
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def with_checksum(table: str, values: Sequence[object]) -> tuple[object, ...]:
    """``values`` (``*_FIELDS`` order) with their checksum appended, ready for an INSERT."""
    return (*values, row_checksum(table, values))


def row_checksum(table: str, values: Sequence[object]) -> str:
    """The checksum of a stored row's fields (``*_FIELDS`` order) in ``table``.

    A source's text is left out: its ``key`` is the hash of the text, which the checksum
    covers and :func:`intact` checks, so a long text is hashed once, not also escaped."""
    if table == "analysis":
        made, body = values
        return checksum((made, body_digest(str(body))))
    if table == "sources":
        return checksum((*values[:_TEXT], *values[_TEXT + 1 :]))
    return checksum(values)


def intact(table: str, values: Sequence[object], stored: object) -> bool:
    """Whether a stored row still matches the checksum ``stored`` with it."""
    if row_checksum(table, values) != stored:
        return False
    return table != "sources" or source_key(str(values[_TEXT])) == values[_KEY]


def upgrade(db: sqlite3.Connection, version: int) -> None:
    """Bring a format-1 project to :data:`SCHEMA` inside the caller's transaction."""
    if version >= SCHEMA:
        return
    for table, fields, key in (
        ("sources", SOURCE_FIELDS, "id"),
        ("analysis", ANALYSIS_FIELDS, "id"),
        ("decisions", DECISION_FIELDS, "seq"),
    ):
        db.execute(f"ALTER TABLE {table} ADD COLUMN checksum TEXT NOT NULL DEFAULT ''")
        rows = db.execute(f"SELECT {key}, {fields} FROM {table}").fetchall()
        sums = [row_checksum(table, row[1:]) for row in rows]
        db.executemany(
            f"UPDATE {table} SET checksum = ? WHERE {key} = ?",
            [(total, row[0]) for total, row in zip(sums, rows, strict=True)],
        )
    db.execute(f"PRAGMA user_version = {SCHEMA}")
