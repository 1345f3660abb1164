"""Where each publication date was read is shown beside it: the Sources list, the detail
pane, the article pane, the workbook and the JSON export."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from gui.domain import Analysis
from gui.qt.sources_dock import SourceColumn

STAMP = "Selasa, 4 Maret 2025 08:15 WIB"


def _dated(analysis: Analysis) -> Analysis:
    sources = list(analysis.sources)
    sources[0] = replace(sources[0], published_from=f"dateline\t{STAMP}")
    sources[1] = replace(sources[1], published_from="lead\tkata petugas BPBD, Selasa (4/3/2025)")
    return replace(analysis, sources=tuple(sources))


def test_the_window_says_where_each_date_was_read(window, analysis: Analysis) -> None:
    window.set_analysis(_dated(analysis))
    model = window.sources_model
    tip = model.index(0, SourceColumn.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert f"from the dateline “{STAMP}”" in tip
    lead_tip = model.index(1, SourceColumn.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "from the lead: “kata petugas BPBD, Selasa (4/3/2025)”" in lead_tip
    window.select_fact("f1", "s1")
    assert "4 Mar 2025, 08:15 · dateline" in window.detail.toPlainText()
    assert "4 Mar 2025 · lead" in window.detail.toPlainText()
    window.show_source("s1")
    assert "(dateline)" in window.source_pane.meta.text()
    assert STAMP in window.source_pane.meta.toolTip()


def test_exports_say_where_each_date_was_read(window, analysis: Analysis, tmp_path: Path) -> None:
    window.set_analysis(_dated(analysis))
    book = openpyxl.load_workbook(window.export_to("xlsx", tmp_path / "claims.xlsx"))
    rows = list(book["Sources"].iter_rows(values_only=True))
    column = rows[0].index("Date read")
    assert rows[1][column] == f"from the dateline “{STAMP}”"
    published = rows[0].index("Published")
    assert book["Sources"].cell(3, published + 1).number_format == "yyyy-mm-dd"  # date only
    data = json.loads(window.export_to("json", tmp_path / "claims.json").read_text("utf-8"))
    assert data["sources"][0]["published_from"] == {"how": "dateline", "words": STAMP}
    assert data["sources"][3]["published_from"] is None
