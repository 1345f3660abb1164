"""Reading a project file, read-only: refused with the reason when it cannot be trusted.

Everything is read through a read-only connection that writes nothing, so a file that is
not a project, comes from a newer Claimgrid, is damaged, or holds a row that no longer
matches its checksum is refused and left exactly as it was.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from gui.domain import Analysis, Source
from gui.i18n import translate
from gui.review.decisions import Decision, from_payload
from gui.review.review import Review
from gui.store.codec import analysis_from_json, source_from_row
from gui.store.errors import ProjectError
from gui.store.schema import (
    ANALYSIS_FIELDS,
    APPLICATION_ID,
    DECISION_FIELDS,
    REQUIRED,
    SCHEMA,
    SOURCE_FIELDS,
    intact,
)

_HEADER = b"SQLite format 3\x00"
_LISTED = 5  # altered rows named in a refusal; the rest are counted
# What a stored row that does not parse raises on its way to a record.
_UNPARSABLE = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)


@dataclass(frozen=True, slots=True)
class Contents:
    sources: tuple[Source, ...]
    analysis: Analysis | None
    review: Review
    version: int  # the file's format; older than SCHEMA until opened for writing


def check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_HEADER))
    except FileNotFoundError as exc:
        raise ProjectError(path, translate("Store", "no such file")) from exc
    except IsADirectoryError as exc:
        raise ProjectError(path, translate("Store", "a folder, not a project file")) from exc
    except PermissionError as exc:
        raise ProjectError(path, translate("Store", "permission denied")) from exc
    except OSError as exc:
        raise ProjectError(path, exc.strerror or str(exc)) from exc
    if not head:
        raise ProjectError(path, translate("Store", "an empty file, not a Claimgrid project"))
    if head != _HEADER:
        raise ProjectError(path, translate("Store", "not a Claimgrid project"))


def read_project(path: Path) -> Contents:
    """Everything in the project at ``path``; :class:`ProjectError` says why it cannot be
    used."""
    try:
        db = connect_read_only(path)
    except sqlite3.Error as exc:
        raise ProjectError(path, damaged(exc)) from exc
    try:
        return _contents(path, db)
    except sqlite3.DatabaseError as exc:
        raise ProjectError(path, damaged(exc)) from exc
    finally:
        db.close()


def damaged(detail: object) -> str:
    """Why a project cannot be read: damaged, with ``detail`` (often SQLite's own words)."""
    return translate("Store", "the file is damaged ({detail})").format(detail=detail)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write, so cannot change the file, even by recovering it."""
    name = quote(str(path.resolve()), errors="surrogateescape")  # a name that is not UTF-8
    return sqlite3.connect(f"file:{name}?mode=ro", uri=True)


def _contents(path: Path, db: sqlite3.Connection) -> Contents:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        other = translate("Store", "not a Claimgrid project (a database of another program)")
        raise ProjectError(path, other)
    if version > SCHEMA:
        newer = translate(
            "Store",
            "made by a newer Claimgrid (project format {version}; this version reads "
            "format {schema}); update Claimgrid to open it",
        )
        raise ProjectError(path, newer.format(version=version, schema=SCHEMA))
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if version < 1 or REQUIRED - tables:
        raise ProjectError(path, damaged(translate("Store", "its tables are missing")))
    check = db.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise ProjectError(path, damaged(check))
    verified = version >= 2  # format 1 kept no checksums
    altered: list[str] = []
    sources = _sources(path, db, verified, altered)
    body = _analysis_body(db, verified, altered)
    review = _review(path, db, verified, altered)
    if altered:
        named = ", ".join(altered[:_LISTED])
        if len(altered) > _LISTED:
            more = translate("Store", "{parts} and {count} more")
            named = more.format(parts=named, count=len(altered) - _LISTED)
        changed = translate(
            "Store",
            "the file is damaged: {parts} no longer match the checksums stored with them "
            "(changed outside Claimgrid, or damaged on disk)",
        )
        raise ProjectError(path, changed.format(parts=named))
    analysis = None
    if body is not None:
        try:
            analysis = analysis_from_json(json.loads(body), sources)
        except _UNPARSABLE as exc:
            raise ProjectError(
                path, damaged(translate("Store", "the analysis: {error}").format(error=exc))
            ) from exc
        sources = analysis.sources  # with what only the analysis keeps (date origins)
    return Contents(sources, analysis, review, version)


def _sources(
    path: Path, db: sqlite3.Connection, verified: bool, altered: list[str]
) -> tuple[Source, ...]:
    extra = ", checksum" if verified else ""
    out = []
    for row in db.execute(f"SELECT {SOURCE_FIELDS}{extra} FROM sources ORDER BY position"):
        values = row[:10]
        if verified and not intact("sources", values, row[10]):
            altered.append(
                translate("Store", "the article {id} ({outlet})").format(
                    id=values[0], outlet=values[3]
                )
            )
            continue
        try:
            out.append(source_from_row(values))
        except _UNPARSABLE as exc:
            article = translate("Store", "article {id}: {error}").format(id=values[0], error=exc)
            raise ProjectError(path, damaged(article)) from exc
    return tuple(out)


def _analysis_body(db: sqlite3.Connection, verified: bool, altered: list[str]) -> str | None:
    extra = ", checksum" if verified else ""
    row = db.execute(f"SELECT {ANALYSIS_FIELDS}{extra} FROM analysis WHERE id = 1").fetchone()
    if row is None:
        return None
    if verified and not intact("analysis", row[:2], row[2]):
        altered.append(translate("Store", "the stored analysis"))
    return str(row[1])


def _review(path: Path, db: sqlite3.Connection, verified: bool, altered: list[str]) -> Review:
    extra = ", checksum" if verified else ""
    done: list[Decision] = []
    undone: list[Decision] = []
    for row in db.execute(f"SELECT {DECISION_FIELDS}{extra} FROM decisions ORDER BY seq"):
        seq, _kind, payload, made, active = row[:5]
        if verified and not intact("decisions", row[:5], row[5]):
            altered.append(translate("Store", "decision {number}").format(number=seq))
            continue
        try:
            decision = from_payload(json.loads(payload), seq=int(seq), made=str(made))
        except _UNPARSABLE as exc:
            part = translate("Store", "decision {number}: {error}").format(number=seq, error=exc)
            raise ProjectError(path, damaged(part)) from exc
        (done if active else undone).append(decision)
    undone.reverse()  # the earliest undone decision is the next one to redo
    return Review(decisions=done, undone=undone)
