"""Every export says which source is a near copy of which: JSON ``copy_of``, a Copy of column."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from gui.export import ExportView, to_json_dict, write_json, write_xlsx
from gui.export.frame import SOURCE_COLUMNS, sources_frame
from gui.export.json_export import SCHEMA
from gui.export.xlsx import SOURCES_SHEET
from gui.review import Matrix, build_matrix
from tests.export.matrices import sample_matrix


@pytest.fixture
def copied() -> Matrix:
    # Tempo and Antara reran Kompas's story.
    analysis = sample_matrix().analysis
    return build_matrix(replace(analysis, copies={"s2": "s1", "s4": "s1"}))


def test_json_sources_name_the_article_they_copy(copied: Matrix, tmp_path: Path) -> None:
    path = write_json(copied, tmp_path / "copies.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA == "claimgrid/1"
    assert {s["id"]: s["copy_of"] for s in data["sources"]} == {
        "s1": None,
        "s2": "s1",
        "s3": None,
        "s4": "s1",
    }
    # Everything else a reader of claimgrid/1 relies on is where it was.
    assert {"id", "outlet", "title", "published", "language", "path", "text"} <= set(
        data["sources"][0]
    )


def test_json_without_copies_says_so_for_every_source(matrix: Matrix) -> None:
    assert [s["copy_of"] for s in to_json_dict(matrix)["sources"]] == [None] * 4


def test_a_copy_names_its_original_even_when_the_view_hides_it(copied: Matrix) -> None:
    view = ExportView(source_ids=("s4", "s3"))
    assert [(s["id"], s["copy_of"]) for s in to_json_dict(copied, view)["sources"]] == [
        ("s4", "s1"),
        ("s3", None),
    ]
    assert list(sources_frame(copied, view)["copy_of"]) == ["s1", ""]


def test_sources_frame_has_a_copy_of_column(copied: Matrix) -> None:
    frame = sources_frame(copied)
    assert list(frame.columns) == list(SOURCE_COLUMNS)
    assert list(frame["copy_of"]) == ["", "s1", "", "s1"]


def test_the_sources_sheet_has_a_copy_of_column(copied: Matrix, tmp_path: Path) -> None:
    renamed = replace(
        copied,
        sources=tuple(
            replace(s, outlet="Kompas.id") if s.id == "s1" else s for s in copied.sources
        ),
    )
    path = write_xlsx(renamed, tmp_path / "copies.xlsx")
    rows = list(openpyxl.load_workbook(path)[SOURCES_SHEET].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[-2:] == ["Copy of", "Date read"]
    column = header.index("Copy of")
    assert [r[column] for r in rows[1:]] == [None, "Kompas.id (s1)", None, "Kompas.id (s1)"]
    # The columns before it stay where they were.
    assert header[:7] == ["Source id", "Outlet", "Title", "Published", "Language", "File", "Words"]
