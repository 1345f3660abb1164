"""Fast rows for the large sheets of a workbook that openpyxl writes.

openpyxl spends some twenty microseconds on every cell it writes, which makes a styled
100-outlet matrix several times slower than the table itself warrants. So openpyxl writes
the workbook — styles, sheet settings, column widths, tables, charts, the small sheets and
the header rows of the large ones — and the data rows of the large sheets are serialised
here, straight into the saved package, as plain SpreadsheetML ``<row>`` elements:

* text is always an inline string (``t="inlineStr"``), so it can never become a formula;
* numbers are ``<v>`` values; ``None`` is an empty cell (kept when it carries a style);
* a cell may carry an internal hyperlink, written into the sheet's ``<hyperlinks>``.

A cell is a tuple ``(value, style_id, link)``: ``style_id`` is the index openpyxl gave the
cell's style (``Cell.style_id``, 0 for none) and ``link`` an internal location such as
``"'Evidence'!A12"`` or ``None``. Text must already be clean (see ``safe_text``).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

BulkCell = tuple[Any, int, str | None]

_TEXT_SPECIAL = re.compile(r"[&<>\r]")  # "\r" would be read back as "\n" unless escaped
_ATTR_SPECIAL = re.compile(r"[&<>\"\r\n]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;"}


def _escape(text: str, special: re.Pattern[str] = _TEXT_SPECIAL) -> str:
    # Most text needs no escaping; a search is far cheaper than rewriting every string.
    if special.search(text) is None:
        return text
    return special.sub(lambda m: _ENTITIES[m.group()], text)


# Elements that may follow <hyperlinks> in a worksheet (ECMA-376 CT_Worksheet order).
_AFTER_HYPERLINKS = (
    "<printOptions",
    "<pageMargins",
    "<pageSetup",
    "<headerFooter",
    "<rowBreaks",
    "<colBreaks",
    "<customProperties",
    "<cellWatches",
    "<ignoredErrors",
    "<smartTags",
    "<drawing",
    "<legacyDrawing",
    "<picture",
    "<oleObjects",
    "<controls",
    "<webPublishItems",
    "<tableParts",
    "<extLst",
    "</worksheet>",
)
_FLUSH_ROWS = 500
LINE_HEIGHT = 15.0  # points per line of the default 11 pt font
MAX_ROW_HEIGHT = 409.0  # the tallest row Excel allows, in points


def lines_needed(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide.

    A column's width counts digit widths; prose averages a little narrower, which makes up
    for the room lost by breaking lines between words, so one character per unit is a fair
    and slightly generous estimate.
    """
    per_line = max(1, int(width))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def row_height(lines: int) -> float | None:
    """The height of a row showing ``lines`` lines; ``None`` keeps the default single line."""
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) if lines > 1 else None


def _text_cell(ref: str, style: int, text: str) -> str:
    s = f' s="{style}"' if style else ""
    if text != text.strip():
        # Without this an XML reader may drop the leading and trailing spaces.
        return (
            f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">'
            f"{_escape(text)}</t></is></c>"
        )
    return f'<c r="{ref}"{s} t="inlineStr"><is><t>{_escape(text)}</t></is></c>'


def cell_xml(ref: str, value: Any, style: int = 0) -> str:
    """One ``<c>`` element; ``""`` for an unstyled empty cell."""
    if isinstance(value, str):
        if value:
            return _text_cell(ref, style, value)
        value = None
    elif isinstance(value, bool):
        raise TypeError(f"no bulk cell type for a boolean at {ref}")
    elif value is not None:
        number = float(value)  # raises for anything that is not a number
        if math.isfinite(number):
            s = f' s="{style}"' if style else ""
            shown = int(value) if number.is_integer() and abs(number) < 2**53 else number
            return f'<c r="{ref}"{s}><v>{shown!r}</v></c>'
        value = None  # NaN and infinities have no place in a workbook: leave it empty
    return f'<c r="{ref}" s="{style}"/>' if style else ""


@dataclass
class BulkRows:
    """Data rows for one streamed sheet, written after the rows openpyxl already holds."""

    sheet: WriteOnlyWorksheet
    rows: Iterable[Sequence[BulkCell]]
    # Columns (0-based) whose text wraps, and their widths in characters. Spreadsheet
    # programs do not all grow a row to fit wrapped text when they open a file, so each
    # row is given the height its longest wrapped text needs.
    wrapped: dict[int, float] = field(default_factory=dict)
    first_row: int = 2  # the sheet row of the first of ``rows``
    links: list[str] = field(default_factory=list)

    def _row_start(self, r: int, row: Sequence[BulkCell]) -> str:
        lines = 1
        for column, width in self.wrapped.items():
            if column < len(row):
                value = row[column][0]
                if isinstance(value, str) and (len(value) > width or "\n" in value):
                    lines = max(lines, lines_needed(value, width))
        height = row_height(lines)
        if height is None:
            return f'<row r="{r}">'
        return f'<row r="{r}" ht="{height:g}" customHeight="1">'

    def write(self, out: IO[bytes]) -> None:
        letters: list[str] = []
        chunk: list[str] = []
        for r, row in enumerate(self.rows, start=self.first_row):
            while len(letters) < len(row):
                letters.append(get_column_letter(len(letters) + 1))
            parts = [self._row_start(r, row)]
            for letter, (value, style, link) in zip(letters, row, strict=False):
                ref = f"{letter}{r}"
                parts.append(cell_xml(ref, value, style))
                if link is not None:
                    self.links.append(
                        f'<hyperlink ref="{ref}" location="{_escape(link, _ATTR_SPECIAL)}"/>'
                    )
            parts.append("</row>")
            chunk.append("".join(parts))
            if len(chunk) >= _FLUSH_ROWS:
                out.write("".join(chunk).encode("utf-8"))
                chunk.clear()
        out.write("".join(chunk).encode("utf-8"))

    def tail(self, tail: str) -> str:
        """The part of the sheet after ``</sheetData>``, with the hyperlinks added."""
        if not self.links:
            return tail
        links = "".join(self.links)
        if "</hyperlinks>" in tail:
            return tail.replace("</hyperlinks>", links + "</hyperlinks>", 1)
        at = min(i for i in (tail.find(tag) for tag in _AFTER_HYPERLINKS) if i >= 0)
        return f"{tail[:at]}<hyperlinks>{links}</hyperlinks>{tail[at:]}"


def save(
    wb: Workbook,
    path: Path,
    bulk: Sequence[BulkRows],
    *,
    compresslevel: int = 1,
) -> None:
    """Save ``wb`` to ``path`` with each sheet's bulk rows spliced in after its own rows.

    The compression level trades a slightly larger file for a much faster write; every
    spreadsheet program reads any level.
    """
    skeleton = io.BytesIO()
    wb.save(skeleton)
    by_part = {b.sheet.path.lstrip("/"): b for b in bulk}
    with (
        zipfile.ZipFile(skeleton) as src,
        zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=compresslevel
        ) as dst,
    ):
        for info in src.infolist():
            data = src.read(info)
            rows = by_part.get(info.filename)
            if rows is None:
                dst.writestr(
                    info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=compresslevel
                )
                continue
            head, end, tail = data.decode("utf-8").partition("</sheetData>")
            if not end:
                raise ValueError(f"{info.filename} has no rows to extend")
            part = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            part.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(part, "w", force_zip64=True) as out:
                out.write(head.encode("utf-8"))
                rows.write(out)
                out.write((end + rows.tail(tail)).encode("utf-8"))
