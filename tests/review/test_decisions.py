"""Each kind of decision, made from a Matrix and replayed over the analysis, without Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gui.domain import Analysis, Fact, FactKind, Origin, Status
from gui.review import Kind, Review, build_matrix
from gui.review import commands as cmd
from gui.review.apply import _Replay
from gui.review.decisions import from_payload, to_payload


def _made(analysis: Analysis, *decisions):
    review = Review()
    for d in decisions:
        review.record(d)
    return build_matrix(analysis, review), review


def _multi(analysis: Analysis) -> Fact:
    """A fact stated by three or more outlets."""
    return next(f for f in analysis.facts if f.coverage >= 3)


def test_every_kind_has_a_handler() -> None:
    assert all(hasattr(_Replay, f"_{k.value}") for k in Kind)


def test_no_decisions_leave_the_machine_matrix(seeds_analysis: Analysis) -> None:
    matrix = build_matrix(seeds_analysis, Review())
    assert matrix.facts == seeds_analysis.facts


def test_rename_fact_keeps_its_id_and_cells(seeds_analysis: Analysis) -> None:
    fact = _multi(seeds_analysis)
    base = build_matrix(seeds_analysis)
    matrix, _ = _made(seeds_analysis, cmd.rename_fact(base, fact.id, "  Troops   confirmed "))
    renamed = matrix.fact(fact.id)
    assert renamed.label == "Troops confirmed"
    assert renamed.cells == fact.cells
    assert [f.id for f in matrix.facts] == [f.id for f in seeds_analysis.facts]


def test_delete_and_hide(seeds_analysis: Analysis) -> None:
    first, second = seeds_analysis.facts[:2]
    base = build_matrix(seeds_analysis)
    matrix, _ = _made(
        seeds_analysis, cmd.delete_fact(base, first.id), cmd.hide_fact(base, second.id)
    )
    assert first.id not in {f.id for f in matrix.facts}
    assert matrix.fact(second.id).hidden
    shown, _ = _made(
        seeds_analysis, cmd.hide_fact(base, second.id), cmd.hide_fact(base, second.id, False)
    )
    assert not shown.fact(second.id).hidden


def test_set_status_marks_the_cell_reviewed_and_recomputes_agreement(
    seeds_analysis: Analysis,
) -> None:
    fact = _multi(seeds_analysis)
    sid = next(iter(fact.cells))
    base = build_matrix(seeds_analysis)
    matrix, _ = _made(seeds_analysis, cmd.set_status(base, fact.id, sid, Status.CONFLICT))
    cell = matrix.fact(fact.id).cell(sid)
    assert cell.status is Status.CONFLICT
    assert cell.reviewed
    assert cell.excerpt == fact.cell(sid).excerpt
    assert str(matrix.fact(fact.id).agreement) == "conflict"
    others = [c for s, c in matrix.fact(fact.id).cells.items() if s != sid]
    assert not any(c.reviewed for c in others)


def test_mark_row_and_cell_reviewed(seeds_analysis: Analysis) -> None:
    fact = _multi(seeds_analysis)
    sid = next(iter(fact.cells))
    base = build_matrix(seeds_analysis)
    row, _ = _made(seeds_analysis, cmd.mark_reviewed(base, fact.id))
    assert row.fact(fact.id).reviewed
    assert all(c.reviewed for c in row.fact(fact.id).cells.values())
    one, _ = _made(seeds_analysis, cmd.mark_reviewed(base, fact.id, sid))
    assert not one.fact(fact.id).reviewed
    assert [s for s, c in one.fact(fact.id).cells.items() if c.reviewed] == [sid]


def test_merge_takes_the_union_of_cells(seeds_analysis: Analysis) -> None:
    singles = [f for f in seeds_analysis.facts if f.coverage == 1]
    a = singles[0]
    b = next(f for f in singles if set(f.cells) != set(a.cells))
    base = build_matrix(seeds_analysis)
    matrix, _ = _made(seeds_analysis, cmd.merge_facts(base, [a.id, b.id]))
    merged = matrix.fact(a.id)
    assert set(merged.cells) == set(a.cells) | set(b.cells)
    assert b.id not in {f.id for f in matrix.facts}
    assert merged.origin is Origin.MANUAL
    assert len(matrix.facts) == len(seeds_analysis.facts) - 1
    with pytest.raises(ValueError):
        cmd.merge_facts(base, [a.id])


def test_split_moves_one_cell_to_a_new_row_after_it(seeds_analysis: Analysis) -> None:
    fact = _multi(seeds_analysis)
    sid = list(fact.cells)[1]
    base = build_matrix(seeds_analysis)
    matrix, review = _made(seeds_analysis, cmd.split_cell(base, fact.id, sid))
    ids = [f.id for f in matrix.facts]
    new_id = f"m{review.decisions[0].seq}"
    assert ids[ids.index(fact.id) + 1] == new_id
    assert sid not in matrix.fact(fact.id).cells
    new = matrix.fact(new_id)
    assert new.cells == {sid: fact.cells[sid]}
    assert new.origin is Origin.MANUAL
    assert matrix.source(sid).outlet in new.label


def test_create_fact_from_a_selection(seeds_analysis: Analysis) -> None:
    source = seeds_analysis.sources[2]
    start = source.text.index(".") + 2
    end = source.text.index(".", start) + 1
    base = build_matrix(seeds_analysis)
    matrix, review = _made(
        seeds_analysis, cmd.create_fact(base, source.id, start, end, kind=FactKind.STATEMENT)
    )
    new = matrix.facts[-1]
    assert new.id == f"m{review.decisions[0].seq}"
    cell = new.cell(source.id)
    assert source.text[cell.start : cell.end] == cell.excerpt == source.text[start:end].strip()
    assert cell.status is Status.AGREE and cell.reviewed
    assert new.origin is Origin.MANUAL
    assert new.label.endswith("…") and len(new.label) <= 90
    assert new.label.rstrip("…") in " ".join(source.text[start:end].split())


def test_attach_evidence_sets_that_outlets_cell(seeds_analysis: Analysis) -> None:
    fact = next(f for f in seeds_analysis.facts if len(f.cells) < len(seeds_analysis.sources))
    missing = next(s for s in seeds_analysis.sources if s.id not in fact.cells)
    start, end = 0, missing.text.index("\n") if "\n" in missing.text else 40
    base = build_matrix(seeds_analysis)
    matrix, _ = _made(seeds_analysis, cmd.attach_evidence(base, fact.id, missing.id, start, end))
    cell = matrix.fact(fact.id).cell(missing.id)
    assert (cell.start, cell.end) == (start, end)
    assert cell.excerpt == missing.text[start:end]
    assert cell.status is Status.AGREE and cell.reviewed


def test_notes_on_facts_and_cells(seeds_analysis: Analysis) -> None:
    fact = _multi(seeds_analysis)
    sid = next(iter(fact.cells))
    base = build_matrix(seeds_analysis)
    matrix, _ = _made(
        seeds_analysis,
        cmd.note_fact(base, fact.id, "Check the ministry's figure"),
        cmd.note_cell(base, fact.id, sid, "Quotes an unnamed official"),
    )
    assert matrix.fact(fact.id).note == "Check the ministry's figure"
    assert matrix.fact(fact.id).cell(sid).note == "Quotes an unnamed official"
    assert matrix.fact(fact.id).cell(sid).status is fact.cell(sid).status


def test_rename_outlet_and_back(seeds_analysis: Analysis) -> None:
    sid = seeds_analysis.sources[1].id
    base = build_matrix(seeds_analysis)
    matrix, _ = _made(seeds_analysis, cmd.rename_outlet(base, sid, "Kabar Pagi"))
    assert matrix.source(sid).outlet == "Kabar Pagi"
    back, _ = _made(
        seeds_analysis, cmd.rename_outlet(base, sid, "Kabar Pagi"), cmd.rename_outlet(base, sid, "")
    )
    assert back.source(sid).outlet == seeds_analysis.sources[1].outlet


def test_undo_and_redo_walk_the_history(seeds_analysis: Analysis) -> None:
    fact = _multi(seeds_analysis)
    base = build_matrix(seeds_analysis)
    review = Review()
    review.record(cmd.rename_fact(base, fact.id, "one"))
    review.record(cmd.rename_fact(base, fact.id, "two"))
    assert build_matrix(seeds_analysis, review).fact(fact.id).label == "two"
    assert review.undo() is not None
    assert build_matrix(seeds_analysis, review).fact(fact.id).label == "one"
    review.undo()
    assert build_matrix(seeds_analysis, review).facts == seeds_analysis.facts
    assert review.undo() is None
    review.redo()
    assert build_matrix(seeds_analysis, review).fact(fact.id).label == "one"
    review.record(cmd.delete_fact(base, fact.id))
    assert not review.can_redo
    assert [d.seq for d in review.decisions] == [1, 3]


def test_payloads_round_trip(seeds_analysis: Analysis) -> None:
    fact = _multi(seeds_analysis)
    other = seeds_analysis.facts[-1]
    sid = next(iter(fact.cells))
    base = build_matrix(seeds_analysis)
    decisions = [
        cmd.rename_fact(base, fact.id, "x"),
        cmd.delete_fact(base, fact.id),
        cmd.hide_fact(base, fact.id, False),
        cmd.set_status(base, fact.id, sid, Status.PARTIAL),
        cmd.mark_reviewed(base, fact.id, sid, reviewed=False),
        cmd.merge_facts(base, [fact.id, other.id]),
        cmd.split_cell(base, fact.id, sid),
        cmd.create_fact(base, sid, 3, 40, kind=FactKind.QUANTITY),
        cmd.attach_evidence(base, fact.id, sid, 5, 9),
        cmd.note_fact(base, fact.id, "n"),
        cmd.note_cell(base, fact.id, sid, "c"),
        cmd.rename_outlet(base, sid, "Outlet"),
        cmd.count_copies_once(True),
    ]
    assert {d.kind for d in decisions} == set(Kind)
    for d in decisions:
        d = replace(d, seq=7, made="2026-01-01T00:00:00+00:00")
        assert from_payload(to_payload(d), seq=7, made=d.made) == d
    with pytest.raises(ValueError):
        from_payload({"kind": "launch_rockets"})
