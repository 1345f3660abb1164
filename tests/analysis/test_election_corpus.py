"""An invented election reported by two English outlets and one Indonesian outlet:
percentages in both number formats, a rounded figure, and a misreported inauguration date."""

from __future__ import annotations

import pytest

from gui.domain import Agreement, Analysis, FactKind, Status
from tests.analysis.corpus import analyse_corpus, sid, the_row


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse_corpus("election", sources=3)


def test_winning_share_in_both_number_formats(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "c_", 54.2)  # "54,2 persen"
    assert row.cell(sid(analysis, "a_")).normalized == 54.2  # "54.2%"
    assert row.cell(sid(analysis, "a_")).status is Status.AGREE
    assert row.cell(sid(analysis, "b_")).status is Status.CONFLICT  # "55%"


def test_headline_rounding_is_the_same_fact_as_the_body(analysis: Analysis) -> None:
    reuters = sid(analysis, "a_")
    shares = [f for f in analysis.facts if f.cell(reuters).normalized in (54, 54.2)]
    assert len(shares) == 1


def test_turnout_conflict(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "b_", 68)
    assert row.cell(sid(analysis, "a_")).normalized == 71
    assert row.cell(sid(analysis, "c_")).normalized == 71
    assert row.cell(sid(analysis, "b_")).status is Status.CONFLICT


def test_inauguration_date_conflict_across_languages(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.DATE, "c_", "2025-05-15")
    assert row.cell(sid(analysis, "a_")).normalized == "2025-04-15"
    assert row.cell(sid(analysis, "b_")).normalized == "2025-04-15"
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "c_")).status is Status.CONFLICT


def test_concession_day(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.DATE, "b_", "2025-03-02")
    assert row.cell(sid(analysis, "a_")).normalized == "2025-03-02"
    assert row.agreement is Agreement.CONSENSUS
