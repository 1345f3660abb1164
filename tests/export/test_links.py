"""Excel keeps at most 65,530 hyperlinks on a worksheet and "repairs" a workbook with more,
dropping them. The Matrix and Evidence sheets link their first stated cells up to that
limit, and the Summary sheet says what is linked."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from gui.export import xlsx
from gui.export.bench import synthetic_matrix
from gui.export.view import EVERYTHING
from gui.export.xlsx import (
    EVIDENCE_SHEET,
    MATRIX_SHEET,
    MAX_LINKS,
    SUMMARY_SHEET,
    build_workbook,
    links_note,
    write_xlsx,
)
from gui.review import Matrix


def _links_per_sheet(path: Path) -> dict[str, int]:
    """Hyperlinks in each sheet's XML, by sheet name (read as Excel would, without openpyxl)."""
    with zipfile.ZipFile(path) as archive:
        book = archive.read("xl/workbook.xml").decode()
        names = re.findall(r'<sheet [^>]*name="([^"]+)"', book)
        return {
            name: archive.read(f"xl/worksheets/sheet{i}.xml").decode().count("<hyperlink ")
            for i, name in enumerate(names, start=1)
        }


def _summary_links(path: Path) -> str:
    ws = openpyxl.load_workbook(path, read_only=True)[SUMMARY_SHEET]
    return next(str(r[1]) for r in ws.iter_rows(values_only=True) if r[0] == "Links")


def test_a_large_matrix_stays_within_the_limit_and_says_so() -> None:
    # The rows the writer streams, counted before they become XML (writing them out takes
    # seconds; the file-level count is the test below, with a small limit).
    matrix = synthetic_matrix(700, 100, density=0.95)
    stated = sum(len(f.cells) for f in matrix.facts)
    assert stated > MAX_LINKS
    book, (matrix_rows, evidence_rows) = build_workbook(
        matrix, EVERYTHING, inputs=(), now=datetime(2025, 5, 1)
    )
    for bulk in (matrix_rows, evidence_rows):
        assert sum(1 for row in bulk.rows for _value, _style, link in row if link) == MAX_LINKS
    book.save(io.BytesIO())  # the sheets' headers only: closes what the workbook holds open
    note = links_note(MAX_LINKS, stated)
    assert f"The first {MAX_LINKS:,} of {stated:,} stated cells" in note
    assert "filter Evidence by the fact id" in note


def test_the_first_cells_are_linked_and_the_rest_are_not(
    tmp_path: Path, matrix: Matrix, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx, "MAX_LINKS", 4)
    path = write_xlsx(matrix, tmp_path / "sedikit.xlsx")
    book = openpyxl.load_workbook(path)
    linked = [
        (c.row, c.column) for row in book[MATRIX_SHEET].iter_rows() for c in row if c.hyperlink
    ]
    assert len(linked) == 4 and linked == sorted(linked)  # in reading order
    evidence = [c.row for c in book[EVIDENCE_SHEET]["A"] if c.hyperlink]
    assert evidence == [2, 3, 4, 5]
    assert _summary_links(path).startswith("The first 4 of ")


def test_a_small_matrix_links_every_cell(tmp_path: Path, matrix: Matrix) -> None:
    path = write_xlsx(matrix, tmp_path / "kecil.xlsx")
    stated = sum(len(f.cells) for f in matrix.facts)
    assert _links_per_sheet(path)[MATRIX_SHEET] == stated
    assert _summary_links(path).startswith("Each stated cell of the Matrix links")
