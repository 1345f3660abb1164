"""Shared styles and safe cells for a streamed (write-only) openpyxl workbook."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pandas as pd
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from gui.export.safe_text import clean_text, looks_like_formula

FONT = "Calibri"  # the workbook default font
HEADER_FILL = "#D9D9D9"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"


def argb(colour: str) -> str:
    """openpyxl's opaque ARGB form of a ``#RRGGBB`` colour."""
    return "FF" + colour.lstrip("#").upper()


def naive(moment: datetime) -> datetime:
    # Excel has no time zones: keep the wall-clock time as written.
    return moment.replace(tzinfo=None) if moment.tzinfo else moment


@dataclass(frozen=True, slots=True)
class Style:
    """One cell format, made once per sheet and shared by every cell that uses it."""

    id: int  # the workbook's index of this format (openpyxl's Cell.style_id)
    font: Font | None = None
    fill: PatternFill | None = None
    alignment: Alignment | None = None
    border: Border | None = None
    number_format: str | None = None

    def apply(self, cell: Cell) -> None:
        if self.font:
            cell.font = self.font
        if self.fill:
            cell.fill = self.fill
        if self.alignment:
            cell.alignment = self.alignment
        if self.border:
            cell.border = self.border
        if self.number_format:
            cell.number_format = self.number_format


def make_style(
    ws: WriteOnlyWorksheet,
    *,
    fill: str | None = None,
    text: str | None = None,
    bold: bool = False,
    size: float | None = None,
    horizontal: str | None = None,
    vertical: str | None = "top",
    wrap: bool = False,
    border: str | None = None,
    number_format: str | None = None,
) -> Style:
    font = None
    if text or bold or size:
        # Named explicitly: a font without a name falls back to a serif face in some readers.
        font = Font(name=FONT, size=size or 11, color=argb(text) if text else None, bold=bold)
    side = Side(style="thin", color=argb(border)) if border else None
    parts = Style(
        id=0,
        font=font,
        fill=PatternFill("solid", start_color=argb(fill), end_color=argb(fill)) if fill else None,
        alignment=(
            Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)
            if horizontal or vertical or wrap
            else None
        ),
        border=Border(left=side, right=side, top=side, bottom=side) if side else None,
        number_format=number_format,
    )
    template = Cell(ws, row=1, column=1)
    parts.apply(template)
    # Registers the format with the workbook, so rows written outside openpyxl can use it.
    return Style(
        template.style_id,
        parts.font,
        parts.fill,
        parts.alignment,
        parts.border,
        parts.number_format,
    )


def clean(value: Any) -> Any:
    """A value fit for a cell: text cleaned, missing values ``None``, times without zone."""
    if isinstance(value, str):
        return clean_text(value)
    if value is None or (not isinstance(value, datetime) and pd.isna(value)):
        return None
    if isinstance(value, datetime):
        return naive(value)
    return value


def sheet_cell(ws: WriteOnlyWorksheet, value: Any, style: Style | None = None) -> Any:
    """A value ready for ``ws.append``: plain values stay plain, text always stays text."""
    value = clean(value)
    if style is None and not (isinstance(value, str) and looks_like_formula(value)):
        return value  # openpyxl stores plain text as a string cell as it is
    cell = Cell(ws, row=1, column=1)
    cell.value = value
    if isinstance(value, str):
        # openpyxl would take "=…" for a formula and "#N/A" for an error; text stays text.
        cell.data_type = "s"
    if style is not None:
        style.apply(cell)
    return cell


def set_widths(ws: WriteOnlyWorksheet, widths: Iterable[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def text_width(values: Iterable[Any], header: str, *, low: float, high: float) -> float:
    """A column width fitting the longest value, within ``low`` and ``high`` characters."""
    longest = max((len(str(v)) for v in values if v is not None), default=0)
    return float(min(high, max(low, len(header) + 2, longest + 2)))


def printable(
    ws: WriteOnlyWorksheet, *, title_rows: str | None = "1:1", title_columns: str | None = None
) -> None:
    """Printed or saved as PDF, the sheet keeps its own size (a wide matrix fitted to one
    page would print at 4 pt): it runs across pages, landscape, first across then down, with
    the header row and ``title_columns`` (the fact's label) repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4, the paper of Indonesian offices
    ws.page_setup.scale = 100
    ws.page_setup.pageOrder = "overThenDown"
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.print_options.gridLines = False
    if title_rows:
        ws.print_title_rows = title_rows
    if title_columns:
        ws.print_title_cols = title_columns


def header_row(ws: WriteOnlyWorksheet, names: Sequence[str], style: Style) -> None:
    ws.append([sheet_cell(ws, name, style) for name in names])
