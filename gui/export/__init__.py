"""Exports read the domain result (a Matrix and an ExportView), never widgets. No Qt here."""

from gui.export.atomic import ExportError, atomic_write
from gui.export.csv_export import write_csv
from gui.export.json_export import to_json_dict, write_json
from gui.export.view import ExportView

__all__ = ["ExportError", "ExportView", "atomic_write", "to_json_dict", "write_csv", "write_json"]
