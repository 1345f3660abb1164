"""Starting the desktop app, or rendering it once to a PNG."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

SCREENSHOT_SIZE = (1400, 900)


def run(paths: Sequence[str], *, screenshot: str | None = None, language: str | None = None) -> int:
    """Open ``paths`` (the embedded sample when empty) in the window; returns the exit code.

    With ``screenshot``, the window is rendered off screen at 1400x900 once the analysis is
    done, with the first conflict selected, saved as PNG there, and 0 is returned.
    ``language`` ("id", "en") wins over the one chosen in Settings for this run.
    """
    if screenshot and "QT_QPA_PLATFORM" not in os.environ:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    import gui
    from gui.paths import resources_dir, seeds_dir
    from gui.qt.language import (
        effective_language,
        follow_language_changes,
        install_language,
        open_windows,
    )
    from gui.qt.settings import APPLICATION, ORGANISATION
    from gui.qt.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(gui.__version__)
    # Lets Wayland and the desktop match windows to org.claimgrid.Claimgrid.desktop.
    app.setDesktopFileName("org.claimgrid.Claimgrid")
    icon = resources_dir() / "icons" / "claimgrid.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    corpus = [str(p) for p in paths] or [str(seeds_dir())]
    install_language(language or effective_language())

    if not screenshot:
        window = MainWindow()
        window.show()
        follow_language_changes(window)
        # Read the corpus once the window has painted: the worker's imports (ingest,
        # analysis) would otherwise hold the interpreter while the window first draws.
        when_painted(window, lambda: window.open_paths(corpus, sample=not paths))
        code = app.exec()
        for shown in open_windows():
            shown.runner.shutdown()  # quitting without closing must not strand a thread
        return code

    quieted = app.platformName() == "offscreen"
    previous_handler = _quiet_offscreen_plugin() if quieted else None
    window = MainWindow(remember=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    outcome: list[str] = []
    loop = QEventLoop()
    window.runner.finished.connect(lambda _a: (outcome.append("done"), loop.quit()))
    window.runner.failed.connect(lambda m: (outcome.append(m), loop.quit()))
    window.runner.cancelled.connect(lambda: (outcome.append("cancelled"), loop.quit()))
    window.open_paths(corpus, sample=not paths)
    if window.runner.busy:
        loop.exec()
    try:
        if outcome != ["done"]:
            print(f"claimgrid: analysis did not finish: {outcome}", file=sys.stderr)
            return 1
        window.select_first_conflict()
        return 0 if save_screenshot(window, screenshot) else 1
    finally:
        window.close()
        window.deleteLater()
        if quieted:
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(previous_handler)


FIRST_PAINT_WAIT_MS = 1000  # start anyway if no paint comes (a window opened minimised)


def when_painted(window: object, then: Callable[[], object]) -> None:
    """Call ``then`` once, from the event loop, after ``window``'s first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(window)
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                # The children paint in the same pass; the call comes after all of them.
                QTimer.singleShot(0, self.fire)
                window.removeEventFilter(self)
            return False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                window.removeEventFilter(self)
                then()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, watcher.fire)


def save_screenshot(
    window: object, path: str | Path, size: tuple[int, int] = SCREENSHOT_SIZE
) -> bool:
    """Render ``window`` at exactly ``size`` pixels into a PNG at ``path``."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    if window.size().toTuple() != size:
        window.resize(*size)
    QApplication.processEvents()
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(1.0)
    image.fill(window.palette().window().color())
    painter = QPainter(image)
    window.render(painter, QPoint(0, 0))
    painter.end()
    return image.save(str(path), "PNG")


def _quiet_offscreen_plugin() -> object:
    """The offscreen platform warns about docks on every render; other messages pass.

    Returns the handler it replaced, to be put back.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    noise = "This plugin does not support propagateSizeHints()"

    def handler(mode: QtMsgType, _context: object, message: str) -> None:
        if message != noise:
            print(message, file=sys.stderr)

    return qInstallMessageHandler(handler)
