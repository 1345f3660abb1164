"""The export formats the File menu offers, resolved against ``gui.export`` when needed.

``gui.export`` is imported once there is something to export, and pandas/openpyxl behind
its Excel writer only when a workbook is written: whether a format is offered is told from
the package's names and the installed modules, without loading them. A format whose writer
is missing is offered disabled.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class ExportFormat:
    key: str  # "xlsx"
    text: str  # menu text
    function: str  # name of the writer in gui.export
    suffix: str  # ".xlsx"
    file_filter: str  # for the save dialog
    icon: str  # logical icon name
    shortcut: str = ""
    requires: tuple[str, ...] = ()  # modules the writer imports when it is first used


# Menu texts and file filters are the catalogue's source texts (context "ExportFormat").
FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("xlsx", QT_TRANSLATE_NOOP("ExportFormat", "Export to &Excel…"), "write_xlsx",
                 ".xlsx", QT_TRANSLATE_NOOP("ExportFormat", "Excel workbook (*.xlsx)"),
                 "export-xlsx", "Ctrl+E", ("openpyxl", "pandas")),
    ExportFormat("json", QT_TRANSLATE_NOOP("ExportFormat", "Export &JSON…"), "write_json",
                 ".json", QT_TRANSLATE_NOOP("ExportFormat", "Claimgrid JSON (*.json)"),
                 "export-json"),
    ExportFormat("csv", QT_TRANSLATE_NOOP("ExportFormat", "Export &CSV…"), "write_csv", ".csv",
                 QT_TRANSLATE_NOOP("ExportFormat", "Comma-separated values (*.csv)"),
                 "export-csv"),
)  # fmt: skip
BY_KEY = {f.key: f for f in FORMATS}


def writer(fmt: ExportFormat) -> Callable[..., Any] | None:
    """``gui.export.<function>`` if that module and function exist, else None."""
    try:
        module = importlib.import_module("gui.export")
    except ImportError:
        return None
    function = getattr(module, fmt.function, None)
    return function if callable(function) else None


def available(fmt: ExportFormat) -> bool:
    """Whether ``gui.export`` offers ``fmt``, without importing a writer it loads lazily."""
    try:
        module = importlib.import_module("gui.export")
    except ImportError:
        return False
    if fmt.function in vars(module):
        return callable(vars(module)[fmt.function])
    if fmt.function not in getattr(module, "__all__", ()):
        return False
    return all(importlib.util.find_spec(name) is not None for name in fmt.requires)


def export_error() -> type[Exception]:
    """The exporters' error type; any OSError is treated the same way if it is missing."""
    try:
        from gui.export.atomic import ExportError
    except ImportError:
        return OSError
    return ExportError
