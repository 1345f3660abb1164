"""Tables of articles: one Source per row, columns by name or by choice, bad rows listed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from gui.ingest import IngestError, load_paths, table_columns
from gui.ingest import tables as tables_module
from gui.ingest.readers import read_bytes
from tests.ingest import fixtures as fx

BODY_A = (
    "Harga cabai rawit di Pasar Kramat Jati naik menjadi Rp 90.000 per kilogram pada Senin, "
    "kata seorang pedagang."
)
BODY_B = (
    "Chili prices at Jakarta's main market rose to 90,000 rupiah a kilogram on Monday, "
    "traders said, blaming heavy rain."
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unusual_columns_named_on_the_command_line(tmp_path: Path) -> None:
    rows = [["kolom1", "kolom2", "kolom3"], ["Pos Kota", BODY_A, "x"], ["Metro", BODY_B, "y"]]
    path = write(tmp_path / "ekspor.csv", fx.csv_table(rows))
    guess = table_columns(path)
    assert guess.text == "kolom2" and not guess.sure  # by length only: the window asks
    assert guess.sample[0] == ("Pos Kota", BODY_A[:79] + "…", "x")  # a preview, cut short
    result = load_paths([path], columns={"text": "kolom2", "outlet": "KOLOM1"})
    assert [s.outlet for s in result.sources] == ["Pos Kota", "Metro"]
    assert [s.text for s in result.sources] == [BODY_A, BODY_B]


def test_a_chosen_column_that_does_not_exist_refuses_the_table(tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", fx.csv_table(fx.table_rows()))
    result = load_paths([path], columns={"text": "isi"})
    assert result.sources == ()
    assert [r.reason for r in result.refused] == [
        "no column named “isi” (columns: title, text, outlet, url, date)"
    ]


def test_per_table_choice_wins_over_the_common_one(tmp_path: Path) -> None:
    plain = write(tmp_path / "plain.csv", fx.csv_table(fx.table_rows()))
    odd = write(tmp_path / "odd.csv", fx.csv_table([["satu", "dua"], [BODY_A, "Harian Kota"]]))
    result = load_paths(
        [plain, odd],
        columns={"text": "text"},
        columns_for={str(odd): {"text": "satu", "outlet": "dua"}},
    )
    assert [s.outlet for s in result.sources][-1] == "Harian Kota"
    assert len(result.sources) == 4 and result.refused == ()


def test_rows_without_text_are_listed_and_the_rest_load(tmp_path: Path) -> None:
    rows = [["title", "text", "outlet"]]
    rows += [["Judul", BODY_A if i % 3 else "", f"Media {i}"] for i in range(1, 10)]
    rows.append(["", "", ""])  # a blank row is no article and no refusal
    path = write(tmp_path / "t.csv", fx.csv_table(rows))
    result = load_paths([path])
    assert len(result.sources) == 6
    assert [(r.path, r.reason) for r in result.refused] == [
        (f"{path} (row 4, row 7, row 10)", "no article text")
    ]


def test_many_rows_without_text_are_summed_up(tmp_path: Path) -> None:
    rows = [["text", "outlet"], [BODY_A, "A"]] + [["", f"M{i}"] for i in range(8)]
    result = load_paths([write(tmp_path / "t.csv", fx.csv_table(rows))])
    assert result.refused[0].path.endswith("(row 3, row 4, row 5, row 6, row 7 and 3 more)")


def test_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables_module, "MAX_ROWS", 3)
    rows = [["text", "outlet"]] + [[BODY_A, f"Media {i}"] for i in range(5)]
    result = load_paths([write(tmp_path / "big.csv", fx.csv_table(rows))])
    assert [s.outlet for s in result.sources] == ["Media 0", "Media 1", "Media 2"]
    assert [(Path(r.path).name, r.reason) for r in result.refused] == [
        ("big.csv (rows after row 4)", "not read: at most 3 articles are read from one table")
    ]


def test_semicolon_separated_with_commas_in_the_text(tmp_path: Path) -> None:
    rows = [["judul", "isi", "media"], ["Cabai Mahal", BODY_A, "Pos Kota"]]
    result = load_paths([write(tmp_path / "excel.csv", fx.csv_table(rows, delimiter=";"))])
    assert [(s.title, s.outlet) for s in result.sources] == [("Cabai Mahal", "Pos Kota")]
    assert result.sources[0].text.endswith(BODY_A)


def test_article_text_exported_as_html_is_read_as_paragraphs(tmp_path: Path) -> None:
    html = f"<p>{BODY_A}</p><p>Pedagang lain menyebut harga <b>turun</b> pekan depan.</p>"
    rows = [["content", "media_name"], [html, "Pos Kota"]]
    source = load_paths([write(tmp_path / "h.csv", fx.csv_table(rows))]).sources[0]
    assert source.text.split("\n\n") == [
        BODY_A,
        "Pedagang lain menyebut harga turun pekan depan.",
    ]


def test_outlet_from_the_address_then_from_the_file_name(tmp_path: Path) -> None:
    rows = [
        ["text", "url"],
        [BODY_A, "https://www.harianpagi.co.id/ekonomi/cabai"],
        [BODY_B, "https://news.lintasberita.id/a/1"],
        [BODY_A + " Lagi.", ""],
    ]
    result = load_paths([write(tmp_path / "pantauan.csv", fx.csv_table(rows))])
    assert [s.outlet for s in result.sources] == [
        "Harianpagi.co.id",
        "Lintasberita.id",
        "Pantauan row 4",
    ]


def test_xlsx_cells_keep_their_types(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Tanggal", "Judul", "Isi", "Media", "Pembaca"],
        [datetime(2025, 1, 6, 14, 30), "Cabai Mahal", BODY_A, "Pos Kota", 1200],
        [45663.0, "Chili Prices Soar", BODY_B, "Metro Daily", None],
    ]
    result = load_paths([write(tmp_path / "x.xlsx", fx.xlsx_table(rows))])
    assert [s.published for s in result.sources] == [datetime(2025, 1, 6, 14, 30), None]
    assert [s.title for s in result.sources] == ["Cabai Mahal", "Chili Prices Soar"]
    assert [s.path.rsplit("(", 1)[1] for s in result.sources] == ["row 2)", "row 3)"]


def test_unix_timestamps_in_a_date_column(tmp_path: Path) -> None:
    lines = [{"text": BODY_A, "outlet": "A", "published": 1736173800}]
    source = load_paths([write(tmp_path / "t.jsonl", fx.jsonl_table(lines))]).sources[0]
    assert source.published == datetime(2025, 1, 6, 14, 30)


def test_json_lines_skip_bad_lines_and_name_them(tmp_path: Path) -> None:
    data = b"\n".join(
        [
            b'{"text": "' + BODY_A.encode() + b'", "outlet": "A"}',
            b"{not json",
            b"",
            b"[1, 2]",
            b'{"text": "' + BODY_B.encode() + b'", "outlet": "B"}',
            b"[" * 50_000,  # absurd nesting: refused, not a RecursionError
        ]
    )
    result = load_paths([write(tmp_path / "t.jsonl", data)])
    assert [s.outlet for s in result.sources] == ["A", "B"]
    assert [(Path(r.path).name, r.reason) for r in result.refused] == [
        ("t.jsonl (line 2, line 4, line 6)", "not a JSON object")
    ]


def test_a_json_array_saved_as_jsonl(tmp_path: Path) -> None:
    data = b'[{"content": "' + BODY_A.encode() + b'", "source": {"name": "Pos Kota"}}]'
    result = load_paths([write(tmp_path / "t.jsonl", data)])
    assert [(s.outlet, s.path.endswith("(item 1)")) for s in result.sources] == [("Pos Kota", True)]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("h.csv", b"title,text,outlet\n", "no rows of articles (a header and at least one "
         "row are needed)"),
        ("s.csv", b"a,b\n1,2\n3,4\n", "no column of article text found (columns: a, b)"),
        ("e.csv", b"text,outlet\n,A\n,B\n", "no article text in column “text”"),
        ("j.jsonl", b"not json at all\nnor this\n", "not JSON Lines (one JSON object per line)"),
        ("x.xlsx", fx.xlsx_table([]), "no rows of articles (a header and at least one row "
         "are needed)"),
    ],
)  # fmt: skip
def test_tables_that_hold_no_articles(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as info:
        read_bytes(write(tmp_path / name, data).read_bytes(), Path(name).suffix)
    assert str(info.value) == reason


def test_unterminated_quote_keeps_the_rest_as_the_last_field(tmp_path: Path) -> None:
    data = f'text,outlet\n"{BODY_A}",A\n"{BODY_B},B\n'.encode()
    result = load_paths([write(tmp_path / "q.csv", data)])
    assert result.sources[0].outlet == "A"
    assert BODY_B in result.sources[1].text


def test_progress_moves_per_row_and_cancel_stops_inside_a_table(tmp_path: Path) -> None:
    rows = [["text", "outlet"]] + [[BODY_A, f"Media {i}"] for i in range(6)]
    path = write(tmp_path / "t.csv", fx.csv_table(rows))
    calls: list[tuple[int, int]] = []
    result = load_paths(
        [path],
        progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: len(calls) > 3,
    )
    assert calls == [(0, 1), (1, 6), (2, 6), (3, 6)]
    assert [s.outlet for s in result.sources] == ["Media 0", "Media 1", "Media 2"]
