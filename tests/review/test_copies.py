"""Counting copies once: a copy group is one outlet for agreement and coverage, cells stay."""

from __future__ import annotations

from gui.domain import Agreement, Cell, Fact, FactKind, Source, Status, derive_agreement
from gui.review.copies import (
    count_copies_once,
    counted_cells,
    independent_coverage,
    independent_sources,
)

AGREE = Cell(Status.AGREE, "1.200", 1200.0, "Sebanyak 1.200 warga mengungsi.")
AGREE_EN = Cell(Status.AGREE, "1,200", 1200.0, "About 1,200 residents were evacuated.")
CONFLICT = Cell(Status.CONFLICT, "1.500", 1500.0, "Sebanyak 1.500 warga mengungsi.")
PARTIAL = Cell(Status.PARTIAL, "ribuan", 1000.0, "Ribuan warga mengungsi.")
ABSENT = Cell(Status.ABSENT)

# s2 and s3 rerun the agency story of s1; s5 reruns s4's.
COPIES = {"s2": "s1", "s3": "s1", "s5": "s4"}


def fact(fact_id: str, cells: dict[str, Cell]) -> Fact:
    return Fact(fact_id, FactKind.QUANTITY, "Warga mengungsi", cells, derive_agreement(cells))


def test_an_agency_text_and_its_reruns_are_one_confirmation() -> None:
    row = fact("f1", {"s1": AGREE, "s2": AGREE, "s3": AGREE})
    assert row.agreement is Agreement.CONSENSUS
    (once,) = count_copies_once([row], COPIES)
    assert once.agreement is Agreement.SINGLE
    assert once.cells == row.cells  # every outlet's cell is still there
    assert independent_coverage(row, COPIES) == 1
    assert row.coverage == 3


def test_an_independent_outlet_still_confirms() -> None:
    row = fact("f1", {"s1": AGREE, "s2": AGREE, "s3": AGREE, "s6": AGREE_EN})
    (once,) = count_copies_once([row], COPIES)
    assert once.agreement is Agreement.CONSENSUS
    assert independent_coverage(row, COPIES) == 2


def test_a_conflict_between_groups_stays_a_conflict() -> None:
    row = fact("f1", {"s1": AGREE, "s2": AGREE, "s4": CONFLICT, "s5": CONFLICT})
    (once,) = count_copies_once([row], COPIES)
    assert once.agreement is Agreement.CONFLICT
    assert set(counted_cells(row, COPIES)) == {"s1", "s4"}


def test_a_copy_stands_in_for_an_original_that_does_not_state_the_fact() -> None:
    # Copies that added a paragraph of their own: the first one speaks for the group.
    row = fact("f1", {"s1": ABSENT, "s3": AGREE, "s2": AGREE, "s6": AGREE_EN})
    assert list(counted_cells(row, COPIES)) == ["s3", "s6"]
    (once,) = count_copies_once([row], COPIES)
    assert once.agreement is Agreement.CONSENSUS
    alone = fact("f2", {"s2": AGREE, "s3": AGREE})
    assert count_copies_once([alone], COPIES)[0].agreement is Agreement.SINGLE


def test_a_copy_that_changed_the_fact_keeps_its_own_voice() -> None:
    # A rerun that printed another number is no longer repeating the text: the
    # disagreement must stay visible.
    row = fact("f1", {"s1": AGREE, "s2": CONFLICT, "s3": AGREE})
    counted = counted_cells(row, COPIES)
    assert counted == {"s1": AGREE, "s2": CONFLICT}
    assert count_copies_once([row], COPIES)[0].agreement is Agreement.CONFLICT
    vaguer = fact("f2", {"s1": AGREE, "s2": PARTIAL, "s3": AGREE})
    assert count_copies_once([vaguer], COPIES)[0].agreement is Agreement.PARTIAL


def test_unchanged_rows_are_the_same_objects_and_order_is_kept() -> None:
    rows = [
        fact("f1", {"s1": AGREE, "s2": AGREE}),
        fact("f2", {"s1": AGREE, "s4": CONFLICT}),
        fact("f3", {"s6": AGREE_EN}),
    ]
    once = count_copies_once(rows, COPIES)
    assert [f.id for f in once] == ["f1", "f2", "f3"]
    assert once[0] is not rows[0] and once[0].agreement is Agreement.SINGLE
    assert once[1] is rows[1] and once[2] is rows[2]
    assert count_copies_once(rows, {}) == tuple(rows)


def test_a_reviewed_row_keeps_its_reviewer_fields() -> None:
    row = Fact(
        "f1",
        FactKind.STATEMENT,
        "Bupati menetapkan tanggap darurat",
        {"s1": AGREE, "s3": AGREE},
        Agreement.CONSENSUS,
        note="dicek ke sumber asli",
        reviewed=True,
    )
    (once,) = count_copies_once([row], COPIES)
    assert (once.note, once.reviewed, once.label) == (row.note, True, row.label)
    assert once.agreement is Agreement.SINGLE


def test_independent_sources_counts_each_group_once() -> None:
    sources = [
        Source(sid, sid.upper(), "", None, "id", "", f"{sid}.txt")
        for sid in ("s1", "s2", "s3", "s4", "s5", "s6")
    ]
    assert independent_sources(sources, COPIES) == 3
    assert independent_sources(sources, {}) == 6
