"""Quantities: amounts, bounds, hedges, heads, units and offsets, in Indonesian and English."""

from __future__ import annotations

import itertools

import pytest

from gui.analysis.quantities import find_quantities

# (sentence, language, [(text, value, low, high, approx, vague, head, unit), ...])
CASES = [
    # --- Indonesian: digits, separators, scales -------------------------------------------
    (
        "Sekitar 14.000 tentara Korea Utara dikirim ke garis depan.",
        "id",
        [("Sekitar 14.000", 14000, 12600, 15400, True, False, "tentara", "")],
    ),
    (
        "Sebanyak 4.700 orang mengungsi akibat banjir bandang di Sumatra Barat.",
        "id",
        [("Sebanyak 4.700", 4700, 4700, 4700, False, False, "orang", "")],
    ),
    (
        "Polisi menahan 12.500 liter minyak goreng ilegal.",
        "id",
        [("12.500", 12500, 12500, 12500, False, False, "liter", "")],
    ),
    (
        "Media asing menulis 14,000 pengungsi tiba di perbatasan.",
        "id",
        [("14,000", 14000, 14000, 14000, False, False, "pengungsi", "")],
    ),
    (
        "Pemerintah menyalurkan 3,5 juta paket sembako menjelang Lebaran.",
        "id",
        [("3,5 juta", 3.5e6, 3.5e6, 3.5e6, False, False, "paket", "")],
    ),
    (
        "Panitia mencetak 18 ribu surat suara cadangan.",
        "id",
        [("18 ribu", 18000, 18000, 18000, False, False, "surat", "")],
    ),
    (
        "Proyek itu menelan biaya 1,2 miliar dolar AS.",
        "id",
        [("1,2 miliar dolar AS", 1.2e9, 1.2e9, 1.2e9, False, False, "", "USD")],
    ),
    (
        "Anggaran darurat Rp 3,5 triliun disetujui DPR.",
        "id",
        [("Rp 3,5 triliun", 3.5e12, 3.5e12, 3.5e12, False, False, "", "IDR")],
    ),
    (
        "Harga cabai naik menjadi Rp85.000 per kilogram.",
        "id",
        [("Rp85.000", 85000, 85000, 85000, False, False, "", "IDR")],
    ),
    (
        "Bank Dunia mengucurkan US$ 2 juta untuk korban gempa.",
        "id",
        [("US$ 2 juta", 2e6, 2e6, 2e6, False, False, "", "USD")],
    ),
    (
        "Klub itu membayar 5 juta euro untuk sang penyerang.",
        "id",
        [("5 juta euro", 5e6, 5e6, 5e6, False, False, "", "EUR")],
    ),
    (
        "Tingkat partisipasi pemilih mencapai 81,78 persen.",
        "id",
        [("mencapai 81,78 persen", 81.78, 81.78, 81.78, False, False, "", "%")],
    ),
    (
        "Inflasi tahunan tercatat 2,5% dan pengangguran 4,8 persen.",
        "id",
        [
            ("2,5%", 2.5, 2.5, 2.5, False, False, "", "%"),
            ("4,8 persen", 4.8, 4.8, 4.8, False, False, "", "%"),
        ],
    ),
    # --- Indonesian: number words ---------------------------------------------------------
    (
        "Dua puluh lima penambang terjebak di dalam terowongan.",
        "id",
        [("Dua puluh lima", 25, 25, 25, False, False, "penambang", "")],
    ),
    (
        "Longsor menimbun enam rumah dan sepuluh kendaraan.",
        "id",
        [
            ("enam", 6, 6, 6, False, False, "rumah", ""),
            ("sepuluh", 10, 10, 10, False, False, "kendaraan", ""),
        ],
    ),
    (
        "Seratus relawan dan dua ekskavator dikerahkan ke lokasi.",
        "id",
        [
            ("Seratus", 100, 100, 100, False, False, "relawan", ""),
            ("dua", 2, 2, 2, False, False, "ekskavator", ""),
        ],
    ),
    (
        "Antrean mengular setengah kilometer dan setengah juta pemudik tertahan.",
        "id",
        [
            ("setengah kilometer", 0.5, 0.5, 0.5, False, False, "", "km"),
            ("setengah juta", 5e5, 5e5, 5e5, False, False, "pemudik", ""),
        ],
    ),
    (
        "Seribu lima ratus personel gabungan mengamankan laga final.",
        "id",
        [("Seribu lima ratus", 1500, 1500, 1500, False, False, "personel", "")],
    ),
    (
        "Hanya satu orang yang selamat dari kecelakaan itu.",
        "id",
        [("satu", 1, 1, 1, False, False, "orang", "")],
    ),
    # --- Indonesian: vague magnitudes -----------------------------------------------------
    (
        "Ratusan warga memblokade jalan, sementara ribuan lainnya berkumpul di alun-alun.",
        "id",
        [
            ("Ratusan", 599.5, 200, 999, False, True, "warga", ""),
            ("ribuan", 5999.5, 2000, 9999, False, True, "", ""),
        ],
    ),
    (
        "Puluhan ribu buruh berunjuk rasa di depan gedung parlemen.",
        "id",
        [("Puluhan ribu", 59999.5, 20000, 99999, False, True, "buruh", "")],
    ),
    (
        "Kerugian ditaksir jutaan rupiah, dan belasan kios terbakar.",
        "id",
        [
            ("ditaksir jutaan rupiah", 5999999.5, 1.8e6, 10999998.9, True, True, "", "IDR"),
            ("belasan", 15, 11, 19, False, True, "kios", ""),
        ],
    ),
    (
        "Beberapa ratus penonton tertahan di luar stadion.",
        "id",
        [("Beberapa ratus", 599.5, 200, 999, False, True, "penonton", "")],
    ),
    # --- Indonesian: hedges ---------------------------------------------------------------
    (
        "Lebih dari 600 orang tewas dalam gempa tersebut.",
        "id",
        [("Lebih dari 600", 600, 600, 900, True, False, "orang", "")],
    ),
    (
        "Kurang dari 300 kursi tersisa untuk laga final.",
        "id",
        [("Kurang dari 300", 300, 150, 300, True, False, "kursi", "")],
    ),
    (
        "Hampir 1.000 rumah terendam, setidaknya 50 sekolah diliburkan.",
        "id",
        [
            ("Hampir 1.000", 1000, 900, 1000, True, False, "rumah", ""),
            ("setidaknya 50", 50, 50, 75, True, False, "sekolah", ""),
        ],
    ),
    (
        "Kira-kira 200 nelayan tidak melaut, sedikitnya 40 kapal rusak.",
        "id",
        [
            ("Kira-kira 200", 200, 180, 220, True, False, "nelayan", ""),
            ("sedikitnya 40", 40, 40, 60, True, False, "kapal", ""),
        ],
    ),
    (
        "Paling sedikit 12 korban jiwa ditemukan tim SAR.",
        "id",
        [("Paling sedikit 12", 12, 12, 18, True, False, "korban", "")],
    ),
    (
        "Jumlah pengungsi 1.000-an orang dan 500 lebih rumah rusak.",
        "id",
        [
            ("1.000-an", 1000, 900, 1100, True, False, "orang", ""),
            ("500 lebih", 500, 500, 750, True, False, "rumah", ""),
        ],
    ),
    # --- Indonesian: ranges ---------------------------------------------------------------
    (
        "Diperkirakan 10.000 hingga 12.000 simpatisan menghadiri kampanye akbar.",
        "id",
        [("Diperkirakan 10.000 hingga 12.000", 11000, 9000, 13200, True, False, "simpatisan", "")],
    ),
    (
        "Sebanyak 10.000-12.000 ton beras impor tiba di pelabuhan.",
        "id",
        [("Sebanyak 10.000-12.000 ton", 11000, 10000, 12000, True, False, "beras", "t")],
    ),
    (
        "Antara 10 dan 12 ribu pendaki tertahan di pos pendakian.",
        "id",
        [("Antara 10 dan 12 ribu", 11000, 10000, 12000, True, False, "pendaki", "")],
    ),
    (
        "Suku bunga diperkirakan 5 sampai 6 persen pada akhir tahun.",
        "id",
        [("diperkirakan 5 sampai 6 persen", 5.5, 4.5, 6.6, True, False, "", "%")],
    ),
    (
        "Pertumbuhan naik dari 4 hingga 5 persen menurut data BPS.",
        "id",
        [("4", 4, 4, 4, False, False, "", ""), ("5 persen", 5, 5, 5, False, False, "", "%")],
    ),
    # --- Indonesian: heads after verbs and "yang" -----------------------------------------
    (
        "Dari jumlah itu, 3.000 merupakan pasukan cadangan.",
        "id",
        [("3.000", 3000, 3000, 3000, False, False, "", "")],
    ),
    (
        "Total korban 4.700, termasuk 600 yang kehilangan nyawa.",
        "id",
        [
            ("4.700", 4700, 4700, 4700, False, False, "", ""),
            ("600", 600, 600, 600, False, False, "", ""),
        ],
    ),
    (
        "Sebanyak 3.000 dikirim kembali, 3.000 pasukan pengganti menyusul.",
        "id",
        [
            ("Sebanyak 3.000", 3000, 3000, 3000, False, False, "", ""),
            ("3.000", 3000, 3000, 3000, False, False, "pasukan", ""),
        ],
    ),
    (
        "Sebanyak 17 menteri dan 5 tersangka hadir, 120 tewas.",
        "id",
        [
            ("Sebanyak 17", 17, 17, 17, False, False, "menteri", ""),
            ("5", 5, 5, 5, False, False, "tersangka", ""),
            ("120", 120, 120, 120, False, False, "tewas", ""),
        ],
    ),
    # --- English --------------------------------------------------------------------------
    (
        "About 14,000 North Korean troops were sent to the front.",
        "en",
        [("About 14,000", 14000, 12600, 15400, True, False, "troops", "")],
    ),
    (
        "The quake left 600 dead and 12,500 homeless in the province.",
        "en",
        [
            ("600", 600, 600, 600, False, False, "dead", ""),
            ("12,500", 12500, 12500, 12500, False, False, "homeless", ""),
        ],
    ),
    (
        "Officials estimated 3.5 million voters and 1.2 billion dollars in spending.",
        "en",
        [
            ("estimated 3.5 million", 3.5e6, 3.15e6, 3.85e6, True, False, "voters", ""),
            ("1.2 billion dollars", 1.2e9, 1.2e9, 1.2e9, False, False, "", "USD"),
        ],
    ),
    (
        "The fund pledged $5 million and the union €300m to the rebuilding effort.",
        "en",
        [
            ("$5 million", 5e6, 5e6, 5e6, False, False, "", "USD"),
            ("€300m", 3e8, 3e8, 3e8, False, False, "", "EUR"),
        ],
    ),
    (
        "Five firefighters and twenty-one residents were treated for smoke inhalation.",
        "en",
        [
            ("Five", 5, 5, 5, False, False, "firefighters", ""),
            ("twenty-one", 21, 21, 21, False, False, "residents", ""),
        ],
    ),
    (
        "A dozen protesters were detained after nearly 2,000 marched downtown.",
        "en",
        [
            ("A dozen", 12, 12, 12, False, False, "protesters", ""),
            ("nearly 2,000", 2000, 1800, 2000, True, False, "", ""),
        ],
    ),
    (
        "More than 600 people died and at least 4,700 were wounded.",
        "en",
        [
            ("More than 600", 600, 600, 900, True, False, "people", ""),
            ("at least 4,700", 4700, 4700, 7050, True, False, "", ""),
        ],
    ),
    (
        "Roughly 300 homes were flooded; up to 40 schools may close.",
        "en",
        [
            ("Roughly 300", 300, 270, 330, True, False, "homes", ""),
            ("up to 40", 40, 20, 40, True, False, "schools", ""),
        ],
    ),
    (
        "An estimated 12,000 fans and some 500 stewards filled the stadium.",
        "en",
        [
            ("An estimated 12,000", 12000, 10800, 13200, True, False, "fans", ""),
            ("some 500", 500, 450, 550, True, False, "stewards", ""),
        ],
    ),
    (
        "Between 10,000 and 12,000 migrants crossed, and 10 to 12 thousand more waited.",
        "en",
        [
            ("Between 10,000 and 12,000", 11000, 10000, 12000, True, False, "migrants", ""),
            ("10 to 12 thousand", 11000, 10000, 12000, True, False, "", ""),
        ],
    ),
    (
        "Hundreds of thousands of refugees and dozens of aid workers remain.",
        "en",
        [
            ("Hundreds of thousands", 599999.5, 200000, 999999, False, True, "refugees", ""),
            ("dozens", 61.5, 24, 99, False, True, "workers", ""),
        ],
    ),
    (
        "The ruling party won 25 percent, or 25% of the vote, in the northern districts.",
        "en",
        [
            ("25 percent", 25, 25, 25, False, False, "", "%"),
            ("25%", 25, 25, 25, False, False, "vote", "%"),
        ],
    ),
    (
        "Half a million households lost power and one technician was injured.",
        "en",
        [
            ("Half a million", 5e5, 5e5, 5e5, False, False, "households", ""),
            ("one", 1, 1, 1, False, False, "technician", ""),
        ],
    ),
    (
        "Exports rose from 5.2 to 6.1 percent, adding 4,000 jobs.",
        "en",
        [
            ("5.2", 5.2, 5.2, 5.2, False, False, "", ""),
            ("6.1 percent", 6.1, 6.1, 6.1, False, False, "", "%"),
            ("4,000", 4000, 4000, 4000, False, False, "jobs", ""),
        ],
    ),
    (
        "Thousands fled and millions lost power; over 600 homes and almost 200 schools were hit.",
        "en",
        [
            ("Thousands", 5999.5, 2000, 9999, False, True, "", ""),
            ("millions", 5999999.5, 2e6, 9999999, False, True, "", ""),
            ("over 600", 600, 600, 900, True, False, "homes", ""),
            ("almost 200", 200, 180, 200, True, False, "schools", ""),
        ],
    ),
    (
        "At one point 600 aid workers and 5,000 displaced people waited; 3 more rallied.",
        "en",
        [
            ("600", 600, 600, 600, False, False, "workers", ""),
            ("5,000", 5000, 5000, 5000, False, False, "people", ""),
            ("3", 3, 3, 3, False, False, "", ""),
        ],
    ),
    (
        "The blast left 40 killed and 15 injured, while tens of thousands rallied.",
        "en",
        [
            ("40", 40, 40, 40, False, False, "killed", ""),
            ("15", 15, 15, 15, False, False, "injured", ""),
            ("tens of thousands", 59999.5, 20000, 99999, False, True, "", ""),
        ],
    ),
    (
        "Several thousand people and a few hundred police watched.",
        "en",
        [
            ("Several thousand", 5999.5, 2000, 9999, False, True, "people", ""),
            ("a few hundred", 599.5, 200, 999, False, True, "police", ""),
        ],
    ),
    (
        "Masa tanggap darurat ditetapkan dua pekan, lalu diperpanjang 10 hari.",
        "id",
        [
            ("dua pekan", 14, 14, 14, False, False, "", "day"),
            ("10 hari", 10, 10, 10, False, False, "", "day"),
        ],
    ),
    (
        "Detention was extended by two weeks after the first 20 days.",
        "en",
        [
            ("two weeks", 14, 14, 14, False, False, "", "day"),
            ("20 days", 20, 20, 20, False, False, "", "day"),
        ],
    ),
    (
        "Jalan sepanjang 87 kilometer itu rusak; warga menunggu 3 sampai 4 bulan.",
        "id",
        [
            ("87 kilometer", 87, 87, 87, False, False, "", "km"),
            ("3 sampai 4 bulan", 3.5, 3, 4, True, False, "", "month"),
        ],
    ),
    (
        "Gempa di atas magnitudo 6 itu, kini tercatat M 6.1, bukan 6,2 SR.",
        "id",
        [
            ("di atas magnitudo 6", 6, 6, 9, True, False, "", "magnitude"),
            ("M 6.1", 6.1, 6.1, 6.1, False, False, "", "magnitude"),
            ("6,2 SR", 6.2, 6.2, 6.2, False, False, "", "magnitude"),
        ],
    ),
    (
        "The 5-year plan costs 20km of new track.",
        "en",
        [
            ("5-year", 5, 5, 5, False, False, "", "year"),
            ("20km", 20, 20, 20, False, False, "", "km"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "language", "expected"), CASES)
def test_quantities(sentence: str, language: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    prefix = "Judul artikel.\n\n"
    source = prefix + sentence
    found = find_quantities(sentence, offset=len(prefix), language=language)
    got = [(q.text, q.value, q.low, q.high, q.approx, q.vague, q.head, q.unit) for q in found]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for q, e in zip(found, expected, strict=True):
        text, value, low, high, approx, vague, head, unit = e
        assert source[q.start : q.end] == q.text == text
        assert q.value == pytest.approx(value)
        assert q.low == pytest.approx(low)
        assert q.high == pytest.approx(high)
        assert (q.approx, q.vague, q.head, q.unit) == (approx, vague, head, unit)


# Sentences whose numbers are not counted amounts.
NEGATIVES = [
    ("Hal itu diatur dalam Pasal 51 Piagam PBB dan Pasal 4 ayat 2.", "id"),
    ("Pasal 5 dan 6 UU tersebut digugat ke Mahkamah Konstitusi.", "id"),
    ("Article 5 of the treaty and Resolution 2231 were cited on page 12.", "en"),
    ("Lihat halaman 7 dan Bab 3 untuk rincian.", "id"),
    ("Dokumen No. 17 diteken Presiden.", "id"),
    ("Pemerintah menerbitkan Perpres nomor 12 soal itu.", "id"),
    ("Upacara dimulai pukul 10.00 dan berakhir 12.30 WIB.", "id"),
    ("Artikel diperbarui 10.21 WIB.", "id"),
    ("The blast happened at 11:07 local time.", "en"),
    ("The ceremony starts at 10 a.m. sharp.", "en"),
    ("Jet tempur F-16 dan Su-35 terlihat di langit.", "id"),
    ("Pandemi COVID-19 memukul ekonomi negara G20.", "id"),
    ("Ia menjadi juara ke-3 dalam lomba itu.", "id"),
    ("She finished 3rd, while her rival came second.", "en"),
    ("Kedua negara sepakat memperkuat kerja sama.", "id"),
    ("Both countries signed the deal.", "en"),
    ("Salah satu korban masih dirawat.", "id"),
    ("No one was hurt and one of the guards fled.", "en"),
    ("Hubungi 0812-3456-7890 atau (021) 555-1234 untuk informasi.", "id"),
    ("Call +44 20 7946 0958 for details.", "en"),
    ("Perbarui aplikasi ke versi 2.3.1 sekarang.", "id"),
    ("Persib menang 3-1 atas Persija di Bandung.", "id"),
    ("The hosts lost 1-2 after extra time.", "en"),
    ("Konflik itu pecah pada 2014 dan memuncak 2022.", "id"),
    ("The war began in 2022 and escalated in 2023.", "en"),
    ("1. Kecaman dari Komunitas Internasional", "id"),
    ("Ia tinggal di Lima selama bertugas.", "id"),
    ("Gugur di medan laga, ia dimakamkan di kampungnya.", "id"),
]


@pytest.mark.parametrize(("sentence", "language"), NEGATIVES)
def test_not_quantities(sentence: str, language: str) -> None:
    assert find_quantities(sentence, language=language) == []


def test_list_number_is_skipped_but_the_count_after_it_is_kept() -> None:
    found = find_quantities("2. 14.000 Tentara Dikerahkan ke Medan Perang", language="id")
    assert [(q.text, q.value, q.head) for q in found] == [("14.000", 14000, "Tentara")]


def test_excluded_spans_are_skipped() -> None:
    text = "Pada 28 April 2025 tercatat 28 korban."
    date_span = (10 + 5, 10 + 18)  # "28 April 2025" at offset 10
    found = find_quantities(text, offset=10, exclude=[date_span])
    assert [(q.text, q.start, q.end) for q in found] == [("28", 10 + 28, 10 + 30)]


def test_year_with_counted_noun_is_a_count_in_indonesian() -> None:
    found = find_quantities("Sebanyak 2000 relawan dan 1998 lalu.", language="id")
    assert [(q.text, q.head) for q in found] == [("Sebanyak 2000", "relawan")]


def test_results_are_sorted_and_disjoint() -> None:
    text = (
        "Sekitar 600 tentara tewas, ribuan lainnya terluka, 3.000 pasukan pengganti dikirim, "
        "dan antara 10 dan 12 ribu warga mengungsi dengan biaya Rp 2,5 miliar."
    )
    found = find_quantities(text, language="id")
    assert len(found) == 5
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_rupiah_in_english_text_groups_thousands_with_a_dot() -> None:
    found = find_quantities("Diesel now costs Rp 6.800 a litre, up from Rp5.150.", language="en")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("Rp 6.800", 6800, "IDR"),
        ("Rp5.150", 5150, "IDR"),
    ]
    # a dollar amount keeps the English decimal point, and a scaled rupiah its decimals
    found = find_quantities("It costs $6.800 per share and Rp 1.5 trillion in all.", language="en")
    assert [q.value for q in found] == [6.8, 1.5e12]


def test_a_fuel_grade_names_the_fuel_it_counts_nothing() -> None:
    found = find_quantities("Harga Pertalite (RON 90) naik menjadi Rp 10.000.", language="id")
    assert [q.text for q in found] == ["Rp 10.000"]
    found = find_quantities("The RON 92 grade now costs Rp 14,500.", language="en")
    assert [q.text for q in found] == ["Rp 14,500"]
    found = find_quantities(
        "Pertalite, a 90 RON gasoline, and the 92-octane Pertamax rose.", language="en"
    )
    assert found == []


def test_a_magnitude_written_before_or_after_its_figure_in_english() -> None:
    for text, written in (
        ("A 5.8 magnitude quake shook the coast.", "5.8 magnitude"),
        ("A magnitude-5.8 quake shook the coast.", "magnitude-5.8"),
        ("The 5.8-magnitude quake shook the coast.", "5.8-magnitude"),
    ):
        found = find_quantities(text, language="en")
        assert [(q.text, q.unit, q.value) for q in found] == [(written, "magnitude", 5.8)], text
    assert not find_quantities("Traffic on Route M-5 was halted.", language="en")
