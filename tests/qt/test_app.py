from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from gui.qt.app import SCREENSHOT_SIZE, save_screenshot

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_is_a_1400_by_900_png_of_the_window(window, tmp_path):
    window.select_first_conflict()
    target = tmp_path / "window.png"
    assert save_screenshot(window, target)
    assert target.stat().st_size > 10_000
    image = QImage(str(target))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE == (1400, 900)
    # The conflict fill is on screen: the matrix was painted, not a blank window.
    conflict = (0xD5, 0x5E, 0x00)
    found = any(
        image.pixelColor(x, y).getRgb()[:3] == conflict
        for y in range(0, 900, 3)
        for x in range(0, 1400, 7)
    )
    assert found


def test_start_up_keeps_heavy_modules_unloaded():
    """Opening the window must not pull in pandas, openpyxl, the analysis or the exporters."""
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from gui.qt.window import MainWindow
        window = MainWindow(remember=False)
        heavy = [m for m in ("pandas", "openpyxl", "gui.analysis.pipeline", "gui.ingest",
                             "gui.export") if m in sys.modules]
        print(",".join(heavy))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_qt_binding_keeps_none_alive(qapp):
    """PySide6 6.12.0 dropped a reference to None for every null it returned (a crash on 3.11)."""
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.parentWidget()
    assert sys.getrefcount(None) >= before - 10
