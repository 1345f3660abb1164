"""An invented earthquake reported by five Indonesian outlets in their own styles (datelines,
"Baca juga" boxes, video captions), with tolls given as digits, words and vague amounts, and
money and periods written in different forms. What each outlet says, and which differences
are real conflicts, is in ``corpora/quake.truth.md``."""

from __future__ import annotations

import pytest

from gui.domain import Agreement, Analysis, FactKind, Status
from tests.analysis.corpus import analyse_corpus, sid, the_row


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse_corpus("quake", sources=5)


def status(analysis: Analysis, row_id: str, prefix: str) -> Status:
    row = next(f for f in analysis.facts if f.id == row_id)
    return row.cell(sid(analysis, prefix)).status


def test_death_toll_in_digits_words_and_vague_amounts(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "03", 41)
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "04")).value == "tiga puluh empat"
    for prefix in ("01", "02", "04"):
        assert status(analysis, row.id, prefix) is Status.AGREE
    assert status(analysis, row.id, "03") is Status.CONFLICT
    assert status(analysis, row.id, "05") is Status.PARTIAL  # "puluhan"


def test_injured_vaguer_counts_are_partial_not_conflicts(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "01", 212)
    assert row.agreement is Agreement.PARTIAL
    assert status(analysis, row.id, "03") is Status.AGREE
    assert status(analysis, row.id, "02") is Status.PARTIAL  # "ratusan"
    assert status(analysis, row.id, "04") is Status.PARTIAL  # "lebih dari 200"


def test_damaged_houses_conflict_and_schools_stay_apart(analysis: Analysis) -> None:
    houses = the_row(analysis, FactKind.QUANTITY, "05", 3100)
    assert houses.agreement is Agreement.CONFLICT
    assert status(analysis, houses.id, "04") is Status.AGREE  # 2.300
    schools = [f for f in analysis.facts if f.cell(sid(analysis, "05")).normalized == 47]
    assert schools and all(houses.id != f.id for f in schools)


def test_emergency_fund_in_two_amounts_of_rupiah_conflicts(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "01", 5e9)
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "02")).normalized == 5.2e9
    # Rp500 juta per village, from another government, is another fact.
    assert row.cell(sid(analysis, "04")).status is Status.ABSENT


def test_two_weeks_and_fourteen_days_are_one_period_and_seven_days_conflict(
    analysis: Analysis,
) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "02", 14)  # "dua pekan"
    assert row.cell(sid(analysis, "02")).value.endswith("dua pekan")
    for prefix in ("01", "04"):  # "14 hari"
        assert status(analysis, row.id, prefix) is Status.AGREE
    assert row.cell(sid(analysis, "05")).value == "7 hari"
    assert status(analysis, row.id, "05") is Status.CONFLICT


def test_the_moments_tallies_were_taken_are_no_conflict(analysis: Analysis) -> None:
    # "Data sementara BPBD Majene hingga Rabu sore mencatat ..." and "data ... per Kamis":
    # two outlets counting at different moments.
    dates = [f for f in analysis.facts if f.kind is FactKind.DATE]
    tallies = [
        f
        for f in dates
        for c in f.cells.values()
        if "hingga Rabu sore" in c.excerpt or "per Kamis" in c.excerpt
    ]
    assert not tallies, [f.label for f in tallies]


def test_tuesday_night_conflicts_with_the_quake_of_wednesday(analysis: Analysis) -> None:
    row = next(
        f
        for f in analysis.facts
        if f.kind is FactKind.DATE and f.cell(sid(analysis, "05")).value.startswith("Selasa")
    )
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "05")).status is Status.CONFLICT


def test_an_aftershock_is_not_the_main_shock(analysis: Analysis) -> None:
    main = the_row(analysis, FactKind.QUANTITY, "05", 6.2)
    assert main.cell(sid(analysis, "03")).status is Status.PARTIAL  # "di atas magnitudo 6"
    aftershock = the_row(analysis, FactKind.QUANTITY, "01", 4.6)
    assert aftershock.agreement is Agreement.SINGLE


def test_displaced_people_in_three_notations_and_one_conflict(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "03", 15000)
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "01")).normalized == 12500  # "sedikitnya 12.500"
    assert row.cell(sid(analysis, "02")).normalized == 12500  # "mencapai 12,5 ribu"
    assert status(analysis, row.id, "03") is Status.CONFLICT


def test_a_revised_magnitude_conflicts_and_the_superseded_one_stands_apart(
    analysis: Analysis,
) -> None:
    main = the_row(analysis, FactKind.QUANTITY, "05", 6.2)
    assert main.cell(sid(analysis, "02")).value == "M 6.1"  # "... sempat menyebut ... 6,2"
    assert main.agreement is Agreement.CONFLICT
    assert status(analysis, main.id, "02") is Status.CONFLICT
