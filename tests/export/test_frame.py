from __future__ import annotations

from dataclasses import replace

import pandas as pd

from gui.display import cell_text
from gui.domain import Agreement, FactKind, Status
from gui.export.frame import (
    EVIDENCE_COLUMNS,
    LEADING_COLUMNS,
    SOURCE_COLUMNS,
    evidence_frame,
    outlet_headers,
    sources_frame,
    status_frame,
    to_frame,
)
from gui.export.view import ExportView
from gui.review import Matrix, Review
from gui.review.commands import rename_outlet
from tests.export.matrices import sample_matrix, sample_sources


def test_wide_frame_has_one_row_per_fact_and_one_column_per_outlet(matrix: Matrix) -> None:
    frame = to_frame(matrix)
    assert list(frame.columns) == [*LEADING_COLUMNS, "Kompas", "Tempo", "Reuters", "Antara"]
    assert list(frame["id"]) == ["f1", "f2", "f3", "f4", "f5"]
    first = frame.iloc[0]
    assert first["kind"] == "quantity"
    assert first["agreement"] == "conflict"
    assert first["coverage"] == "3/4"
    assert first["Kompas"] == "✓ sekitar 12.000"
    assert first["Tempo"] == "≠ 15.000"
    assert first["Antara"] == ""
    assert frame.iloc[1]["Reuters"] == "~ Feb 2023"  # the normalised date, as on screen
    assert frame.iloc[3]["coverage"] == "1/4"


def test_frames_cover_every_kind_status_and_agreement(matrix: Matrix) -> None:
    # The sample matrix is meant to exercise every case; this keeps it honest.
    statuses = status_frame(matrix)
    seen = set(statuses.drop(columns="id").to_numpy().ravel())
    assert seen == {str(s) for s in Status}
    assert set(to_frame(matrix)["agreement"]) == {str(a) for a in Agreement}
    assert set(to_frame(matrix)["kind"]) == {str(k) for k in FactKind}


def test_status_frame_lines_up_with_the_display_frame(matrix: Matrix) -> None:
    wide, statuses = to_frame(matrix), status_frame(matrix)
    outlets = list(wide.columns[len(LEADING_COLUMNS) :])
    assert list(statuses.columns) == ["id", *outlets]
    assert list(statuses["id"]) == list(wide["id"])
    for outlet in outlets:
        for text, status in zip(wide[outlet], statuses[outlet], strict=True):
            assert (text == "") == (status == "absent")
            if status == "conflict":
                assert text.startswith("≠ ")


def test_view_orders_and_limits_rows_and_columns(matrix: Matrix) -> None:
    view = ExportView(fact_ids=("f3", "f1", "gone"), source_ids=("s3", "s1"), description="x")
    frame = to_frame(matrix, view)
    assert list(frame["id"]) == ["f3", "f1"]
    assert list(frame.columns[len(LEADING_COLUMNS) :]) == ["Reuters", "Kompas"]
    # Coverage counts the outlets the export shows.
    assert list(frame["coverage"]) == ["2/2", "2/2"]
    assert list(status_frame(matrix, view).columns) == ["id", "Reuters", "Kompas"]
    evidence = evidence_frame(matrix, view)
    assert list(zip(evidence["fact_id"], evidence["source_id"], strict=True)) == [
        ("f3", "s3"),
        ("f3", "s1"),
        ("f1", "s3"),
        ("f1", "s1"),
    ]
    assert list(sources_frame(matrix, view)["outlet"]) == ["Reuters", "Kompas"]


def test_evidence_frame_has_one_row_per_stated_cell_with_its_sentence(matrix: Matrix) -> None:
    evidence = evidence_frame(matrix)
    assert list(evidence.columns) == list(EVIDENCE_COLUMNS)
    stated = sum(f.coverage for f in matrix.facts)
    assert len(evidence) == stated == 11
    assert "absent" not in set(evidence["status"])
    for row in evidence.itertuples(index=False):
        text = matrix.source(row.source_id).text
        assert text[row.start : row.end] == row.sentence
    conflict = evidence[evidence["status"] == "conflict"].iloc[0]
    assert (conflict["outlet"], conflict["value"], conflict["normalized"]) == (
        "Tempo",
        "15.000",
        15000.0,
    )
    statement = evidence[evidence["fact_id"] == "f3"]
    assert statement["normalized"].isna().all()


def test_sources_frame(matrix: Matrix) -> None:
    frame = sources_frame(matrix)
    assert list(frame.columns) == list(SOURCE_COLUMNS)
    assert list(frame["outlet"]) == ["Kompas", "Tempo", "Reuters", "Antara"]
    assert frame.loc[0, "file"] == "corpus/kompas.txt"
    assert frame["words"].tolist() == [s.words for s in sample_sources()]
    assert pd.isna(frame.loc[2, "published"])


def test_renamed_outlet_heads_its_column() -> None:
    review = Review()
    review.record(rename_outlet(sample_matrix(), "s2", "Tempo.co"))
    renamed = sample_matrix(review)
    assert "Tempo.co" in to_frame(renamed).columns
    assert set(evidence_frame(renamed)["outlet"]) >= {"Tempo.co"}


def test_outlet_headers_stay_unique() -> None:
    sources = sample_sources()
    same = [replace(s, outlet="Kompas") for s in sources[:3]]
    assert outlet_headers(same) == ["Kompas", "Kompas (2)", "Kompas (3)"]
    # An outlet named like a leading column, or not named at all, still gets its own column.
    label, blank = replace(sources[0], outlet="label"), replace(sources[1], outlet="  ")
    assert outlet_headers([label, blank]) == ["label (2)", "s2"]


def test_cell_text_without_a_value_is_the_glyph_and_status(matrix: Matrix) -> None:
    fact = matrix.facts[0]
    cell = fact.cell("s1")
    assert cell_text(FactKind.STATEMENT, replace(cell, value="")) == "✓ agree"
    assert cell_text(fact.kind, fact.cell("s4")) == ""


def test_empty_matrix_gives_empty_frames_with_their_columns() -> None:
    empty = sample_matrix()
    view = ExportView(fact_ids=(), source_ids=())
    assert list(to_frame(empty, view).columns) == list(LEADING_COLUMNS)
    assert len(to_frame(empty, view)) == 0
    evidence = evidence_frame(empty, view)
    assert list(evidence.columns) == list(EVIDENCE_COLUMNS)
    assert evidence["start"].dtype == "int64"
    assert len(sources_frame(empty, view)) == 0
