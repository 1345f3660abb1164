"""The rows an Excel sheet stores, as openpyxl parses them, without its padding.

openpyxl's read-only rows trust the sheet's declared dimension: a sheet that claims cell
XFD1048576 is padded to a million rows of 16,384 cells (twenty minutes for a 1.5 KB file).
Only the rows and cells the sheet holds are read here, each row cut to ``MAX_COLUMNS``;
openpyxl's own sheet parser still turns the cells into values (shared strings, dates,
cached formula results), so they read as its rows would.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

MAX_COLUMNS = 256  # columns read from a row; a table of articles has a dozen or two


def stored_rows(ws: Any) -> Iterator[tuple[int, int, tuple[object, ...]]]:
    """(row number, cells the row stores, its values by column) for each row element of the
    read-only worksheet ``ws``, in file order."""
    from openpyxl.worksheet._reader import WorkSheetParser

    book = ws.parent
    with ws._get_source() as source:
        parser = WorkSheetParser(
            source,
            ws._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for number, cells in parser.parse():
            width = min(max((c["column"] for c in cells), default=0), MAX_COLUMNS)
            values: list[object] = [None] * width
            for cell in cells:
                column = cell["column"]
                if column <= width:
                    values[column - 1] = cell["value"]
            yield number, len(cells), tuple(values)
