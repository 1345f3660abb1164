"""The window given files whose names are not UTF-8: they are read, shown and kept in the
project like any other (they used to leave nothing on screen and an empty project)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from gui.store import Project


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_is_analysed_and_kept(qtbot, tmp_path: Path) -> None:
    from gui.qt.window import MainWindow

    folder = tmp_path / "artikel"
    folder.mkdir()
    body = "Jembatan sepanjang {} meter dibuka pada Jumat, kata Bupati Sleman Kustini.\n"
    with open(os.path.join(os.fsencode(folder), b"jembatan-\xe9.txt"), "wb") as fh:
        fh.write(("Jembatan Baru Dibuka\n\n" + body.format(400)).encode())
    (folder / "lain.txt").write_text("Jembatan Diresmikan\n\n" + body.format(450), "utf-8")
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.open_paths([str(folder)])
    matrix = window.document.matrix
    assert matrix is not None and len(matrix.sources) == 2
    assert any(s.path.endswith("jembatan-\\xe9.txt") for s in matrix.sources)
    assert not window.notice.isVisible() or "could not be saved" not in window.notice.text.text()
    project = window.document.project
    assert project is not None
    path = project.path
    window.close()
    assert len(Project.open(path, writable=False).sources) == 2


def test_reading_a_tables_columns_keeps_the_window_live_and_can_be_cancelled(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    import gui.ingest
    from gui.qt.columns_dialog import ColumnChoices, ask_columns

    release = threading.Event()
    reader: list[threading.Thread] = []

    def slow(path: str) -> object:  # a workbook that takes its time
        reader.append(threading.current_thread())
        release.wait(30)
        raise gui.ingest.IngestError("not read")

    monkeypatch.setattr(gui.ingest, "table_columns", slow)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        if len(ticks) > 10 and dialogs:  # the window ticked while the table was read
            dialogs[0].cancel()
        else:
            QTimer.singleShot(20, cancel)

    QTimer.singleShot(20, cancel)
    table, other = str(tmp_path / "besar.xlsx"), str(tmp_path / "a.txt")
    kept = ask_columns(None, [table, other], ColumnChoices(), ask=lambda _d: True)
    timer.stop()
    assert kept == [other]  # cancelled: the table is left out, the rest goes on
    assert len(ticks) > 10
    assert reader and reader[0] is not threading.main_thread()
    release.set()
    reader[0].join(30)
