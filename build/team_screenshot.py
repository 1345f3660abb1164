"""Renders docs/screenshot-team.png: two reviewers' windows on one shared project, side by side.

    .venv/bin/python build/team_screenshot.py [docs/screenshot-team.png]

Needs PostgreSQL's binaries (a throwaway cluster, as the tests use) and runs offscreen. Ana
shares the sample project and sets a cell; Budi, in the other window, sees it within a second
and sets the same cell differently: both windows mark the disagreement.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (1100, 760)


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from gui.analysis import analyze
    from gui.domain import Status
    from gui.ingest import load_paths
    from gui.paths import seeds_dir
    from gui.qt.app import save_screenshot
    from gui.qt.settings import save_reviewer
    from gui.qt.window import MainWindow
    from gui.review import commands as cmd
    from tests.pgcluster import MISSING, PgCluster

    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshot-team.png")
    cluster = PgCluster.find()
    if cluster is None:
        print(MISSING, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CLAIMGRID_DATA_DIR"] = tmp
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication([])
        cluster.init()
        try:
            address = cluster.address(cluster.new_database())
            loaded = load_paths([seeds_dir()])
            analysis = analyze(loaded.sources, refused=loaded.refused)
            save_reviewer("Ana")
            ana = MainWindow(remember=False)
            ana.resize(*SIZE)
            ana.show()
            ana.set_analysis(analysis)
            if not ana.sharing.share(address):
                print(ana.notice.text.text(), file=sys.stderr)
                return 1
            save_reviewer("Budi")
            budi = MainWindow(remember=False)
            budi.resize(*SIZE)
            budi.show()
            budi.projects.open(address)
            matrix = ana.document.matrix
            fact = next(f for f in matrix.facts if len(f.cells) >= 3)
            sid = sorted(fact.cells)[0]
            ana.document.decide(cmd.set_status(matrix, fact.id, sid, Status.AGREE))
            _wait(app, lambda: bool(budi.document.review.decisions))
            budi.document.decide(
                cmd.set_status(budi.document.matrix, fact.id, sid, Status.CONFLICT)
            )
            _wait(app, lambda: (fact.id, sid) in ana.model.disputes)
            for window in (ana, budi):
                window.select_fact(fact.id, sid)
            parts = []
            for name, window in (("ana", ana), ("budi", budi)):
                path = Path(tmp) / f"{name}.png"
                save_screenshot(window, path, SIZE)
                parts.append(QImage(str(path)))
            gap = 16
            image = QImage(SIZE[0] * 2 + gap, SIZE[1], QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0xFFFFFFFF)
            painter = QPainter(image)
            painter.drawImage(0, 0, parts[0])
            painter.drawImage(SIZE[0] + gap, 0, parts[1])
            painter.end()
            target.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(target))
            print(f"wrote {target}")
            for window in (ana, budi):
                window.close()
        finally:
            cluster.destroy()
    return 0


def _wait(app: object, ready: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
