from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pgcluster import MISSING, PgCluster
from tests.review.conftest import seeds_analysis

__all__ = ["seeds_analysis"]


@pytest.fixture(scope="session")
def pg() -> Iterator[PgCluster]:
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
