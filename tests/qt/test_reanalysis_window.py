"""The real engine behind the window: adding, removing and re-analysing keeps decisions."""

from __future__ import annotations

from pathlib import Path

from gui.domain import Status
from gui.paths import seeds_dir
from tests.review.test_reanalysis import SIXTH


def _row_with(window, key: str, cell):
    """The row holding ``cell``'s evidence (sentence and decisive words) in that source."""
    matrix = window.document.matrix
    sid = next(s for s, k in matrix.keys.items() if k == key)
    spans = (cell.start, cell.end, cell.value_start, cell.value_end)
    found = [f for f in matrix.facts if _spans(f.cell(sid)) == spans]
    assert len(found) == 1
    return found[0], sid


def _spans(cell):
    return (cell.start, cell.end, cell.value_start, cell.value_end)


def test_add_remove_and_reanalyse_keep_the_decisions(qtbot, tmp_path: Path) -> None:
    from gui.qt.window import MainWindow

    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.open_paths([str(seeds_dir())])
    matrix = window.document.matrix
    fact = next(f for f in matrix.facts if f.coverage >= 3 and f.kind.value == "quantity")
    keep, drop = [sid for sid, c in fact.cells.items() if c.status is not Status.ABSENT][:2]
    kept = fact.cell(keep)
    key = matrix.key(keep)
    window.select_fact(fact.id, keep)
    window.reviewing.set_status(Status.PARTIAL)

    (tmp_path / "sixth.txt").write_text(SIXTH, encoding="utf-8")
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.add_paths([str(tmp_path / "sixth.txt")])
    assert len(window.document.matrix.sources) == 6
    row, sid = _row_with(window, key, kept)
    assert row.cell(sid).status is Status.PARTIAL and row.cell(sid).reviewed

    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.remove_source(drop)
    assert drop not in {s.id for s in window.document.matrix.sources}
    row, sid = _row_with(window, key, kept)
    assert row.cell(sid).status is Status.PARTIAL

    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.reanalyse()
    row, sid = _row_with(window, key, kept)
    assert row.cell(sid).status is Status.PARTIAL
    assert len(window.document.review.decisions) == 1
    window.close()
