"""The reviewer's provenance (reviewed cells, manual and orphaned rows, notes) in every export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl

from gui.domain import Status
from gui.export.csv_export import write_csv
from gui.export.json_export import write_json
from gui.export.xlsx import write_xlsx
from gui.review import Review, build_matrix
from gui.review import commands as cmd
from tests.export.matrices import sample_matrix


def _reviewed_matrix():
    base = sample_matrix()
    fact = next(f for f in base.facts if f.coverage >= 2)
    sid = next(iter(fact.cells))
    review = Review()
    review.record(cmd.set_status(base, fact.id, sid, Status.PARTIAL))
    review.record(cmd.note_cell(base, fact.id, sid, "checked against the ministry release"))
    review.record(cmd.note_fact(base, fact.id, "figures differ by source"))
    source = base.sources[0]
    review.record(cmd.create_fact(base, source.id, 0, 20, "A fact the machine missed"))
    return build_matrix(base.analysis, review), fact.id, sid


def test_json_carries_origin_reviewed_and_notes(tmp_path: Path) -> None:
    matrix, fact_id, sid = _reviewed_matrix()
    data = json.loads(write_json(matrix, tmp_path / "m.json").read_text(encoding="utf-8"))
    facts = {f["id"]: f for f in data["facts"]}
    cell = facts[fact_id]["cells"][sid]
    assert cell["status"] == "partial" and cell["reviewed"] is True
    assert cell["note"] == "checked against the ministry release"
    assert facts[fact_id]["note"] == "figures differ by source"
    assert facts[fact_id]["origin"] == "machine"
    manual = [f for f in data["facts"] if f["origin"] == "manual"]
    assert [f["label"] for f in manual] == ["A fact the machine missed"]
    reviewed = {(f["id"], s) for f in data["facts"] for s, c in f["cells"].items() if c["reviewed"]}
    assert reviewed == {(fact_id, sid), *((manual[0]["id"], s) for s in manual[0]["cells"])}


def test_csv_carries_provenance(tmp_path: Path) -> None:
    matrix, fact_id, sid = _reviewed_matrix()
    path = write_csv(matrix, tmp_path / "m.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    mine = next(
        r for r in rows if r["fact_id"] == fact_id and r["outlet"] == matrix.source(sid).outlet
    )
    assert (mine["status"], mine["reviewed"]) == ("partial", "yes")
    assert mine["note"] == "checked against the ministry release"
    assert mine["fact_note"] == "figures differ by source"
    assert {r["origin"] for r in rows} == {"machine", "manual"}


def test_xlsx_marks_reviewed_cells_and_lists_provenance(tmp_path: Path) -> None:
    matrix, fact_id, sid = _reviewed_matrix()
    wb = openpyxl.load_workbook(write_xlsx(matrix, tmp_path / "m.xlsx"))
    ws = wb["Evidence"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    mine = next(r for r in rows if r["Fact id"] == fact_id and r["Source id"] == sid)
    assert mine["Reviewed"] == "yes" and mine["Note"] == "checked against the ministry release"
    assert {r["Origin"] for r in rows} == {"machine", "manual"}
    grid = wb["Matrix"]
    ids = [c.value for c in grid["A"]]
    outlets = [c.value for c in grid[1]]
    cell = grid.cell(ids.index(fact_id) + 1, outlets.index(matrix.source(sid).outlet) + 1)
    other = grid.cell(ids.index(fact_id) + 1, outlets.index(matrix.sources[-1].outlet) + 1)
    assert cell.font.b and cell.border.left.style == "thin"
    assert cell.border.left.color.rgb.endswith("000000")
    assert not (other.font and other.font.b)
