"""Other reviewers' decisions on a shared project, shown within about a second.

A connection of its own LISTENs on the project's channel; a ``QSocketNotifier`` on that
connection's socket wakes the window's event loop when the server announces a new row
(``gui/store/sql/setup.sql``: a trigger NOTIFYs on every decision and every new analysis), so
nothing polls and nothing blocks. Announcements that arrive together are taken in once.

When the server goes away the socket says so; ``connected`` reports it (the window shows
it), and a timer tries again every two seconds. Once back, the window catches up with
everything committed meanwhile, announced or not.
"""

from __future__ import annotations

import contextlib
import logging

import psycopg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from gui.store.server import CHANNEL

log = logging.getLogger(__name__)

RETRY_MS = 2000
SETTLE_MS = 30  # announcements this close together are taken in as one


class LiveUpdates(QObject):
    changed = Signal()  # something was committed by someone: time to pull
    connected = Signal(bool)  # the server is reachable (True) or has gone away (False)

    def __init__(self, address: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self._conn: psycopg.Connection | None = None
        self._notifier: QSocketNotifier | None = None
        self._online = True
        self._closed = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._reconnect)
        self._listen()

    @property
    def online(self) -> bool:
        return self._online

    def _listen(self) -> bool:
        try:
            conn = psycopg.connect(
                self._address, autocommit=True, connect_timeout=5, application_name="Claimgrid"
            )
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            # the address without a password is the store's business; the reason is enough
            log.info("shared project: cannot listen (%s)", type(exc).__name__)
            self._set_online(False)
            return False
        self._conn = conn
        self._notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        self._set_online(True)
        return True

    def _readable(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            # timeout=0: only what has arrived; the notifier calls again for the rest
            got = sum(1 for _ in conn.notifies(timeout=0))
        except psycopg.Error:
            self._drop()
            return
        if got:
            self._settle.start()

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):
                self._conn.close()
            self._conn = None
        self._set_online(False)

    def _reconnect(self) -> None:
        if self._listen():
            self.changed.emit()  # whatever was committed while we were away

    def _set_online(self, online: bool) -> None:
        if self._closed:
            return
        if online:
            self._retry.stop()
        elif not self._retry.isActive():
            self._retry.start()
        if online != self._online:
            self._online = online
            self.connected.emit(online)

    def close(self) -> None:
        self._closed = True
        self._retry.stop()
        self._settle.stop()
        self._drop()
