"""A project on a PostgreSQL server, reviewed by several people at once.

The same reads and writes as the project file (``gui.store.project``), over a database that
``sql/setup.sql`` prepared. Decisions are never changed or deleted: a decision is a row, and
undoing or redoing one is another row that names it. Rows are numbered in the order they were
committed, so a window keeps up with the others by asking for the rows after the last it saw
(:meth:`SharedProject.pull`, prompted by the server's ``NOTIFY``; see ``gui.qt.live``).

Each row says who made it: the database role (which the server checks, so nobody can undo
another's decision) and the reviewer's name as set in Settings.
"""

from __future__ import annotations

import getpass
import json
import os
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from gui.domain import Analysis, Source
from gui.review.decisions import Decision, from_payload, to_payload
from gui.review.review import Review
from gui.store.codec import analysis_from_json, source_from_row
from gui.store.errors import ProjectError
from gui.store.journal import Entry, Journal
from gui.store.server import LOCK_KEY, Server, ServerGone
from gui.store.shared_result import read_result, result_rows, write_result

_ROWS = "id, role, reviewer, made, kind, payload, target, active"


def default_reviewer() -> str:
    """The reviewer's name when none was set: ``CLAIMGRID_REVIEWER``, else the user's login."""
    if os.environ.get("CLAIMGRID_REVIEWER", "").strip():
        return os.environ["CLAIMGRID_REVIEWER"].strip()
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return ""


@dataclass(frozen=True, slots=True)
class Row:
    id: int
    role: str
    reviewer: str
    made: str
    decision: Decision | None  # None for an undo or a redo
    target: int | None
    active: bool | None


class SharedProject:
    """An open shared project; ``path`` is its address as shown (without a password)."""

    shared = True

    def __init__(
        self,
        address: str,
        *,
        reviewer: str = "",
        patience: float = 30.0,
        journal_dir: Path | None = None,
        read_only: str = "",
    ) -> None:
        self.server = Server(address, patience=patience)
        self.address = address
        self.path = self.server.shown
        self.reviewer = reviewer or default_reviewer()
        self.read_only = read_only  # why this one cannot write; "" when it can
        self.sources: tuple[Source, ...] = ()
        self.analysis: Analysis | None = None
        self.review = Review()
        self._revision = -1
        self._last = 0  # the highest row number applied
        self._decisions: dict[int, Decision] = {}
        self._active: dict[int, bool] = {}
        self._mine_undone: list[int] = []  # this reviewer's redo stack, the next redo last
        self._sent: dict[str, int] = {}  # client key -> row number, for rows sent here
        # client key -> why the server refused a journal's row (a crashed session's, too)
        self.refused: dict[str, ProjectError] = {}
        self.role = ""
        self.journal: Journal | None = None
        try:
            self._check()
            if not self.read_only:
                self.journal = Journal(self.path, self.role, self.reviewer, journal_dir)
            self.pull()  # sends first what an earlier session could not
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(
        cls,
        address: str,
        *,
        reviewer: str = "",
        writable: bool | None = None,
        patience: float = 30.0,
        journal_dir: Path | None = None,
    ) -> SharedProject:
        project = cls(
            address,
            reviewer=reviewer,
            patience=patience,
            journal_dir=journal_dir,
            # a reader sends nothing, not even what a journal on this computer holds
            read_only="opened to read only" if writable is False else "",
        )
        if writable and project.read_only:
            reason = project.read_only
            project.close()
            raise ProjectError(project.path, reason)
        return project

    @property
    def name(self) -> str:
        return self.server.conn.info.dbname if not self.server.conn.closed else self.path

    def _check(self) -> None:
        def check(db: psycopg.Connection) -> tuple[Any, ...] | None:
            return db.execute(
                "SELECT to_regclass('claimgrid.decisions') IS NOT NULL, current_user, "
                "has_table_privilege('claimgrid.decisions', 'INSERT') "
                "FROM (SELECT 1) AS one WHERE to_regclass('claimgrid.meta') IS NOT NULL"
            ).fetchone()

        row = self.server.run(check)
        if row is None or not row[0]:
            raise ProjectError(
                self.path,
                "not a Claimgrid project (the database has no Claimgrid tables; claimgrid share "
                "copies a project there)",
            )
        self.role = str(row[1])
        if not row[2] and not self.read_only:
            self.read_only = f"the database role {self.role} may only read this project"

    # ---- keeping up with the others --------------------------------------------------

    def pull(self) -> bool:
        """Send what the journal holds, then read what was committed since the last call;
        whether anything changed. :class:`ServerGone` when the server cannot be reached."""
        self.flush()

        def fetch(db: psycopg.Connection) -> tuple[Any, list[tuple[Any, ...]]]:
            with db.transaction():
                revision = db.execute(
                    "SELECT revision FROM claimgrid.analysis WHERE id = 1"
                ).fetchone()
                rows = db.execute(
                    f"SELECT {_ROWS} FROM claimgrid.decisions WHERE id > %s ORDER BY id",
                    (self._last,),
                ).fetchall()
            return revision, rows

        revision_row, rows = self.server.run(fetch)
        revision = revision_row[0] if revision_row else 0
        changed = False
        if revision != self._revision:
            self._load_result()
            self._revision = revision
            changed = True
        if rows:
            for raw in rows:
                self._apply(self._row(raw))
            self._last = int(rows[-1][0])
            self._rebuild()
            changed = True
        return changed

    def _load_result(self) -> None:
        rows, body = self.server.run(read_result)
        sources = tuple(source_from_row(row) for row in rows)
        analysis = None
        if body is not None:
            try:
                analysis = analysis_from_json(json.loads(body), sources)
            except (ValueError, TypeError, KeyError) as exc:
                raise ProjectError(self.path, f"the stored analysis is damaged ({exc})") from exc
            sources = analysis.sources
        self.sources, self.analysis = sources, analysis

    def _row(self, raw: tuple[Any, ...]) -> Row:
        rid, role, reviewer, made, _kind, payload, target, active = raw
        when = made.astimezone().isoformat(timespec="seconds")
        decision = None
        if payload is not None:
            try:
                decision = from_payload(json.loads(payload), seq=int(rid), made=when)
            except ValueError as exc:
                raise ProjectError(self.path, f"decision {rid} is damaged ({exc})") from exc
            decision = replace(decision, extra={"reviewer": str(reviewer), "role": str(role)})
        return Row(int(rid), str(role), str(reviewer), when, decision, target, active)

    def _mine(self, role: str, reviewer: str) -> bool:
        return role == self.role and reviewer == self.reviewer

    def _apply(self, row: Row) -> None:
        if row.decision is not None:
            self._decisions[row.id] = row.decision
            self._active[row.id] = True
            if self._mine(row.role, row.reviewer):
                self._mine_undone.clear()  # as in one window: a new decision ends the redo
            return
        assert row.target is not None
        self._active[row.target] = bool(row.active)
        if row.target in self._mine_undone:
            self._mine_undone.remove(row.target)
        owner = self._decisions.get(row.target)
        if not row.active and owner is not None and self._owned(owner):
            self._mine_undone.append(row.target)

    def _owned(self, decision: Decision) -> bool:
        return self._mine(decision.extra.get("role", ""), decision.extra.get("reviewer", ""))

    def _rebuild(self) -> None:
        # In place: the session and the window hold this very Review.
        self.review.decisions[:] = [d for i, d in self._decisions.items() if self._active[i]]
        self.review.decisions.extend(self._pending().values())
        self.review.undone[:] = [self._decisions[i] for i in self._mine_undone]
        self.review.last_seq = self._last + self.pending

    # ---- deciding --------------------------------------------------------------------

    def decide(self, decision: Decision) -> Decision:
        """Record ``decision``. It is on the server once this returns, or, when the server
        cannot be reached, in the journal on this computer, to be sent when it is back."""
        payload = json.dumps(to_payload(decision), ensure_ascii=False)
        key = self._journal("decide", payload, None, None)
        try:
            self.pull()
        except ServerGone:
            self._rebuild()
            return self._pending()[key]
        return self._decisions[self._sent_or_refused(key)]

    def last_own(self) -> Decision | None:
        """This reviewer's latest decision in force on the server: what Undo would undo."""
        for d in reversed(self.review.decisions):
            if self._owned(d) and not d.extra.get("pending"):
                return d
        return None

    def undo(self) -> Decision | None:
        """Undo this reviewer's latest decision in force; others' are not theirs to undo."""
        self._online_for("undo")
        target = self.last_own()
        if target is None:
            return None
        key = self._journal("undo", None, target.seq, False)
        self.pull()
        self._sent_or_refused(key)
        return target

    def redo(self) -> Decision | None:
        self._online_for("redo")
        if not self._mine_undone:
            return None
        target = self._decisions[self._mine_undone[-1]]
        key = self._journal("redo", None, target.seq, True)
        self.pull()
        self._sent_or_refused(key)
        return target

    @property
    def pending(self) -> int:
        """Decisions kept on this computer that the server does not have yet."""
        return len(self.journal.entries) if self.journal is not None else 0

    def _online_for(self, what: str) -> None:
        try:
            self.pull()
        except ServerGone as exc:
            raise ServerGone(self.path, f"{exc.reason}; {what} waits until it is back") from exc

    def _journal(
        self, kind: str, payload: str | None, target: int | None, active: bool | None
    ) -> str:
        if self.read_only or self.journal is None:
            raise ProjectError(self.path, f"opened read-only: {self.read_only}")
        made = datetime.now().astimezone().isoformat(timespec="seconds")
        entry = Entry(uuid.uuid4().hex, kind, payload, target, active, made)
        self.journal.add(entry)
        return entry.key

    def flush(self) -> None:
        """Send the journal's rows in the order made; each leaves it once the server has it."""
        if self.journal is None:
            return
        for entry in list(self.journal.entries):
            try:
                self._sent[entry.key] = self._insert(entry)
            except ServerGone:
                raise
            except ProjectError as exc:
                # refused (not allowed): it never will be; whoever made it is told
                self.refused[entry.key] = exc
            self.journal.remove(entry.key)

    def _sent_or_refused(self, key: str) -> int:
        if key in self.refused:
            raise self.refused.pop(key)
        return self._sent[key]

    def _pending(self) -> dict[str, Decision]:
        """The journal's decisions, numbered after everything the server has, in order."""
        out: dict[str, Decision] = {}
        if self.journal is None:
            return out
        for n, e in enumerate(self.journal.entries, start=1):
            if e.payload is None:
                continue
            decision = from_payload(json.loads(e.payload), seq=self._last + n, made=e.made)
            extra = {"reviewer": self.reviewer, "role": self.role, "pending": True}
            out[e.key] = replace(decision, extra=extra)
        return out

    def _insert(self, entry: Entry) -> int:
        """The row's number; sent again on a new connection if the first one broke, and
        found, not added twice, if the server had committed it before the break."""

        def insert(db: psycopg.Connection) -> int:
            with db.transaction():
                db.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                row = db.execute(
                    "INSERT INTO claimgrid.decisions "
                    "(client_key, reviewer, made, kind, payload, target, active) "
                    "VALUES (%s, %s, %s::timestamptz, %s, %s, %s, %s) "
                    "ON CONFLICT (client_key) DO NOTHING RETURNING id",
                    (
                        entry.key,
                        self.reviewer,
                        entry.made,
                        entry.kind,
                        entry.payload,
                        entry.target,
                        entry.active,
                    ),
                ).fetchone()
                if row is None:
                    row = db.execute(
                        "SELECT id FROM claimgrid.decisions WHERE client_key = %s", (entry.key,)
                    ).fetchone()
            assert row is not None
            return int(row[0])

        return self.server.run(insert)

    def save_result(self, analysis: Analysis) -> None:
        """The corpus and its analysis, replacing the previous ones for everyone."""
        if self.read_only:
            raise ProjectError(self.path, f"opened read-only: {self.read_only}")
        prepared = result_rows(analysis)

        def write(db: psycopg.Connection) -> int:
            with db.transaction():
                return write_result(db, *prepared)

        try:
            self._revision = self.server.run(write)
        except ProjectError as exc:
            raise type(exc)(self.path, f"cannot save the analysis: {exc.reason}") from exc
        self.sources, self.analysis = analysis.sources, analysis

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()  # what it still holds is sent by the next session
        self.server.close()
