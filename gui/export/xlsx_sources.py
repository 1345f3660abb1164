"""The Sources sheet of the workbook: one row per outlet's article, with where it came from."""

from __future__ import annotations

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from gui.export.bulk_rows import lines_needed, row_height
from gui.export.safe_text import clean_text
from gui.export.xlsx_cells import (
    DATETIME_FORMAT,
    HEADER_FILL,
    header_row,
    make_style,
    printable,
    set_widths,
    sheet_cell,
    text_width,
)

SOURCES_SHEET = "Sources"
SOURCE_HEADERS = {
    "source_id": "Source id",
    "outlet": "Outlet",
    "title": "Title",
    "published": "Published",
    "language": "Language",
    "file": "File",
    "words": "Words",
    "url": "URL",
    "copy_of": "Copy of",
}
TITLE_WIDTH = 60.0


def copy_label(original: str, outlets: dict[str, str]) -> str:
    """How the Sources sheet names the article a source copies: "Kompas (s1)"."""
    if not original:
        return ""
    outlet = outlets.get(original, "")
    return f"{outlet} ({original})" if outlet else original


def sources_sheet(wb: Workbook, sources: pd.DataFrame, outlets: dict[str, str]) -> None:
    ws = wb.create_sheet(SOURCES_SHEET)
    printable(ws)
    header = make_style(ws, bold=True, fill=HEADER_FILL, vertical="center")
    wrap = make_style(ws, wrap=True)
    plain = make_style(ws)
    stamp = make_style(ws, number_format=DATETIME_FORMAT)
    set_widths(
        ws,
        [
            text_width(sources["source_id"], "Source id", low=11, high=14),
            text_width(sources["outlet"], "Outlet", low=12, high=28),
            TITLE_WIDTH,
            17,
            10,
            text_width(sources["file"], "File", low=12, high=50),
            8,
            text_width(sources["url"], "URL", low=8, high=50),
            text_width(
                [copy_label(c, outlets) for c in sources["copy_of"]], "Copy of", low=9, high=28
            ),
        ],
    )
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(sources.columns))}{len(sources) + 1}"
    header_row(ws, [SOURCE_HEADERS[c] for c in sources.columns], header)
    rows = sources.itertuples(index=False, name=None)
    for r, (source_id, outlet, title, published, language, file, words, url, copy_of) in enumerate(
        rows, start=2
    ):
        height = row_height(lines_needed(clean_text(title), TITLE_WIDTH))
        if height is not None:
            # A streamed row takes its height before it is written.
            ws.row_dimensions[r].height = height
        ws.append(
            [
                sheet_cell(ws, source_id, plain),
                sheet_cell(ws, outlet, plain),
                sheet_cell(ws, title, wrap),
                sheet_cell(ws, published, stamp),
                sheet_cell(ws, language, plain),
                sheet_cell(ws, file, plain),
                sheet_cell(ws, int(words), plain),
                sheet_cell(ws, url or None, plain),
                sheet_cell(ws, copy_label(copy_of, outlets) or None, plain),
            ]
        )
