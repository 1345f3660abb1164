"""Replaying the reviewer's decisions, in the order made, over one analysis.

Each decision finds its fact by anchors: the row with the most cells whose evidence (the
sentence and its decisive words, in the same source by content key) matches the decision's.
A decision that adds something (a label, a status, a note, evidence, a merge) whose fact
is no longer found rebuilds that fact from its snapshot as an ``orphaned`` row, so nothing
the reviewer made is dropped silently. Deleting or hiding a fact that is gone has nothing
left to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from gui.domain import (
    ABSENT,
    Agreement,
    Analysis,
    Cell,
    Fact,
    FactKind,
    Origin,
    Status,
    derive_agreement,
)
from gui.review.decisions import Anchor, Decision, Target, keys_of


@dataclass(slots=True)
class _Row:
    id: str
    kind: FactKind
    label: str
    cells: dict[str, Cell]
    agreement: Agreement
    origin: Origin = Origin.MACHINE
    note: str = ""
    reviewed: bool = False
    hidden: bool = False
    touched: bool = False
    secondary: bool = False  # see Fact.secondary; a row the reviewer worked on is not
    decided_by: str = ""
    orphan_of: frozenset[Anchor] = field(default_factory=frozenset)

    def fact(self) -> Fact:
        agreement = self.agreement
        if self.touched:
            agreement = derive_agreement(self.cells)
        return Fact(
            id=self.id,
            kind=self.kind,
            label=self.label,
            cells=dict(self.cells),
            agreement=agreement,
            origin=self.origin,
            note=self.note,
            reviewed=self.reviewed,
            hidden=self.hidden,
            decided_by=self.decided_by,
            secondary=self.secondary and not (self.touched or self.reviewed or self.note),
        )


@dataclass(frozen=True, slots=True)
class Applied:
    facts: tuple[Fact, ...]
    outlet_names: Mapping[str, str]  # source id -> the reviewer's outlet name
    count_copies_once: bool


class _Replay:
    def __init__(self, analysis: Analysis, keys: Mapping[str, str] | None) -> None:
        self.keys = dict(keys) if keys is not None else keys_of(analysis.sources)
        self.ids = {k: sid for sid, k in self.keys.items()}
        self.texts = {s.id: s.text for s in analysis.sources}
        self.rows: list[_Row] = [
            _Row(
                f.id,
                f.kind,
                f.label,
                dict(f.cells),
                f.agreement,
                f.origin,
                f.note,
                f.reviewed,
                secondary=f.secondary,
            )
            for f in analysis.facts
        ]
        self.outlet_names: dict[str, str] = {}
        self.copies_once = False
        # Which row holds the cell with this evidence: finding a decision's fact is then a
        # few lookups, not a scan of every row (thousands of rows, hundreds of decisions).
        self.holder: dict[tuple[str, int, int, int, int], _Row] = {}
        self.gone: set[int] = set()  # id() of rows deleted or merged away
        for row in self.rows:
            self._index(row)

    def _index(self, row: _Row) -> None:
        for sid, cell in row.cells.items():
            if cell.end > cell.start:
                self.holder[(sid, cell.start, cell.end, cell.value_start, cell.value_end)] = row

    def _remove(self, row: _Row) -> None:
        self.rows.remove(row)
        self.gone.add(id(row))

    # ---- finding a decision's fact --------------------------------------------------

    def find(self, target: Target, kind: FactKind | None = None) -> _Row | None:
        """The row holding most of ``target``'s evidence: the same sentence and decisive
        words count double; an overlapping sentence whose decisive words read the same
        (the engine drew the span a little differently) counts once, for a row of ``kind``."""
        if not target:
            return None
        wanted = [(a, self.ids.get(a.source)) for a in target]
        exact: dict[int, tuple[_Row, int]] = {}
        for anchor, sid in wanted:
            if sid is None:
                continue
            key = (sid, anchor.start, anchor.end, anchor.value_start, anchor.value_end)
            row = self.holder.get(key)
            if row is None or id(row) in self.gone:
                continue
            cell = row.cells.get(sid)
            if cell is not None and self._match(anchor, sid, cell, True) == 2:
                held, score = exact.get(id(row), (row, 0))
                exact[id(row)] = (held, score + 2)
        if exact:
            return max(exact.values(), key=lambda pair: pair[1])[0]
        best, best_score = None, 0
        for row in self.rows:
            score = 0
            for anchor, sid in wanted:
                cell = row.cells.get(sid) if sid else None
                if cell is not None:
                    score += self._match(anchor, sid, cell, kind is None or row.kind is kind)
            if score > best_score:
                best, best_score = row, score
        if best is None:
            whole = frozenset(target)
            best = next((r for r in self.rows if r.orphan_of == whole), None)
        return best

    def _match(self, anchor: Anchor, sid: str | None, cell: Cell, same_kind: bool) -> int:
        if (cell.start, cell.end, cell.value_start, cell.value_end) == (
            anchor.start,
            anchor.end,
            anchor.value_start,
            anchor.value_end,
        ):
            return 2
        if (
            not same_kind
            or sid is None
            or not (anchor.start < cell.end and cell.start < anchor.end)
        ):
            return 0
        text = self.texts[sid]
        words = text[anchor.value_start : anchor.value_end]
        return int(bool(words.strip()) and text[cell.value_start : cell.value_end] == words)

    def find_or_rebuild(self, d: Decision) -> _Row | None:
        row = self.find(d.target, d.snapshot.kind if d.snapshot else None)
        if row is not None or d.snapshot is None:
            return row
        snap = d.snapshot
        cells = {
            self.ids[key]: c.cell() for key, c in snap.cells if key in self.ids and c.end > c.start
        }
        row = _Row(
            id=f"m{d.seq}",
            kind=snap.kind,
            label=snap.label,
            cells=cells,
            agreement=Agreement.SINGLE,
            origin=Origin.ORPHANED,
            touched=True,
            orphan_of=frozenset(d.target),
        )
        self.rows.append(row)
        self._index(row)
        return row

    def source_id(self, key: str) -> str | None:
        return self.ids.get(key)

    # ---- applying one decision ------------------------------------------------------

    def apply(self, d: Decision) -> None:
        # Every Kind has a handler named after it (a test checks).
        getattr(self, f"_{d.kind.value}")(d)

    def _rename_fact(self, d: Decision) -> None:
        row = self.find_or_rebuild(d)
        if row is not None:
            row.label = d.text
            row.decided_by = _who(d) or row.decided_by

    def _note_fact(self, d: Decision) -> None:
        row = self.find_or_rebuild(d)
        if row is not None:
            row.note = d.text
            row.decided_by = _who(d) or row.decided_by

    def _delete_fact(self, d: Decision) -> None:
        row = self.find(d.target)
        if row is not None:
            self._remove(row)

    def _hide_fact(self, d: Decision) -> None:
        row = self.find(d.target)
        if row is not None:
            row.hidden = d.flag
            row.decided_by = _who(d) or row.decided_by

    def _set_status(self, d: Decision) -> None:
        row = self.find_or_rebuild(d)
        sid = self.source_id(d.source)
        if row is None or sid is None or d.status is None:
            return
        cell = row.cells.get(sid, ABSENT)
        who = _who(d) or cell.decided_by
        row.cells[sid] = replace(cell, status=d.status, reviewed=True, decided_by=who)
        row.touched = True

    def _mark_reviewed(self, d: Decision) -> None:
        row = self.find_or_rebuild(d)
        if row is None:
            return
        if not d.source:
            row.reviewed = d.flag
            row.decided_by = _who(d) or row.decided_by
            for sid, cell in row.cells.items():
                row.cells[sid] = replace(cell, reviewed=d.flag)
            return
        sid = self.source_id(d.source)
        if sid is not None:
            cell = row.cells.get(sid, ABSENT)
            who = _who(d) or cell.decided_by
            row.cells[sid] = replace(cell, reviewed=d.flag, decided_by=who)

    def _note_cell(self, d: Decision) -> None:
        row = self.find_or_rebuild(d)
        sid = self.source_id(d.source)
        if row is not None and sid is not None:
            cell = row.cells.get(sid, ABSENT)
            who = _who(d) or cell.decided_by
            row.cells[sid] = replace(cell, note=d.text, decided_by=who)

    def _merge_facts(self, d: Decision) -> None:
        into = self.find_or_rebuild(d)
        if into is None:
            return
        for other_target in d.others:
            other = self.find(other_target)
            if other is None or other is into:
                continue
            for sid, cell in other.cells.items():
                mine = into.cells.get(sid)
                if mine is None or mine.status is Status.ABSENT:
                    into.cells[sid] = cell
            if other.note and other.note not in into.note:
                into.note = f"{into.note}\n{other.note}".strip()
            self._remove(other)
        self._index(into)
        into.origin = Origin.MANUAL if into.origin is Origin.MACHINE else into.origin
        into.touched = True

    def _split_cell(self, d: Decision) -> None:
        sid = self.source_id(d.source)
        if sid is None:
            return
        row = self.find(d.target)
        if row is None or sid not in row.cells or len(row.cells) < 2:
            return
        cell = row.cells.pop(sid)
        row.touched = True
        new = _Row(
            id=f"m{d.seq}",
            kind=row.kind,
            label=d.text or row.label,
            cells={sid: cell},
            agreement=Agreement.SINGLE,
            origin=Origin.MANUAL,
            touched=True,
        )
        self.rows.insert(self.rows.index(row) + 1, new)
        self._index(new)

    def _create_fact(self, d: Decision) -> None:
        sid = self.source_id(d.source)
        cells = {}
        if sid is not None:
            cells[sid] = self._evidence(sid, d.start, d.end, Status.AGREE)
        origin = Origin.MANUAL if sid is not None else Origin.ORPHANED
        row = _Row(
            id=f"m{d.seq}",
            kind=d.fact_kind,
            label=d.text,
            cells=cells,
            agreement=Agreement.SINGLE,
            origin=origin,
            touched=True,
        )
        self.rows.append(row)
        self._index(row)

    def _attach_evidence(self, d: Decision) -> None:
        row = self.find_or_rebuild(d)
        sid = self.source_id(d.source)
        if row is None or sid is None:
            return
        old = row.cells.get(sid, ABSENT)
        status = old.status if old.status is not Status.ABSENT else Status.AGREE
        row.cells[sid] = replace(self._evidence(sid, d.start, d.end, status), note=old.note)
        row.touched = True
        self._index(row)

    def _rename_outlet(self, d: Decision) -> None:
        sid = self.source_id(d.source)
        if sid is None:
            return
        if d.text:
            self.outlet_names[sid] = d.text
        else:
            self.outlet_names.pop(sid, None)

    def _count_copies_once(self, d: Decision) -> None:
        self.copies_once = d.flag

    def _evidence(self, sid: str, start: int, end: int, status: Status) -> Cell:
        text = self.texts[sid]
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        excerpt = text[start:end]
        return Cell(
            status=status,
            value=" ".join(excerpt.split())[:80],
            excerpt=excerpt,
            start=start,
            end=end,
            value_start=start,
            value_end=end,
            reviewed=True,
        )


def _who(d: Decision) -> str:
    """ "Dewi, 2025-03-04 10:42" for a decision that names its reviewer (a shared project)."""
    reviewer = str(d.extra.get("reviewer", "")) if d.extra else ""
    if not reviewer:
        return ""
    when = d.made[:16].replace("T", " ")
    return f"{reviewer}, {when}" if when else reviewer


def apply_decisions(
    analysis: Analysis, decisions: Iterable[Decision], *, keys: Mapping[str, str] | None = None
) -> Applied:
    """The facts, outlet names and options of ``analysis`` once ``decisions`` are replayed."""
    replay = _Replay(analysis, keys)
    for d in decisions:
        replay.apply(d)
    return Applied(
        facts=tuple(row.fact() for row in replay.rows),
        outlet_names=dict(replay.outlet_names),
        count_copies_once=replay.copies_once,
    )
