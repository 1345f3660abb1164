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
        window.open_paths([str(folder)], add=False)
    matrix = window.document.matrix
    assert matrix is not None and len(matrix.sources) == 2
    assert any(s.path.endswith("jembatan-\\xe9.txt") for s in matrix.sources)
    assert not window.notice.isVisible() or "could not be saved" not in window.notice.text.text()
    project = window.document.project
    assert project is not None
    path = project.path
    window.close()
    assert len(Project.open(path, writable=False).sources) == 2
