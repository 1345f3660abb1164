"""Exports read the domain result (a Matrix and an ExportView), never widgets. No Qt here.

The Excel writer pulls in openpyxl and pandas, so it is loaded on first use only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gui.export.atomic import ExportError, atomic_write
from gui.export.csv_export import write_csv
from gui.export.json_export import to_json_dict, write_json
from gui.export.view import ExportView

if TYPE_CHECKING:
    from gui.export.xlsx import write_xlsx

__all__ = [
    "ExportError",
    "ExportView",
    "atomic_write",
    "to_json_dict",
    "write_csv",
    "write_json",
    "write_xlsx",
]


def __getattr__(name: str) -> Any:
    if name == "write_xlsx":
        from gui.export.xlsx import write_xlsx

        return write_xlsx
    raise AttributeError(name)
