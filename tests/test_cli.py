"""The headless command line, run as a user would run it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from gui import __version__
from gui.paths import seeds_dir


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"claimgrid {__version__}"


def test_analyze_seeds_prints_conflicts_first_and_writes_exports(tmp_path: Path) -> None:
    json_path, csv_path = tmp_path / "m.json", tmp_path / "m.csv"
    out = run("analyze", str(seeds_dir()), "--json", str(json_path), "--csv", str(csv_path))
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith("  ") and "  " in line[2:]]
    fact_lines = [
        line for line in lines if any(k in line for k in ("quantity", "date", "statement"))
    ]
    assert fact_lines and "conflict" in fact_lines[0]
    assert "≠" in out.stdout and "✓" in out.stdout

    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["schema"] == "claimgrid/1"
    assert len(data["sources"]) == 5
    texts = {s["id"]: s["text"] for s in data["sources"]}
    assert all(s["path"].endswith(".txt") for s in data["sources"])
    assert data["facts"]
    # The exports keep the window's default order: conflicts first, then wider coverage.
    agreements = [f["agreement"] for f in data["facts"]]
    conflicts = agreements.count("conflict")
    assert conflicts and set(agreements[:conflicts]) == {"conflict"}
    rest = [len(f["cells"]) for f in data["facts"][conflicts:]]
    assert rest == sorted(rest, reverse=True)
    for fact in data["facts"]:
        assert fact["kind"] in {"quantity", "date", "statement"}
        assert fact["agreement"] in {"consensus", "conflict", "partial", "single"}
        for sid, cell in fact["cells"].items():
            assert texts[sid][cell["start"] : cell["end"]] == cell["excerpt"]
            assert cell["status"] in {"agree", "conflict", "partial"}

    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    stated = sum(len(f["cells"]) for f in data["facts"])
    assert len(rows) == stated
    assert {"fact", "outlet", "status", "value", "excerpt"} <= set(rows[0])


def test_unusable_input_names_the_file_and_exits_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = run("analyze", str(empty))
    assert out.returncode == 2
    assert "empty.txt" in out.stderr
    assert "no readable article" in out.stderr


def test_skipped_files_are_named_and_the_rest_is_analysed(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(
        "Banjir Rendam Ratusan Rumah\n\nBanjir merendam 300 rumah di Kota Sorong pada Senin, "
        "kata Kepala BPBD Sorong Ahmad Yani.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00junk" * 20)
    out = run("analyze", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "b.txt" in out.stderr
    assert "1 sources" in out.stdout


def test_analyze_into_a_project_then_export_it_with_decisions(tmp_path: Path) -> None:
    from gui.review import commands as cmd
    from gui.store import Project
    from gui.store.session import ReviewSession

    project = tmp_path / "review.claimgrid"
    out = run("analyze", str(seeds_dir()), "--project", str(project))
    assert out.returncode == 0, out.stderr
    session = ReviewSession(Project.open(project))
    assert session.matrix is not None and len(session.matrix.sources) == 5
    fact = session.matrix.facts[0]
    session.decide(cmd.rename_fact(session.matrix, fact.id, "Checked headline figure"))
    session.project.close()

    json_path, xlsx_path = tmp_path / "out.json", tmp_path / "out.xlsx"
    out = run("export", str(project), "--json", str(json_path), "--xlsx", str(xlsx_path))
    assert out.returncode == 0, out.stderr
    assert "Checked headline figure" in out.stdout
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert next(f for f in data["facts"] if f["id"] == fact.id)["label"] == (
        "Checked headline figure"
    )
    assert xlsx_path.stat().st_size > 5_000


def test_export_refuses_a_file_that_is_not_a_project(tmp_path: Path) -> None:
    notes = tmp_path / "notes.claimgrid"
    notes.write_text("not a project", encoding="utf-8")
    out = run("export", str(notes), "--json", str(tmp_path / "x.json"))
    assert out.returncode == 2
    assert "notes.claimgrid" in out.stderr and "not a Claimgrid project" in out.stderr
    assert not (tmp_path / "x.json").exists()


def test_columns_of_a_table_of_articles(tmp_path: Path) -> None:
    table = tmp_path / "ekspor.csv"
    with open(table, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        lead = "Banjir merendam {} rumah di Kota Sorong pada Senin, kata {}."
        writer.writerow(["kolom1", "isi_v2", "alamat", "tgl"])
        writer.writerow(["Pos Kota", lead.format(300, "Kepala BPBD"), "https://poskota.example.id/a",
                         "2025-03-03"])  # fmt: skip
        writer.writerow(["Metro", lead.format(350, "warga"), "", "3 Maret 2025"])
    json_path = tmp_path / "m.json"
    out = run(
        "analyze", str(table), "--json", str(json_path),
        "--columns", "text=isi_v2,outlet=kolom1,url=alamat,date=tgl",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    sources = json.loads(json_path.read_text(encoding="utf-8"))["sources"]
    assert [(s["outlet"], s["url"], s["published"][:10]) for s in sources] == [
        ("Pos Kota", "https://poskota.example.id/a", "2025-03-03"),
        ("Metro", "", "2025-03-03"),
    ]
    assert [s["path"] for s in sources] == [f"{table} (row 2)", f"{table} (row 3)"]

    out = run("analyze", str(table), "--columns", "colour=red")
    assert out.returncode == 2
    assert "unknown field “colour”" in out.stderr
    out = run("analyze", str(table), "--columns", "text=konten")
    assert out.returncode == 2
    assert "ekspor.csv" in out.stderr and "no column named “konten”" in out.stderr
