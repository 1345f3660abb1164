"""Dates: explicit and relative expressions, resolved against a publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gui.analysis.dates import find_dates

P = date(2025, 4, 28)  # a Monday
D = date

# (sentence, language, [(text, low, high, precision, relative), ...]) with published = P
CASES = [
    # --- explicit days ----------------------------------------------------------------------
    (
        "Korea Utara mengumumkannya pada 28 April 2025 melalui media pemerintah.",
        "id",
        [("28 April 2025", D(2025, 4, 28), D(2025, 4, 28), "day", False)],
    ),
    (
        "Tanggal: 27 Apr 2025 10:21 WIB.",
        "id",
        [("27 Apr 2025", D(2025, 4, 27), D(2025, 4, 27), "day", False)],
    ),
    (
        "The agency said on April 28, 2025 that talks had stalled.",
        "en",
        [("April 28, 2025", D(2025, 4, 28), D(2025, 4, 28), "day", False)],
    ),
    (
        "Sidang digelar 28/4/2025 di Jakarta, bukan (27/4/2025).",
        "id",
        [
            ("28/4/2025", D(2025, 4, 28), D(2025, 4, 28), "day", False),
            ("27/4/2025", D(2025, 4, 27), D(2025, 4, 27), "day", False),
        ],
    ),
    (
        "The filing is dated 2025-04-28 and was amended on 3 March 2025.",
        "en",
        [
            ("2025-04-28", D(2025, 4, 28), D(2025, 4, 28), "day", False),
            ("3 March 2025", D(2025, 3, 3), D(2025, 3, 3), "day", False),
        ],
    ),
    (
        "KCNA melaporkan pada Senin (28/4/2025) bahwa operasi selesai.",
        "id",
        [("Senin (28/4/2025)", D(2025, 4, 28), D(2025, 4, 28), "day", False)],
    ),
    (
        "Global | Senin, 28 April 2025 - 07:46",
        "id",
        [("Senin, 28 April 2025", D(2025, 4, 28), D(2025, 4, 28), "day", False)],
    ),
    (
        "Festival berlangsung 10-12 Mei 2024 di Solo.",
        "id",
        [("10-12 Mei 2024", D(2024, 5, 10), D(2024, 5, 12), "day", False)],
    ),
    (
        "Rapat lanjutan dijadwalkan Rabu, 23 April, di Istana.",
        "id",
        [("Rabu, 23 April", D(2025, 4, 23), D(2025, 4, 23), "day", False)],
    ),
    (
        "Polisi menggelar olah TKP pada Jumat (25/4) sore.",
        "id",
        [("Jumat (25/4)", D(2025, 4, 25), D(2025, 4, 25), "day", False)],
    ),
    (
        "Proklamasi dibacakan pada 17 Agustus 1945 di Pegangsaan Timur.",
        "id",
        [("17 Agustus 1945", D(1945, 8, 17), D(1945, 8, 17), "day", False)],
    ),
    # --- months and years -----------------------------------------------------------------
    (
        "Perjanjian itu ditandatangani pada Juni 2024 di Pyongyang.",
        "id",
        [("Juni 2024", D(2024, 6, 1), D(2024, 6, 30), "month", False)],
    ),
    (
        "The pact was signed in June 2024 and ratified in November.",
        "en",
        [
            ("June 2024", D(2024, 6, 1), D(2024, 6, 30), "month", False),
            ("November", D(2024, 11, 1), D(2024, 11, 30), "month", True),
        ],
    ),
    (
        "Rusia melancarkan invasi pada tahun 2022, setahun setelah pemilu 2021.",
        "id",
        [
            ("tahun 2022", D(2022, 1, 1), D(2022, 12, 31), "year", False),
            ("2021", D(2021, 1, 1), D(2021, 12, 31), "year", False),
        ],
    ),
    (
        "Inflation has eased since 2022, the central bank said in 2024.",
        "en",
        [
            ("2022", D(2022, 1, 1), D(2022, 12, 31), "year", False),
            ("2024", D(2024, 1, 1), D(2024, 12, 31), "year", False),
        ],
    ),
    (
        "Krisis moneter tahun 1990-an dan periode 2020-2024 dibahas.",
        "id",
        [
            ("tahun 1990-an", D(1990, 1, 1), D(1999, 12, 31), "year", False),
            ("2020-2024", D(2020, 1, 1), D(2024, 12, 31), "year", False),
        ],
    ),
    (
        "Perjanjian mulai berlaku pada Desember tahun lalu.",
        "id",
        [("Desember tahun lalu", D(2024, 12, 1), D(2024, 12, 31), "month", True)],
    ),
    (
        "Serangan dimulai Agustus lalu dan mereda sejak Maret.",
        "id",
        [
            ("Agustus lalu", D(2024, 8, 1), D(2024, 8, 31), "month", True),
            ("Maret", D(2025, 3, 1), D(2025, 3, 31), "month", True),
        ],
    ),
    (
        "The offensive began last August and slowed in March this year.",
        "en",
        [
            ("last August", D(2024, 8, 1), D(2024, 8, 31), "month", True),
            ("March this year", D(2025, 3, 1), D(2025, 3, 31), "month", True),
        ],
    ),
    (
        "Intensitas pertempuran menurun sejak sekitar bulan Maret.",
        "id",
        [("bulan Maret", D(2025, 3, 1), D(2025, 3, 31), "month", True)],
    ),
    # --- parts of years and seasons ------------------------------------------------------
    (
        "Bala bantuan dikirim awal tahun ini untuk menggantikan korban.",
        "id",
        [("awal tahun ini", D(2025, 1, 1), D(2025, 4, 30), "season", True)],
    ),
    (
        "Proyek molor sejak akhir tahun lalu dan pertengahan 2023.",
        "id",
        [
            ("akhir tahun lalu", D(2024, 9, 1), D(2024, 12, 31), "season", True),
            ("pertengahan 2023", D(2023, 5, 1), D(2023, 8, 31), "season", False),
        ],
    ),
    (
        "Sales dipped in late 2023 and recovered in mid-2024.",
        "en",
        [
            ("late 2023", D(2023, 9, 1), D(2023, 12, 31), "season", False),
            ("mid-2024", D(2024, 5, 1), D(2024, 8, 31), "season", False),
        ],
    ),
    (
        "Pasukan dikerahkan sejak musim gugur tahun lalu.",
        "id",
        [("musim gugur tahun lalu", D(2024, 9, 1), D(2024, 11, 30), "season", True)],
    ),
    (
        "Troops arrived last autumn; more came in the winter of 2024.",
        "en",
        [
            ("last autumn", D(2024, 9, 1), D(2024, 11, 30), "season", True),
            ("winter of 2024", D(2024, 12, 1), D(2025, 2, 28), "season", False),
        ],
    ),
    (
        "Harga pangan naik pada awal Maret dan turun akhir bulan lalu.",
        "id",
        [
            ("awal Maret", D(2025, 3, 1), D(2025, 3, 10), "week", True),
            ("akhir bulan lalu", D(2025, 3, 21), D(2025, 3, 31), "week", True),
        ],
    ),
    (
        "The ministry revised its forecast earlier this year.",
        "en",
        [("earlier this year", D(2025, 1, 1), D(2025, 4, 28), "season", True)],
    ),
    # --- relative periods ---------------------------------------------------------------
    (
        "Kedua negara menandatangani kesepakatan tahun lalu.",
        "id",
        [("tahun lalu", D(2024, 1, 1), D(2024, 12, 31), "year", True)],
    ),
    (
        "The two countries signed the deal last year and met again this year.",
        "en",
        [
            ("last year", D(2024, 1, 1), D(2024, 12, 31), "year", True),
            ("this year", D(2025, 1, 1), D(2025, 12, 31), "year", True),
        ],
    ),
    (
        "Sekitar 2.000 tentara dipulangkan pada tahun ini.",
        "id",
        [("tahun ini", D(2025, 1, 1), D(2025, 12, 31), "year", True)],
    ),
    (
        "Harga BBM naik bulan lalu, sementara pekan lalu stabil.",
        "id",
        [
            ("bulan lalu", D(2025, 3, 1), D(2025, 3, 31), "month", True),
            ("pekan lalu", D(2025, 4, 21), D(2025, 4, 27), "week", True),
        ],
    ),
    (
        "Minggu lalu hujan deras melanda ibu kota.",
        "id",
        [("Minggu lalu", D(2025, 4, 21), D(2025, 4, 27), "week", True)],
    ),
    (
        "Kejadian itu berlangsung minggu lalu, dan dua minggu lalu juga.",
        "id",
        [
            ("minggu lalu", D(2025, 4, 21), D(2025, 4, 27), "week", True),
            ("dua minggu lalu", D(2025, 4, 14), D(2025, 4, 20), "week", True),
        ],
    ),
    (
        "Protests have continued since March, and since 2019 in the north.",
        "en",
        [
            ("March", D(2025, 3, 1), D(2025, 3, 31), "month", True),
            ("2019", D(2019, 1, 1), D(2019, 12, 31), "year", False),
        ],
    ),
    (
        "Fuel prices rose last month and fell last week.",
        "en",
        [
            ("last month", D(2025, 3, 1), D(2025, 3, 31), "month", True),
            ("last week", D(2025, 4, 21), D(2025, 4, 27), "week", True),
        ],
    ),
    (
        "Ia wafat tiga tahun lalu, dua pekan lalu makamnya dipugar.",
        "id",
        [
            ("tiga tahun lalu", D(2022, 1, 1), D(2022, 12, 31), "year", True),
            ("dua pekan lalu", D(2025, 4, 14), D(2025, 4, 20), "week", True),
        ],
    ),
    (
        "The bridge collapsed five days ago, a year ago it was inspected.",
        "en",
        [
            ("five days ago", D(2025, 4, 23), D(2025, 4, 23), "day", True),
            ("a year ago", D(2024, 1, 1), D(2024, 12, 31), "year", True),
        ],
    ),
    # --- weekdays and days ----------------------------------------------------------------
    (
        "Dalam laporan kepada Presiden pada Sabtu pekan lalu, jenderal itu memuji pasukan.",
        "id",
        [("Sabtu pekan lalu", D(2025, 4, 26), D(2025, 4, 26), "day", True)],
    ),
    (
        "Hingga Sabtu lalu, tidak ada konfirmasi; pada Sabtu juga tidak.",
        "id",
        [
            ("Sabtu lalu", D(2025, 4, 26), D(2025, 4, 26), "day", True),
            ("Sabtu", D(2025, 4, 26), D(2025, 4, 26), "day", True),
        ],
    ),
    (
        "Moscow acknowledged the deployment last Saturday and repeated it on Saturday.",
        "en",
        [
            ("last Saturday", D(2025, 4, 26), D(2025, 4, 26), "day", True),
            ("Saturday", D(2025, 4, 26), D(2025, 4, 26), "day", True),
        ],
    ),
    (
        "Pengumuman disampaikan Senin, dan Monday is when the report came.",
        "id",
        [("Senin", D(2025, 4, 28), D(2025, 4, 28), "day", True)],
    ),
    (
        "The report came out on Monday after talks on Thursday.",
        "en",
        [
            ("Monday", D(2025, 4, 28), D(2025, 4, 28), "day", True),
            ("Thursday", D(2025, 4, 24), D(2025, 4, 24), "day", True),
        ],
    ),
    (
        "Gempa terjadi kemarin dan susulan hari ini; Kamis lalu juga.",
        "id",
        [
            ("kemarin", D(2025, 4, 27), D(2025, 4, 27), "day", True),
            ("hari ini", D(2025, 4, 28), D(2025, 4, 28), "day", True),
            ("Kamis lalu", D(2025, 4, 24), D(2025, 4, 24), "day", True),
        ],
    ),
    (
        "The quake struck yesterday and aftershocks continue today.",
        "en",
        [
            ("yesterday", D(2025, 4, 27), D(2025, 4, 27), "day", True),
            ("today", D(2025, 4, 28), D(2025, 4, 28), "day", True),
        ],
    ),
    (
        "Sidang dilanjutkan Selasa depan, bukan Jumat ini.",
        "id",
        [
            ("Selasa depan", D(2025, 4, 29), D(2025, 4, 29), "day", True),
            ("Jumat ini", D(2025, 5, 2), D(2025, 5, 2), "day", True),
        ],
    ),
    (
        "Tim SAR bekerja sepanjang akhir pekan lalu.",
        "id",
        [("akhir pekan lalu", D(2025, 4, 26), D(2025, 4, 27), "week", True)],
    ),
]


@pytest.mark.parametrize(("sentence", "language", "expected"), CASES)
def test_dates(sentence: str, language: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    prefix = "Judul.\n"
    source = prefix + sentence
    found = find_dates(sentence, offset=len(prefix), published=P, language=language)
    got = [(d.text, d.low, d.high, d.precision, d.relative) for d in found]
    assert got == expected
    for d in found:
        assert source[d.start : d.end] == d.text


NOT_DATES = [
    ("Ratusan tentara gugur di medan perang.", "id"),
    ("Prices may fall further, analysts said.", "en"),
    ("She will march to the capital and may speak.", "en"),
    ("Pasal 2005 tidak ada, nomor 2024 pun tidak.", "id"),
    ("Sebanyak 2000 relawan dikerahkan.", "id"),
    ("Pasien COVID-19 dirawat di ruang 12.", "id"),
    ("Dalam beberapa tahun lalu situasi membaik.", "id"),
    ("Ia bekerja selama enam bulan di sana.", "id"),
    ("Versi 1.5.10 dirilis.", "id"),
]


@pytest.mark.parametrize(("sentence", "language"), NOT_DATES)
def test_not_dates(sentence: str, language: str) -> None:
    assert find_dates(sentence, published=P, language=language) == []


def test_relative_dates_need_a_publication_date() -> None:
    text = "Pada Sabtu pekan lalu, 28 April 2025 diumumkan, tahun lalu juga, Juni 2024 pula."
    found = find_dates(text, published=None, language="id")
    assert [d.text for d in found] == ["28 April 2025", "Juni 2024"]
    assert all(not d.relative for d in found)


def test_explicit_date_wins_over_its_weekday() -> None:
    # The weekday is wrong for the date; the date is what the outlet asserts.
    found = find_dates("Diumumkan pada Minggu (28/4/2025).", published=P, language="id")
    assert [(d.text, d.low, d.high, d.relative) for d in found] == [
        ("Minggu (28/4/2025)", D(2025, 4, 28), D(2025, 4, 28), False)
    ]


def test_weekday_alone_on_publication_day_is_that_day() -> None:
    found = find_dates("Senin itu cerah.", published=date(2025, 4, 28), language="id")
    assert [(d.low, d.precision, d.relative) for d in found] == [(D(2025, 4, 28), "day", True)]


def test_weekday_last_week_uses_calendar_weeks() -> None:
    friday = date(2025, 5, 2)
    found = find_dates("Rapat digelar Senin pekan lalu.", published=friday, language="id")
    assert [d.low for d in found] == [D(2025, 4, 21)]
    found = find_dates("Rapat digelar Senin lalu.", published=friday, language="id")
    assert [d.low for d in found] == [D(2025, 4, 28)]


def test_month_alone_never_points_after_publication() -> None:
    found = find_dates("Harga naik sejak Mei.", published=P, language="id")
    assert [(d.low, d.high) for d in found] == [(D(2024, 5, 1), D(2024, 5, 31))]


def test_last_autumn_published_in_autumn_is_the_previous_one() -> None:
    found = find_dates("It began last autumn.", published=date(2024, 10, 15), language="en")
    assert [(d.low, d.high) for d in found] == [(D(2023, 9, 1), D(2023, 11, 30))]


def test_yearless_day_after_publication_falls_in_previous_year() -> None:
    found = find_dates("Kejadian 20 Desember itu diingat.", published=P, language="id")
    assert [d.low for d in found] == [D(2024, 12, 20)]
    found = find_dates("Pemilu digelar 2 Mei.", published=P, language="id")
    assert [d.low for d in found] == [D(2025, 5, 2)]


def test_american_numeric_order_in_english() -> None:
    found = find_dates("The order was signed 4/28/2025.", published=P, language="en")
    assert [d.low for d in found] == [D(2025, 4, 28)]
    found = find_dates("Ditandatangani 4/3/2025.", published=P, language="id")
    assert [d.low for d in found] == [D(2025, 3, 4)]


def test_datetime_publication_is_accepted() -> None:
    found = find_dates("kemarin", published=datetime(2025, 4, 28, 7, 46), language="id")
    assert [d.low for d in found] == [D(2025, 4, 27)]


def test_invalid_calendar_dates_are_not_dates() -> None:
    assert find_dates("31/2/2025 dan 30 Februari 2024", published=P, language="id") == []
    assert find_dates("2025-13-01", published=P, language="en") == []


def test_a_yearless_date_announced_as_coming_stays_in_the_publication_year() -> None:
    published = date(2025, 3, 4)
    ahead = find_dates("Castell akan dilantik pada 15 Mei mendatang.", published=published)
    assert [(d.low, d.high) for d in ahead] == [(date(2025, 5, 15), date(2025, 5, 15))]
    will = find_dates("She will be sworn in on May 15.", published=published, language="en")
    assert [d.low for d in will] == [date(2025, 5, 15)]
    past = find_dates("Kapal itu tenggelam pada 15 Mei.", published=published)
    assert [d.low for d in past] == [date(2024, 5, 15)]
