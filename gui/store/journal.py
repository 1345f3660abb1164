"""Decisions made while a shared project's server could not be reached, kept on this computer
until it can.

Each open shared project writes its own journal in the data folder
(``journal/<project, role and reviewer>-<random>.jsonl``), locked (``gui.filelock``) for as
long as it is open: one JSON line a row, written and flushed to disk before the decision takes
effect on screen, and a ``{"sent": key}`` line once the server has it. Opening the project
again adopts the journals of the same project, role and reviewer whose writer is gone (a
crash, ``kill -9``): their unsent rows are sent first. A journal whose writer is alive (the
same reviewer in a second window) is left to it. Every row carries the key the server knows it
by (``client_key``), so a row sent just before a crash, and sent again after, is found there
and not added twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from gui.filelock import try_lock
from gui.paths import data_dir


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # the row's client_key on the server
    kind: str
    payload: str | None
    target: int | None
    active: bool | None
    made: str  # when the reviewer made it, ISO


def journal_prefix(address: str, role: str, reviewer: str) -> str:
    """The name every journal of ``reviewer`` on the project at ``address`` starts with."""
    return hashlib.sha256(f"{address}\0{role}\0{reviewer}".encode()).hexdigest()[:24]


class Journal:
    """This session's journal; ``entries`` are the rows the server does not have yet."""

    def __init__(self, address: str, role: str, reviewer: str, folder: Path | None = None):
        self.folder = folder or data_dir() / "journal"
        self.folder.mkdir(parents=True, exist_ok=True)
        prefix = journal_prefix(address, role, reviewer)
        self.path = self.folder / f"{prefix}-{uuid.uuid4().hex[:12]}.jsonl"
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        if not try_lock(self._fd):  # a fresh random name: nobody else can hold it
            os.close(self._fd)
            raise OSError(f"cannot lock {self.path}")
        self.entries: list[Entry] = []
        for other in sorted(self.folder.glob(f"{prefix}-*.jsonl")):
            if other != self.path:
                self._adopt(other)

    def _adopt(self, path: Path) -> None:
        """Take over the unsent rows of a journal whose writer is gone."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return
        try:
            if not try_lock(fd):
                return  # its writer is alive: its rows are its own to send
            for entry in _unsent(path):
                self.add(entry)
            with contextlib.suppress(OSError):
                os.unlink(path)
        finally:
            os.close(fd)

    def add(self, entry: Entry) -> None:
        """Keep ``entry`` on disk before anything else happens."""
        self._append(asdict(entry))
        self.entries.append(entry)

    def remove(self, key: str) -> None:
        """The server has the row ``key``: it leaves the journal."""
        self.entries = [e for e in self.entries if e.key != key]
        if self.entries:
            self._append({"sent": key})
        else:
            os.ftruncate(self._fd, 0)  # nothing left to send: nothing to lose
            os.fsync(self._fd)

    def _append(self, line: dict[str, object]) -> None:
        data = json.dumps(line, ensure_ascii=False) + "\n"
        os.write(self._fd, data.encode("utf-8"))
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd < 0:
            return
        if not self.entries:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        os.close(self._fd)  # releases the lock: the next session adopts what is left
        self._fd = -1


def _unsent(path: Path) -> list[Entry]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    entries: dict[str, Entry] = {}
    for line in lines:
        # a line cut short by a crash was never acknowledged: it is not a decision
        with contextlib.suppress(ValueError, TypeError, KeyError):
            data = json.loads(line)
            if "sent" in data:
                entries.pop(str(data["sent"]), None)
            else:
                entry = Entry(**data)
                entries[entry.key] = entry
    return list(entries.values())
