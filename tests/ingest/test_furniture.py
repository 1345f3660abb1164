"""Page furniture goes, article content stays: texts in the style of several sites."""

from __future__ import annotations

import pytest

from gui.ingest import source_from_text
from gui.ingest.furniture import furniture_lines, is_furniture, remove_furniture
from gui.ingest.lexicons import furniture_patterns


def test_lexicon_has_both_sections() -> None:
    patterns = furniture_patterns()
    assert len(patterns.related) >= 10
    assert len(patterns.drop) >= 30


@pytest.mark.parametrize(
    "line",
    [
        "share",
        "Share this article",
        "Bagikan: Facebook Twitter WhatsApp",
        "Facebook | Twitter | Email | Copy link",
        "Uploaded Image",
        "Uploaded ImageGambar : Kantor Berita Yonhap",
        "Gambar : Kantor Berita Antara",
        "Foto: Presiden berpidato di Istana (ANTARA FOTO/Sigid Kurniawan)",
        "Image: Getty Images",
        "Image source, Getty Images",
        "Image caption, Firefighters at the scene on Sunday",
        "Rescue workers search the rubble in Antakya. (REUTERS/Umit Bektas)",
        "Scroll to Top",
        "Back to top",
        "ADVERTISEMENT",
        "- Advertisement -",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Story continues below advertisement",
        "Editor: Sri Anindiati Nursastri",
        "Penulis: Ahmad Fauzi",
        "Reporter: Dinda Putri | Editor: Bagus",
        "By Jane Doe and John Roe",
        "(Reporting by Pavel Polityuk; Editing by Mark Heinrich)",
        "(nvc/ded)",
        "Sumber: Reuters, AFP",
        "Copyright © 2025 PT Media Nusantara. All rights reserved.",
        "Hak cipta dilindungi undang-undang.",
        "Tags: gempa, cianjur, bmkg",
        "#gempa #cianjur",
        "Follow Berita Okezone di Google News",
        "Ikuti berita terkini dari kami di WhatsApp Channel",
        "We use cookies to give you the best experience on our site.",
        "Accept all cookies",
        "Home > News > World",
        "Halaman selanjutnya",
        "Artikel ini telah tayang di Kompas.com dengan judul Gempa Guncang Cianjur",
        "Topik Menarik",
        "LAGI TRENDING",
        "Baca juga: Harga Beras Naik Lagi di Pasar Induk",
        "BACA JUGA Harga Beras Naik Lagi di Pasar Induk",
        "Read more: Floods hit northern Italy",
        "Related: Floods hit northern Italy",
        "Lihat Juga",
        "5 min read",
        "[Gambas:Video CNBC]",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kesimpulan",
        "Refleksi",
        "1. Bantuan Tiba di Lokasi Bencana",
        "  • Banjir merendam 300 rumah di tiga kecamatan.",
        "Jumlah Korban dan Kerugian",
        "By the numbers",
        "Oleh karena itu, pemerintah menetapkan status darurat.",
        "Follow-up talks with Facebook executives ended without a deal.",
        "Foto-foto yang beredar menunjukkan kerusakan parah di pusat kota.",
        "Share prices fell 4% on Monday after the announcement.",
        "Para pejabat mengatakan iklan kampanye itu melanggar aturan.",
        "Sumber di kementerian mengatakan keputusan akan diumumkan pekan depan.",
        "The company said it would accept all offers before Friday.",
    ],
)
def test_content_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_related_headline_after_marker_goes_prose_stays() -> None:
    text = (
        "Paragraf pertama berita ini ditutup dengan titik.\n"
        "BACA JUGA:\n"
        "Menteri Keuangan Umumkan Paket Stimulus Baru\n"
        "Paragraf kedua tetap menjadi bagian dari berita.\n"
    )
    assert remove_furniture(text) == (
        "Paragraf pertama berita ini ditutup dengan titik.\n"
        "Paragraf kedua tetap menjadi bagian dari berita.\n"
    )


def test_at_most_three_related_headlines_before_content() -> None:
    lines = [
        "Read more",
        "",
        "Storm batters coast",
        "",
        "Ferry services cancelled",
        "Schools closed in three districts",
        "Recovery Efforts",  # a fourth unpunctuated line: a section heading, kept
        "Crews began clearing roads on Tuesday morning.",
    ]
    assert furniture_lines(lines) == {0, 2, 4, 5}


def test_related_list_running_to_the_end_goes_entirely() -> None:
    lines = [
        "Warga mulai kembali ke rumah mereka setelah air surut.",
        "Berita Terkait",
        "Banjir Rendam Ribuan Rumah",
        "Pengungsi Butuh Air Bersih",
        "BMKG Peringatkan Hujan Lebat",
        "Jalan Tol Ditutup Sementara",
        "Scroll to Top",
    ]
    assert furniture_lines(lines) == {1, 2, 3, 4, 5, 6}


def test_marker_followed_by_prose_drops_only_the_marker() -> None:
    lines = ["Lihat Juga:", "Polisi menutup jalan itu selama tiga jam."]
    assert furniture_lines(lines) == {0}


def test_inline_marker_drops_only_its_line() -> None:
    lines = ["Baca juga: Harga Cabai Melonjak", "Dampak bagi Petani", "Petani merugi."]
    assert furniture_lines(lines) == {0}


def test_numbered_heading_after_marker_is_kept() -> None:
    lines = ["BACA JUGA", "Harga Cabai Melonjak", "2. Dampak bagi Petani", "Petani merugi."]
    assert furniture_lines(lines) == {0, 1}


KOMPAS_STYLE = """\
Gempa M 5,6 Guncang Cianjur, Ratusan Rumah Rusak - Kompas.com

Kompas.com - 21/11/2022, 14:05 WIB

Penulis: Rina Ayu Larasati
Editor: Bagus Santosa

Foto: Warga memeriksa rumah yang rusak (KOMPAS.com/Fulan)

CIANJUR, KOMPAS.com - Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Senin (21/11/2022) siang.

Baca juga: BMKG Catat 25 Gempa Susulan

Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak berat.

Dampak di Sekolah

Sejumlah sekolah meliburkan siswanya hingga akhir pekan.

Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/abc.

Tags: gempa, cianjur
Copyright 2008 - 2022 PT. Kompas Cyber Media. All Rights Reserved.
"""  # noqa: E501


def test_kompas_style_page() -> None:
    source = source_from_text(KOMPAS_STYLE, source_id="s1")
    assert source.text == (
        "Gempa M 5,6 Guncang Cianjur, Ratusan Rumah Rusak\n\n"
        "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Senin (21/11/2022)"
        " siang.\n\n"
        "Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak berat.\n\n"
        "Dampak di Sekolah\n\n"
        "Sejumlah sekolah meliburkan siswanya hingga akhir pekan."
    )
    assert source.title == "Gempa M 5,6 Guncang Cianjur, Ratusan Rumah Rusak"
    assert source.outlet == "Kompas.com"
    assert source.published is not None and source.published.isoformat() == "2022-11-21T14:05:00"


DETIK_STYLE = """\
Harga Beras Premium Naik di Pasar Induk
Tim detikFinance - detikFinance
Selasa, 14 Mei 2024 10:30 WIB

Foto: Ilustrasi beras (Fulan/detikcom)

Jakarta - Harga beras premium di Pasar Induk Beras Cipinang naik menjadi Rp 15.000 per kilogram, Selasa (14/5/2024).
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Pedagang menyebut pasokan dari daerah sentra berkurang.
Lihat Juga :
Stok Beras Bulog Aman Hingga Lebaran
Pemerintah Impor Beras Lagi

(ara/das)
Follow Berita detikcom di Google News
"""  # noqa: E501


def test_detik_style_page() -> None:
    source = source_from_text(DETIK_STYLE, source_id="s2", path="corpus/ekonomi.txt")
    assert source.text == (
        "Harga Beras Premium Naik di Pasar Induk\n\n"
        "Harga beras premium di Pasar Induk Beras Cipinang naik menjadi Rp 15.000 per kilogram,"
        " Selasa (14/5/2024).\n"
        "Pedagang menyebut pasokan dari daerah sentra berkurang."
    )
    assert source.outlet == "detikFinance"
    assert source.published is not None and source.published.isoformat() == "2024-05-14T10:30:00"


REUTERS_STYLE = """\
Floods force thousands from homes in northern Italy
By Giulia Segreti and Alvise Armellini
May 17, 2023 9:12 AM GMT+2 Updated 2 hours ago

Image caption, Rescuers evacuate residents in Faenza

ROME, May 17 (Reuters) - Floods in northern Italy forced more than 10,000 people from their homes, officials said on Wednesday.

Read more:
Italy declares state of emergency
Farmers count the cost of the deluge

Rivers burst their banks in 23 places, the regional government said.

(Reporting by Giulia Segreti; Editing by Alex Richardson)
Share this article
Related Topics
Italy
Europe
"""  # noqa: E501


def test_reuters_style_page() -> None:
    source = source_from_text(REUTERS_STYLE, source_id="s3")
    assert source.text == (
        "Floods force thousands from homes in northern Italy\n\n"
        "Floods in northern Italy forced more than 10,000 people from their homes, officials"
        " said on Wednesday.\n\n"
        "Rivers burst their banks in 23 places, the regional government said."
    )
    assert source.outlet == "Reuters"
    assert source.language == "en"
    assert source.published is not None and source.published.isoformat() == "2023-05-17T09:12:00"


ENGLISH_BLOG_STYLE = """\
# Wildfire season starts early in Canada

Published: Monday, June 5, 2023

We use cookies to improve your experience. By continuing you accept our privacy policy.

Wildfires have burned more than 3.3 million hectares, officials said.

## What we know

- More than 400 fires are active.
- Evacuation orders cover 26,000 people.

Related:
Smoke reaches New York

Share on Facebook
Share on Twitter
Tags: wildfires, canada
"""


def test_markdown_page_keeps_headings_and_bullets() -> None:
    from gui.ingest.readers import read_markdown

    source = source_from_text(read_markdown(ENGLISH_BLOG_STYLE.encode()), source_id="s4")
    assert source.text == (
        "Wildfire season starts early in Canada\n\n"
        "Wildfires have burned more than 3.3 million hectares, officials said.\n\n"
        "What we know\n\n"
        "• More than 400 fires are active.\n"
        "• Evacuation orders cover 26,000 people."
    )
    assert source.published is not None and source.published.date().isoformat() == "2023-06-05"


CNN_STYLE = """\
Internasional
Pelabuhan Ditutup Usai Badai Besar
CNN Indonesia
Rabu, 14 Mei 2025 15:20 WIB
Bagikan :
Ilustrasi. Kapal bersandar di pelabuhan. (AFP/Fulan Fulani)
Jakarta, CNN Indonesia --

Otoritas pelabuhan menutup seluruh dermaga pada Rabu (14/5) setelah badai besar melanda.

Lihat Juga :
Harga Ikan Naik Usai Badai

(rds/bac)

[Gambas:Video CNN]
"""


def test_cnn_style_page_with_dateline_on_its_own_line() -> None:
    source = source_from_text(CNN_STYLE, source_id="s5", path="halaman.txt")
    assert source.text == (
        "Pelabuhan Ditutup Usai Badai Besar\n\n"
        "Otoritas pelabuhan menutup seluruh dermaga pada Rabu (14/5) setelah badai besar melanda."
    )
    assert source.outlet == "CNN Indonesia"
    assert source.published is not None and source.published.isoformat() == "2025-05-14T15:20:00"


ANTARA_STYLE = """\
Harga cabai rawit turun Rp 8.000 per kilogram
Selasa, 13 Mei 2025 09:12 WIB
Pedagang menata cabai di pasar tradisional. ANTARA FOTO/Fulan Fulani/nym.
Jakarta (ANTARA) - Harga cabai rawit di pasar tradisional turun Rp 8.000 menjadi Rp 42.000 per kilogram pada Selasa pagi.
Pedagang menyebut pasokan dari sentra produksi kembali normal.
Pewarta: Fulan Fulani
Editor: Budi Santoso
Copyright © ANTARA 2025
"""  # noqa: E501


def test_antara_style_page() -> None:
    source = source_from_text(ANTARA_STYLE, source_id="s6")
    assert source.text == (
        "Harga cabai rawit turun Rp 8.000 per kilogram\n"
        "Harga cabai rawit di pasar tradisional turun Rp 8.000 menjadi Rp 42.000 per kilogram"
        " pada Selasa pagi.\n"
        "Pedagang menyebut pasokan dari sentra produksi kembali normal."
    )
    assert source.outlet == "ANTARA"


ENGLISH_PAGE_STYLE = """\
Drought: Reservoirs fall to record low
14 May 2025
Share
Save
Jane Doe
Environment correspondent, World Desk
Image source, Getty Images
Image caption, A dry riverbed near the dam
Reservoirs across the region have fallen to their lowest level on record, officials say.
This article is more than 2 months old
Farmers have been told to cut water use by a third.
Explore more on these topics
Climate
Farming
Reuse this content
"""


def test_english_page_with_two_line_byline() -> None:
    source = source_from_text(ENGLISH_PAGE_STYLE, source_id="s7", path="drought.txt")
    assert source.text == (
        "Drought: Reservoirs fall to record low\n"
        "Reservoirs across the region have fallen to their lowest level on record, officials"
        " say.\n"
        "Farmers have been told to cut water use by a third."
    )
    assert source.language == "en"
    assert source.outlet == "Drought"
