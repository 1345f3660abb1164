from __future__ import annotations

import pytest

from gui.review import Matrix
from tests.export.matrices import hostile_matrix, sample_matrix


@pytest.fixture
def matrix() -> Matrix:
    return sample_matrix()


@pytest.fixture
def hostile() -> Matrix:
    return hostile_matrix()
