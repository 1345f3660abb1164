"""Titles, publication dates, outlets and language read from the article's own lines."""

from __future__ import annotations

from datetime import datetime

import pytest

from gui.ingest import source_from_text
from gui.ingest.dates import find_dates
from gui.ingest.metadata import detect_language, read_dateline, split_wire_prefix

LEAD = (
    "Pemerintah kota menutup tiga ruas jalan utama selama perbaikan jembatan yang rusak"
    " akibat banjir."
)


def article(*header: str, lead: str = LEAD) -> str:
    return "\n".join(["Jembatan Ambruk, Tiga Jalan Ditutup", *header, "", lead, ""])


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("28 April 2025 11:07", datetime(2025, 4, 28, 11, 7)),
        ("Senin, 28 April 2025 - 07:46", datetime(2025, 4, 28, 7, 46)),
        ("Tanggal: 29 Apr 2025 10:21 wib.", datetime(2025, 4, 29, 10, 21)),
        ("Monday, April 28, 2025", datetime(2025, 4, 28)),
        ("2025-04-28T07:46:00", datetime(2025, 4, 28, 7, 46)),
        ("2025-04-28T07:46:00+07:00", datetime(2025, 4, 28, 7, 46)),
        ("28/04/2025 07:46 WIB", datetime(2025, 4, 28, 7, 46)),
        ("Global | sindonews | Senin, 28 April 2025 - 07:46", datetime(2025, 4, 28, 7, 46)),
        ("Kompas.com - 28/04/2025, 07:46 WIB", datetime(2025, 4, 28, 7, 46)),
        ("Diperbarui 3 Mei 2025, pukul 18.30 WITA", datetime(2025, 5, 3, 18, 30)),
        ("Jumat, 7 Feb 2025 | 09:05 WIB", datetime(2025, 2, 7, 9, 5)),
        ("Apr. 28, 2025 7:46 PM ET", datetime(2025, 4, 28, 19, 46)),
        ("Published 12 December 2024", datetime(2024, 12, 12)),
        ("Jakarta, 17 Agustus 2024", datetime(2024, 8, 17)),
        ("Oleh Rina Wulandari | Kamis, 5 Sep 2024 13:15 WIB", datetime(2024, 9, 5, 13, 15)),
    ],
)
def test_dateline_forms(dateline: str, expected: datetime) -> None:
    source = source_from_text(article(dateline), source_id="s1")
    assert source.published == expected
    assert dateline not in source.text
    assert source.text.startswith("Jembatan Ambruk, Tiga Jalan Ditutup\n")
    assert LEAD in source.text


def test_dateline_above_the_headline_is_read_and_removed() -> None:
    text = "Rabu, 1 Januari 2025 08:00 WIB\n" + article()
    source = source_from_text(text, source_id="s1")
    assert source.published == datetime(2025, 1, 1, 8, 0)
    assert source.title == "Jembatan Ambruk, Tiga Jalan Ditutup"
    assert source.text.splitlines()[0] == source.title


def test_date_in_the_lead_brackets() -> None:
    lead = "Jembatan baru di Bandung mulai dibuka untuk umum, kata wali kota, Senin (28/4/2025)."
    source = source_from_text(article(lead=lead), source_id="s1")
    assert source.published == datetime(2025, 4, 28)
    assert source.published_from == "lead\tkata wali kota, Senin (28/4/2025)"
    assert lead in source.text


def test_a_lead_date_an_event_word_introduces_yields_to_the_reporting_day() -> None:
    lead = (
        "Jembatan di Bandung ambruk pada Minggu (27/4/2025) malam, kata wali kota, "
        "Senin (28/4/2025)."
    )
    assert source_from_text(article(lead=lead), source_id="s1").published == datetime(2025, 4, 28)
    # With no other date, the event's day is the best there is.
    only_event = "Jembatan di Bandung ambruk pada Minggu (27/4/2025) malam setelah hujan deras."
    assert source_from_text(article(lead=only_event), source_id="s1").published == datetime(
        2025, 4, 27
    )


def test_dates_later_in_the_body_are_not_the_publication_date() -> None:
    body = (
        "Jembatan Ambruk, Tiga Jalan Ditutup\n\n"
        "Warga mengeluhkan kemacetan panjang di jalur alternatif sepanjang hari ini.\n\n"
        "Pada 27 April 2025, hujan deras merendam kawasan itu selama enam jam.\n\n"
        "Kepala dinas mengatakan perbaikan selesai Sabtu (3/5/2025) jika cuaca mendukung."
    )
    source = source_from_text(body, source_id="s1")
    assert source.published is None
    assert "Pada 27 April 2025, hujan" in source.text


def test_a_heading_with_a_date_in_the_body_is_content() -> None:
    body = article() + "\nKronologi 28 April 2025\n\nHujan mulai turun sejak pukul 14.00 WIB.\n"
    source = source_from_text(body, source_id="s1")
    assert "Kronologi 28 April 2025" in source.text


def test_headline_with_date_words_is_not_a_dateline() -> None:
    assert read_dateline("Jadwal Imsakiyah Jakarta 28 Maret 2025", lenient=True) is None
    assert read_dateline("Pada 27 April 2025, hujan deras merendam kawasan itu.") is None


def test_numeric_dates_are_day_first_unless_impossible() -> None:
    assert [h.value for h in find_dates("05/04/2025")] == [datetime(2025, 4, 5)]
    assert [h.value for h in find_dates("04/28/2025")] == [datetime(2025, 4, 28)]
    assert find_dates("31/02/2025") == []
    assert find_dates("angka 14.000 dan 3,5 juta") == []


def test_repeated_headline_kept_once() -> None:
    text = (
        "Harga Cabai Melonjak Jelang Lebaran\n\nHarga Cabai Melonjak Jelang Lebaran\n\n"
        "Harga cabai rawit di pasar tradisional naik dua kali lipat dalam sepekan terakhir.\n"
        "HARGA CABAI MELONJAK JELANG LEBARAN\n"
        "Pedagang menyebut pasokan dari petani berkurang karena hujan.\n"
    )
    source = source_from_text(text, source_id="s1")
    assert source.title == "Harga Cabai Melonjak Jelang Lebaran"
    assert source.text.casefold().count(source.title.casefold()) == 1
    assert source.text.startswith(source.title + "\n")


def test_no_headline_title_comes_from_the_lead() -> None:
    text = (
        "Jakarta - Banjir kembali merendam ratusan rumah di Jakarta Timur pada Selasa pagi"
        " setelah hujan deras semalaman. Warga mengungsi ke masjid terdekat.\n"
        "Petugas mendirikan dapur umum di dua lokasi."
    )
    source = source_from_text(text, source_id="s1")
    assert source.text.startswith("Banjir kembali merendam")
    assert source.title.startswith("Banjir kembali merendam ratusan rumah")
    assert len(source.title) <= 101
    assert source.title.endswith("…")


@pytest.mark.parametrize(
    ("lead", "outlet", "rest"),
    [
        (
            "IKOLOM.NEWS, INTERNASIONAL – Parlemen Eropa menyetujui aturan baru",
            "IKOLOM.NEWS",
            "Parlemen",
        ),
        ("JAKARTA, KOMPAS.com - Presiden meresmikan bendungan baru di", "KOMPAS.com", "Presiden"),
        ("KYIV, April 28 (Reuters) - Ukraine said on Monday that", "Reuters", "Ukraine"),
        ("WASHINGTON (AP) — The Senate passed a spending bill late", "AP", "The"),
        ("TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi menahan dua", "TEMPO.CO", "Komisi"),
        ("Jakarta (ANTARA) - Bank Indonesia mempertahankan suku bunga acuan", "ANTARA", "Bank"),
        ("liputan6.com, Jakarta - Harga emas Antam turun Rp 5.000", "Liputan6.com", "Harga"),
        (
            "REPUBLIKA.CO.ID, BANDUNG -- Pemerintah provinsi menetapkan upah baru",
            "REPUBLIKA.CO.ID",
            "Pemerintah",
        ),
        ("Jakarta - Polisi menangkap tiga orang terduga pelaku pencurian", "", "Polisi"),
        ("NEW YORK — Stocks fell sharply on Wednesday after the Fed", "", "Stocks"),
        (
            "Jakarta, CNN Indonesia -- Gubernur mengumumkan kenaikan upah minimum",
            "CNN Indonesia",
            "Gubernur",
        ),
        ("SEOUL, South Korea, April 28 (AP) — Officials said on Monday that", "AP", "Officials"),
        ("LIMA, Peru -- Protesters marched through the capital on Monday", "", "Protesters"),
        ("JAKARTA, INTERNASIONAL - Parlemen Eropa menyetujui aturan baru", "", "Parlemen"),
    ],
)
def test_wire_prefix_forms(lead: str, outlet: str, rest: str) -> None:
    split = split_wire_prefix(lead)
    assert split is not None
    assert split[0].split()[0] == rest
    assert split[1] == outlet


@pytest.mark.parametrize(
    "lead",
    [
        "Kim Jong Un - yang jarang tampil di depan umum - menghadiri upacara itu.",
        "Presiden Rusia Vladimir Putin — Who Said He Would Attend — stayed home.",
        "Harga beras naik 10 persen - tertinggi dalam lima tahun terakhir di pasar.",
        "Gempa M 5,6 Guncang Cianjur, Ratusan Rumah Rusak - Kompas.com",
        "Rusia–Ukraina kembali berunding di Istanbul pekan ini tanpa hasil.",
    ],
)
def test_not_wire_prefixes(lead: str) -> None:
    assert split_wire_prefix(lead) is None


def test_wire_prefix_is_stripped_from_the_lead_and_names_the_outlet() -> None:
    text = article(lead="JAKARTA, KOMPAS.com - " + LEAD)
    source = source_from_text(text, source_id="s1", path="x/0a1b2c3d4e5f6a7b.txt")
    assert source.outlet == "KOMPAS.com"
    assert LEAD in source.text.splitlines()
    assert "KOMPAS.com" not in source.text


def test_byline_middle_field_is_the_outlet_capitalised() -> None:
    source = source_from_text(
        article("Global | sindonews | Senin, 28 April 2025 - 07:46"), source_id="s1"
    )
    assert source.outlet == "Sindonews"


def test_headline_suffix_names_the_outlet() -> None:
    text = "Jembatan Ambruk, Tiga Jalan Ditutup | detik.com\n\n" + LEAD
    source = source_from_text(text, source_id="s1")
    assert source.title == "Jembatan Ambruk, Tiga Jalan Ditutup"
    assert source.outlet == "Detik.com"
    assert source.text.splitlines()[0] == source.title


def test_image_credits_are_not_the_outlet() -> None:
    text = article("Gambar : Kompas.com", "Foto: Reuters/Fulan") + "Uploaded ImageGambar : AFP\n"
    source = source_from_text(text, source_id="s4", path="berkas/laporan_banjir.txt")
    assert source.outlet == "Laporan banjir"
    assert "Gambar" not in source.text and "Foto" not in source.text


def test_explicit_outlet_wins() -> None:
    text = article(lead="JAKARTA, KOMPAS.com - " + LEAD)
    assert source_from_text(text, source_id="s1", outlet="Harian Kita").outlet == "Harian Kita"


def test_outlet_falls_back_to_source_number() -> None:
    assert source_from_text(article(), source_id="s7").outlet == "Source 7"
    assert source_from_text(article(), source_id="s7", path="000_e2c4a1d36ac20703.txt").outlet == (
        "Source 000"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (LEAD, "id"),
        ("Menurut dia, pasukan itu sudah tiba di perbatasan sejak pekan lalu.", "id"),
        ("The minister said the troops had arrived at the border last week.", "en"),
        ('Officials in Jakarta said the "banjir" was the worst in years for the city.', "en"),
        ('Presiden mengatakan "the deal is done" kepada wartawan di Istana yang ramai.', "id"),
        ("", "id"),
        ("12345 !!!", "id"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_language_of_a_source() -> None:
    english = (
        "Floods hit the north\n\nThe river burst its banks on Sunday and the water reached"
        " the old town by the evening, officials said."
    )
    assert source_from_text(english, source_id="s1").language == "en"
    assert source_from_text(article(), source_id="s1").language == "id"


def test_section_label_above_the_headline_goes() -> None:
    text = "INTERNASIONAL\n\nParlemen Eropa Setujui Aturan Baru Kecerdasan Buatan\n\n" + LEAD
    source = source_from_text(text, source_id="s1")
    assert source.title == "Parlemen Eropa Setujui Aturan Baru Kecerdasan Buatan"
    assert source.text.startswith(source.title + "\n")
    assert "INTERNASIONAL" not in source.text


def test_short_headline_without_longer_line_after_it_stays() -> None:
    text = "Gencatan Senjata\n\n" + LEAD
    assert source_from_text(text, source_id="s1").title == "Gencatan Senjata"


def test_bare_date_line_in_the_body_is_a_timeline_heading() -> None:
    text = article() + (
        "\nSenin, 28 April 2025\n\nPasukan tiba di perbatasan pada pagi hari menurut warga.\n\n"
        "Diperbarui: Selasa, 29 April 2025 08:00 WIB\n"
    )
    source = source_from_text(text, source_id="s1")
    assert "\nSenin, 28 April 2025\n" in source.text
    assert "Diperbarui" not in source.text
    assert source.published == datetime(2025, 4, 29, 8, 0)  # the only dateline there is
