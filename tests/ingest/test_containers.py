"""Containers that lie about their contents: a zip directory that declares less than its
members hold, a workbook that claims its last cell, a page nested a hundred thousand deep,
a table with no column of article text. Each is refused with the reason, or read, in
bounded time and memory."""

from __future__ import annotations

import io
import re
import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from gui.ingest import IngestError, load_paths, read_source
from gui.ingest.tables import read_xlsx, table_guess
from gui.ingest.xlsx_rows import MAX_COLUMNS
from tests.ingest import fixtures as fx
from tests.ingest.test_bad_input import rezip, write

MB = 1024 * 1024


def understate(data: bytes, name: str, truthful_head: bytes) -> bytes:
    """``data`` with member ``name`` declared (size and CRC, in both of its headers) as if
    it held only ``truthful_head``; its packed stream still holds everything."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(name).header_offset
    crc, size = zlib.crc32(truthful_head), len(truthful_head)
    struct.pack_into("<I", out, local + 14, crc)
    struct.pack_into("<I", out, local + 22, size)
    at = 0
    while (at := out.find(b"PK\x01\x02", at)) >= 0:
        length = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + length] == name.encode():
            struct.pack_into("<I", out, at + 16, crc)
            struct.pack_into("<I", out, at + 24, size)
            return bytes(out)
        at += 4
    raise AssertionError(f"{name} has no directory entry")


def test_a_zip_directory_that_understates_a_member_is_refused_before_inflating_it(
    tmp_path: Path,
) -> None:
    document = fx.word_document()
    xml = zipfile.ZipFile(io.BytesIO(document)).read("word/document.xml")
    # 200 MB of white space behind a valid document part, declared as the part alone: the
    # document read whole, and a reader that stops at the declared size sees a good CRC.
    packed = rezip(document, {"word/document.xml": xml + b" " * (200 * MB)})
    lying = understate(packed, "word/document.xml", xml)
    assert len(lying) < 400_000
    tracemalloc.start()
    try:
        assert reason_of(write(tmp_path / "lie.docx", lying)).startswith(
            "suspicious Word document: a part unpacks to more than its declared"
        )
        assert tracemalloc.get_traced_memory()[1] < 20 * MB
    finally:
        tracemalloc.stop()


def test_a_member_that_holds_less_than_it_declares_is_damaged(tmp_path: Path) -> None:
    workbook = fx.xlsx_table(fx.table_rows())
    sheet = zipfile.ZipFile(io.BytesIO(workbook)).read("xl/worksheets/sheet1.xml")
    short = understate(workbook, "xl/worksheets/sheet1.xml", sheet + b" ")
    assert reason_of(write(tmp_path / "short.xlsx", short)) == (
        "damaged Excel workbook (a part is corrupt)"
    )


def reason_of(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        read_source(path, "s1")
    return str(info.value)


# ---- a workbook that claims its last cell ----------------------------------------------------


def sparse_workbook(*, dimension: str = "A1:XFD1048576", last_cell: bool = True) -> bytes:
    """The three-article table with its sheet claiming the whole grid: a dimension up to the
    last cell Excel has, and a value in that cell."""
    workbook = fx.xlsx_table(fx.table_rows())
    name = "xl/worksheets/sheet1.xml"
    sheet = zipfile.ZipFile(io.BytesIO(workbook)).read(name).decode()
    sheet = sheet.replace('<dimension ref="A1:E4"/>', f'<dimension ref="{dimension}"/>')
    if last_cell:
        far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        sheet = sheet.replace("</sheetData>", f"{far}</sheetData>")
    return rezip(workbook, {name: sheet.encode()})


def test_a_workbook_claiming_its_last_cell_reads_its_articles_at_once() -> None:
    data = sparse_workbook()
    assert len(data) < 8_000
    started = time.monotonic()
    reading = read_xlsx(data)
    # It used to pad a million rows of 16,384 cells: twenty minutes. The bound is loose on
    # purpose; tests/benchmarks/bench_hostile.py measures the real cost (milliseconds).
    assert time.monotonic() - started < 10
    assert [a.outlet for a in reading.articles] == [r["outlet"] for r in fx.ROWS]


def test_rows_wider_than_any_table_are_cut_to_their_first_columns() -> None:
    workbook = fx.xlsx_table(fx.table_rows())
    name = "xl/worksheets/sheet1.xml"
    sheet = zipfile.ZipFile(io.BytesIO(workbook)).read(name).decode()
    # every row, the header too, also holds a value in the sheet's last column
    sheet = re.sub(
        r'(<row r="(\d+)"[^>]*>.*?)</row>',
        lambda m: f'{m[1]}<c r="XFD{m[2]}" t="inlineStr"><is><t>x</t></is></c></row>',
        sheet,
    )
    data = rezip(workbook, {name: sheet.encode()})
    assert len(table_guess(data, ".xlsx").columns) == MAX_COLUMNS
    assert [a.outlet for a in read_xlsx(data).articles] == [r["outlet"] for r in fx.ROWS]


# ---- a table without a column of article text ------------------------------------------------


def test_a_list_of_sources_is_refused_with_the_columns_it_has(tmp_path: Path) -> None:
    rows = [["file", "outlet", "url"]] + [
        [
            f"artikel-{i}.html",
            outlet,
            f"https://www.{outlet.lower().replace(' ', '')}.example.id/berita/2025/03/04/"
            f"banjir-rendam-ribuan-rumah-di-bekasi-warga-mengungsi-ke-sekolah-{i}",
        ]
        for i, outlet in enumerate(["Harian Priangan", "Java Ledger", "Suara Pasundan"])
    ]
    expected = "no column of article text found (columns: file, outlet, url)"
    for name, data in [
        ("sumber.csv", fx.csv_table(rows)),
        ("sumber.xlsx", fx.xlsx_table(rows)),
        ("sumber.jsonl", fx.jsonl_table([dict(zip(rows[0], r, strict=True)) for r in rows[1:]])),
    ]:
        result = load_paths([write(tmp_path / name, data)])
        assert result.sources == ()
        assert [r.reason for r in result.refused] == [expected]


def test_a_table_of_articles_under_unusual_names_still_loads(tmp_path: Path) -> None:
    # The fallback that found the text column by its long values still finds prose.
    rows = fx.table_rows(("kepala", "tulisan", "media", "alamat", "kapan"))
    result = load_paths([write(tmp_path / "ekspor.csv", fx.csv_table(rows))])
    assert [s.outlet for s in result.sources] == [r["outlet"] for r in fx.ROWS]


# ---- a page nested a hundred thousand deep ---------------------------------------------------


def test_a_page_nested_100000_deep_gives_its_text(tmp_path: Path) -> None:
    paragraph = " ".join(fx.FLOOD_PARAGRAPHS)
    deep = 100_000
    page = (
        f"<html><head><title>{fx.FLOOD_TITLE}</title></head><body><h1>{fx.FLOOD_TITLE}</h1>"
        + "<div>" * deep
        + f"<p>{paragraph}</p>"
        + "</div>" * deep
        + "<p>Editor: Rina</p></body></html>"
    )
    started = time.monotonic()
    source = read_source(write(tmp_path / "deep.html", page), "s1")
    assert time.monotonic() - started < 20
    assert source.title == fx.FLOOD_TITLE
    assert fx.FLOOD_PARAGRAPHS[1] in source.text
