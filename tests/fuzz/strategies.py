"""Hypothesis strategies for files: random bytes, and valid files of every format damaged
in the ways real files are (bytes flipped, cut short, inner XML garbled)."""

from __future__ import annotations

import io
import zipfile
from functools import cache

from hypothesis import strategies as st

from tests.ingest import fixtures as fx


@cache
def valid_files() -> dict[str, bytes]:
    """One good file per extension the readers take."""
    rows = fx.table_rows()
    return {
        ".txt": b"Judul Berita Banjir\n\nBanjir merendam 300 rumah, kata petugas.\n",
        ".md": b"# Banjir\n\n*Banjir* merendam [300 rumah](http://x), kata petugas.\n",
        ".html": fx.saved_page(),
        ".docx": fx.word_document(table=[["a", "b"], ["c", "d"]]),
        ".pdf": fx.text_pdf(),
        ".csv": fx.csv_table(rows),
        ".tsv": fx.csv_table(rows, delimiter="\t"),
        ".xlsx": fx.xlsx_table(rows),
        ".jsonl": fx.jsonl_table(fx.newsapi_style()),
    }


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few bytes overwritten, a run deleted or the end cut off."""
    out = bytearray(data)
    for _ in range(draw(st.integers(0, 6))):
        if not out:
            break
        at = draw(st.integers(0, len(out) - 1))
        out[at] = draw(st.integers(0, 255))
    if out and draw(st.booleans()):
        start = draw(st.integers(0, len(out) - 1))
        del out[start : start + draw(st.integers(1, 64))]
    if out and draw(st.booleans()):
        out = out[: draw(st.integers(0, len(out)))]
    return bytes(out)


@st.composite
def garbled_office(draw: st.DrawFn, data: bytes) -> bytes:
    """A valid zip whose members' XML is damaged: the parsers, not the unzipping, fail."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in source.namelist() if n.endswith((".xml", ".rels"))]
    victims = draw(st.sets(st.sampled_from(names), min_size=1, max_size=3))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = source.read(name)
            if name in victims:
                content = draw(damaged(content))
            if name in victims and draw(st.booleans()):
                continue  # a part missing altogether
            target.writestr(name, content)
    return out.getvalue()


TEXTISH = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
MARKUP = st.lists(
    st.sampled_from(
        [
            "<p>", "</p>", "<div class='ads'>", "</div>", "<script>", "</script>", "<!--", "-->",
            "<meta property='og:site_name' content='X'>", "<h1>", "</h1>", "<br>", "&amp;",
            "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<html>", "<body>", "<?xml ?>", '"', "'",
            "Banjir merendam 300 rumah, kata petugas. ", "\x00", "\u202e", "🌊", "ملايين",
        ]
    )
    | TEXTISH,
    max_size=40,
).map("".join)  # fmt: skip
TABLEISH = st.lists(
    st.sampled_from(
        [",", ";", "\t", "\n", "\r\n", '"', '""', "text", "outlet", "title", "url", "date",
         "{", "}", "[", "]", ":", '"text"', "null", "1e999", "2025-01-02", "\x00",
         "Banjir merendam 300 rumah di Bekasi pada Senin malam, kata petugas setempat. "]
    )
    | TEXTISH,
    max_size=60,
).map("".join)  # fmt: skip
