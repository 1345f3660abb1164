"""A second, invented event in two languages: a ferry sinking reported by four outlets that
disagree on the death toll as it rises, round numbers, and phrase things differently."""

from __future__ import annotations

import re

import pytest

from gui.domain import Agreement, Analysis, Attribution, FactKind, Status
from tests.analysis.corpus import analyse_corpus, sid, the_row


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse_corpus("ferry", sources=4)


def test_rising_death_toll_is_one_conflicting_row(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "02", 15)
    values = {p: row.cell(sid(analysis, p)).normalized for p in ("01", "02", "03", "04")}
    assert values == {"01": 12, "02": 15, "03": 12, "04": 18}
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "01")).status is Status.AGREE
    assert row.cell(sid(analysis, "03")).status is Status.AGREE  # "at least 12" states 12


def test_passengers_round_and_vague_numbers_are_partial(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "03", 187)
    assert row.cell(sid(analysis, "01")).status is Status.AGREE
    assert row.cell(sid(analysis, "02")).status is Status.PARTIAL  # "sekitar 200"
    assert row.cell(sid(analysis, "04")).status is Status.PARTIAL  # "ratusan"
    assert row.agreement is Agreement.PARTIAL


def test_crew_count_is_not_the_death_toll(analysis: Analysis) -> None:
    s1, s3 = sid(analysis, "01"), sid(analysis, "03")
    # Both outlets write 12 twice: twelve crew aboard, and twelve dead.
    crew = [f for f in analysis.facts if f.cell(s1).value == "12" and f.cell(s3).value == "12"]
    dead = the_row(analysis, FactKind.QUANTITY, "02", 15)
    assert len(crew) == 1
    assert crew[0].agreement is Agreement.CONSENSUS
    assert crew[0].id != dead.id
    assert dead.cell(s3).value == "at least 12"


def test_rescued_and_evacuated_survivors_align(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "01", 152)
    assert row.coverage == 3
    assert row.agreement is Agreement.CONSENSUS


def test_sinking_date_in_three_phrasings(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.DATE, "01", "2025-03-11")
    assert row.cell(sid(analysis, "02")).normalized == "2025-03-11"  # "Selasa malam"
    assert row.cell(sid(analysis, "03")).normalized == "2025-03-11"  # "late on Tuesday"
    assert row.agreement is Agreement.CONSENSUS


_ATTRIBUTION_ONLY = re.compile(r"(Menurut|According to) [^,.]+")


def test_who_said_it_is_shown_in_the_cells_not_as_rows(analysis: Analysis) -> None:
    # "According to X" is no fact: the official is marked where each outlet cites him.
    assert not [f.label for f in analysis.facts if _ATTRIBUTION_ONLY.fullmatch(f.label)]
    citing = {
        sid
        for sid, found in analysis.mentions.items()
        if any(isinstance(m, Attribution) and m.name.endswith("Made Suarta") for m in found)
    }
    assert len(citing) >= 3
