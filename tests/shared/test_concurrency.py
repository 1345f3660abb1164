"""Several reviewers at once on a real server: five clients and 1,000 decisions end with one
matrix everywhere, a client killed with ``kill -9`` loses nothing it was told was saved, and a
server restart in the middle loses nothing and doubles nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from gui.domain import Analysis
from gui.store import Project
from gui.store.session import ReviewSession
from gui.store.share import share
from gui.store.shared import SharedProject
from tests.pgcluster import PgCluster
from tests.shared.client import matrix_digest

ROOT = Path(__file__).resolve().parents[2]


def _shared(tmp_path: Path, analysis: Analysis, address: str) -> None:
    path = tmp_path / "story.claimgrid"
    session = ReviewSession(Project.create(path))
    session.set_analysis(analysis)
    session.project.close()
    share(path, address, reviewer="lead")


def _client(address: str, reviewer: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.shared.client", address, reviewer, str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


class Reader:
    """A client's lines, read as they come on a thread of their own."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.lines: list[str] = []
        self.done = threading.Event()
        self.acks = threading.Semaphore(0)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("ack"):
                self.acks.release()
            if line.startswith("done"):
                self.done.set()

    def join(self) -> None:
        self._thread.join(timeout=120)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)
        self.join()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()

    def acked(self) -> list[str]:
        return [line.split(" ", 2)[2] for line in self.lines if line.startswith("ack ")]

    def value(self, key: str) -> str:
        return next(line.split(" ", 1)[1] for line in self.lines if line.startswith(key + " "))


@pytest.fixture
def clients() -> Iterator[list[Reader]]:
    started: list[Reader] = []
    yield started
    for reader in started:
        reader.close()


def _finish(readers: list[Reader]) -> None:
    for r in readers:
        assert r.done.wait(180), r.proc.stderr.read() if r.proc.stderr else ""
    for r in readers:  # everyone has finished deciding: now each catches up
        assert r.proc.stdin is not None
        r.proc.stdin.write("\n")
        r.proc.stdin.flush()
    for r in readers:
        assert r.proc.wait(120) == 0, r.proc.stderr.read() if r.proc.stderr else ""
        r.join()


def _log(address: str) -> Counter[str]:
    """How many times each decision's text is in the server's log."""
    with psycopg.connect(address) as db:
        rows = db.execute(
            "SELECT payload::json->>'text' FROM claimgrid.decisions WHERE payload IS NOT NULL"
        ).fetchall()
    return Counter(str(r[0]) for r in rows)


def test_five_clients_deciding_at_once_see_one_matrix(
    tmp_path: Path, seeds_analysis: Analysis, pg_address: str, clients: list[Reader]
) -> None:
    _shared(tmp_path, seeds_analysis, pg_address)
    names = ["ana", "budi", "citra", "dewi", "eko"]
    readers = [Reader(_client(pg_address, name, 200)) for name in names]
    clients.extend(readers)
    _finish(readers)

    expected = {f"{name} #{i}" for name in names for i in range(200)}
    log = _log(pg_address)
    assert set(log) == expected  # nothing lost
    assert max(log.values()) == 1  # nothing twice
    digests = {r.value("matrix") for r in readers}
    fresh = SharedProject.open(pg_address, reviewer="auditor")
    try:
        digests.add(matrix_digest(fresh))
        assert len(fresh.review.decisions) == 1000
    finally:
        fresh.close()
    assert len(digests) == 1, "the clients show different matrices"
    assert {r.value("rows") for r in readers} == {"1000"}


def test_a_client_killed_loses_nothing_it_was_told_was_saved(
    tmp_path: Path, seeds_analysis: Analysis, pg_address: str, clients: list[Reader]
) -> None:
    _shared(tmp_path, seeds_analysis, pg_address)
    reader = Reader(_client(pg_address, "dewi", 100_000))
    clients.append(reader)
    for _ in range(60):
        assert reader.acks.acquire(timeout=60)
    os.kill(reader.proc.pid, signal.SIGKILL)
    reader.proc.wait(30)
    reader.join()
    acked = reader.acked()
    assert len(acked) >= 60
    log = _log(pg_address)
    assert set(acked) <= set(log)
    assert max(log.values()) == 1
    # the log holds at most the one decision in flight when the client died
    assert len(log) - len(acked) <= 1


def test_a_server_restart_midway_loses_nothing(
    tmp_path: Path,
    seeds_analysis: Analysis,
    pg: PgCluster,
    pg_address: str,
    clients: list[Reader],
) -> None:
    _shared(tmp_path, seeds_analysis, pg_address)
    names = ["ana", "budi", "citra"]
    readers = [Reader(_client(pg_address, name, 400)) for name in names]
    clients.extend(readers)
    for r in readers:
        for _ in range(20):
            assert r.acks.acquire(timeout=60)
    pg.stop()
    try:
        deciding = [r for r in readers if not r.done.is_set()]
        stopped_at = [len(r.acked()) for r in readers]
        time.sleep(1.0)  # clients meanwhile find the server gone and keep trying
        assert not any(r.done.is_set() for r in deciding)
    finally:
        pg.start()
    _finish(readers)
    assert deciding, "every client had finished before the server stopped: no test"
    assert [len(r.acked()) for r in readers] > stopped_at

    log = _log(pg_address)
    assert set(log) == {f"{name} #{i}" for name in names for i in range(400)}
    assert max(log.values()) == 1
    assert len({r.value("matrix") for r in readers}) == 1
