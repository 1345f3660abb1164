"""The project file: one SQLite database holding sources, the last analysis and the decisions.

Every change is its own committed transaction with the rollback journal and full sync, so a
crash or ``kill -9`` right after an edit loses nothing, and the project stays one file (no
WAL side files to forget when mailing it). Opening checks the file read-only first
(``reading``): a file that is not a project, a project from a newer format, a damaged one or
one whose rows no longer match their checksums is refused with the reason, and nothing on
disk changes.

A project has one writer (``lock``). Opened while another window or process holds it, it
opens read-only and says who holds it; every write then fails with that reason, and the
holder's work is never written over.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from gui import __version__
from gui.domain import Analysis
from gui.i18n import translate
from gui.review.decisions import Decision, to_payload
from gui.review.review import Review
from gui.scratch import scratch_file, write_reason
from gui.store.codec import encoded, source_row
from gui.store.errors import ProjectError
from gui.store.lock import ProjectLocked, WriterLock
from gui.store.reading import Contents, check_header, connect_read_only, damaged, read_project
from gui.store.schema import (
    APPLICATION_ID,
    DECISION_FIELDS,
    SCHEMA,
    TABLES,
    checksum,
    upgrade,
    with_checksum,
)

SUFFIX = ".claimgrid"

__all__ = ["APPLICATION_ID", "SCHEMA", "SUFFIX", "Project", "ProjectError"]


class Project:
    """An open project file. Reads are served from what was loaded; writes go straight to disk.

    ``read_only`` is "" for the project's writer, else why this one cannot write (another
    window holds it, the folder or file is read-only)."""

    def __init__(
        self,
        path: Path,
        contents: Contents,
        connection: sqlite3.Connection | None = None,
        lock: WriterLock | None = None,
        read_only: str = "",
    ) -> None:
        self.path = path
        self._db = connection
        self._lock = lock
        self.read_only = read_only
        self.sources = contents.sources
        self.analysis = contents.analysis
        self.review = contents.review

    @property
    def name(self) -> str:
        return self.path.stem

    # ---- opening and creating -------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Project:
        """A new, empty project at ``path``; an existing file there is replaced only once the
        new one is complete, and never while another window holds it."""
        target = Path(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectError(target, _cannot_write(write_reason(exc))) from exc
        lock = _writer_lock(target)
        try:
            with _staged(target) as tmp:
                db = sqlite3.connect(tmp)
                try:
                    db.executescript(TABLES)
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
            return cls._writer(target, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: str | Path, *, writable: bool | None = None) -> Project:
        """The project at ``path``; :class:`ProjectError` says why when it cannot be used.

        By default it opens for writing if it can, and read-only (``read_only`` says why)
        when another writer holds it or its file or folder is read-only; ``writable=True``
        refuses it then, with that reason, and ``writable=False`` only reads it."""
        target = Path(path)
        check_header(target)
        if writable is False:
            return cls(
                target, read_project(target), read_only=translate("Store", "opened to read only")
            )
        try:
            if not os.access(target, os.W_OK):
                raise ProjectError(target, translate("Store", "the file is read-only"))
            lock = _writer_lock(target)
        except ProjectError as exc:
            if writable:
                raise
            return cls(target, read_project(target), read_only=exc.reason)
        try:
            return cls._writer(target, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _writer(cls, target: Path, lock: WriterLock) -> Project:
        if Path(f"{target}-journal").exists():
            _recover(target)
        contents = read_project(target)
        try:
            db = sqlite3.connect(target, isolation_level=None)
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            reason = translate("Store", "cannot open it for writing ({error})").format(error=exc)
            raise ProjectError(target, reason) from exc
        project = cls(target, contents, db, lock)
        if contents.version < SCHEMA:
            with project._transaction() as tx:
                upgrade(tx, contents.version)
        return project

    def save_as(self, path: str | Path) -> Project:
        """A copy of this project at ``path``, opened; this one stays open and unchanged."""
        target = Path(path)
        if target.resolve() == self.path.resolve():
            return self
        lock = _writer_lock(target)
        try:
            with _staged(target) as tmp, contextlib.closing(sqlite3.connect(tmp)) as copy:
                if self._db is not None:
                    self._db.backup(copy)
                else:
                    with contextlib.closing(connect_read_only(self.path)) as source:
                        source.backup(copy)
            return Project._writer(target, lock)
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # ---- writing --------------------------------------------------------------------

    def save_result(self, analysis: Analysis) -> None:
        """The corpus and its analysis, replacing the previous ones (decisions stay)."""
        body, digest = encoded(analysis)
        rows = [with_checksum("sources", source_row(s, i)) for i, s in enumerate(analysis.sources)]
        made = _now()
        with self._transaction() as db:
            db.execute("DELETE FROM sources")
            db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            db.execute(
                "INSERT OR REPLACE INTO analysis VALUES (1, ?, ?, ?)",
                (made, body, checksum((made, digest))),
            )
        self.sources = analysis.sources
        self.analysis = analysis

    def record(self, decision: Decision) -> None:
        """A decision the review has just recorded; what was undone is forgotten, as there."""
        with self._transaction() as db:
            db.execute("DELETE FROM decisions WHERE active = 0")
            db.execute(
                "INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?)", _decision_row(decision, 1)
            )

    def record_all(self, review: Review) -> None:
        """Every decision of ``review``, done and undone, replacing the stored ones."""
        rows = [
            _decision_row(d, active)
            for ds, active in ((review.decisions, 1), (review.undone, 0))
            for d in ds
        ]
        with self._transaction() as db:
            db.execute("DELETE FROM decisions")
            db.executemany("INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.review = review

    def set_active(self, decision: Decision, active: bool) -> None:
        """Undo (``active`` False) or redo a recorded decision."""
        with self._transaction() as db:
            row = db.execute(
                f"SELECT {DECISION_FIELDS} FROM decisions WHERE seq = ?", (decision.seq,)
            ).fetchone()
            if row is None:
                missing = translate("Store", "decision {number} is not in the file")
                raise ProjectError(self.path, missing.format(number=decision.seq))
            # the stored fields, not the decision re-encoded: the checksum covers those
            values = (*row[:4], int(active))
            db.execute(
                "UPDATE decisions SET active = ?, checksum = ? WHERE seq = ?",
                (int(active), checksum(values), decision.seq),
            )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self._db is None:
            why = self.read_only or translate("Store", "closed")
            reason = translate("Store", "opened read-only: {reason}").format(reason=why)
            raise ProjectError(self.path, reason)
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except (sqlite3.Error, UnicodeError) as exc:
            reason = translate("Store", "cannot save the change ({error})").format(error=exc)
            raise ProjectError(self.path, reason) from exc


def _decision_row(decision: Decision, active: int) -> tuple[object, ...]:
    payload = json.dumps(to_payload(decision), ensure_ascii=False)
    values = (decision.seq, str(decision.kind), payload, decision.made, active)
    return with_checksum("decisions", values)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _writer_lock(target: Path) -> WriterLock:
    """The lock that makes this process the project's one writer, or why it cannot be."""
    try:
        return WriterLock.take(target)
    except ProjectLocked as exc:
        reason = translate("Store", "open in {program}").format(program=exc.holder.describe())
        raise ProjectError(target, reason) from exc
    except OSError as exc:
        raise ProjectError(target, write_reason(exc)) from exc


@contextlib.contextmanager
def _staged(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` that replaces it once the block succeeds."""
    try:
        with scratch_file(target, ".tmp") as tmp:
            yield tmp  # empty: SQLite takes an empty file for an empty database
            os.chmod(tmp, 0o644)  # mkstemp makes it private; a project is handed around
            os.replace(tmp, target)
    except sqlite3.Error as exc:
        reason = translate("Store", "cannot write the project ({error})").format(error=exc)
        raise ProjectError(target, reason) from exc
    except OSError as exc:
        raise ProjectError(target, _cannot_write(write_reason(exc))) from exc


def _cannot_write(why: str) -> str:
    return translate("Store", "cannot write the project: {reason}").format(reason=why)


def _recover(path: Path) -> None:
    """Roll back the transaction a crash interrupted, as SQLite does on a writable open."""
    try:
        db = sqlite3.connect(path)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise ProjectError(path, damaged(exc)) from exc
