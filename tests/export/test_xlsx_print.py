"""The workbook on paper: a wide matrix prints at its own size across pages, the header row
and the fact's label repeated on each, instead of being shrunk to one page wide."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from gui.export import bench
from gui.export.xlsx import EVIDENCE_SHEET, MATRIX_SHEET, SOURCES_SHEET, write_xlsx


def _wide(tmp_path: Path) -> Path:
    return write_xlsx(bench.synthetic_matrix(40, 14, density=0.6, seed=3), tmp_path / "wide.xlsx")


def test_sheets_print_at_full_size_with_the_label_column_repeated(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_wide(tmp_path))
    for name in (MATRIX_SHEET, EVIDENCE_SHEET, SOURCES_SHEET):
        ws = book[name]
        assert not ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert ws.page_setup.scale == 100
        assert ws.page_setup.orientation == "landscape"
        assert ws.print_title_rows.replace("$", "") == "1:1"
        assert ws.print_title_cols.replace("$", "") == "A:B"
    assert book[MATRIX_SHEET].page_setup.pageOrder == "overThenDown"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_printed_matrix_is_legible_and_every_page_names_its_facts(tmp_path: Path) -> None:
    path = _wide(tmp_path)
    book = openpyxl.load_workbook(path)
    # Only the matrix sheet, to read its pages alone.
    for name in book.sheetnames[1:]:
        del book[name]
    book.save(tmp_path / "matrix.xlsx")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "matrix.xlsx")],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "matrix.pdf"
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip
    pages = html.split("<page ")[1:]
    assert len(pages) >= 2  # across pages, not shrunk onto one
    first_label = book[MATRIX_SHEET]["B2"].value.split()[0]
    for page in pages:
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page)
        assert any(w == "Fact" for _, _, w in words)  # the header row, repeated
        assert any(w == first_label for _, _, w in words)  # the label column, repeated
        heights = sorted(float(y1) - float(y0) for y0, y1, _ in words)
        assert heights[len(heights) // 2] >= 8.0  # a legible size in points, not 4-6 pt
