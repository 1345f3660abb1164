"""What one reviewer's decision costs in a big matrix: replaying the decisions, and the
window's round trip from a key press to an updated model.

    python -m tests.benchmarks.bench_review                  # 5,000 facts x 200 outlets
    python -m tests.benchmarks.bench_review --facts 1000 --outlets 50 --decisions 500

Every decision rebuilds the Matrix from the analysis and all decisions in force (that is
what keeps re-analysis and undo simple), so the replay must stay well under a tenth of a
second for a few hundred decisions.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import statistics
import tempfile
import time

from gui.domain import Agreement, Analysis, Cell, Fact, FactKind, Source, Status
from gui.review import Review, build_matrix
from gui.review import commands as cmd


def synthetic(facts: int, outlets: int, seed: int = 1) -> Analysis:
    rng = random.Random(seed)
    body = "kata " * 40_000
    sources = tuple(
        Source(f"s{i}", f"Outlet {i}", f"Title {i}", None, "id", f"{body}{i}", f"a{i}.txt")
        for i in range(1, outlets + 1)
    )
    rows = []
    for f in range(1, facts + 1):
        cells = {}
        for i in rng.sample(range(1, outlets + 1), min(outlets, 8)):
            start = rng.randrange(0, 190_000)
            status = rng.choice((Status.AGREE, Status.AGREE, Status.CONFLICT, Status.PARTIAL))
            cells[f"s{i}"] = Cell(status, "1.200", 1200.0, "kata " * 20, start, start + 100,
                                  start + 10, start + 15)  # fmt: skip
        rows.append(Fact(f"f{f}", FactKind.QUANTITY, f"Fakta {f}", cells, Agreement.CONFLICT))
    return Analysis(sources, tuple(rows))


def decisions(analysis: Analysis, count: int, seed: int = 2) -> Review:
    rng = random.Random(seed)
    base = build_matrix(analysis)
    review = Review()
    for i in range(count):
        fact = base.facts[rng.randrange(len(base.facts))]
        sid = next(iter(fact.cells))
        kind = i % 4
        if kind == 0:
            decision = cmd.rename_fact(base, fact.id, f"Label {i}")
        elif kind == 1:
            decision = cmd.set_status(base, fact.id, sid, Status.PARTIAL)
        elif kind == 2:
            decision = cmd.mark_reviewed(base, fact.id)
        else:
            decision = cmd.note_cell(base, fact.id, sid, "cek")
        review.record(decision)
    return review


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=5000)
    parser.add_argument("--outlets", type=int, default=200)
    parser.add_argument("--decisions", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="where one decision's time goes")
    ns = parser.parse_args()
    analysis = synthetic(ns.facts, ns.outlets)
    review = decisions(analysis, ns.decisions)

    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        build_matrix(analysis, review)
        times.append(time.perf_counter() - t0)
    print(f"{ns.facts} facts x {ns.outlets} outlets, {ns.decisions} decisions")
    print(f"  replay (build_matrix):           {statistics.median(times) * 1000:7.0f} ms")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CLAIMGRID_DATA_DIR"] = tempfile.mkdtemp(prefix="claimgrid-bench-")
    from PySide6.QtWidgets import QApplication

    from gui.qt.window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(remember=False)
    window.resize(1400, 900)
    window.show()
    window.set_analysis(analysis)
    for d in review.decisions:
        window.document.review.push(d)
    window.document.set_analysis(analysis)
    app.processEvents()
    steps = []
    for i in range(5):
        fact = window.document.matrix.facts[i * 7]
        sid = next(iter(fact.cells))
        window.select_fact(fact.id, sid)
        app.processEvents()
        profiler = cProfile.Profile() if ns.profile and i == 0 else None
        t0 = time.perf_counter()
        if profiler:
            profiler.enable()
        window.reviewing.set_status(Status.AGREE)
        app.processEvents()
        steps.append(time.perf_counter() - t0)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    print(f"  key press -> saved, model shown: {statistics.median(steps) * 1000:7.0f} ms")
    window.close()


if __name__ == "__main__":
    main()
