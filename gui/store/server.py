"""The connection to a shared project's database: opened, checked, and opened again when the
server goes away for a moment.

Every statement goes through :meth:`Server.run`, which passes values only as parameters and,
when the connection is lost (the server restarts, the network drops), connects again and runs
the same work once more until ``patience`` seconds have gone by. Work given to ``run`` must be
safe to repeat: a decision carries a key of its own, so a resend after a lost acknowledgement
finds it already there and adds nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from importlib import resources
from typing import TypeVar

import psycopg

from gui.store.address import display, scrub
from gui.store.errors import ProjectError

T = TypeVar("T")

LOCK_KEY = 0x436C4752  # the transaction lock that numbers decisions in the order committed
CHANNEL = "claimgrid"


class ServerGone(ProjectError):
    """The server could not be reached within the connection's patience."""


def setup_script() -> str:
    """The SQL an administrator runs once in a project's database (also in the README)."""
    return resources.files("gui.store").joinpath("sql/setup.sql").read_text(encoding="utf-8")


def one_line(exc: BaseException, address: str) -> str:
    """libpq's message on one line, without the password should it quote the address."""
    text = " ".join(str(exc).split())
    return scrub(text, address) or type(exc).__name__


class Server:
    """One connection to the database at ``address`` (autocommit; ``transaction`` for more)."""

    def __init__(self, address: str, *, patience: float = 30.0, timeout: int = 5) -> None:
        self.address = address
        self.shown = display(address)
        self.patience = patience
        self._timeout = timeout
        self.conn = self._connect()

    def _connect(self) -> psycopg.Connection:
        try:
            return psycopg.connect(
                self.address,
                autocommit=True,
                connect_timeout=self._timeout,
                application_name="Claimgrid",
            )
        except psycopg.ProgrammingError as exc:  # an address libpq cannot parse
            raise ProjectError(self.shown, "not a database address libpq can read") from exc
        except psycopg.OperationalError as exc:
            raise ProjectError(
                self.shown, f"cannot connect ({one_line(exc, self.address)})"
            ) from exc

    def run(self, work: Callable[[psycopg.Connection], T]) -> T:
        """``work(connection)``, again on a new connection if the server went away meanwhile;
        :class:`ServerGone` once ``patience`` has run out, :class:`ProjectError` with the
        server's reason when it refuses the work."""
        deadline = time.monotonic() + self.patience
        delay = 0.05
        while True:
            try:
                if self.conn.closed:
                    self.conn = self._connect()
                return work(self.conn)
            except (psycopg.OperationalError, ProjectError) as exc:
                if not self.conn.closed and not _connection_lost(exc):
                    raise self._refused(exc) from exc
                self.conn.close()
                if time.monotonic() > deadline:
                    reason = exc.reason if isinstance(exc, ProjectError) else one_line(exc, "")
                    raise ServerGone(self.shown, f"the server does not answer ({reason})") from exc
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
            except psycopg.Error as exc:
                raise self._refused(exc) from exc

    def _refused(self, exc: BaseException) -> ProjectError:
        """The server answered, and said no: a :class:`ProjectError` with its reason."""
        if isinstance(exc, ProjectError):
            return exc
        reason = one_line(exc, self.address)
        if isinstance(exc, psycopg.errors.InsufficientPrivilege):
            return ProjectError(self.shown, f"not allowed ({reason})")
        return ProjectError(self.shown, f"the server refused it ({reason})")

    def close(self) -> None:
        self.conn.close()


def _connection_lost(exc: BaseException) -> bool:
    if isinstance(exc, ProjectError):
        return True  # could not connect again yet
    sqlstate = getattr(exc, "sqlstate", None) or ""
    # 08: connection exceptions; 57P01-3: the server shut down or cannot connect now
    return sqlstate.startswith("08") or sqlstate.startswith("57P") or not sqlstate
