"""Every test keeps the app's data folder (untitled projects) in a throw-away place, and
speaks English unless it asks for another language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("CLAIMGRID_DATA_DIR", str(folder))
    # Tests read English unless they choose Indonesian; a developer's own locale stays out.
    monkeypatch.setenv("LANGUAGE", "en")
    yield folder
