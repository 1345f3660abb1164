"""The analysis costs time and memory in proportion to the text, so one article is read up to
MAX_ARTICLE_CHARS and one corpus up to MAX_CORPUS_CHARS; what is left out is named with the
reason and the rest is analysed. (The cost itself: tests/benchmarks/bench_hostile.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.ingest import load_paths
from gui.ingest.budget import MAX_ARTICLE_CHARS, article_cut, corpus_full
from tests.ingest import fixtures as fx

PARAGRAPH = "Petugas mencatat 1.200 warga mengungsi, kata BPBD pada Senin malam.\n\n"


def _article(i: int) -> str:
    return f"Banjir Hari Ke-{i}\n\nSebanyak {100 + i} rumah terendam banjir, kata petugas.\n"


def test_an_article_under_the_file_limit_is_analysed_up_to_the_article_limit(
    tmp_path: Path,
) -> None:
    big = tmp_path / "transkrip.txt"
    big.write_text("Transkrip Rapat\n\n" + PARAGRAPH * 60_000, encoding="utf-8")  # 4 MB
    assert big.stat().st_size < 20 * 1024 * 1024
    (tmp_path / "biasa.txt").write_text(_article(1), encoding="utf-8")
    result = load_paths([tmp_path])
    short, long = result.sources
    assert MAX_ARTICLE_CHARS * 0.9 < len(long.text) <= MAX_ARTICLE_CHARS
    assert long.text.endswith("Senin malam.")  # cut at a line break
    assert short.text.startswith("Banjir Hari Ke-1")
    ((place, reason),) = [(r.path, r.reason) for r in result.refused]
    assert place.startswith(f"{big} (after character ") and reason == article_cut()


def test_files_past_the_corpus_limit_are_named_and_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(1, 6):
        (tmp_path / f"{i}.txt").write_text(_article(i), encoding="utf-8")
    opened: list[str] = []
    real = Path.read_bytes

    def counted(self: Path) -> bytes:
        opened.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    room = sum(len(_article(i)) for i in (1, 2)) + 10  # two articles fit, the third does not
    result = load_paths([tmp_path], budget=room)
    assert [Path(s.path).name for s in result.sources] == ["1.txt", "2.txt"]
    assert [(Path(r.path).name, r.reason) for r in result.refused] == [
        (f"{i}.txt", corpus_full()) for i in (3, 4, 5)
    ]
    assert opened == ["1.txt", "2.txt", "3.txt"]  # 4 and 5 were never read


def test_table_rows_past_the_corpus_limit_are_named_once(tmp_path: Path) -> None:
    rows = [["judul", "isi", "media"]] + [
        [f"Banjir {i}", _article(i).split("\n\n")[1] * 3, f"Media {i}"] for i in range(1, 9)
    ]
    table = tmp_path / "ekspor.csv"
    table.write_bytes(fx.csv_table(rows))
    room = 3 * len(rows[1][1]) + 60
    result = load_paths([table], budget=room)
    assert len(result.sources) == 3
    assert [(r.path, r.reason) for r in result.refused] == [
        (f"{table} (row 5)", corpus_full()),
        (f"{table} (row 6 and after)", corpus_full()),
    ]
