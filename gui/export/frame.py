"""The matrix as pandas tables: what every tabular export (Excel, CSV) writes.

Three shapes of the same :class:`Matrix`, each in the order of an :class:`ExportView`:

* :func:`to_frame` — wide, one row per fact: ``id, label, kind, coverage, agreement`` and then
  one column per visible outlet holding the cell exactly as the window shows it
  (``gui.display.cell_text``: ``"≠ 18.000"``, ``"~ 2024"``).
* :func:`status_frame` — the same rows and outlet columns holding each cell's status
  (``"agree"``, ``"conflict"``, ``"partial"``, ``"absent"``), so the display strings never have
  to be parsed back to learn a status. ``to_frame(m)[outlets]`` and ``status_frame(m)[outlets]``
  line up cell for cell.
* :func:`evidence_frame` — long, one row per non-absent cell, with the outlet's sentence.

Outlet columns are headed by the outlet name; two sources with the same outlet name (two
articles from one outlet) get ``"Kompas"`` and ``"Kompas (2)"`` so every column stays
addressable. :func:`outlet_headers` gives that mapping. Text is passed through untouched:
making it safe for a particular file format is the writer's job.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from gui.display import cell_text, published_origin
from gui.domain import Source, Status
from gui.export.view import EVERYTHING, ExportView
from gui.review.matrix import Matrix

LEADING_COLUMNS: tuple[str, ...] = ("id", "label", "kind", "coverage", "agreement")
EVIDENCE_COLUMNS: tuple[str, ...] = (
    "fact_id",
    "fact",
    "source_id",
    "outlet",
    "status",
    "value",
    "normalized",
    "sentence",
    "start",  # half-open offsets of the sentence into the source's text
    "end",
    "reviewed",  # "yes" when a reviewer set or confirmed the cell (or the whole fact)
    "note",  # the reviewer's note on the cell
    "origin",  # the fact's: machine, manual (made by the reviewer) or orphaned
    "fact_note",  # the reviewer's note on the fact
    "decided_by",  # shared projects: who made the latest decision on the cell (or row), when
)
SOURCE_COLUMNS: tuple[str, ...] = (
    "source_id",
    "outlet",
    "title",
    "published",
    "language",
    "file",
    "words",
    "url",  # the article's address, when the file or table gave one
    "copy_of",  # the source id of the article this one nearly copies, "" if none
    "published_from",  # where the date was read, in words ("from the dateline “…”")
)


def outlet_headers(
    sources: Iterable[Source], reserved: Iterable[str] = LEADING_COLUMNS
) -> list[str]:
    """One unique column header per source, in order: the outlet name, numbered on repeats."""
    taken = set(reserved)
    headers: list[str] = []
    for source in sources:
        base = source.outlet.strip() or source.id
        header, n = base, 1
        while header in taken:
            n += 1
            header = f"{base} ({n})"
        taken.add(header)
        headers.append(header)
    return headers


def to_frame(matrix: Matrix, view: ExportView | None = None) -> pd.DataFrame:
    """Wide table: one row per fact in view order, one display column per visible outlet."""
    view = view or EVERYTHING
    facts = view.facts(matrix)
    sources = view.sources(matrix)
    headers = outlet_headers(sources)
    rows = []
    for fact in facts:
        cells = [fact.cell(s.id) for s in sources]
        stated = sum(1 for c in cells if c.status is not Status.ABSENT)
        rows.append(
            [
                fact.id,
                fact.label,
                str(fact.kind),
                f"{stated}/{len(sources)}",
                str(fact.agreement),
                *(cell_text(fact.kind, c) for c in cells),
            ]
        )
    return pd.DataFrame(rows, columns=[*LEADING_COLUMNS, *headers], dtype=object)


def status_frame(matrix: Matrix, view: ExportView | None = None) -> pd.DataFrame:
    """The status of every cell of :func:`to_frame`: column ``id``, then one per outlet."""
    view = view or EVERYTHING
    sources = view.sources(matrix)
    rows = [
        [fact.id, *(str(fact.cell(s.id).status) for s in sources)] for fact in view.facts(matrix)
    ]
    return pd.DataFrame(rows, columns=["id", *outlet_headers(sources)], dtype=object)


def evidence_frame(matrix: Matrix, view: ExportView | None = None) -> pd.DataFrame:
    """Long table: one row per non-absent cell, facts in view order, outlets in view order,
    with the review's provenance (an absent cell a reviewer checked or noted is listed too)."""
    view = view or EVERYTHING
    sources = view.sources(matrix)
    rows = []
    for fact in view.facts(matrix):
        for source in sources:
            cell = fact.cell(source.id)
            if cell.status is Status.ABSENT and not (cell.reviewed or cell.note):
                continue
            rows.append(
                [
                    fact.id,
                    fact.label,
                    source.id,
                    source.outlet,
                    str(cell.status),
                    cell.value,
                    cell.normalized,
                    cell.excerpt,
                    cell.start,
                    cell.end,
                    "yes" if cell.reviewed or fact.reviewed else "",
                    cell.note,
                    str(fact.origin),
                    fact.note,
                    cell.decided_by or fact.decided_by,
                ]
            )
    frame = pd.DataFrame(rows, columns=list(EVIDENCE_COLUMNS), dtype=object)
    # Offsets are always integers; an explicit dtype keeps them so in an empty table too.
    return frame.astype({"start": "int64", "end": "int64"})


def sources_frame(matrix: Matrix, view: ExportView | None = None) -> pd.DataFrame:
    """One row per visible source, in view order."""
    view = view or EVERYTHING
    copies = matrix.analysis.copies
    rows = [
        [
            *(s.id, s.outlet, s.title, s.published, s.language, s.path, s.words, s.url),
            copies.get(s.id, ""),
            published_origin(s),
        ]
        for s in view.sources(matrix)
    ]
    frame = pd.DataFrame(rows, columns=list(SOURCE_COLUMNS), dtype=object)
    return frame.astype({"words": "int64"})
