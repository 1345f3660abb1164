"""One writer per project: a lock beside the project file that says who holds it.

The lock is ``.NAME.claimgrid.lock`` in the project's folder, locked with
:func:`gui.filelock.try_lock` for as long as the project is open for writing, and holding
who opened it (user, computer, process, since when) for whoever is refused. The operating
system drops the lock with the process, so a crash or ``kill -9`` never leaves a project
locked; the file itself is removed on close and rewritten by the next writer otherwise.

This is the single-file project's policy. A project kept on a database server with several
writers would put its own :class:`Holder` check behind the same ``take``/``release`` pair.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import weakref
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from gui import __version__
from gui.filelock import try_lock
from gui.i18n import translate

_MAX_INFO = 4096  # bytes of holder information read back


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a project open for writing."""

    user: str = ""
    host: str = ""
    pid: int = 0
    since: str = ""  # ISO time, to the second
    program: str = ""

    def describe(self) -> str:
        """ "Claimgrid 0.9 (process 4242 of dewi on laptop-redaksi, since 2025-03-04 10:42)"."""
        who = " ".join(
            part
            for part in (
                translate("Store", "process {pid}").format(pid=self.pid) if self.pid else "",
                translate("Store", "of {user}").format(user=self.user) if self.user else "",
                translate("Store", "on {host}").format(host=self.host) if self.host else "",
            )
            if part
        )
        since = self.since.replace("T", " ")[:16]
        when = translate("Store", "since {time}").format(time=since) if self.since else ""
        details = ", ".join(p for p in (who, when) if p)
        name = self.program or translate("Store", "another Claimgrid")
        return f"{name} ({details})" if details else name


class ProjectLocked(Exception):
    """The project is open for writing elsewhere; ``holder`` says by whom."""

    def __init__(self, holder: Holder) -> None:
        super().__init__(holder.describe())
        self.holder = holder


def lock_path(project: Path) -> Path:
    return project.parent / f".{project.name}.lock"


class WriterLock:
    """The lock of one open project; :meth:`release` (or losing the object) lets it go."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd = fd
        # A project dropped without close() must not keep its lock until the process ends.
        self._closer = weakref.finalize(self, _close_quietly, fd)

    @classmethod
    def take(cls, project: Path) -> WriterLock:
        """The lock of ``project``; :class:`ProjectLocked` when another writer holds it,
        :class:`OSError` when its folder cannot take the lock file (read-only)."""
        path = lock_path(project)
        for _attempt in range(5):
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
            try:
                taken = try_lock(fd)
            except OSError:
                os.close(fd)
                raise
            if not taken:
                holder = _read_holder(fd)
                os.close(fd)
                raise ProjectLocked(holder)
            if _still_there(path, fd):
                _write_holder(fd)
                return cls(path, fd)
            os.close(fd)  # a writer that was closing removed the file under us: again
        # shown through write_reason, which falls back on the message
        raise OSError(translate("Store", "cannot lock {path}").format(path=path))

    def release(self) -> None:
        if not self._closer.alive:
            return
        if sys.platform != "win32":
            # Removed while still locked, so that whoever opened it meanwhile notices.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        self._closer()


def _still_there(path: Path, fd: int) -> bool:
    if sys.platform == "win32":
        return True
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except OSError:
        return False


def _write_holder(fd: int) -> None:
    holder = Holder(
        user=_user(),
        host=socket.gethostname(),
        pid=os.getpid(),
        since=datetime.now().astimezone().isoformat(timespec="seconds"),
        program=f"Claimgrid {__version__}",
    )
    data = json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8", "replace")
    with contextlib.suppress(OSError):  # who holds it is a courtesy; the lock is what counts
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)


def _read_holder(fd: int) -> Holder:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, _MAX_INFO).decode("utf-8", "replace"))
        return Holder(
            user=str(data.get("user", "")),
            host=str(data.get("host", "")),
            pid=int(data.get("pid", 0)),
            since=str(data.get("since", "")),
            program=str(data.get("program", "")),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return Holder()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return ""


def _close_quietly(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)
