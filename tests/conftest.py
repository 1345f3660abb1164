"""Every test keeps the app's data folder (untitled projects) in a throw-away place, and
speaks English unless it asks for another language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pgcluster import MISSING, PgCluster


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("CLAIMGRID_DATA_DIR", str(folder))
    # Tests read English unless they choose Indonesian; a developer's own locale stays out.
    monkeypatch.setenv("LANGUAGE", "en")
    yield folder


@pytest.fixture(scope="session")
def pg() -> Iterator[PgCluster]:
    """A throwaway PostgreSQL server for the session (skipped, with the reason, without one)."""
    cluster = PgCluster.find()
    if cluster is None:
        pytest.skip(MISSING)
    try:
        cluster.init()
    except Exception:
        log = cluster.log.read_text(errors="replace") if cluster.log.exists() else ""
        cluster.destroy()
        raise RuntimeError(f"could not start the test PostgreSQL server:\n{log}") from None
    yield cluster
    cluster.destroy()


@pytest.fixture
def pg_address(pg: PgCluster) -> str:
    """The address of an empty database of this test's own."""
    return pg.address(pg.new_database())
