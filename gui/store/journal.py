"""Decisions made while a shared project's server could not be reached, kept on this computer
until it can.

One file per project address and reviewer in the data folder (``journal/``), one JSON line a
row, each written and flushed to disk before the decision takes effect on screen. A row
leaves the file only once the server has it. Every row carries the key the server knows it
by (``client_key``), so a row sent just before a crash, and sent again after, is found there
and not added twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from gui.paths import data_dir


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # the row's client_key on the server
    kind: str
    payload: str | None
    target: int | None
    active: bool | None
    made: str  # when the reviewer made it, ISO


def journal_path(address: str, role: str, reviewer: str, folder: Path | None = None) -> Path:
    """Where the journal of ``reviewer`` on the project at ``address`` (shown form) lives."""
    digest = hashlib.sha256(f"{address}\0{role}\0{reviewer}".encode()).hexdigest()[:24]
    return (folder or data_dir() / "journal") / f"{digest}.jsonl"


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: list[Entry] = self._read()

    def _read(self) -> list[Entry]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        out = []
        for line in lines:
            # a line cut short by a crash was never acknowledged: it is not a decision
            with contextlib.suppress(ValueError, TypeError, KeyError):
                out.append(Entry(**json.loads(line)))
        return out

    def add(self, entry: Entry) -> None:
        """Keep ``entry`` on disk before anything else happens."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, data.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        self.entries.append(entry)

    def remove(self, key: str) -> None:
        """The server has the row ``key``: it leaves the journal."""
        self.entries = [e for e in self.entries if e.key != key]
        if not self.entries:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
            return
        tmp = self.path.with_suffix(".tmp")
        data = "".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in self.entries)
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
