"""Every format a reviewer meets loads, with its text and the metadata the file carries."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from gui.domain import Source
from gui.ingest import load_paths, read_source
from tests.ingest import fixtures as fx


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def paragraphs(source: Source) -> list[str]:
    return [p for p in source.text.split("\n") if p.strip()]


def test_saved_web_page(tmp_path: Path) -> None:
    source = read_source(write(tmp_path / "banjir.html", fx.saved_page()), "s1")
    assert source.outlet == "Warta Kota Online"  # og:site_name
    assert source.title == fx.FLOOD_TITLE  # og:title without its " | outlet" suffix
    assert source.published == datetime(2025, 3, 3, 19, 45)  # wall clock as printed
    assert source.url == "https://wartakota.example.id/berita/banjir-bekasi"
    assert source.language == "id"
    assert paragraphs(source) == [fx.FLOOD_TITLE, *fx.FLOOD_PARAGRAPHS]
    for furniture in ("IKLAN", "Beranda", "Baca juga", "Berita Terkait", "Hak cipta", "SCRIPT"):
        assert furniture not in source.text


def test_web_page_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = fx.saved_page(charset="windows-1252", title="Kafé Tutup, Warga Protes")
    assert "Kafé".encode("cp1252") in page
    source = read_source(write(tmp_path / "page.htm", page), "s1")
    assert source.title == "Kafé Tutup, Warga Protes"
    assert source.text.startswith("Kafé Tutup, Warga Protes\n")
    assert source.outlet == "Warta Kota Online"


def test_bare_html_fragment_falls_back_to_the_visible_text(tmp_path: Path) -> None:
    page = (
        b"<div class='share'>Bagikan</div><p>Harga beras naik 8 persen di Pasar Induk "
        b"Cipinang pekan ini, kata pedagang.</p><p>Pemerintah berjanji operasi pasar.</p>"
    )
    source = read_source(write(tmp_path / "fragment.html", page), "s1")
    assert paragraphs(source) == [
        "Harga beras naik 8 persen di Pasar Induk Cipinang pekan ini, kata pedagang.",
        "Pemerintah berjanji operasi pasar.",
    ]


def test_word_document(tmp_path: Path) -> None:
    data = fx.word_document(
        title_property="Laporan jembatan",
        table=[["Ruas", "Panjang"], ["Jembatan Musi", "1,4 km"]],
    )
    source = read_source(write(tmp_path / "jembatan.docx", data), "s1")
    assert source.title == fx.BRIDGE_TITLE  # the printed headline wins over the property
    assert paragraphs(source) == [
        fx.BRIDGE_TITLE,
        *fx.BRIDGE_PARAGRAPHS,
        "Ruas | Panjang",
        "Jembatan Musi | 1,4 km",
    ]
    assert source.language == "en"
    assert source.published is None  # the document's creation time is not the article's


def test_word_document_without_a_headline_takes_its_title_property(tmp_path: Path) -> None:
    data = fx.word_document(heading="", title_property="Jembatan Musi Dibuka")
    assert read_source(write(tmp_path / "a.docx", data), "s1").title == "Jembatan Musi Dibuka"


def test_text_pdf_rejoins_its_printed_lines(tmp_path: Path) -> None:
    source = read_source(write(tmp_path / "bridge.pdf", fx.text_pdf()), "s1")
    assert source.title == fx.BRIDGE_TITLE  # "Microsoft Word - ….docx" is no title
    assert source.text.startswith(fx.BRIDGE_TITLE + "\n")
    body = " ".join(source.text.split())
    for paragraph in fx.BRIDGE_PARAGRAPHS:
        assert paragraph in body
    # each paragraph is one line again, not one line per printed line
    assert len(paragraphs(source)) <= 1 + len(fx.BRIDGE_PARAGRAPHS)


def test_pdf_without_a_text_layer_is_refused_by_name(tmp_path: Path) -> None:
    write(tmp_path / "scan.pdf", fx.scanned_pdf())
    write(tmp_path / "bridge.pdf", fx.text_pdf())
    result = load_paths([tmp_path])
    assert [Path(s.path).name for s in result.sources] == ["bridge.pdf"]
    assert [(Path(r.path).name, r.reason) for r in result.refused] == [
        ("scan.pdf", "PDF has no text layer (a scanned image?); run it through OCR first")
    ]


def expected_table_sources(result_sources: tuple[Source, ...], where: list[str]) -> None:
    assert [s.outlet for s in result_sources] == [r["outlet"] for r in fx.ROWS]
    assert [s.title for s in result_sources] == [r["title"] for r in fx.ROWS]
    assert [s.url for s in result_sources] == [r["url"] for r in fx.ROWS]
    assert [s.published for s in result_sources] == [
        datetime(2025, 2, 13, 8, 15),
        datetime(2025, 2, 13, 9, 40),
        None,
    ]
    for source, row in zip(result_sources, fx.ROWS, strict=True):
        assert paragraphs(source) == [row["title"], row["text"]]
    assert [s.path.rsplit(" (", 1)[1].rstrip(")") for s in result_sources] == where
    assert [s.language for s in result_sources] == ["id", "en", "id"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("artikel.csv", fx.csv_table(fx.table_rows())),
        ("artikel.tsv", fx.csv_table(fx.table_rows(), delimiter="\t")),
        ("artikel.xlsx", fx.xlsx_table(fx.table_rows())),
    ],
)
def test_tables_of_articles(tmp_path: Path, name: str, data: bytes) -> None:
    result = load_paths([write(tmp_path / name, data)])
    assert result.refused == ()
    expected_table_sources(result.sources, [f"row {n}" for n in (2, 3, 4)])
    assert [s.id for s in result.sources] == ["s1", "s2", "s3"]
    assert all(s.path.startswith(str(tmp_path / name) + " (") for s in result.sources)


def test_json_lines_with_nested_outlet(tmp_path: Path) -> None:
    result = load_paths([write(tmp_path / "api.jsonl", fx.jsonl_table(fx.newsapi_style()))])
    assert result.refused == ()
    expected_table_sources(result.sources, ["line 1", "line 2", "line 3"])


def test_workbook_with_a_summary_sheet_first(tmp_path: Path) -> None:
    data = fx.xlsx_table(fx.table_rows(), before=["Ringkasan"])
    result = load_paths([write(tmp_path / "pantauan.xlsx", data)])
    assert result.refused == ()
    expected_table_sources(result.sources, [f"sheet Artikel, row {n}" for n in (2, 3, 4)])


def test_mixed_corpus_numbers_sources_across_files(tmp_path: Path) -> None:
    write(tmp_path / "1_page.html", fx.saved_page())
    write(tmp_path / "2_table.csv", fx.csv_table(fx.table_rows()))
    write(tmp_path / "3_doc.docx", fx.word_document())
    calls: list[tuple[int, int]] = []
    result = load_paths([tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert [s.id for s in result.sources] == ["s1", "s2", "s3", "s4", "s5"]
    assert [s.outlet for s in result.sources][:4] == [
        "Warta Kota Online",
        "Harian Priangan",
        "Java Ledger",
        "Suara Pasundan",
    ]
    # the total grows by the table's extra rows once it is read, and ends complete
    assert calls[0] == (0, 3)
    assert calls[-1] == (5, 5)
    assert [done for done, _total in calls] == list(range(6))
