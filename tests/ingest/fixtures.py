"""A small corpus of article files in every format the readers take, built by the tests.

Nothing here is checked in as a binary: a saved web page, a Word document (python-docx),
PDFs with and without a text layer (written by hand: a few objects and a Helvetica text
stream), and tables of articles as CSV, TSV, XLSX (openpyxl) and JSON Lines.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime

# ---- articles the fixtures carry (varied outlets, events and languages) ----------------------

FLOOD_TITLE = "Banjir Rendam Ribuan Rumah di Bekasi"
FLOOD_PARAGRAPHS = (
    "Banjir merendam ribuan rumah di Bekasi sejak Senin malam, kata petugas Badan "
    "Penanggulangan Bencana Daerah setempat kepada wartawan.",
    "Sebanyak 1.200 warga mengungsi ke gedung sekolah dan masjid terdekat. Ketinggian air "
    "mencapai satu meter di beberapa titik permukiman.",
    "Wali kota mengatakan bantuan logistik akan tiba dalam dua hari, sementara petugas terus "
    "mengevakuasi warga lanjut usia.",
)

BRIDGE_TITLE = "New bridge opens to traffic after two-year delay"
BRIDGE_PARAGRAPHS = (
    "The 1.4-kilometre bridge over the Musi river opened to traffic on Tuesday, two years "
    "later than planned, the public works ministry said.",
    "Officials said about 40,000 vehicles a day are expected to cross it once the approach "
    "roads are finished in June.",
)

ROWS = (
    {
        "title": "Gempa Magnitudo 5,6 Guncang Cianjur",
        "text": "Gempa bermagnitudo 5,6 mengguncang Cianjur pada Kamis pagi, menurut BMKG. "
        "Sedikitnya 12 rumah rusak ringan dan tidak ada korban jiwa, kata kepala desa.",
        "outlet": "Harian Priangan",
        "url": "https://priangan.example.id/gempa-cianjur",
        "date": "2025-02-13T08:15:00+07:00",
    },
    {
        "title": "Cianjur Quake Damages Homes",
        "text": "A magnitude 5.6 earthquake shook Cianjur on Thursday morning, the "
        "meteorology agency said. At least 15 homes were damaged, a village head said.",
        "outlet": "Java Ledger",
        "url": "https://www.javaledger.example.com/news/cianjur-quake",
        "date": "13 Februari 2025 09:40",
    },
    {
        "title": "Warga Cianjur Bertahan di Tenda",
        "text": "Ratusan warga Cianjur memilih bertahan di tenda darurat setelah gempa pada "
        "Kamis, kata relawan. Mereka khawatir gempa susulan akan terjadi lagi malam ini.",
        "outlet": "Suara Pasundan",
        "url": "",
        "date": "",
    },
)

# ---- a saved web page ---------------------------------------------------------------------


def saved_page(*, charset: str = "utf-8", title: str = FLOOD_TITLE) -> bytes:
    """A news page as a browser saves it: menus, ads, a "baca juga" box, scripts, footer."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in FLOOD_PARAGRAPHS)
    first, rest = paragraphs.split("\n", 1)
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="{charset}">
<title>{title} - Warta Kota Online</title>
<meta property="og:title" content="{title} | Warta Kota Online">
<meta property="og:site_name" content="Warta Kota Online">
<meta property="og:url" content="https://wartakota.example.id/berita/banjir-bekasi">
<meta property="article:published_time" content="2025-03-03T19:45:00+07:00">
<script>var slot = "IKLAN-SCRIPT-TEXT"; function track() {{ return 1; }}</script>
<style>.x {{ color: red }}</style>
</head><body>
<nav class="menu"><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<div class="ads-top">IKLAN: Beli sekarang diskon 50%</div>
<article>
<h1>{title}</h1>
<div class="byline">Tim Redaksi</div>
{first}
<p><strong>Baca juga:</strong> <a href="/x">Tanggul Jebol di Karawang, Ratusan Mengungsi</a></p>
{rest}
</article>
<aside class="related"><h3>Berita Terkait</h3><ul><li><a>Macet Parah di Tol</a></li></ul></aside>
<footer>© 2025 Warta Kota Online. Hak cipta dilindungi.</footer>
<script>document.write("SCRIPT-AT-END")</script>
</body></html>
"""
    return html.encode(charset)


# ---- a Word document ----------------------------------------------------------------------


def word_document(
    paragraphs: Sequence[str] = BRIDGE_PARAGRAPHS,
    *,
    heading: str = BRIDGE_TITLE,
    title_property: str = "",
    table: Sequence[Sequence[str]] = (),
) -> bytes:
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.core_properties.title = title_property
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---- PDFs ---------------------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(pages: Sequence[Sequence[str]], *, title: str = "") -> bytes:
    """A PDF with one page per item; each page prints its lines in Helvetica, one per line.
    A page given no lines draws a filled rectangle instead: a page with no text layer."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree's number is known
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")  # fmt: skip
    kids: list[int] = []
    for lines in pages:
        if lines:
            ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"72 760 Td"]
            ops += [_pdf_string(line) + b" Tj T*" for line in lines]
            ops.append(b"ET")
        else:
            ops = [b"0.2 0.2 0.2 rg", b"72 72 450 650 re", b"f"]
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (tree, font, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    info = add(b"<< /Title " + _pdf_string(title) + b" /Producer (tests) >>") if title else 0

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def wrapped(paragraph: str, width: int = 70) -> list[str]:
    """A paragraph broken into printed lines, as a PDF lays it out."""
    lines: list[str] = []
    current = ""
    for word in paragraph.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


def text_pdf() -> bytes:
    lines = [BRIDGE_TITLE, ""]
    for paragraph in BRIDGE_PARAGRAPHS:
        lines += [*wrapped(paragraph), ""]
    return pdf([lines], title="Microsoft Word - bridge_final.docx")


def scanned_pdf() -> bytes:
    return pdf([[], []], title="Scan 2025-03-04")


# ---- tables of articles ---------------------------------------------------------------------


def table_rows(
    header: Sequence[str] = ("title", "text", "outlet", "url", "date"),
) -> list[list[str]]:
    """The ``ROWS`` articles under ``header`` (renamed columns, in the fields' order)."""
    fields = ("title", "text", "outlet", "url", "date")
    return [list(header)] + [[row[f] for f in fields] for row in ROWS]


def csv_table(rows: Sequence[Sequence[str]], *, delimiter: str = ",") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def xlsx_table(rows: Sequence[Sequence[object]], *, before: Sequence[str] = ()) -> bytes:
    """A workbook with the table on its own sheet; ``before`` adds sheets in front."""
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    if before:
        first.title = before[0]
        first.append(["Laporan pemantauan media"])
        first.append(["Dibuat", "Maret 2025"])
        sheet = workbook.create_sheet("Artikel")
    else:
        sheet = first
        sheet.title = "Artikel"
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def jsonl_table(objects: Sequence[object]) -> bytes:
    return "\n".join(json.dumps(o, ensure_ascii=False) for o in objects).encode("utf-8")


def newsapi_style() -> list[dict[str, object]]:
    """Articles as a news API returns them: the outlet nested under "source"."""
    return [
        {
            "source": {"id": None, "name": row["outlet"]},
            "title": row["title"],
            "content": row["text"],
            "url": row["url"],
            "publishedAt": row["date"],
        }
        for row in ROWS
    ]


WHEN = datetime(2025, 2, 13, 8, 15)
