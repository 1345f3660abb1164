"""A shared project on PostgreSQL: how long a decision takes to reach another client, and how
opening a big shared project compares with opening the same project from its file.

    python -m tests.benchmarks.bench_shared                  # 5,000 facts x 200 outlets
    python -m tests.benchmarks.bench_shared --facts 1000 --outlets 50 --decisions 100

Starts a throwaway PostgreSQL cluster (``tests/pgcluster.py``; Debian's ``postgresql``),
writes a synthetic project (``bench_review.synthetic``) with some decisions to a file,
shares it, then:

- propagation: client A decides; the time until client B, woken by the server's NOTIFY,
  has pulled it into its review (median and worst of ``--decisions``). The window then
  rebuilds its matrix, which ``bench_review`` measures on its own.
- open: ``Project.open`` of the file and ``SharedProject.open`` of the database, each with
  the matrix built, median of ``--repeat``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from gui.review import build_matrix
from gui.review import commands as cmd
from gui.store import Project
from gui.store.server import CHANNEL
from gui.store.session import ReviewSession
from gui.store.share import share
from gui.store.shared import SharedProject
from tests.benchmarks.bench_review import decisions, synthetic
from tests.pgcluster import MISSING, PgCluster


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", type=int, default=5000)
    parser.add_argument("--outlets", type=int, default=200)
    parser.add_argument("--decisions", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    cluster = PgCluster.find()
    if cluster is None:
        print(MISSING, file=sys.stderr)
        return 2
    cluster.init()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            return _measure(args, cluster, Path(tmp))
    finally:
        cluster.destroy()


def _measure(args: argparse.Namespace, cluster: PgCluster, tmp: Path) -> int:
    analysis = synthetic(args.facts, args.outlets)
    path = tmp / "big.claimgrid"
    session = ReviewSession(Project.create(path))
    session.set_analysis(analysis)
    session.project.record_all(decisions(analysis, 300))
    session.project.close()
    address = cluster.address(cluster.new_database())
    started = time.perf_counter()
    share(path, address, reviewer="lead")
    print(f"{args.facts} facts x {args.outlets} outlets, 300 decisions")
    print(f"share:                       {time.perf_counter() - started:7.2f} s")

    def open_file() -> None:
        project = Project.open(path, writable=False)
        assert project.analysis is not None
        build_matrix(project.analysis, project.review)
        project.close()

    def open_shared() -> None:
        project = SharedProject.open(address, reviewer="bench", journal_dir=tmp / "journal")
        assert project.analysis is not None
        build_matrix(project.analysis, project.review)
        project.close()

    for name, opener in (("open from the file", open_file), ("open from the server", open_shared)):
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            opener()
            times.append(time.perf_counter() - t0)
        print(f"{name + ':':28} {statistics.median(times):7.2f} s (median of {args.repeat})")

    a = SharedProject.open(address, reviewer="ana", journal_dir=tmp / "journal")
    b = SharedProject.open(address, reviewer="budi", journal_dir=tmp / "journal")
    listener = psycopg.connect(address, autocommit=True)
    listener.execute(f"LISTEN {CHANNEL}")
    assert a.analysis is not None
    base = build_matrix(a.analysis, a.review)
    latencies = []
    try:
        for i in range(args.decisions):
            fact = base.facts[(i * 37) % len(base.facts)]
            t0 = time.perf_counter()
            made = a.decide(cmd.rename_fact(base, fact.id, f"bench {i}"))
            got = list(listener.notifies(timeout=5, stop_after=1))
            assert got, "no notification within 5 s"
            b.pull()
            assert b.review.decisions[-1].seq == made.seq
            latencies.append(time.perf_counter() - t0)
            list(listener.notifies(timeout=0))  # anything else announced meanwhile
    finally:
        listener.close()
        a.close()
        b.close()
    ms = sorted(x * 1000 for x in latencies)
    print(
        f"decision to another client:  median {statistics.median(ms):.1f} ms, "
        f"worst {ms[-1]:.1f} ms (of {len(ms)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
