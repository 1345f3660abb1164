"""The reviewer's decisions as plain records: what was decided, and about which evidence.

A decision never names a row number or a machine fact id, which change with every analysis.
It names its fact by **anchors**, the evidence spans of that fact's cells
(``source key, start, end``; the key is a hash of the source's text, so it survives a
re-read or a renumbering of the sources), and carries a **snapshot** of the fact as the
reviewer saw it, so a fact the machine no longer finds can be rebuilt as a flagged row.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from gui.domain import Cell, Fact, FactKind, Source, Status
from gui.i18n import QT_TRANSLATE_NOOP, translate


class Kind(StrEnum):
    RENAME_FACT = "rename_fact"
    DELETE_FACT = "delete_fact"
    HIDE_FACT = "hide_fact"  # flag: True hides, False shows again
    SET_STATUS = "set_status"
    MARK_REVIEWED = "mark_reviewed"  # source "" marks the whole row
    MERGE_FACTS = "merge_facts"
    SPLIT_CELL = "split_cell"
    CREATE_FACT = "create_fact"
    ATTACH_EVIDENCE = "attach_evidence"
    NOTE_FACT = "note_fact"
    NOTE_CELL = "note_cell"
    RENAME_OUTLET = "rename_outlet"
    COUNT_COPIES_ONCE = "count_copies_once"


_DESCRIPTIONS = {
    Kind.RENAME_FACT: QT_TRANSLATE_NOOP("Decision", "Rename Fact"),
    Kind.DELETE_FACT: QT_TRANSLATE_NOOP("Decision", "Delete Fact"),
    Kind.HIDE_FACT: QT_TRANSLATE_NOOP("Decision", "Hide Fact"),
    Kind.SET_STATUS: QT_TRANSLATE_NOOP("Decision", "Set Status"),
    Kind.MARK_REVIEWED: QT_TRANSLATE_NOOP("Decision", "Mark Reviewed"),
    Kind.MERGE_FACTS: QT_TRANSLATE_NOOP("Decision", "Merge Facts"),
    Kind.SPLIT_CELL: QT_TRANSLATE_NOOP("Decision", "Split Cell"),
    Kind.CREATE_FACT: QT_TRANSLATE_NOOP("Decision", "New Fact"),
    Kind.ATTACH_EVIDENCE: QT_TRANSLATE_NOOP("Decision", "Attach Evidence"),
    Kind.NOTE_FACT: QT_TRANSLATE_NOOP("Decision", "Note"),
    Kind.NOTE_CELL: QT_TRANSLATE_NOOP("Decision", "Note"),
    Kind.RENAME_OUTLET: QT_TRANSLATE_NOOP("Decision", "Rename Outlet"),
    Kind.COUNT_COPIES_ONCE: QT_TRANSLATE_NOOP("Decision", "Count Copies Once"),
}


def source_key(text: str) -> str:
    """A source's identity across analyses and projects: a hash of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Anchor:
    """One cell's evidence in the source whose key is ``source``: the sentence
    ``text[start:end]`` and its decisive words ``text[value_start:value_end]``.

    One sentence often states several facts, so the sentence alone does not tell them
    apart; the decisive words do.
    """

    source: str
    start: int
    end: int
    value_start: int = 0
    value_end: int = 0


@dataclass(frozen=True, slots=True)
class CellSnapshot:
    status: Status
    value: str
    start: int
    end: int
    value_start: int
    value_end: int
    excerpt: str

    def cell(self) -> Cell:
        return Cell(
            status=self.status,
            value=self.value,
            excerpt=self.excerpt,
            start=self.start,
            end=self.end,
            value_start=self.value_start,
            value_end=self.value_end,
        )


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A fact as the reviewer saw it when deciding; cells keyed by source key."""

    label: str
    kind: FactKind
    cells: tuple[tuple[str, CellSnapshot], ...] = ()


Target = tuple[Anchor, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    kind: Kind
    target: Target = ()  # the fact decided about
    others: tuple[Target, ...] = ()  # MERGE_FACTS: the facts merged into ``target``
    snapshot: Snapshot | None = None  # of ``target``, to rebuild it if it is no longer found
    source: str = ""  # source key of the cell decided about
    text: str = ""  # a label, a note, an outlet name
    status: Status | None = None
    flag: bool = True
    start: int = 0  # CREATE_FACT / ATTACH_EVIDENCE / SPLIT_CELL: the span in ``source``
    end: int = 0
    fact_kind: FactKind = FactKind.STATEMENT
    resolves: bool = False  # SET_STATUS: settles the reviewers' disagreement on the cell
    seq: int = 0  # order of making; 0 until the review records it
    made: str = ""  # ISO time the reviewer made it
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def describe(self) -> str:
        """What the decision does, for Undo and Redo, in the interface's language."""
        return translate("Decision", _DESCRIPTIONS[self.kind])


# ---- anchors and snapshots of a fact --------------------------------------------------


def target_of(fact: Fact, keys: dict[str, str]) -> Target:
    """The anchors of ``fact``: every cell that points at evidence. ``keys``: id -> key."""
    return tuple(
        Anchor(keys[sid], c.start, c.end, c.value_start, c.value_end)
        for sid, c in fact.cells.items()
        if c.end > c.start and sid in keys
    )


def snapshot_of(fact: Fact, keys: dict[str, str]) -> Snapshot:
    cells = tuple(
        (
            keys[sid],
            CellSnapshot(c.status, c.value, c.start, c.end, c.value_start, c.value_end, c.excerpt),
        )
        for sid, c in fact.cells.items()
        if sid in keys and c.status is not Status.ABSENT
    )
    return Snapshot(fact.label, fact.kind, cells)


def keys_of(sources: tuple[Source, ...] | list[Source]) -> dict[str, str]:
    """Source id -> key; sources with the same text (one story filed twice) get the key
    with "~2", "~3"... in corpus order, so a decision still names exactly one of them."""
    keys: dict[str, str] = {}
    seen: dict[str, int] = {}
    for s in sources:
        key = source_key(s.text)
        seen[key] = seen.get(key, 0) + 1
        keys[s.id] = key if seen[key] == 1 else f"{key}~{seen[key]}"
    return keys


# ---- payloads for the project file ----------------------------------------------------


def to_payload(d: Decision) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": str(d.kind)}
    if d.target:
        out["target"] = _anchors_out(d.target)
    if d.others:
        out["others"] = [_anchors_out(t) for t in d.others]
    if d.snapshot is not None:
        out["snapshot"] = {
            "label": d.snapshot.label,
            "kind": str(d.snapshot.kind),
            "cells": [
                [key, str(c.status), c.value, c.start, c.end, c.value_start, c.value_end, c.excerpt]
                for key, c in d.snapshot.cells
            ],
        }
    for name in ("source", "text"):
        if getattr(d, name):
            out[name] = getattr(d, name)
    if d.status is not None:
        out["status"] = str(d.status)
    if not d.flag:
        out["flag"] = False
    if d.end:
        out["start"], out["end"] = d.start, d.end
    if d.fact_kind is not FactKind.STATEMENT:
        out["fact_kind"] = str(d.fact_kind)
    if d.resolves:
        out["resolves"] = True
    return out


def from_payload(data: dict[str, Any], *, seq: int = 0, made: str = "") -> Decision:
    """The decision of a stored payload; ``ValueError`` if it is not one."""
    try:
        snap = data.get("snapshot")
        snapshot = None
        if snap is not None:
            snapshot = Snapshot(
                label=str(snap["label"]),
                kind=FactKind(snap["kind"]),
                cells=tuple(
                    (str(c[0]), CellSnapshot(Status(c[1]), str(c[2]), *map(int, c[3:7]), str(c[7])))
                    for c in snap["cells"]
                ),
            )
        status = data.get("status")
        return Decision(
            kind=Kind(data["kind"]),
            target=_anchors_in(data.get("target", [])),
            others=tuple(_anchors_in(t) for t in data.get("others", [])),
            snapshot=snapshot,
            source=str(data.get("source", "")),
            text=str(data.get("text", "")),
            status=Status(status) if status is not None else None,
            flag=bool(data.get("flag", True)),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            fact_kind=FactKind(data.get("fact_kind", FactKind.STATEMENT)),
            resolves=bool(data.get("resolves", False)),
            seq=seq,
            made=made,
        )
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        raise ValueError(f"not a decision: {exc}") from exc


def _anchors_out(target: Target) -> list[list[Any]]:
    return [[a.source, a.start, a.end, a.value_start, a.value_end] for a in target]


def _anchors_in(raw: list[list[Any]]) -> Target:
    return tuple(Anchor(str(a[0]), *(int(n) for n in a[1:5])) for a in raw)


def with_seq(d: Decision, seq: int, made: str) -> Decision:
    return replace(d, seq=seq, made=made)
