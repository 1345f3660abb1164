"""The seeds analysed once per session: a real matrix for decisions to act on."""

from __future__ import annotations

import pytest

from gui.analysis import analyze
from gui.domain import Analysis
from gui.ingest import load_paths
from gui.paths import seeds_dir


@pytest.fixture(scope="session")
def seeds_analysis() -> Analysis:
    loaded = load_paths([seeds_dir()])
    return analyze(loaded.sources, refused=loaded.refused)
