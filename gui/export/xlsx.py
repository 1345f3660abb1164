"""The claims matrix as an Excel workbook for the newsroom.

Four sheets: **Matrix** (facts x outlets, cells coloured by status and linked to their
evidence), **Evidence** (one row per stated cell, with the outlet's sentence, as an Excel
table whose fact ids link back to the matrix cell), **Sources** and **Summary** (counts, a
chart per outlet, the legend, and what the workbook was made from).

openpyxl writes the workbook in write-only mode with every format made once; the data rows
of the two large sheets are serialised by :mod:`gui.export.bulk_rows`, which keeps a
100-outlet matrix about as fast to write as the bare table. Every piece of text is stored
as a string cell, so nothing an article says can become a formula.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from gui.domain import Agreement, FactKind, Source, Status
from gui.export import bulk_rows
from gui.export.atomic import atomic_write
from gui.export.bulk_rows import BulkCell, BulkRows
from gui.export.frame import LEADING_COLUMNS, evidence_frame, sources_frame, status_frame, to_frame
from gui.export.safe_text import clean_text
from gui.export.view import EVERYTHING, ExportView
from gui.export.workbook_text import (
    EVIDENCE_HEADERS,
    MATRIX_HEADERS,
    SOURCE_HEADERS,
    headers,
    origin_word,
    sheet_name,
    word,
)
from gui.export.xlsx_cells import (
    HEADER_FILL,
    clean,
    header_row,
    make_style,
    naive,
    printable,
    set_widths,
    sheet_cell,
    text_width,
)
from gui.export.xlsx_sources import sources_sheet
from gui.export.xlsx_summary import summary_sheet
from gui.palette import (
    AGREEMENT_FILL,
    AGREEMENT_TEXT,
    STATUS_FILL,
    STATUS_TEXT,
    agreement_word,
    kind_word,
    status_word,
)
from gui.review.matrix import Matrix

# The sheets' names in English; a workbook written in another language names them so.
MATRIX_SHEET = "Matrix"
EVIDENCE_SHEET = "Evidence"
SOURCES_SHEET = "Sources"
SOURCES_SHEET = "Sources"
SUMMARY_SHEET = "Summary"
EVIDENCE_TABLE = "Evidence"  # the Excel table's own name, never shown as a sheet name
__all__ = ["EVIDENCE_HEADERS", "MATRIX_HEADERS", "SOURCE_HEADERS", "build_workbook", "write_xlsx"]

MATRIX_FROZEN = "C2"  # the header row, and the id and label columns
# Hyperlinks Excel keeps on one worksheet; past that it "repairs" the file by dropping them.
MAX_LINKS = 65_530


def sheet_link(sheet: str, column: int, row: int) -> str:
    """The internal hyperlink location of a cell (1-based column and row)."""
    return f"'{sheet}'!{get_column_letter(column)}{row}"


def write_xlsx(
    matrix: Matrix,
    path: str | Path,
    view: ExportView | None = None,
    *,
    inputs: Sequence[str] = (),
    now: datetime | None = None,
) -> Path:
    """Write ``matrix`` (the part ``view`` selects) to ``path`` as an .xlsx workbook.

    ``inputs`` names the files the workbook was made from (default: the sources' paths) and
    ``now`` when (default: the current local time). The file at ``path`` is replaced only
    once the new one is complete; any failure raises :class:`ExportError` naming the file
    and the reason, and leaves an existing file as it was.
    """
    view = view or EVERYTHING
    made = naive(now or datetime.now().astimezone())
    files = list(inputs) or [s.path for s in matrix.sources]

    def write(tmp: Path) -> None:
        # Everything is built inside the atomic write, so any failure on the way (a full disk
        # while the rows stream out) is reported as this export's and leaves no half file.
        wb, bulk = build_workbook(matrix, view, inputs=files, now=made)
        bulk_rows.save(wb, tmp, bulk)

    return atomic_write(path, write)


def build_workbook(
    matrix: Matrix, view: ExportView, *, inputs: Sequence[str], now: datetime
) -> tuple[Workbook, list[BulkRows]]:
    """The streamed workbook and the data rows still to be written into it on saving."""
    wb = Workbook(write_only=True)
    wb.properties.creator = "Claimgrid"
    wb.properties.title = word("Claims matrix")
    wb.properties.created = now
    wb.properties.modified = now

    sources = view.sources(matrix)
    wide = to_frame(matrix, view)
    evidence = evidence_frame(matrix, view)
    # Where each stated cell sits on both sheets, so each can link to the other.
    evidence_row = {
        key: i + 2
        for i, key in enumerate(zip(evidence["fact_id"], evidence["source_id"], strict=True))
    }
    matrix_row = {fact_id: i + 2 for i, fact_id in enumerate(wide["id"])}
    matrix_column = {s.id: len(LEADING_COLUMNS) + j + 1 for j, s in enumerate(sources)}

    # Each sheet links its first stated cells, in its own reading order, up to the limit.
    linked = min(len(evidence), MAX_LINKS)

    bulk = [
        _matrix_sheet(
            wb,
            wide,
            status_frame(matrix, view),
            sources,
            evidence_row,
            reviewed_cells(matrix),
            links=linked,
        ),
        _evidence_sheet(wb, evidence, matrix_row, matrix_column, links=linked),
    ]
    sources_sheet(wb, sources_frame(matrix, view), {s.id: s.outlet for s in matrix.sources})
    ws = wb.create_sheet(sheet_name("summary"))
    printable(ws, title_rows=None)
    note = links_note(linked, len(evidence))
    summary_sheet(ws, matrix, view, inputs=inputs, now=now, links=note)
    return wb, bulk


def links_note(linked: int, stated: int) -> str:
    """What the Summary sheet says about the links between Matrix and Evidence."""
    if linked == stated:
        return (
            "Each stated cell of the Matrix links to its row in Evidence, and each fact id in "
            "Evidence back to its Matrix cell."
        )
    return (
        f"The first {linked:,} of {stated:,} stated cells of the Matrix link to their rows in "
        f"Evidence, and the first {linked:,} fact ids in Evidence back to their Matrix cells: "
        f"Excel keeps at most {MAX_LINKS:,} links on a sheet. For the rest, filter Evidence by "
        "the fact id and the outlet."
    )


def _matrix_sheet(
    wb: Workbook,
    wide: pd.DataFrame,
    statuses: pd.DataFrame,
    sources: Sequence[Source],
    evidence_row: dict[tuple[str, str], int],
    reviewed: set[tuple[str, str]],
    *,
    links: int,
) -> BulkRows:
    ws = wb.create_sheet(sheet_name("matrix"))
    printable(ws, title_columns="A:B")  # the id and the fact's label on every page
    outlets = list(wide.columns[len(LEADING_COLUMNS) :])
    header = make_style(ws, fill=HEADER_FILL, bold=True, vertical="center", wrap=True)
    outlet_header = make_style(
        ws, fill=HEADER_FILL, bold=True, horizontal="center", vertical="center", wrap=True
    )
    plain = make_style(ws).id
    label = make_style(ws, wrap=True).id
    status_style = {
        str(s): make_style(
            ws,
            fill=STATUS_FILL[s],
            text=STATUS_TEXT[s],
            horizontal="center",
            vertical="center",
            wrap=True,
            border="#FFFFFF",  # a hairline gap tells neighbouring cells of one colour apart
        ).id
        for s in Status
    }
    reviewed_style = {
        str(s): make_style(
            ws,
            fill=STATUS_FILL[s],
            text=STATUS_TEXT[s],
            bold=True,
            horizontal="center",
            vertical="center",
            wrap=True,
            border="#000000",  # a reviewer's cell: framed and bold, as on screen
        ).id
        for s in Status
    }
    agreement_style = {
        str(a): make_style(ws, fill=AGREEMENT_FILL[a], text=AGREEMENT_TEXT[a]).id for a in Agreement
    }

    # A streamed sheet takes its layout before its first row.
    names = headers(MATRIX_HEADERS, LEADING_COLUMNS)
    widths = [
        text_width(wide["id"], names[0], low=6, high=14),
        text_width(wide["label"], names[1], low=24, high=60),
        11,
        10,
        12,
        *(text_width(wide[o], o, low=9, high=28) for o in outlets),
    ]
    set_widths(ws, widths)
    ws.freeze_panes = MATRIX_FROZEN
    ws.auto_filter.ref = f"A1:{get_column_letter(len(wide.columns))}{len(wide) + 1}"
    ws.append(
        [sheet_cell(ws, name, header) for name in names]
        + [sheet_cell(ws, o, outlet_header) for o in outlets]
    )
    source_ids = [s.id for s in sources]
    evidence_sheet = sheet_name("evidence")

    def rows() -> Iterator[list[BulkCell]]:
        left = links
        for values, states in zip(
            wide.itertuples(index=False, name=None),
            statuses[outlets].itertuples(index=False, name=None),
            strict=True,
        ):
            fact_id, fact_label, kind, coverage, agreement = values[: len(LEADING_COLUMNS)]
            row: list[BulkCell] = [
                (clean_text(fact_id), plain, None),
                (clean_text(fact_label), label, None),
                (kind_word(FactKind(kind)), plain, None),
                (coverage, plain, None),
                (agreement_word(Agreement(agreement)), agreement_style[agreement], None),
            ]
            for text, state, source_id in zip(
                values[len(LEADING_COLUMNS) :], states, source_ids, strict=True
            ):
                style = status_style if (fact_id, source_id) not in reviewed else reviewed_style
                if state == Status.ABSENT:
                    row.append((None, style[state], None))
                    continue
                link = None
                if left > 0:
                    link = sheet_link(evidence_sheet, 1, evidence_row[fact_id, source_id])
                    left -= 1
                row.append((clean_text(text), style[state], link))
            yield row

    wrapped = {i: widths[i] for i in (1, *range(len(LEADING_COLUMNS), len(widths)))}
    return BulkRows(ws, rows(), wrapped=wrapped)


def _evidence_sheet(
    wb: Workbook,
    evidence: pd.DataFrame,
    matrix_row: dict[str, int],
    matrix_column: dict[str, int],
    *,
    links: int,
) -> BulkRows:
    ws = wb.create_sheet(sheet_name("evidence"))
    printable(ws, title_columns="A:B")
    header = make_style(ws, bold=True, vertical="center")
    plain = make_style(ws).id
    wrap = make_style(ws, wrap=True).id
    status_style = {
        str(s): make_style(ws, fill=STATUS_FILL[s], text=STATUS_TEXT[s], horizontal="center").id
        for s in Status
    }
    names = headers(EVIDENCE_HEADERS, list(evidence.columns))
    widths = [
        text_width(evidence["fact_id"], names[0], low=9, high=14),
        40,
        text_width(evidence["source_id"], names[2], low=11, high=14),
        text_width(evidence["outlet"], names[3], low=10, high=24),
        11,
        24,
        18,
        80,
        8,
        8,
        10,
        30,
        10,
        30,
        24,
    ]
    set_widths(ws, widths)
    ws.freeze_panes = "A2"
    ref = f"A1:{get_column_letter(len(names))}{len(evidence) + 1}"
    if len(evidence):
        # An Excel table needs a data row; its header row carries the filters.
        table = Table(
            displayName=EVIDENCE_TABLE,
            ref=ref,
            tableStyleInfo=TableStyleInfo(name="TableStyleLight1", showRowStripes=True),
            autoFilter=AutoFilter(ref=ref),
        )
        table.tableColumns = [TableColumn(id=i, name=n) for i, n in enumerate(names, start=1)]
        with warnings.catch_warnings():
            # openpyxl warns about any table on a streamed sheet; its columns are set above.
            warnings.filterwarnings("ignore", message="In write-only mode you must add table")
            ws.add_table(table)
    else:
        ws.auto_filter.ref = ref
    header_row(ws, names, header)
    matrix_sheet = sheet_name("matrix")

    def rows() -> Iterator[list[BulkCell]]:
        for i, (
            fact_id,
            fact,
            source_id,
            outlet,
            status,
            value,
            normalized,
            sentence,
            start,
            end,
            reviewed,
            note,
            origin,
            fact_note,
            decided_by,
        ) in enumerate(evidence.itertuples(index=False, name=None)):
            back = None
            if i < links:
                back = sheet_link(matrix_sheet, matrix_column[source_id], matrix_row[fact_id])
            yield [
                (clean_text(fact_id), plain, back),
                (clean_text(fact), wrap, None),
                (clean_text(source_id), plain, None),
                (clean_text(outlet), plain, None),
                (status_word(Status(status)), status_style[status], None),
                (clean_text(value), wrap, None),
                (clean(normalized), plain, None),
                (clean_text(sentence), wrap, None),
                (start, plain, None),
                (end, plain, None),
                (reviewed, plain, None),
                (clean_text(note), wrap, None),
                (origin_word(origin), plain, None),
                (clean_text(fact_note), wrap, None),
                (clean_text(decided_by), plain, None),
            ]

    return BulkRows(ws, rows(), wrapped={i: widths[i] for i in (1, 5, 7, 11, 13)})


def reviewed_cells(matrix: Matrix) -> set[tuple[str, str]]:
    """(fact id, source id) of every cell a reviewer set or confirmed."""
    every = [s.id for s in matrix.sources]
    out: set[tuple[str, str]] = set()
    for f in matrix.facts:
        ids = every if f.reviewed else [sid for sid, c in f.cells.items() if c.reviewed]
        out.update((f.id, sid) for sid in ids)
    return out
