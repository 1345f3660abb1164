"""Where the window was left: its geometry, docks, splitters and zoom, in the user's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.qt.settings import app_settings, read_int

if TYPE_CHECKING:
    from gui.qt.window import MainWindow


def restore_window_state(window: MainWindow) -> None:
    settings = app_settings()
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)  # type: ignore[arg-type]
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)  # type: ignore[arg-type]
    for splitter in (window.main_splitter, window.evidence_splitter):
        saved = settings.value(f"window/{splitter.objectName()}")
        if saved is not None:
            splitter.restoreState(saved)  # type: ignore[arg-type]
    window.matrix_view.set_zoom(read_int(settings, "matrix/zoom", 0))


def save_window_state(window: MainWindow) -> None:
    settings = app_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for splitter in (window.main_splitter, window.evidence_splitter):
        settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
    settings.setValue("matrix/zoom", window.matrix_view.zoom())
    settings.sync()
