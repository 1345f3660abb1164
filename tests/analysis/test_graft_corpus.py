"""An invented corruption case reported by four Indonesian and two English outlets: money in
"Rp 4,8 triliun" and "4.8 trillion rupiah", counts in words of either language, lengths in
"kilometer" and "km". What each outlet says is in ``corpora/graft.truth.md``."""

from __future__ import annotations

import pytest

from gui.domain import Agreement, Analysis, FactKind, Status
from tests.analysis.corpus import analyse_corpus, sid, the_row

ALL = ("01", "02", "03", "04", "05", "06")


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse_corpus("graft", sources=6)


def test_tender_value_agrees_across_languages_and_notations(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "06", 4.8e12)
    assert row.agreement is Agreement.CONSENSUS
    assert all(row.cell(sid(analysis, p)).status is Status.AGREE for p in ALL)


def test_one_outlet_counts_four_suspects(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "03", 4)
    assert row.agreement is Agreement.CONFLICT
    for prefix in ("01", "02", "04", "05", "06"):  # "tiga", "three"
        assert row.cell(sid(analysis, prefix)).status is Status.AGREE


def test_state_losses_vaguer_figures_are_partial(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "05", 1.2e12)  # "Rp1.2 trillion"
    assert row.agreement is Agreement.PARTIAL
    assert row.cell(sid(analysis, "01")).status is Status.AGREE  # "sekitar Rp 1,2 triliun"
    assert row.cell(sid(analysis, "03")).status is Status.PARTIAL  # "lebih dari Rp 1 triliun"


def test_cash_seized_and_detention_agree_in_both_languages(analysis: Analysis) -> None:
    cash = the_row(analysis, FactKind.QUANTITY, "06", 3.5e9)
    assert {p for p in ALL if cash.cell(sid(analysis, p)).status is Status.AGREE} >= {
        "01",
        "05",
        "06",
    }
    days = the_row(analysis, FactKind.QUANTITY, "05", 20)  # "first 20 days"
    assert days.cell(sid(analysis, "01")).status is Status.AGREE  # "20 hari pertama"


def test_road_length_in_kilometer_and_km_is_one_row(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "02", 87)  # "87 km"
    assert row.cell(sid(analysis, "01")).status is Status.AGREE  # "87 kilometer"
    assert row.cell(sid(analysis, "05")).status is Status.AGREE


def test_rival_figures_in_one_currency_or_measure_conflict(analysis: Analysis) -> None:
    road = the_row(analysis, FactKind.QUANTITY, "06", 78)  # "78 km"
    assert road.agreement is Agreement.CONFLICT
    assert road.cell(sid(analysis, "01")).normalized == 87  # "87 kilometer"
    cash = the_row(analysis, FactKind.QUANTITY, "04", 2.8e9)  # "Rp 2,8 miliar"
    assert cash.agreement is Agreement.CONFLICT
    assert cash.cell(sid(analysis, "05")).value == "Rp3.5 billion"
