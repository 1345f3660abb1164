"""The project file: one SQLite database holding sources, the last analysis and the decisions.

Every change is its own committed transaction with the rollback journal and full sync, so a
crash or ``kill -9`` right after an edit loses nothing, and the project stays one file (no
WAL side files to forget when mailing it). Opening checks the file read-only first: a file
that is not a project, a project from a newer schema or a damaged one is refused with the
reason, and nothing on disk changes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from gui import __version__
from gui.domain import Analysis, Source
from gui.review.decisions import Decision, from_payload, source_key, to_payload
from gui.review.review import Review
from gui.store.codec import analysis_from_json, encoded

SUFFIX = ".claimgrid"
APPLICATION_ID = 0x436C4752  # "ClGR": `file` and other tools can tell a project by it
SCHEMA = 1
_HEADER = b"SQLite format 3\x00"

_TABLES = """
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
    url TEXT NOT NULL DEFAULT ''
);
CREATE TABLE analysis (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    made TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE decisions (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    made TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
"""
_REQUIRED = {"meta", "sources", "analysis", "decisions"}


class ProjectError(Exception):
    """A project file that cannot be used, with the reason in a reviewer's words."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class Project:
    """An open project file. Reads are served from what was loaded; writes go straight to disk."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        sources: tuple[Source, ...],
        analysis: Analysis | None,
        review: Review,
    ) -> None:
        self.path = path
        self._db = connection
        self.sources = sources
        self.analysis = analysis
        self.review = review

    @property
    def name(self) -> str:
        return self.path.stem

    # ---- opening and creating -------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """A new, empty project at ``path``; an existing file there is replaced only once the
        new one is complete."""
        target = Path(path)
        with _staged(target) as tmp:
            db = sqlite3.connect(tmp)
            try:
                db.executescript(_TABLES)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA}")
                now = _now()
                db.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [("created", now), ("created_by", f"Claimgrid {__version__}")],
                )
                db.commit()
            finally:
                db.close()
        return cls.open(target)

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """The project at ``path``; :class:`ProjectError` says why when it cannot be used."""
        target = Path(path)
        _check_header(target)
        if Path(f"{target}-journal").exists():
            _recover(target)
        try:
            sources, analysis, review = _read(target)
        except sqlite3.DatabaseError as exc:
            raise ProjectError(target, f"the file is damaged ({exc})") from exc
        try:
            db = sqlite3.connect(target, isolation_level=None)
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            raise ProjectError(target, f"cannot open it for writing ({exc})") from exc
        return cls(target, db, sources, analysis, review)

    def save_as(self, path: str | Path) -> Project:
        """A copy of this project at ``path``, opened; this one stays open and unchanged."""
        target = Path(path)
        if target.resolve() == self.path.resolve():
            return self
        with _staged(target) as tmp:
            copy = sqlite3.connect(tmp)
            try:
                self._db.backup(copy)
            finally:
                copy.close()
        return Project.open(target)

    def close(self) -> None:
        self._db.close()

    # ---- writing --------------------------------------------------------------------

    def save_result(self, analysis: Analysis) -> None:
        """The corpus and its analysis, replacing the previous ones (decisions stay)."""
        body = encoded(analysis)
        rows = [
            (
                s.id,
                i,
                source_key(s.text),
                s.outlet,
                s.title,
                s.published.isoformat() if s.published else None,
                s.language,
                s.text,
                s.path,
                s.url,
            )
            for i, s in enumerate(analysis.sources)
        ]
        with self._transaction() as db:
            db.execute("DELETE FROM sources")
            db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            db.execute("INSERT OR REPLACE INTO analysis VALUES (1, ?, ?)", (_now(), body))
        self.sources = analysis.sources
        self.analysis = analysis

    def record(self, decision: Decision) -> None:
        """A decision the review has just recorded; what was undone is forgotten, as there."""
        payload = json.dumps(to_payload(decision), ensure_ascii=False)
        with self._transaction() as db:
            db.execute("DELETE FROM decisions WHERE active = 0")
            db.execute(
                "INSERT INTO decisions VALUES (?, ?, ?, ?, 1)",
                (decision.seq, str(decision.kind), payload, decision.made),
            )

    def record_all(self, review: Review) -> None:
        """Every decision of ``review``, done and undone, replacing the stored ones."""
        rows = [
            (d.seq, str(d.kind), json.dumps(to_payload(d), ensure_ascii=False), d.made, active)
            for ds, active in ((review.decisions, 1), (review.undone, 0))
            for d in ds
        ]
        with self._transaction() as db:
            db.execute("DELETE FROM decisions")
            db.executemany("INSERT INTO decisions VALUES (?, ?, ?, ?, ?)", rows)
        self.review = review

    def set_active(self, decision: Decision, active: bool) -> None:
        """Undo (``active`` False) or redo a recorded decision."""
        with self._transaction() as db:
            db.execute("UPDATE decisions SET active = ? WHERE seq = ?", (int(active), decision.seq))

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise ProjectError(self.path, f"cannot save the change ({exc})") from exc


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


@contextlib.contextmanager
def _staged(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` that replaces it once the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        tmp.unlink()
        yield tmp
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise ProjectError(target, f"cannot write the project ({exc})") from exc
    except OSError as exc:
        raise ProjectError(target, f"cannot write the project ({exc.strerror or exc})") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _recover(path: Path) -> None:
    """Roll back the transaction a crash interrupted, as SQLite does on a writable open."""
    try:
        db = sqlite3.connect(path)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise ProjectError(path, f"the file is damaged ({exc})") from exc


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_HEADER))
    except FileNotFoundError as exc:
        raise ProjectError(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise ProjectError(path, "a folder, not a project file") from exc
    except PermissionError as exc:
        raise ProjectError(path, "permission denied") from exc
    except OSError as exc:
        raise ProjectError(path, exc.strerror or str(exc)) from exc
    if not head:
        raise ProjectError(path, "an empty file, not a Claimgrid project")
    if head != _HEADER:
        raise ProjectError(path, "not a Claimgrid project")


def _read(path: Path) -> tuple[tuple[Source, ...], Analysis | None, Review]:
    """Everything in the project, read through a read-only connection that writes nothing."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    db = sqlite3.connect(uri, uri=True)
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ProjectError(path, "not a Claimgrid project (a database of another program)")
        if version > SCHEMA:
            raise ProjectError(
                path,
                f"made by a newer Claimgrid (project format {version}; "
                f"this version reads format {SCHEMA}); update Claimgrid to open it",
            )
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version < 1 or _REQUIRED - tables:
            raise ProjectError(path, "the file is damaged (its tables are missing)")
        check = db.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise ProjectError(path, f"the file is damaged ({check})")
        sources = tuple(_source(row) for row in db.execute(_SOURCES))
        analysis = None
        stored = db.execute("SELECT body FROM analysis WHERE id = 1").fetchone()
        if stored is not None:
            try:
                analysis = analysis_from_json(json.loads(stored[0]), sources)
            except ValueError as exc:
                raise ProjectError(path, str(exc)) from exc
            sources = analysis.sources  # with what only the analysis keeps (date origins)
        review = _review(path, db)
    finally:
        db.close()
    return sources, analysis, review


_SOURCES = (
    "SELECT id, outlet, title, published, language, text, path, url FROM sources ORDER BY position"
)


def _source(row: tuple[str, ...]) -> Source:
    sid, outlet, title, published, language, text, path, url = row
    return Source(
        id=sid,
        outlet=outlet,
        title=title,
        published=datetime.fromisoformat(published) if published else None,
        language=language,
        text=text,
        path=path,
        url=url or "",
    )


def _review(path: Path, db: sqlite3.Connection) -> Review:
    done: list[Decision] = []
    undone: list[Decision] = []
    for seq, payload, made, active in db.execute(
        "SELECT seq, payload, made, active FROM decisions ORDER BY seq"
    ):
        try:
            decision = from_payload(json.loads(payload), seq=seq, made=made)
        except ValueError as exc:
            raise ProjectError(path, f"the file is damaged (decision {seq}: {exc})") from exc
        (done if active else undone).append(decision)
    undone.reverse()  # the earliest undone decision is the next one to redo
    return Review(decisions=done, undone=undone)
