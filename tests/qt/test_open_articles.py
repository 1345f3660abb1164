"""Opening articles starts a new project; the sample and the reviewer's files never mix."""

from __future__ import annotations

from pathlib import Path

from gui.domain import Status
from gui.paths import seeds_dir
from gui.qt.window import MainWindow
from gui.store import Project

FIRST = (
    "Jembatan Gantung Putus di Desa Sukamaju\n\n"
    "Jembatan gantung di Desa Sukamaju putus pada Selasa pagi, kata Kepala Desa Ahmad Fauzi. "
    "Sebanyak 12 warga terluka dan dibawa ke puskesmas terdekat.\n"
)
SECOND = (
    "Dua Belas Warga Terluka Saat Jembatan Putus\n\n"
    "Sebanyak 14 warga terluka ketika jembatan gantung di Desa Sukamaju putus pada Selasa, "
    "menurut Kepala Desa Ahmad Fauzi. Jembatan itu dibangun pada 2009.\n"
)
THIRD = (
    "Bridge collapse injures villagers\n\n"
    "A suspension bridge in Sukamaju village collapsed on Tuesday, injuring 12 people, "
    "village head Ahmad Fauzi said.\n"
)


def test_open_folder_after_a_change_on_the_sample_starts_a_new_project(
    qtbot, tmp_path: Path
) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.open_paths([str(seeds_dir())], sample=True)
    matrix = window.document.matrix
    fact = next(f for f in matrix.facts if f.coverage >= 2)
    source = next(sid for sid, c in fact.cells.items() if c.status is not Status.ABSENT)
    window.select_fact(fact.id, source)
    window.reviewing.set_status(Status.PARTIAL)  # a change on the sample, then undone
    window.document.undo()
    sample_project = window.document.project
    assert sample_project is not None
    sample_path = sample_project.path

    folder = tmp_path / "jembatan"
    folder.mkdir()
    (folder / "satu.txt").write_text(FIRST, encoding="utf-8")
    (folder / "dua.txt").write_text(SECOND, encoding="utf-8")
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.open_paths([str(folder)])
    opened = window.document.matrix
    assert sorted(Path(s.path).name for s in opened.sources) == ["dua.txt", "satu.txt"]
    assert window.document.project is not None and window.document.project.path != sample_path
    # The sample's project is kept as it was: its five articles and its decision.
    kept = Project.open(sample_path)
    try:
        assert kept.analysis is not None and len(kept.analysis.sources) == 5
        assert len(kept.review.undone) == 1
    finally:
        kept.close()

    (tmp_path / "tiga.txt").write_text(THIRD, encoding="utf-8")
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.add_paths([str(tmp_path / "tiga.txt")])
    assert len(window.document.matrix.sources) == 3
    window.close()


def test_an_unreadable_folder_leaves_the_project_on_screen(qtbot, tmp_path: Path) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    (tmp_path / "satu.txt").write_text(FIRST, encoding="utf-8")
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.open_paths([str(tmp_path / "satu.txt")])
    project = window.document.project
    empty = tmp_path / "kosong"
    empty.mkdir()
    (empty / "rusak.txt").write_bytes(b"")
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.open_paths([str(empty)])
    assert window.document.project is project
    assert len(window.document.matrix.sources) == 1
    assert "rusak.txt" in window.notice.text.text()
    window.close()
