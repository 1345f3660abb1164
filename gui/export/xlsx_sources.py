"""The Sources sheet: one row per article, with its outlet, title, date and file."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from gui.display import has_time
from gui.export.bulk_rows import lines_needed, row_height
from gui.export.safe_text import clean_text
from gui.export.workbook_text import SOURCE_HEADERS, headers, sheet_name
from gui.export.xlsx_cells import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    HEADER_FILL,
    header_row,
    make_style,
    printable,
    set_widths,
    sheet_cell,
    text_width,
)

TITLE_WIDTH = 60.0


def _timed(published: Any) -> bool:
    return isinstance(published, datetime) and has_time(published)


def copy_label(original: str, outlets: dict[str, str]) -> str:
    """How the Sources sheet names the article a source copies: "Kompas (s1)"."""
    if not original:
        return ""
    outlet = outlets.get(original, "")
    return f"{outlet} ({original})" if outlet else original


def sources_sheet(wb: Workbook, sources: pd.DataFrame, outlets: dict[str, str]) -> None:
    ws = wb.create_sheet(sheet_name("sources"))
    printable(ws, title_columns="A:B")
    header = make_style(ws, bold=True, fill=HEADER_FILL, vertical="center")
    wrap = make_style(ws, wrap=True)
    plain = make_style(ws)
    stamp = make_style(ws, number_format=DATETIME_FORMAT)
    day = make_style(ws, number_format=DATE_FORMAT)
    names = headers(SOURCE_HEADERS, list(sources.columns))
    set_widths(
        ws,
        [
            text_width(sources["source_id"], names[0], low=11, high=14),
            text_width(sources["outlet"], names[1], low=12, high=28),
            TITLE_WIDTH,
            17,
            10,
            text_width(sources["file"], names[5], low=12, high=50),
            8,
            text_width(sources["url"], names[7], low=8, high=50),
            text_width(
                [copy_label(c, outlets) for c in sources["copy_of"]], names[8], low=9, high=28
            ),
            text_width(sources["published_from"], names[9], low=12, high=60),
        ],
    )
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(sources.columns))}{len(sources) + 1}"
    header_row(ws, names, header)
    rows = sources.itertuples(index=False, name=None)
    for r, (
        source_id,
        outlet,
        title,
        published,
        language,
        file,
        words,
        url,
        copy_of,
        dated,
    ) in enumerate(rows, start=2):
        height = row_height(lines_needed(clean_text(title), TITLE_WIDTH))
        if height is not None:
            # A streamed row takes its height before it is written.
            ws.row_dimensions[r].height = height
        ws.append(
            [
                sheet_cell(ws, source_id, plain),
                sheet_cell(ws, outlet, plain),
                sheet_cell(ws, title, wrap),
                # A date-only stamp (midnight) is shown as a date, not "00:00".
                sheet_cell(ws, published, stamp if _timed(published) else day),
                sheet_cell(ws, language, plain),
                sheet_cell(ws, file, plain),
                sheet_cell(ws, int(words), plain),
                sheet_cell(ws, url or None, plain),
                sheet_cell(ws, copy_label(copy_of, outlets) or None, plain),
                sheet_cell(ws, dated or None, wrap),
            ]
        )
