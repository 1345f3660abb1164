"""A long CSV table: one line per stated cell (fact, outlet, status, value, excerpt)."""

from __future__ import annotations

import csv
from pathlib import Path

from gui.domain import Status
from gui.export.atomic import atomic_write
from gui.export.view import ExportView
from gui.review.matrix import Matrix

COLUMNS = (
    "fact_id",
    "fact",
    "kind",
    "agreement",
    "outlet",
    "status",
    "value",
    "normalized",
    "excerpt",
    "start",
    "end",
    "reviewed",
    "note",
    "origin",
    "fact_note",
    "decided_by",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: object) -> object:
    # A spreadsheet opening the CSV must not run an article's text as a formula.
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def rows(matrix: Matrix, view: ExportView | None = None) -> list[tuple[object, ...]]:
    view = view or ExportView()
    sources = view.sources(matrix)
    out = []
    for f in view.facts(matrix):
        for s in sources:
            c = f.cell(s.id)
            if c.status is Status.ABSENT and not (c.reviewed or c.note):
                continue
            out.append(
                (
                    f.id,
                    f.label,
                    str(f.kind),
                    str(f.agreement),
                    s.outlet,
                    str(c.status),
                    c.value,
                    "" if c.normalized is None else c.normalized,
                    c.excerpt,
                    c.start,
                    c.end,
                    "yes" if c.reviewed or f.reviewed else "",
                    c.note,
                    str(f.origin),
                    f.note,
                    c.decided_by or f.decided_by,
                )
            )
    return out


def write_csv(matrix: Matrix, path: str | Path, view: ExportView | None = None) -> Path:
    table = rows(matrix, view)

    def write(tmp: Path) -> None:
        # utf-8-sig so that spreadsheet programs detect the encoding of Indonesian text.
        with open(tmp, "w", encoding="utf-8-sig", errors="replace", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            writer.writerows(tuple(_safe(v) for v in row) for row in table)

    return atomic_write(path, write)
