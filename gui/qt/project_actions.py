"""File → New Project, Open Project, Save Project As and the recent projects, and the title
bar that names the open project."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from gui.i18n import translate
from gui.qt.icons import icon
from gui.qt.plain_text import menu_literal, rich_literal
from gui.qt.settings import app_settings, read_str
from gui.store import SUFFIX, ProjectError
from gui.store.address import display, is_address

if TYPE_CHECKING:
    from gui.qt.window import MainWindow

RECENT_KEY = "projects/recent"
MAX_RECENT = 8


def _filter() -> str:
    projects = translate("ProjectActions", "Claimgrid projects")
    return f"{projects} (*{SUFFIX});;" + translate("ProjectActions", "All files (*)")


class ProjectActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.document = window.document
        self.new_action = self._action(
            translate("ProjectActions", "&New Project"), self.new, "new",
            [QKeySequence.StandardKey.New, "Ctrl+N"],
            translate("ProjectActions", "Start an empty project; the open one stays saved where "
                                        "it is"),
        )  # fmt: skip
        self.open_action = self._action(
            translate("ProjectActions", "Open &Project…"), self.choose, "open-project",
            ["Ctrl+Alt+O"], translate("ProjectActions", "Open a Claimgrid project file"),
        )  # fmt: skip
        self.save_as_action = self._action(
            translate("ProjectActions", "Save Project &As…"), self.choose_save_as, "save-as",
            [QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"],
            translate("ProjectActions", "Keep this project under a name and folder of your "
                                        "choice"),
        )  # fmt: skip
        self.recent_menu = QMenu(translate("ProjectActions", "&Recent Projects"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.document.projectChanged.connect(self._on_project_changed)
        self.document.failed.connect(self._on_failed)
        self._on_project_changed()

    def _action(
        self, text: str, slot: object, icon_name: str, keys: list[object], tip: str
    ) -> QAction:
        action = QAction(text, self._window)
        action.setIcon(icon(icon_name))
        action.setShortcuts([QKeySequence(k) for k in keys])  # type: ignore[arg-type]
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self._window.addAction(action)
        return action

    # ---- commands -----------------------------------------------------------------------

    def new(self) -> None:
        self._window.runner.cancel()
        self.document.new_project()

    def open(self, path: str) -> bool:
        """Open the project at ``path``; on failure say why and keep the one on screen."""
        self._window.runner.cancel()
        try:
            self.document.open_project(path)
        except ProjectError as exc:
            self._window.notice.show_message(
                translate("ProjectActions", "<b>Cannot open {file}</b>: {reason}. Nothing was "
                                            "changed.").format(
                    file=html.escape(_shown(exc.path)), reason=html.escape(exc.reason)
                )
            )  # fmt: skip
            return False
        self._remember(path)
        project = self.document.project
        if project is not None and project.read_only:
            self._window.notice.show_message(
                self.tr("<b>Opened read-only</b>: {reason}. Changes cannot be saved here; "
                        "Save Project As… makes a copy you can change.").format(
                    reason=html.escape(project.read_only)
                )
            )  # fmt: skip
        return True

    def save_as(self, path: str) -> bool:
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        try:
            self.document.save_as(path)
        except ProjectError as exc:
            self._on_failed(str(exc))
            return False
        self._remember(path)
        message = translate("ProjectActions", "Project saved as {path}").format(path=path)
        self._window.statusBar().showMessage(message, 8000)
        return True

    def choose(self) -> None:
        settings = app_settings()
        folder = read_str(settings, "paths/projects", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self._window, translate("ProjectActions", "Open Project"), folder, _filter()
        )
        if path:
            settings.setValue("paths/projects", str(Path(path).parent))
            self.open(path)

    def choose_save_as(self) -> None:
        settings = app_settings()
        folder = read_str(settings, "paths/projects", str(Path.home()))
        current = self.document.project
        name = current.name if current else translate("ProjectActions", "Review")
        path, _ = QFileDialog.getSaveFileName(
            self._window, translate("ProjectActions", "Save Project As"),
            str(Path(folder) / f"{name}{SUFFIX}"), _filter(),
        )  # fmt: skip
        if path:
            settings.setValue("paths/projects", str(Path(path).parent))
            self.save_as(path)

    # ---- recent projects and the title ------------------------------------------------

    def recent(self) -> list[str]:
        value = app_settings().value(RECENT_KEY, [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(p) for p in items if p]

    def _remember(self, path: str) -> None:
        # an address is kept as shown: without a password, which libpq finds on its own
        resolved = display(path) if is_address(path) else str(Path(path).resolve())
        recent = [p for p in self.recent() if p != resolved]
        app_settings().setValue(RECENT_KEY, [resolved, *recent][:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.recent() if is_address(p) or Path(p).exists()]
        for number, path in enumerate(recent, start=1):
            name = path if is_address(path) else Path(path).stem
            action = self.recent_menu.addAction(f"&{number} {menu_literal(name)}")
            action.setToolTip(rich_literal(path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open(p))
        if not recent:
            none = translate("ProjectActions", "No recent projects")
            self.recent_menu.addAction(none).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = translate("ProjectActions", "Clear Recent Projects")
        self.recent_menu.addAction(clear, self._clear_recent)

    def _clear_recent(self) -> None:
        app_settings().setValue(RECENT_KEY, [])

    def _on_project_changed(self) -> None:
        project = self.document.project
        self._window.update_title()
        self._window.setWindowModified(False)
        on_disk = project is not None and not is_address(str(project.path))
        self._window.setWindowFilePath(str(project.path) if on_disk else "")
        if project is not None:
            self._remember(str(project.path))

    def _on_failed(self, message: str) -> None:
        self._window.setWindowModified(True)
        self._window.notice.show_message(
            translate("ProjectActions", "<b>A change could not be saved</b> and was not made: "
                                        "{reason}").format(reason=html.escape(message))
        )  # fmt: skip


def _shown(path: str) -> str:
    """A project's name in a message: a file's name, or a server address in full."""
    return path if is_address(path) else Path(path).name
