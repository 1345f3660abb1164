"""Decisions made from what the reviewer sees: a Matrix, a fact id, a source id, a span.

The views call these and hand the result to their document, which records it; tests call
them the same way without Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.domain import FactKind, Status
from gui.review.decisions import Decision, Kind, snapshot_of, target_of
from gui.review.matrix import Matrix


def _about(matrix: Matrix, fact_id: str, kind: Kind, **fields: object) -> Decision:
    fact = matrix.fact(fact_id)
    keys = dict(matrix.keys)
    return Decision(
        kind=kind,
        target=target_of(fact, keys),
        snapshot=snapshot_of(fact, keys),
        **fields,  # type: ignore[arg-type]
    )


def rename_fact(matrix: Matrix, fact_id: str, label: str) -> Decision:
    return _about(matrix, fact_id, Kind.RENAME_FACT, text=" ".join(label.split()))


def delete_fact(matrix: Matrix, fact_id: str) -> Decision:
    return _about(matrix, fact_id, Kind.DELETE_FACT)


def hide_fact(matrix: Matrix, fact_id: str, hidden: bool = True) -> Decision:
    return _about(matrix, fact_id, Kind.HIDE_FACT, flag=hidden)


def set_status(matrix: Matrix, fact_id: str, source_id: str, status: Status) -> Decision:
    return _about(matrix, fact_id, Kind.SET_STATUS, source=matrix.key(source_id), status=status)


def resolve_status(matrix: Matrix, fact_id: str, source_id: str, status: Status) -> Decision:
    """The cell's status as settled when reviewers disagreed: their disagreement closes."""
    return _about(
        matrix,
        fact_id,
        Kind.SET_STATUS,
        source=matrix.key(source_id),
        status=status,
        resolves=True,
    )


def mark_reviewed(
    matrix: Matrix, fact_id: str, source_id: str | None = None, reviewed: bool = True
) -> Decision:
    source = matrix.key(source_id) if source_id else ""
    return _about(matrix, fact_id, Kind.MARK_REVIEWED, source=source, flag=reviewed)


def note_fact(matrix: Matrix, fact_id: str, text: str) -> Decision:
    return _about(matrix, fact_id, Kind.NOTE_FACT, text=text.strip())


def note_cell(matrix: Matrix, fact_id: str, source_id: str, text: str) -> Decision:
    return _about(matrix, fact_id, Kind.NOTE_CELL, source=matrix.key(source_id), text=text.strip())


def merge_facts(matrix: Matrix, fact_ids: Sequence[str]) -> Decision:
    """The first fact absorbs the others' cells; it keeps its own where both have one."""
    if len(fact_ids) < 2:
        raise ValueError("merging needs two or more facts")
    keys = dict(matrix.keys)
    others = tuple(target_of(matrix.fact(i), keys) for i in fact_ids[1:])
    return _about(matrix, fact_ids[0], Kind.MERGE_FACTS, others=others)


def split_cell(matrix: Matrix, fact_id: str, source_id: str) -> Decision:
    """The outlet's cell moves out of the fact into a new row of its own."""
    fact = matrix.fact(fact_id)
    cell = fact.cell(source_id)
    outlet = matrix.source(source_id).outlet
    return _about(
        matrix,
        fact_id,
        Kind.SPLIT_CELL,
        source=matrix.key(source_id),
        start=cell.start,
        end=cell.end,
        text=f"{fact.label} ({outlet})",
    )


def create_fact(
    matrix: Matrix,
    source_id: str,
    start: int,
    end: int,
    label: str = "",
    kind: FactKind = FactKind.STATEMENT,
) -> Decision:
    """A new fact whose one cell is ``text[start:end]`` of the source."""
    text = matrix.source(source_id).text
    start, end = _trimmed(text, start, end)
    label = " ".join((label or text[start:end]).split())
    if len(label) > 90:
        label = label[:89].rstrip() + "…"
    return Decision(
        kind=Kind.CREATE_FACT,
        source=matrix.key(source_id),
        start=start,
        end=end,
        text=label,
        fact_kind=kind,
    )


def attach_evidence(matrix: Matrix, fact_id: str, source_id: str, start: int, end: int) -> Decision:
    """``text[start:end]`` of the source becomes that outlet's evidence for the fact."""
    start, end = _trimmed(matrix.source(source_id).text, start, end)
    return _about(
        matrix, fact_id, Kind.ATTACH_EVIDENCE, source=matrix.key(source_id), start=start, end=end
    )


def rename_outlet(matrix: Matrix, source_id: str, name: str) -> Decision:
    """An empty name goes back to the detected outlet."""
    return Decision(Kind.RENAME_OUTLET, source=matrix.key(source_id), text=" ".join(name.split()))


def count_copies_once(on: bool) -> Decision:
    return Decision(Kind.COUNT_COPIES_ONCE, flag=on)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span within ``text`` without the white space a mouse selection drags along."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
