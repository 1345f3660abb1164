"""The linear HTML reader: visible text and head metadata, whatever the markup."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from gui.ingest.page_text import page_meta, page_text, parse_page

PAGE = """<html><head>
<title>Judul dari Title</title>
<meta name="twitter:title" content="Tarif Ojek Naik">
<meta property="og:site_name" content="Kabar Kota">
<link rel="canonical" href="https://kabarkota.example.id/ojek">
<meta itemprop="datePublished" content="2025-05-02T10:00:00+07:00">
</head><body>
<header>Masuk | Daftar</header>
<div id="sidebar-left">Terpopuler</div>
<main><h1>Tarif Ojek Naik</h1>
<p>Tarif ojek daring naik 10 persen mulai Senin,<br>kata kementerian.</p>
<ul><li>Zona satu</li><li>Zona dua</li></ul>
<pre>baris satu
baris dua</pre>
<div class="share-buttons">Bagikan ke WhatsApp</div>
</main><footer>Kontak kami</footer></body></html>"""


def test_visible_text_and_metadata() -> None:
    root = parse_page(PAGE)
    page = page_text(root)
    assert page.text.split("\n") == [
        "Tarif Ojek Naik",
        "Tarif ojek daring naik 10 persen mulai Senin,",
        "kata kementerian.",
        "• Zona satu",
        "• Zona dua",
        "baris satu",
        "baris dua",
    ]
    assert page.meta.title == "Tarif Ojek Naik"
    assert page.meta.sitename == "Kabar Kota"
    assert page.meta.url == "https://kabarkota.example.id/ojek"
    assert page.meta.published == datetime(2025, 5, 2, 10, 0)


def test_title_falls_back_to_title_then_h1() -> None:
    assert page_meta(parse_page("<title> Satu  Dua </title><p>x</p>")).title == "Satu Dua"
    assert page_meta(parse_page("<body><h1>Tiga</h1></body>")).title == "Tiga"


def test_everything_inside_furniture_is_read_rather_than_lost() -> None:
    root = parse_page(
        "<title>Judul</title><script>var x = 1;</script>"
        "<header><p>Seluruh isi halaman ada di dalam header.</p><style>p {}</style></header>"
    )
    assert page_text(root).text == "Seluruh isi halaman ada di dalam header."


@pytest.mark.parametrize("markup", ["", "   ", "<!--" * 10, "<!" * 10])
def test_no_markup_is_none(markup: str) -> None:
    assert parse_page(markup) is None


@pytest.mark.parametrize(
    "markup",
    [
        "<!--" * 200_000,  # the standard library's parser takes minutes over this
        "<" * 1_000_000,
        "<div>" * 100_000 + "dalam",
        '<p title="' + "x" * 1_000_000,
        "<p>x</p>" * 100_000,
    ],
)
def test_hostile_markup_is_read_in_linear_time(markup: str) -> None:
    started = time.monotonic()
    root = parse_page(markup)
    if root is not None:
        page_text(root)
    assert time.monotonic() - started < 5
