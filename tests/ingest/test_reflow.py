"""PDF lines joined back into paragraphs."""

from __future__ import annotations

from gui.ingest.reflow import reflow

COLUMN = [
    "Pemerintah provinsi menetapkan status tanggap darurat selama empat",
    "belas hari setelah banjir merendam tujuh kecamatan, kata juru bicara",
    "badan penanggulangan bencana pada Selasa.",
    "",
    "Sebanyak 3.400 warga mengungsi. Bantuan logistik dikirim dari ibu kota",
    "provinsi menggunakan perahu karet dan truk milik tentara.",
]


def test_lines_of_a_paragraph_become_one() -> None:
    assert reflow("\n".join(COLUMN)).split("\n") == [
        " ".join(COLUMN[:3]),
        "",
        " ".join(COLUMN[4:]),
    ]


def test_hyphenated_word_is_joined_and_reduplication_kept() -> None:
    text = "\n".join(
        [
            "Para pengungsi ditampung di gedung olahraga dan seko-",
            "lah dasar terdekat, sementara anak-",
            "anak dipindahkan ke balai desa oleh petugas setempat.",
        ]
    )
    assert reflow(text) == (
        "Para pengungsi ditampung di gedung olahraga dan sekolah dasar terdekat, "
        "sementara anak-anak dipindahkan ke balai desa oleh petugas setempat."
    )


def test_headings_and_list_items_stay_lines() -> None:
    text = "\n".join(
        [
            "Korban Banjir",
            "Petugas mencatat korban di tiga kecamatan yang terendam paling parah pada",
            "hari pertama:",
            "1. Kecamatan Utara",
            "2. Kecamatan Selatan",
        ]
    )
    lines = reflow(text).split("\n")
    assert lines[0] == "Korban Banjir"
    assert lines[-2:] == ["1. Kecamatan Utara", "2. Kecamatan Selatan"]


def test_short_texts_are_left_alone() -> None:
    assert reflow("Satu\ndua") == "Satu\ndua"
    assert reflow("") == ""
