from __future__ import annotations

import errno
import math
import os
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from gui.display import cell_text
from gui.domain import Status
from gui.export import bench
from gui.export.atomic import ExportError
from gui.export.bulk_rows import (
    LINE_HEIGHT,
    MAX_ROW_HEIGHT,
    BulkRows,
    cell_xml,
    lines_needed,
    row_height,
)
from gui.export.frame import outlet_headers
from gui.export.safe_text import CELL_LIMIT, TRUNCATION_MARK, clean_text
from gui.export.view import ExportView
from gui.export.xlsx import (
    EVIDENCE_HEADERS,
    EVIDENCE_SHEET,
    MATRIX_SHEET,
    SOURCES_SHEET,
    SUMMARY_SHEET,
    write_xlsx,
)
from gui.palette import STATUS_FILL, STATUS_GLYPH, STATUS_TEXT
from gui.review import Matrix, build_matrix
from tests.export.matrices import HOSTILE_VALUES, LONG_SENTENCE

NOW = datetime(2025, 5, 1, 10, 30)
STATUS_BY_FILL = {"FF" + colour[1:]: status for status, colour in STATUS_FILL.items()}


def _write(matrix: Matrix, folder: Path, view: ExportView | None = None, **kw: Any) -> Path:
    return write_xlsx(matrix, folder / "claims.xlsx", view, now=NOW, **kw)


def _records(ws: Worksheet) -> list[dict[str, Any]]:
    rows = ws.iter_rows(values_only=True)
    header = next(rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


def _summary(ws: Worksheet, section: str | None = None) -> dict[str, list[Any]]:
    """Summary rows as label -> the rest of the row: the top block, or the named section's."""
    found: dict[str, list[Any]] = {}
    inside = section is None
    for row in ws.iter_rows(values_only=True):
        if not any(v is not None for v in row):
            if found:
                break
            continue
        if not inside:
            inside = row[0] == section
            continue
        if isinstance(row[0], str):
            found[row[0]] = list(row[1:])
    return found


@pytest.fixture
def book(matrix: Matrix, tmp_path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(_write(matrix, tmp_path))


# -- what the workbook holds ---------------------------------------------------------------


def test_workbook_has_four_sheets_in_order(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == [MATRIX_SHEET, EVIDENCE_SHEET, SOURCES_SHEET, SUMMARY_SHEET]


def test_matrix_sheet_cells_carry_glyph_value_and_status_colours(
    book: openpyxl.Workbook,
) -> None:
    ws = book[MATRIX_SHEET]
    header = [c.value for c in ws[1]]
    leading = ["Id", "Fact", "Kind", "Coverage", "Agreement"]
    assert header == [*leading, "Kompas", "Tempo", "Reuters", "Antara"]
    assert [c.value for c in ws[2][:5]] == [
        "f1",
        "Personel yang dikirim",
        "quantity",
        "3/4",
        "conflict",
    ]
    expected = {
        "F2": (Status.AGREE, "✓ sekitar 12.000"),
        "G2": (Status.CONFLICT, "≠ 15.000"),
        "H3": (Status.PARTIAL, "~ Feb 2023"),
        "I2": (Status.ABSENT, None),
        "I5": (Status.AGREE, "✓ 27 orang"),
    }
    for ref, (status, text) in expected.items():
        cell = ws[ref]
        assert cell.value == text, ref
        assert cell.fill.fill_type == "solid"
        assert cell.fill.fgColor.rgb == "FF" + STATUS_FILL[status][1:], ref
        if text:
            assert cell.data_type == "s"
            assert cell.font.color.rgb == "FF" + STATUS_TEXT[status][1:]


def test_matrix_sheet_layout(book: openpyxl.Workbook) -> None:
    ws = book[MATRIX_SHEET]
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == "A1:I6"
    assert ws.column_dimensions["B"].width >= 24
    assert ws["B2"].alignment.wrap_text
    assert ws["F2"].alignment.wrap_text


def test_matrix_cells_link_to_their_evidence_and_back(book: openpyxl.Workbook) -> None:
    matrix_ws, evidence_ws = book[MATRIX_SHEET], book[EVIDENCE_SHEET]
    outlets = [c.value for c in matrix_ws[1]]
    links = 0
    for row in matrix_ws.iter_rows(min_row=2, min_col=6):
        for cell in row:
            if cell.value is None:
                assert cell.hyperlink is None
                continue
            sheet, target = cell.hyperlink.location.split("!")
            assert sheet == f"'{EVIDENCE_SHEET}'"
            evidence_row = evidence_ws[target].row
            fact_id = evidence_ws.cell(evidence_row, 1).value
            outlet = evidence_ws.cell(evidence_row, 4).value
            assert fact_id == matrix_ws.cell(cell.row, 1).value
            assert outlet == outlets[cell.column - 1]
            back = evidence_ws.cell(evidence_row, 1).hyperlink.location
            assert back == f"'{MATRIX_SHEET}'!{cell.coordinate}"
            links += 1
    assert links == 11


def test_evidence_sheet_is_a_table_with_one_row_per_stated_cell(
    book: openpyxl.Workbook, matrix: Matrix
) -> None:
    ws = book[EVIDENCE_SHEET]
    records = _records(ws)
    assert list(records[0]) == list(EVIDENCE_HEADERS.values())
    assert len(records) == sum(f.coverage for f in matrix.facts)
    table = ws.tables[EVIDENCE_SHEET]
    assert table.ref == f"A1:O{len(records) + 1}"
    assert [c.name for c in table.tableColumns] == list(EVIDENCE_HEADERS.values())
    assert ws.freeze_panes == "A2"
    conflict = next(r for r in records if r["Status"] == "conflict")
    assert conflict["Outlet"] == "Tempo"
    assert conflict["Value"] == "15.000"
    assert conflict["Normalised value"] == 15000
    assert conflict["Sentence"] == "Sebanyak 15.000 personel dikerahkan, kata juru bicara."
    assert (conflict["Start"], conflict["End"]) == (0, 54)
    fills = {ws.cell(r, 5).value: ws.cell(r, 5).fill.fgColor.rgb for r in range(2, ws.max_row + 1)}
    assert fills == {str(s): "FF" + STATUS_FILL[s][1:] for s in Status if s is not Status.ABSENT}


def test_sources_sheet(book: openpyxl.Workbook) -> None:
    records = _records(book[SOURCES_SHEET])
    assert [r["Outlet"] for r in records] == ["Kompas", "Tempo", "Reuters", "Antara"]
    assert records[0]["File"] == "corpus/kompas.txt"
    assert records[0]["Language"] == "id"
    assert records[0]["Words"] == 23
    assert records[0]["Published"] == datetime(2023, 3, 4, 9, 30)
    # A zoned publication time keeps the wall-clock time the outlet printed.
    assert records[1]["Published"] == datetime(2023, 3, 4, 11, 5)
    assert records[2]["Published"] is None


def test_summary_sheet_counts_legend_and_provenance(book: openpyxl.Workbook) -> None:
    ws = book[SUMMARY_SHEET]
    summary = _summary(ws)
    assert summary["Made"][0] == NOW
    assert summary["Scope"][0] == "all facts, all outlets"
    assert summary["Facts"][0] == 5
    assert summary["Outlets"][0] == 4
    assert summary["From files"][0] == "corpus/kompas.txt"
    assert summary["Files not used"][0] == "corpus/scan.pdf"
    by_agreement = _summary(ws, "Facts by agreement")
    assert {a: row[0] for a, row in by_agreement.items()} == {
        "consensus": 2,
        "conflict": 1,
        "partial": 1,
        "single": 1,
    }
    per_outlet = {name: row[:3] for name, row in _summary(ws, "Outlet").items()}
    assert per_outlet == {
        "Kompas": [3, 0, 0],
        "Tempo": [3, 1, 0],
        "Reuters": [4, 0, 0],
        "Antara": [1, 0, 1],
    }
    legend = _summary(ws, "Legend")
    assert list(legend) == [str(s) for s in Status]
    for status in Status:
        glyph, colour = legend[str(status)][:2]
        assert glyph == (STATUS_GLYPH[status] or "(blank)")
        assert colour == STATUS_FILL[status]


def test_summary_chart_plots_the_per_outlet_counts(matrix: Matrix, tmp_path: Path) -> None:
    path = _write(matrix, tmp_path)
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        chart = archive.read(charts[0]).decode()
    assert "barChart" in chart
    ws = openpyxl.load_workbook(path)[SUMMARY_SHEET]
    header = next(c.row for c in ws["A"] if c.value == "Outlet")
    for column in "BCD":
        assert f"'{SUMMARY_SHEET}'!${column}${header + 1}:${column}${header + 4}" in chart
    assert f"'{SUMMARY_SHEET}'!$A${header + 1}:$A${header + 4}" in chart


def test_inputs_name_the_files_the_workbook_came_from(matrix: Matrix, tmp_path: Path) -> None:
    path = _write(matrix, tmp_path, inputs=["project.claimgrid"])
    summary = _summary(openpyxl.load_workbook(path)[SUMMARY_SHEET])
    assert summary["From files"][0] == "project.claimgrid"


def test_filtered_view_exports_only_its_rows_and_columns(matrix: Matrix, tmp_path: Path) -> None:
    view = ExportView(fact_ids=("f2", "f1"), source_ids=("s3", "s2"), description="dates first")
    book = openpyxl.load_workbook(_write(matrix, tmp_path, view))
    ws = book[MATRIX_SHEET]
    assert [c.value for c in ws[1]][5:] == ["Reuters", "Tempo"]
    assert [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)] == ["f2", "f1"]
    assert ws["F2"].value == "~ Feb 2023"
    records = _records(book[EVIDENCE_SHEET])
    assert [(r["Fact id"], r["Outlet"]) for r in records] == [
        ("f2", "Reuters"),
        ("f2", "Tempo"),
        ("f1", "Reuters"),
        ("f1", "Tempo"),
    ]
    summary = _summary(book[SUMMARY_SHEET])
    assert summary["Scope"][0] == "dates first"
    assert summary["Facts"][0] == 2
    assert [r["Outlet"] for r in _records(book[SOURCES_SHEET])] == ["Reuters", "Tempo"]


def test_an_empty_view_still_makes_a_readable_workbook(matrix: Matrix, tmp_path: Path) -> None:
    path = _write(matrix, tmp_path, ExportView(fact_ids=(), description="nothing matches"))
    book = openpyxl.load_workbook(path)
    assert book[MATRIX_SHEET].max_row == 1
    assert _records(book[EVIDENCE_SHEET]) == []
    assert _summary(book[SUMMARY_SHEET])["Facts"][0] == 0
    assert pd.read_excel(path, sheet_name=EVIDENCE_SHEET).empty


# -- untrusted text ------------------------------------------------------------------------


def _all_text_cells(book: openpyxl.Workbook) -> Iterator[openpyxl.cell.cell.Cell]:
    for ws in book:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield cell


def test_formula_like_text_is_stored_as_text(hostile: Matrix, tmp_path: Path) -> None:
    path = _write(hostile, tmp_path)
    book = openpyxl.load_workbook(path)
    cells = list(_all_text_cells(book))
    assert cells
    assert {c.data_type for c in cells} == {"s"}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in archive.read(name).decode(), name

    labels = [book[MATRIX_SHEET].cell(r, 2).value for r in range(2, 2 + len(HOSTILE_VALUES))]
    assert labels == list(HOSTILE_VALUES)
    values = [r["Value"] for r in _records(book[EVIDENCE_SHEET]) if r["Source id"] == "s1"][
        : len(HOSTILE_VALUES)
    ]
    assert values == list(HOSTILE_VALUES)
    assert book[MATRIX_SHEET]["F1"].value == "=Outlet"
    assert book[SOURCES_SHEET]["F2"].value == "-dirty.txt"

    frame = pd.read_excel(path, sheet_name=EVIDENCE_SHEET, keep_default_na=False)
    assert list(frame["Value"][frame["Source id"] == "s1"][: len(HOSTILE_VALUES)]) == list(
        HOSTILE_VALUES
    )


def test_control_characters_are_replaced_not_fatal(hostile: Matrix, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_write(hostile, tmp_path))
    records = _records(book[EVIDENCE_SHEET])
    sentence = next(r["Sentence"] for r in records if r["Source id"] == "s2")
    assert sentence == "Angka  itu  dibantah  pejabat =SUM(1)."
    assert book[MATRIX_SHEET]["G1"].value == "Outlet  B"
    assert book[SOURCES_SHEET]["C2"].value == "@judul  berita"


def test_text_past_the_cell_limit_is_cut_with_a_marker(hostile: Matrix, tmp_path: Path) -> None:
    path = _write(hostile, tmp_path)
    book = openpyxl.load_workbook(path)
    label = book[MATRIX_SHEET].cell(book[MATRIX_SHEET].max_row, 2).value
    assert len(LONG_SENTENCE) > CELL_LIMIT
    assert len(label) == CELL_LIMIT
    assert label.endswith(TRUNCATION_MARK)
    assert LONG_SENTENCE.startswith(label[: -len(TRUNCATION_MARK)])
    long_row = next(r for r in _records(book[EVIDENCE_SHEET]) if r["Fact id"] == "long")
    assert len(long_row["Sentence"]) == CELL_LIMIT
    assert long_row["Sentence"].endswith(TRUNCATION_MARK)


def test_clean_text() -> None:
    assert clean_text("a\x00b\x1fc\td\ne\rf") == "a b c\td\ne\rf"
    assert clean_text("lone \ud800 surrogate \ufffe") == "lone   surrogate  "
    assert clean_text("x" * CELL_LIMIT) == "x" * CELL_LIMIT
    assert len(clean_text("x" * (CELL_LIMIT + 1))) == CELL_LIMIT


# -- bulk rows -----------------------------------------------------------------------------


def test_cell_xml_escapes_and_types() -> None:
    assert cell_xml("A1", "a < b & c > d") == (
        '<c r="A1" t="inlineStr"><is><t>a &lt; b &amp; c &gt; d</t></is></c>'
    )
    assert cell_xml("B2", " padded ", 3) == (
        '<c r="B2" s="3" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c>'
    )
    assert cell_xml("C3", "line\rbreak") == (
        '<c r="C3" t="inlineStr"><is><t>line&#13;break</t></is></c>'
    )
    assert cell_xml("D4", 15000.0) == '<c r="D4"><v>15000</v></c>'
    assert cell_xml("D4", 2.5, 1) == '<c r="D4" s="1"><v>2.5</v></c>'
    assert cell_xml("E5", math.nan) == ""
    assert cell_xml("E5", None, 7) == '<c r="E5" s="7"/>'
    assert cell_xml("E5", "", 0) == ""
    with pytest.raises(TypeError):
        cell_xml("F6", True)


def test_hyperlinks_go_where_the_sheet_schema_expects_them() -> None:
    bulk = BulkRows(sheet=None, rows=[[("x", 0, "'Other'!A1")]])  # type: ignore[arg-type]
    out: list[bytes] = []

    class Sink:
        def write(self, data: bytes) -> None:
            out.append(data)

    bulk.write(Sink())  # type: ignore[arg-type]
    assert b"".join(out) == b'<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>'
    link = '<hyperlink ref="A2" location="\'Other\'!A1"/>'
    tail = '<autoFilter ref="A1:A2"/><pageMargins left="1"/><tableParts count="1"/></worksheet>'
    assert bulk.tail(tail) == tail.replace(
        "<pageMargins", f"<hyperlinks>{link}</hyperlinks><pageMargins"
    )
    existing = '<hyperlinks><hyperlink ref="A1" location="x"/></hyperlinks></worksheet>'
    assert bulk.tail(existing) == existing.replace("</hyperlinks>", f"{link}</hyperlinks>")


def test_rows_are_tall_enough_for_their_wrapped_text(hostile: Matrix, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_write(hostile, tmp_path))
    matrix_ws = book[MATRIX_SHEET]
    assert matrix_ws.row_dimensions[2].height is None  # "=1+2" fits one line
    assert matrix_ws.row_dimensions[matrix_ws.max_row].height == MAX_ROW_HEIGHT
    evidence_ws = book[EVIDENCE_SHEET]
    heights = {
        (evidence_ws.cell(r, 1).value, evidence_ws.cell(r, 3).value): evidence_ws.row_dimensions[
            r
        ].height
        for r in range(2, evidence_ws.max_row + 1)
    }
    assert heights[("h0", "s1")] is None
    # The 39-character HYPERLINK value takes two lines of the 24-character Value column.
    assert heights[("h1", "s1")] == 2 * LINE_HEIGHT
    assert heights[("long", "s1")] == MAX_ROW_HEIGHT


def test_lines_needed() -> None:
    assert lines_needed("short", 10) == 1
    assert lines_needed("x" * 25, 10) == 3
    assert lines_needed("one\ntwo\n\nfour", 40) == 4
    assert row_height(1) is None
    assert row_height(3) == 45
    assert row_height(1000) == MAX_ROW_HEIGHT


# -- failures ------------------------------------------------------------------------------


def test_read_only_folder_gives_an_export_error(matrix: Matrix, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "claims.xlsx"
    target.write_bytes(b"earlier workbook")
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running with privileges that ignore folder permissions")
        with pytest.raises(ExportError) as caught:
            write_xlsx(matrix, target)
        assert str(target) in str(caught.value)
        assert "permission denied" in str(caught.value)
        assert target.read_bytes() == b"earlier workbook"
    finally:
        folder.chmod(0o755)


def test_disk_full_midway_leaves_the_existing_file_alone(
    matrix: Matrix, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "claims.xlsx"
    target.write_bytes(b"earlier workbook")
    real_write = BulkRows.write

    def fill_up(self: BulkRows, out: Any) -> None:
        out.write(b"<row r='2'>")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(BulkRows, "write", fill_up)
    with pytest.raises(ExportError) as caught:
        write_xlsx(matrix, target)
    assert str(target) in str(caught.value)
    assert "disk is full" in str(caught.value)
    assert target.read_bytes() == b"earlier workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.xlsx"]

    monkeypatch.setattr(BulkRows, "write", real_write)
    write_xlsx(matrix, target)
    assert openpyxl.load_workbook(target).sheetnames[0] == MATRIX_SHEET


def test_locked_file_gives_an_export_error(
    matrix: Matrix, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "claims.xlsx"
    target.write_bytes(b"open in a spreadsheet program")

    def refuse(src: Any, dst: Any) -> None:
        # What replacing a file another program holds open raises on Windows.
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr("gui.export.atomic.os.replace", refuse)
    with pytest.raises(ExportError, match="permission denied") as caught:
        write_xlsx(matrix, target)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"open in a spreadsheet program"


def test_missing_folder_gives_an_export_error(matrix: Matrix, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "claims.xlsx"
    with pytest.raises(ExportError, match="folder does not exist") as caught:
        write_xlsx(matrix, target)
    assert str(target) in str(caught.value)


# -- round trip against the JSON export ----------------------------------------------------


def _assert_round_trip(matrix: Matrix, path: Path) -> None:
    from gui.export.json_export import to_json_dict

    write_xlsx(matrix, path, now=NOW)
    data = to_json_dict(matrix)
    expected = {
        (fact["id"], source_id): cell
        for fact in data["facts"]
        for source_id, cell in fact["cells"].items()
    }
    evidence = pd.read_excel(path, sheet_name=EVIDENCE_SHEET, keep_default_na=False)
    assert len(evidence) == len(expected)
    for row in evidence.to_dict("records"):
        cell = expected[(str(row["Fact id"]), str(row["Source id"]))]
        assert row["Status"] == cell["status"]
        assert str(row["Value"]) == clean_text(cell["value"])
        assert row["Sentence"] == clean_text(cell["excerpt"])
        assert (row["Start"], row["End"]) == (cell["start"], cell["end"])
        normalized = cell["normalized"]
        if normalized is None:
            assert row["Normalised value"] == ""
        elif isinstance(normalized, str):
            assert row["Normalised value"] == normalized
        else:
            assert row["Normalised value"] == pytest.approx(normalized)

    ws = openpyxl.load_workbook(path)[MATRIX_SHEET]
    headers = outlet_headers(matrix.sources)
    assert [c.value for c in ws[1]][5:] == headers
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    assert list(rows) == [f["id"] for f in data["facts"]]
    for fact in data["facts"]:
        for j, source in enumerate(data["sources"]):
            cell = ws.cell(rows[fact["id"]], 6 + j)
            stated = fact["cells"].get(source["id"])
            status = Status(stated["status"]) if stated else Status.ABSENT
            assert STATUS_BY_FILL[cell.fill.fgColor.rgb] is status
            if stated:
                # The workbook shows what the window shows for the cell.
                shown = matrix.fact(fact["id"]).cell(source["id"])
                kind = matrix.fact(fact["id"]).kind
                assert cell.value == clean_text(cell_text(kind, shown))
            else:
                assert cell.value is None


def test_round_trip_matches_the_json_export(matrix: Matrix, tmp_path: Path) -> None:
    _assert_round_trip(matrix, tmp_path / "sample.xlsx")


def test_round_trip_on_the_seed_corpus(tmp_path: Path) -> None:
    try:
        from gui.analysis import analyze
        from gui.ingest import load_paths
    except ImportError as exc:
        pytest.skip(f"the analysis engine cannot be imported yet: {exc}")
    from gui.paths import seeds_dir

    loaded = load_paths([seeds_dir()])
    try:
        analysis = analyze(loaded.sources, refused=loaded.refused)
    except ModuleNotFoundError as exc:
        # The engine imports its later stages lazily; one not written yet is still "cannot
        # be imported". Anything else missing is a real failure.
        if not (exc.name or "").startswith("gui."):
            raise
        pytest.skip(f"the analysis engine is not complete yet: {exc}")
    matrix = build_matrix(analysis)
    assert matrix.facts, "the seeds should yield facts"
    _assert_round_trip(matrix, tmp_path / "seeds.xlsx")


# -- as a reader sees it --------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_renders_the_workbook(matrix: Matrix, tmp_path: Path) -> None:
    path = _write(matrix, tmp_path)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "claims.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        for expected in ("Kompas", "≠ 15.000", "~ Feb 2023", "Facts per outlet", "Legend"):
            assert expected in text


# -- benchmark -----------------------------------------------------------------------------


def test_tiny_benchmark_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = bench.run(50, 5, folder=tmp_path)
    assert (result.facts, result.outlets) == (50, 5)
    assert 50 <= result.stated_cells <= 250
    assert result.styled_seconds > 0 and result.unstyled_seconds > 0
    assert result.styled_bytes > 0 and result.unstyled_bytes > 0
    assert list(tmp_path.iterdir()) == []
    assert bench.main(["--facts", "20", "--outlets", "3"]) == 0
    assert "ratio styled / unstyled" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        bench.main(["--density", "0"])


def test_synthetic_matrix_is_reproducible() -> None:
    a = bench.synthetic_matrix(30, 4, density=0.5, seed=7)
    b = bench.synthetic_matrix(30, 4, density=0.5, seed=7)
    assert a.facts == b.facts
    assert all(f.coverage >= 1 for f in a.facts)
