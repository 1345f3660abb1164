"""Two windows on one shared project: File → Share on Server, the title says where it lives
(never with a password), each window sees the other's decisions within about a second, undo
is one's own, and a server that goes away is reported and reconnected."""

from __future__ import annotations

import time

from gui.domain import Analysis
from gui.review import commands as cmd
from gui.store.shared import SharedProject
from tests.pgcluster import PgCluster


def test_two_windows_review_one_shared_project(
    window, qtbot, analysis: Analysis, pg: PgCluster, pg_address: str
) -> None:
    from gui.qt.project_actions import RECENT_KEY
    from gui.qt.settings import app_settings, save_reviewer
    from gui.qt.window import MainWindow
    from tests.qt.fakes import unavailable_engine

    save_reviewer("Ana")
    window.document.decide(cmd.rename_fact(window.document.matrix, "f1", "Ana checked this"))
    assert window.sharing.share(pg_address)
    assert isinstance(window.document.project, SharedProject)
    assert " on postgresql://claimgrid_admin@" in window.windowTitle()

    save_reviewer("Budi")
    other = MainWindow(engine_factory=unavailable_engine, remember=False)
    qtbot.addWidget(other)
    secret = pg_address.replace("claimgrid_admin@", "claimgrid_admin:s3cret@")
    assert other.projects.open(secret)
    assert "s3cret" not in other.windowTitle()
    assert "s3cret" not in str(app_settings().value(RECENT_KEY))
    assert any(f.label == "Ana checked this" for f in other.document.matrix.facts)

    # Ana decides; Budi's window shows it without doing anything
    started = time.monotonic()
    matrix = window.document.matrix
    window.document.decide(cmd.rename_fact(matrix, matrix.facts[1].id, "Ana's second"))
    qtbot.waitUntil(
        lambda: any(f.label == "Ana's second" for f in other.document.matrix.facts), timeout=3000
    )
    assert time.monotonic() - started < 2.0
    labels = {other.model.index(r, 0).data() for r in range(other.model.rowCount())}
    assert any("Ana's second" in str(label) for label in labels)

    # Budi's undo does not reach Ana's decisions: he has none of his own to undo
    other.reviewing.update()
    assert not other.reviewing.undo_action.isEnabled()
    window.reviewing.update()
    assert window.reviewing.undo_action.isEnabled()
    assert window.reviewing.undo_action.text() == "Undo Rename Fact"
    other.document.undo()
    assert any(f.label == "Ana's second" for f in other.document.matrix.facts)
    # Ana's does, and Budi sees it go
    window.document.undo()
    qtbot.waitUntil(
        lambda: not any(f.label == "Ana's second" for f in other.document.matrix.facts),
        timeout=3000,
    )

    # the server goes away and comes back
    pg.stop()
    try:
        qtbot.waitUntil(lambda: "does not answer" in other.notice.text.text(), timeout=5000)
        qtbot.waitUntil(lambda: "does not answer" in window.notice.text.text(), timeout=5000)
        # Ana goes on deciding: kept on her computer, shown to her, sent when the server is back
        assert window.document.decide(
            cmd.rename_fact(window.document.matrix, "f3", "Made while the server was away")
        )
        assert window.document.project.pending == 1
        assert any(
            f.label == "Made while the server was away" for f in window.document.matrix.facts
        )
    finally:
        pg.start()
    qtbot.waitUntil(lambda: "Connected again" in other.statusBar().currentMessage(), timeout=8000)
    qtbot.waitUntil(
        lambda: any(
            f.label == "Made while the server was away" for f in other.document.matrix.facts
        ),
        timeout=8000,
    )
    assert window.document.project.pending == 0
    window.document.decide(cmd.rename_fact(window.document.matrix, "f2", "After the restart"))
    qtbot.waitUntil(
        lambda: any(f.label == "After the restart" for f in other.document.matrix.facts),
        timeout=3000,
    )
    other.close()


def test_a_disagreement_shows_filters_and_settles(
    window, qtbot, analysis: Analysis, pg_address: str
) -> None:
    from gui.domain import Status
    from gui.qt.disputes import MARK
    from gui.qt.matrix_model import LEADING, Role
    from gui.qt.settings import save_reviewer
    from gui.qt.window import MainWindow
    from tests.qt.fakes import unavailable_engine

    save_reviewer("Ana")
    assert window.sharing.share(pg_address)
    save_reviewer("Budi")
    other = MainWindow(engine_factory=unavailable_engine, remember=False)
    qtbot.addWidget(other)
    assert other.projects.open(pg_address)

    matrix = window.document.matrix
    fact = next(f for f in matrix.facts if len(f.cells) >= 2)
    sid = sorted(fact.cells)[0]
    window.document.decide(cmd.set_status(matrix, fact.id, sid, Status.AGREE))
    qtbot.waitUntil(lambda: other.document.review.decisions != [], timeout=3000)
    other.document.decide(cmd.set_status(other.document.matrix, fact.id, sid, Status.CONFLICT))
    qtbot.waitUntil(lambda: (fact.id, sid) in window.model.disputes, timeout=3000)

    for w in (window, other):
        assert (fact.id, sid) in w.model.disputes
        column = LEADING + [s.id for s in w.document.matrix.sources].index(sid)
        row = next(r for r in range(w.model.rowCount()) if w.model.fact_at(r).id == fact.id)
        index = w.model.index(row, column)
        assert str(index.data()).startswith(MARK)
        tip = str(index.data(3))  # ToolTipRole
        assert "Ana" in tip and "Budi" in tip
        assert "Decided by Budi, " in tip  # the latest say is shown, and whose it is

    # the filter shows only the rows with an open disagreement
    window.filter_bar.disputed_chip.setChecked(True)
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data(Role.FACT).id == fact.id

    # Budi settles it at what the cell shows; it closes for both
    assert other.select_fact(fact.id, sid)
    assert "decided by Budi, " in other.detail.toPlainText()
    assert other.sharing.settle()
    qtbot.waitUntil(lambda: not window.model.disputes, timeout=3000)
    assert not other.model.disputes
    assert window.proxy.rowCount() == 0
    assert window.document.matrix.fact(fact.id).cells[sid].status is Status.CONFLICT
    other.close()
