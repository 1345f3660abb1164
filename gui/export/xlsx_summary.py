"""The Summary sheet: what the workbook holds, counts per agreement and outlet, the legend."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gui.domain import Agreement, Fact, Source, Status
from gui.export.view import ExportView
from gui.export.workbook_text import word
from gui.export.xlsx_cells import DATETIME_FORMAT, HEADER_FILL, make_style, set_widths, sheet_cell
from gui.i18n import QT_TRANSLATE_NOOP
from gui.palette import (
    AGREEMENT_FILL,
    AGREEMENT_TEXT,
    STATUS_FILL,
    STATUS_GLYPH,
    STATUS_TEXT,
    agreement_meaning,
    agreement_word,
    status_meaning,
    status_word,
)
from gui.review.matrix import Matrix

PER_OUTLET_HEADERS = (
    QT_TRANSLATE_NOOP("Workbook", "Outlet"),
    QT_TRANSLATE_NOOP("Workbook", "Facts stated"),
    QT_TRANSLATE_NOOP("Workbook", "Conflicts"),
    QT_TRANSLATE_NOOP("Workbook", "Single-outlet facts"),
)


def outlet_counts(facts: Sequence[Fact], source: Source) -> tuple[int, int, int]:
    """Facts the outlet states, how many of its cells conflict, facts only it states."""
    stated = conflicts = single = 0
    for fact in facts:
        status = fact.cell(source.id).status
        if status is Status.ABSENT:
            continue
        stated += 1
        conflicts += status is Status.CONFLICT
        single += fact.agreement is Agreement.SINGLE
    return stated, conflicts, single


def summary_sheet(
    ws: WriteOnlyWorksheet,
    matrix: Matrix,
    view: ExportView,
    *,
    inputs: Sequence[str],
    now: datetime,
    links: str = "",
) -> None:
    title = make_style(ws, bold=True, size=14)
    heading = make_style(ws, bold=True, fill=HEADER_FILL)
    bold = make_style(ws, bold=True)
    stamp = make_style(ws, number_format=DATETIME_FORMAT, horizontal="left")
    status_style = {
        s: make_style(ws, fill=STATUS_FILL[s], text=STATUS_TEXT[s], horizontal="center")
        for s in Status
    }
    agreement_style = {
        a: make_style(ws, fill=AGREEMENT_FILL[a], text=AGREEMENT_TEXT[a]) for a in Agreement
    }
    set_widths(ws, [30, 16, 14, 22, 50])

    facts = view.facts(matrix)
    sources = view.sources(matrix)
    row = 0

    def put(*cells: Any) -> None:
        nonlocal row
        ws.append(list(cells))
        row += 1

    def text(value: Any, style: Any = None) -> Any:
        return sheet_cell(ws, value, style)

    put(text(word("Claims matrix"), title))
    put(text(word("Made"), bold), text(now, stamp))
    put(text(word("Scope"), bold), text(word(view.description)))  # the default is a source text
    put(text(word("Facts"), bold), len(facts))
    put(text(word("Outlets"), bold), len(sources))
    if links:
        put(text(word("Links"), bold), text(links))
    for i, name in enumerate(inputs or [word("(none)")]):
        put(text(word("From files") if i == 0 else None, bold), text(name))
    for i, refusal in enumerate(matrix.analysis.refused):
        put(
            text(word("Files not used") if i == 0 else None, bold),
            text(refusal.path),
            None,
            text(refusal.reason),
        )
    put()

    put(
        text(word("Facts by agreement"), heading),
        text(word("Facts"), heading),
        None,
        text(word("Meaning"), heading),
    )
    by_agreement = Counter(f.agreement for f in facts)
    for agreement in Agreement:
        put(
            text(agreement_word(agreement), agreement_style[agreement]),
            by_agreement[agreement],
            None,
            text(agreement_meaning(agreement)),
        )
    put()

    put(
        text(word("Legend"), heading),
        text(word("Glyph"), heading),
        text(word("Colour"), heading),
        text(word("Meaning"), heading),
    )
    for status in Status:
        put(
            text(status_word(status), status_style[status]),
            text(STATUS_GLYPH[status] or word("(blank)"), status_style[status]),
            text(STATUS_FILL[status]),
            text(status_meaning(status)),
        )
    put()

    put(*(text(word(h), heading) for h in PER_OUTLET_HEADERS))
    header = row
    for source in sources:
        put(text(source.outlet), *outlet_counts(facts, source))
    if sources:
        ws.add_chart(outlet_chart(ws, header, len(sources)), "F2")


def outlet_chart(ws: WriteOnlyWorksheet, header_row: int, outlets: int) -> BarChart:
    """Columns of facts stated, conflicts and single-outlet facts for each outlet."""
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = word("Facts per outlet")
    chart.y_axis.title = word("Facts")
    # openpyxl 3.1 marks both axes deleted unless told otherwise.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    last = header_row + outlets
    chart.add_data(
        Reference(ws, min_col=2, max_col=4, min_row=header_row, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last))
    colours = (
        STATUS_FILL[Status.AGREE],
        STATUS_FILL[Status.CONFLICT],
        AGREEMENT_FILL[Agreement.SINGLE],
    )
    for series, colour in zip(chart.series, colours, strict=True):
        series.graphicalProperties.solidFill = colour.lstrip("#")
        series.graphicalProperties.line.solidFill = colour.lstrip("#")
    chart.width = min(60.0, max(16.0, 1.2 * outlets))  # centimetres
    chart.height = 9.0
    return chart
