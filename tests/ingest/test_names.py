"""File names and outlet names as hostile input: link loops, names that are not UTF-8 or hold
terminal escapes, outlet names with direction overrides. Each is read or refused by name,
and nothing downstream (exports, the project file) trips over what was read."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from gui.export import write_csv, write_json
from gui.ingest import load_paths
from gui.review import build_matrix
from gui.store import Project
from gui.store.session import ReviewSession
from tests.ingest import fixtures as fx

GOOD = (
    "Jembatan Baru Dibuka\n\n"
    "Jembatan sepanjang 400 meter dibuka pada Jumat, kata Bupati Sleman Kustini.\n"
)
OTHER = (
    "Jembatan Sleman Diresmikan\n\n"
    "Jembatan sepanjang 450 meter diresmikan pada Jumat, kata Bupati Sleman Kustini.\n"
)
LOOP = "a symbolic link that leads back to itself (a link loop)"

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names and links")


@posix_only
def test_symbolic_link_loops_are_refused_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    os.symlink("loop.txt", tmp_path / "loop.txt")  # ln -s loop.txt loop.txt
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")  # a folder that contains itself
    result = load_paths([tmp_path])
    assert [Path(s.path).name for s in result.sources] == ["ok.txt"]
    assert [(Path(r.path).name, r.reason) for r in result.refused] == [
        ("a.txt", LOOP),
        ("b.txt", LOOP),
        ("loop.txt", LOOP),
    ]
    named = load_paths([tmp_path / "loop.txt", tmp_path / "ok.txt"])
    assert [r.reason for r in named.refused] == [LOOP]


@posix_only
def test_a_file_name_that_is_not_utf8_reaches_every_writer(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"kaf\xe9 \xff.txt")  # Latin-1 bytes: surrogates once decoded
    with open(os.path.join(os.fsencode(folder), os.fsencode(name)), "wb") as fh:
        fh.write(GOOD.encode())
    (folder / "lain.txt").write_text(OTHER, encoding="utf-8")
    os.mkfifo(os.path.join(os.fsencode(folder), b"pipa \xfe.txt"))  # refused, also by name
    loaded = load_paths([folder])
    shown = next(s for s in loaded.sources if "kaf" in s.path)
    assert shown.path.endswith("kaf\\xe9 \\xff.txt")
    assert loaded.refused[0].path.endswith("pipa \\xfe.txt")
    assert all(s.path.encode("utf-8") for s in loaded.sources)  # no surrogates left

    from gui.analysis import analyze

    analysis = analyze(loaded.sources, refused=loaded.refused)
    matrix = build_matrix(analysis)
    data = json.loads(write_json(matrix, tmp_path / "out.json").read_text(encoding="utf-8"))
    assert any(s["path"].endswith("kaf\\xe9 \\xff.txt") for s in data["sources"])
    write_csv(matrix, tmp_path / "out.csv")
    session = ReviewSession(Project.create(tmp_path / "p.claimgrid"))
    session.set_analysis(analysis)
    session.project.close()
    reopened = Project.open(tmp_path / "p.claimgrid")
    assert {s.path for s in reopened.sources} == {s.path for s in loaded.sources}

    # A surrogate that reaches a writer some other way costs a character, not the export.
    raw = replace(analysis, sources=tuple(replace(s, path=name) for s in analysis.sources))
    write_json(build_matrix(raw), tmp_path / "raw.json")
    write_csv(build_matrix(raw), tmp_path / "raw.csv")
    assert "kaf? ?.txt" in (tmp_path / "raw.json").read_text(encoding="utf-8")


@posix_only
def test_terminal_escapes_in_file_names_are_kept_as_visible_escapes(tmp_path: Path) -> None:
    (tmp_path / "\x1b]0;judul\x07.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "\x1b[2J.txt").write_bytes(b"")
    loaded = load_paths([tmp_path])
    assert loaded.sources[0].path.endswith("\\x1b]0;judul\\x07.txt")
    assert loaded.refused[0].path.endswith("\\x1b[2J.txt")
    assert not any("\x1b" in s.outlet or "\x1b" in s.path for s in loaded.sources)


RLO, PDF, RLI, PDI, LRM = "\u202e", "\u202c", "\u2067", "\u2069", "\u200e"


def test_direction_overrides_leave_outlet_names_and_headlines(tmp_path: Path) -> None:
    rows = [
        ["judul", "isi", "media"],
        [f"Jembatan {RLO}Baru{PDF} Dibuka", GOOD.split("\n\n")[1], f"{RLO}sapmoK{PDF}"],
        ["Jembatan Diresmikan", OTHER.split("\n\n")[1], f"Harian{LRM} {RLI}Sleman{PDI}"],
    ]
    (tmp_path / "t.csv").write_bytes(fx.csv_table(rows))
    page = (
        f'<html><head><meta property="og:site_name" content="{RLO}Warta{PDF} Kita">'
        f"<title>Banjir {RLO}Surut</title></head><body><p>{OTHER}</p></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    loaded = load_paths([tmp_path])
    assert [s.outlet for s in loaded.sources] == ["Warta Kita", "sapmoK", "Harian Sleman"]
    assert loaded.sources[1].title == "Jembatan Baru Dibuka"
    controls = {RLO, PDF, RLI, PDI, LRM}
    assert not any(ch in controls for s in loaded.sources for ch in s.outlet + s.title)
