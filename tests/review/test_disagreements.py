"""Two reviewers who set one cell differently: both decisions kept, an open disagreement on
that cell until one settles it; one reviewer changing their mind is no disagreement."""

from __future__ import annotations

from dataclasses import replace

from gui.domain import Analysis, Status
from gui.review import Review, build_matrix
from gui.review import commands as cmd
from gui.review.decisions import Decision, from_payload, to_payload
from gui.review.disagreements import open_disagreements


def _by(decision: Decision, reviewer: str) -> Decision:
    return replace(decision, extra={"reviewer": reviewer})


def test_disagreement_opens_and_is_settled(seeds_analysis: Analysis) -> None:
    review = Review()
    m = build_matrix(seeds_analysis, review)
    fact = next(f for f in m.facts if f.coverage >= 2)
    sid = sorted(fact.cells)[0]
    review.record(_by(cmd.set_status(m, fact.id, sid, Status.AGREE), "ana"))
    review.record(_by(cmd.set_status(m, fact.id, sid, Status.AGREE), "budi"))
    m = build_matrix(seeds_analysis, review)
    assert open_disagreements(m, review.decisions) == {}

    review.record(_by(cmd.set_status(m, fact.id, sid, Status.CONFLICT), "budi"))
    m = build_matrix(seeds_analysis, review)
    found = open_disagreements(m, review.decisions)
    assert list(found) == [(fact.id, sid)]
    assert found[(fact.id, sid)].positions == (("ana", Status.AGREE), ("budi", Status.CONFLICT))
    # the matrix shows the latest, and both decisions stay in force
    assert m.fact(fact.id).cells[sid].status is Status.CONFLICT
    assert len(review.decisions) == 3

    # Ana coming round to Budi's view leaves nothing to settle
    review.record(_by(cmd.set_status(m, fact.id, sid, Status.CONFLICT), "ana"))
    m = build_matrix(seeds_analysis, review)
    assert open_disagreements(m, review.decisions) == {}

    review.record(_by(cmd.set_status(m, fact.id, sid, Status.PARTIAL), "citra"))
    m = build_matrix(seeds_analysis, review)
    assert (fact.id, sid) in open_disagreements(m, review.decisions)
    settle = _by(cmd.resolve_status(m, fact.id, sid, Status.PARTIAL), "ana")
    assert from_payload(to_payload(settle)).resolves  # kept in the log as such
    review.record(settle)
    m = build_matrix(seeds_analysis, review)
    assert open_disagreements(m, review.decisions) == {}
    assert m.fact(fact.id).cells[sid].status is Status.PARTIAL


def test_one_reviewer_never_disagrees_with_themselves(seeds_analysis: Analysis) -> None:
    review = Review()
    m = build_matrix(seeds_analysis, review)
    fact = next(f for f in m.facts if f.coverage >= 2)
    sid = sorted(fact.cells)[0]
    for status in (Status.AGREE, Status.CONFLICT, Status.PARTIAL):
        review.record(cmd.set_status(m, fact.id, sid, status))  # a project file: no names
    assert open_disagreements(build_matrix(seeds_analysis, review), review.decisions) == {}
