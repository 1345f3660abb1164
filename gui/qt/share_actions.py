"""File → Open Shared Project… and Share on Server…, and what the window says when a shared
project's server goes away or comes back.

An address is typed as libpq reads it (``postgresql://user@host/database``, TLS options
included, or ``service=NAME``); a password is never asked for nor kept: libpq reads it from
its password file or service file.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit

from gui.domain import Status
from gui.i18n import translate
from gui.qt.icons import icon
from gui.qt.settings import reviewer_name
from gui.review import commands as cmd
from gui.store import Project, ProjectError
from gui.store.address import display, is_address
from gui.store.share import share

if TYPE_CHECKING:
    from gui.qt.window import MainWindow


class ShareActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.document = window.document
        self.open_shared_action = QAction(
            translate("ShareActions", "Open S&hared Project…"), window
        )
        self.open_shared_action.setIcon(icon("open-project"))
        self.open_shared_action.setStatusTip(
            translate("ShareActions", "Open a project on a PostgreSQL server, with the other "
                                      "reviewers' decisions as they are made"),
        )  # fmt: skip
        self.open_shared_action.triggered.connect(lambda _checked=False: self.choose_open())
        self.share_action = QAction(translate("ShareActions", "Share on Ser&ver…"), window)
        self.share_action.setIcon(icon("save-as"))
        self.share_action.setStatusTip(
            translate("ShareActions", "Copy this project to a PostgreSQL server so that several "
                                      "reviewers work on it at once"),
        )  # fmt: skip
        self.share_action.triggered.connect(lambda _checked=False: self.choose_share())
        self.settle_action = QAction(translate("ShareActions", "Se&ttle Disagreement"), window)
        self.settle_action.setIcon(icon("done"))
        self.settle_action.setStatusTip(
            translate("ShareActions", "Keep the cell's status as it shows now and close the "
                                      "reviewers' disagreement on it"),
        )  # fmt: skip
        self.settle_action.triggered.connect(lambda _checked=False: self.settle())
        self.document.serverReachable.connect(self._on_reachable)

    def _ask(self, title: str) -> str:
        label = translate("ShareActions", "Server address (postgresql://user@host/database or "
                                          "service=NAME); the password comes from libpq's "
                                          "password file:")  # fmt: skip
        text, ok = QInputDialog.getText(self._window, title, label, QLineEdit.EchoMode.Normal)
        return text.strip() if ok else ""

    def choose_open(self) -> None:
        address = self._ask(translate("ShareActions", "Open Shared Project"))
        if address:
            self.open(address)

    def open(self, address: str) -> bool:
        if not is_address(address):
            self._not_an_address(address)
            return False
        return self._window.projects.open(address)

    def choose_share(self) -> None:
        address = self._ask(translate("ShareActions", "Share on Server"))
        if address:
            self.share(address)

    def share(self, address: str) -> bool:
        """Copy the project on screen to ``address`` and carry on there."""
        project = self.document.project
        if not isinstance(project, Project):
            self._window.notice.show_message(
                translate("ShareActions", "<b>Nothing to share</b>: open or save a project file "
                                          "first.")
            )  # fmt: skip
            return False
        if not is_address(address):
            self._not_an_address(address)
            return False
        try:
            shared = share(project.path, address, reviewer=reviewer_name())
        except ProjectError as exc:
            self._window.notice.show_message(
                translate("ShareActions", "<b>Cannot share on {server}</b>: {reason}. Nothing "
                                          "was changed.").format(
                    server=html.escape(exc.path), reason=html.escape(exc.reason)
                )
            )  # fmt: skip
            return False
        if not self._window.projects.open(address):
            return False
        message = translate("ShareActions", "Shared on {server}").format(server=shared.address)
        self._window.statusBar().showMessage(message, 8000)
        return True

    def settle(self) -> bool:
        """Close the open disagreement on the current cell at the status it shows."""
        matrix = self.document.matrix
        fact = self._window.reviewing.current_fact()
        sid = self._window.reviewing.current_source()
        if matrix is None or fact is None or sid is None:
            return False
        if (fact.id, sid) not in self._window.model.disputes:
            return False
        status = fact.cells[sid].status if sid in fact.cells else Status.ABSENT
        return self.document.decide(cmd.resolve_status(matrix, fact.id, sid, status))

    def _not_an_address(self, text: str) -> None:
        self._window.notice.show_message(
            translate("ShareActions", "<b>{text}</b> is not a server address: write "
                                      "postgresql://user@host/database or service=NAME.").format(
                text=html.escape(display(text))
            )
        )  # fmt: skip

    def _on_reachable(self, reachable: bool) -> None:
        project = self.document.project
        server = html.escape(str(project.path)) if project is not None else ""
        if reachable:
            self._window.notice.hide()
            message = translate("ShareActions", "Connected again to {server}").format(server=server)
            self._window.statusBar().showMessage(message, 8000)
            return
        self._window.notice.show_message(
            translate("ShareActions", "<b>The server {server} does not answer.</b> Your "
                                      "decisions are kept on this computer and sent when it is "
                                      "back; others' show then.").format(server=server)
        )  # fmt: skip
