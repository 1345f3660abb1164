"""Invented floods reported over three days by three English and three Indonesian outlets:
tolls rise from one day to the next, and two same-day reports disagree. Truth in
``corpora/floods.truth.md``."""

from __future__ import annotations

import pytest

from gui.domain import Agreement, Analysis, FactKind, Status
from tests.analysis.corpus import analyse_corpus, sid, the_row


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse_corpus("floods", sources=6)


def test_mastheads_are_not_headlines_and_slashed_datelines_are_read(analysis: Analysis) -> None:
    cbs = analysis.sources[2]  # "CBS NEWS" / "World" / headline / "Updated on: ... / ... / ..."
    assert cbs.title.startswith("Death toll from Indonesia floods")
    assert cbs.published is not None and cbs.published.day == 26


def test_same_day_missing_counts_conflict(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "02", 20)  # "20 missing"
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "01")).normalized == 17
    assert row.cell(sid(analysis, "04")).normalized == 17  # "17 orang hilang"


def test_displaced_and_homes_in_both_languages_are_compatible(analysis: Analysis) -> None:
    displaced = the_row(analysis, FactKind.QUANTITY, "04", 5200)  # "5.200 jiwa"
    homes = the_row(analysis, FactKind.QUANTITY, "04", 1200)  # "1.200 rumah"
    for row in (displaced, homes):
        assert row.agreement is Agreement.PARTIAL
        assert not [c for c in row.cells.values() if c.status is Status.CONFLICT]
        assert sum(1 for c in row.cells.values() if c.status is not Status.ABSENT) >= 4
