"""Markdown markup goes, its words stay."""

from __future__ import annotations

from datetime import datetime

from gui.ingest import source_from_text
from gui.ingest.markdown import strip_markdown
from gui.ingest.readers import read_markdown


def test_inline_markup() -> None:
    text = (
        "Menurut **Badan Pusat Statistik**, inflasi _turun_ ke *2,3 persen* pada `Maret`.\n"
        'Lihat [laporan lengkap](https://example.org/laporan "judul") dan <https://bps.go.id>.\n'
        "Variabel snake_case_name dan 5 * 3 tetap; ~~salah~~ dicoret. Tanda \\*bintang\\*."
    )
    assert strip_markdown(text) == (
        "Menurut Badan Pusat Statistik, inflasi turun ke 2,3 persen pada Maret.\n"
        "Lihat laporan lengkap dan https://bps.go.id.\n"
        "Variabel snake_case_name dan 5 * 3 tetap; salah dicoret. Tanda *bintang*."
    )


def test_blocks() -> None:
    text = (
        "Judul Utama\n===========\n\n## Sub Judul ##\n\n> Kutipan pejabat.\n\n"
        "* butir satu\n- butir dua\n1. nomor satu\n\n---\n\n"
        "![foto korban](https://x/y.jpg)\n```\nkode\n```\n"
        '<div class="iklan">Isi</div><!-- komentar -->\n[1]: https://example.org\n'
        "| Kota | Korban |\n|------|-------:|\n| Bogor | 12 |\n"
        "Harga naik &amp; turun&nbsp;lagi."
    )
    assert strip_markdown(text).split("\n") == [
        "Judul Utama",
        "",
        "Sub Judul",
        "",
        "Kutipan pejabat.",
        "",
        "• butir satu",
        "• butir dua",
        "1. nomor satu",
        "",
        "",
        "",
        "kode",
        "Isi",
        "| Kota | Korban |",
        "| Bogor | 12 |",
        "Harga naik & turun\u00a0lagi.",
    ]


def test_front_matter_gives_title_and_date() -> None:
    data = (
        b'---\ntitle: "Banjir Rendam Bekasi"\ndate: 2024-03-05T06:30:00+07:00\n'
        b"author: Fulan\n---\n\nBanjir merendam ribuan rumah di Bekasi sejak Senin malam,"
        b" kata petugas.\n"
    )
    source = source_from_text(read_markdown(data), source_id="s1")
    assert source.title == "Banjir Rendam Bekasi"
    assert source.published == datetime(2024, 3, 5, 6, 30)
    assert "author" not in source.text and "Fulan" not in source.text


def test_link_box_in_markdown_is_furniture() -> None:
    data = (
        b"# Harga Emas Turun\n\nHarga emas turun Rp 5.000 per gram pada perdagangan Senin pagi.\n\n"
        b"**Baca juga:** [Harga Perak Ikut Turun](https://example.org/perak)\n\n"
        b"Pedagang memperkirakan harga kembali naik pekan depan.\n"
    )
    source = source_from_text(read_markdown(data), source_id="s1")
    assert source.text == (
        "Harga Emas Turun\n\nHarga emas turun Rp 5.000 per gram pada perdagangan Senin pagi.\n\n"
        "Pedagang memperkirakan harga kembali naik pekan depan."
    )
