"""Copies of one story: wire copies are found, independent reports of one event are not."""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta, timezone

import pytest

from gui.analysis import analyze
from gui.analysis.copies import (
    MIN_CONTAINMENT,
    MIN_LENGTH_RATIO,
    MIN_SHARED,
    find_copies,
    is_copy,
    shingles,
)
from gui.domain import Source
from gui.ingest import load_paths
from gui.paths import seeds_dir

# An agency story about a landslide, as the agency sent it (paragraphs separated by blank lines).
WIRE_ID = [
    "Tanah Longsor Timbun Permukiman di Kabupaten Sukamaju, 23 Orang Tewas",
    "Sukamaju (Kantor Berita) - Tanah longsor menimbun sedikitnya 40 rumah di Desa Cibeureum, "
    "Kecamatan Pasirlaya, Kabupaten Sukamaju, pada Selasa dini hari setelah hujan deras "
    "mengguyur kawasan perbukitan itu selama dua hari berturut-turut.",
    "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sukamaju, Hendra Wiratama, mengatakan "
    "hingga Rabu sore tim gabungan telah menemukan 23 korban meninggal dunia, sementara 11 "
    "warga lainnya masih dinyatakan hilang dan terus dicari oleh petugas di lokasi.",
    '"Kami mengerahkan 350 personel dari unsur TNI, Polri, relawan dan warga setempat. Alat '
    'berat baru bisa masuk hari ini karena akses jalan sempat tertutup material longsor," '
    "kata Hendra kepada wartawan di posko pengungsian.",
    "Sebanyak 612 warga dari tiga dusun di sekitar lereng telah diungsikan ke balai desa dan "
    "gedung sekolah dasar terdekat. Pemerintah kabupaten menetapkan status tanggap darurat "
    "selama empat belas hari ke depan dan membuka dapur umum bagi para pengungsi.",
    "Bupati Sukamaju, Ratna Kusumadewi, meminta warga yang tinggal di bantaran sungai dan kaki "
    "bukit untuk tetap waspada karena curah hujan diperkirakan masih tinggi hingga akhir "
    "pekan. Ia juga menjanjikan bantuan perbaikan rumah bagi keluarga yang terdampak.",
    "Menurut catatan BPBD, kawasan Pasirlaya termasuk zona rawan gerakan tanah tingkat tinggi. "
    "Pada tahun lalu longsor serupa merusak jembatan desa dan memutus jalur logistik selama "
    "hampir satu minggu, namun tidak menimbulkan korban jiwa.",
]

# An independent report of the same landslide: the same names, numbers and one quotation,
# written in the outlet's own words.
OWN_REPORT_ID = [
    "Korban Longsor Sukamaju Bertambah Jadi 23 Jiwa, 11 Masih Dicari",
    "Jumlah korban jiwa akibat bencana tanah longsor di Desa Cibeureum, Pasirlaya, terus "
    "bertambah. Sampai Rabu (sore), petugas mencatat 23 orang meninggal dan 11 orang belum "
    "ditemukan.",
    "Hendra Wiratama, yang memimpin BPBD Sukamaju, menyebut pencarian terkendala cuaca dan "
    'tanah yang masih labil. "Kami mengerahkan 350 personel dari unsur TNI, Polri, relawan '
    'dan warga setempat," ujarnya.',
    "Di posko pengungsian, ratusan warga bertahan dengan persediaan seadanya. Seorang ibu "
    "mengaku kehilangan rumah dan ternaknya dalam sekejap. Menurut data posko, pengungsi "
    "berjumlah 612 orang yang berasal dari tiga dusun.",
    "Bupati Ratna Kusumadewi meninjau lokasi pada Rabu siang dan menyatakan status tanggap "
    "darurat berlaku empat belas hari. Pemkab juga menyiapkan dana untuk membangun kembali "
    "rumah warga yang rusak berat.",
    "Pengamat geologi dari universitas setempat menilai alih fungsi lahan di lereng bukit "
    "memperbesar risiko longsor di wilayah itu dan meminta pemerintah menata ulang izin "
    "permukiman di zona merah.",
]

WIRE_EN = [
    "Dockworkers walk out at Port Halvard over pay",
    "PORT HALVARD, March 12 (News Agency) - Around 2,400 dockworkers at Port Halvard stopped "
    "work on Wednesday after talks with terminal operators over a new wage agreement broke "
    "down late on Tuesday, leaving dozens of container ships waiting offshore.",
    "The Harbour Workers Union said its members were seeking a 9 percent pay rise and limits "
    "on night shifts, while the operators have offered 4 percent spread over two years. "
    '"We will stay out until there is a fair offer on the table," union secretary Mara '
    "Ellison told reporters outside the main gate.",
    "The port handles roughly a third of the country's container traffic. Shipping agents "
    "said at least 31 vessels were anchored in the bay by Wednesday afternoon, and freight "
    "forwarders warned of delays for retailers ahead of the spring season.",
    "Transport Minister Colin Draper urged both sides to return to the table and said the "
    "government was ready to appoint a mediator if no progress was made by the end of the "
    "week. The operators told reporters they were still willing to negotiate.",
    "The last major stoppage at Port Halvard, in 2019, lasted eleven days and cost exporters "
    "an estimated 180 million dollars, according to the national chamber of commerce.",
]

OWN_REPORT_EN = [
    "Ships pile up as Halvard strike enters first day",
    "Dozens of container ships were waiting outside Port Halvard on Wednesday as around 2,400 "
    "dockworkers began a strike that could last until the weekend.",
    "Mara Ellison, the union's secretary, said members wanted a 9 percent rise and fewer "
    'night shifts. "We will stay out until there is a fair offer on the table," she said. '
    "The terminal operators have put 4 percent over two years on the table.",
    "Retailers are nervous. A spokesman for a national supermarket chain said stock for the "
    "spring season was already at sea, and a long dispute would leave shelves thin in April.",
    "Colin Draper, the transport minister, has offered a mediator. Our count of vessels in "
    "the bay reached 31 by the afternoon, with more expected overnight.",
]

UNRELATED_ID = [
    "Harga Cabai Rawit di Pasar Induk Turun Tajam",
    "Harga cabai rawit merah di sejumlah pasar induk turun hingga separuh dalam sepekan "
    "terakhir seiring panen raya di beberapa sentra produksi di Jawa dan Sumatera.",
    "Pedagang mengatakan pasokan yang melimpah membuat mereka terpaksa menjual lebih murah "
    "agar barang tidak membusuk. Sementara itu petani mengeluhkan ongkos angkut yang tidak "
    "ikut turun sehingga keuntungan mereka menipis.",
    "Dinas perdagangan setempat memperkirakan harga akan kembali naik menjelang bulan puasa "
    "dan meminta warga tidak membeli secara berlebihan.",
]

UNRELATED_EN = [
    "City library extends weekend opening hours",
    "The central library will stay open until 8 p.m. on Saturdays and Sundays from next "
    "month, the council said, after a survey found that students and shift workers struggled "
    "to visit during the week.",
    "The extra hours will be covered by redeploying staff from a branch that is closing for "
    "renovation, so no new hiring is planned. Reading rooms on the upper floor will also get "
    "more power outlets and better lighting.",
    "Library users welcomed the change but asked for the children's section to be included, "
    "which the council said it would consider later in the year.",
]

WIB = timezone(timedelta(hours=7))


def text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def source(
    sid: str,
    paragraphs: list[str] | str,
    *,
    outlet: str = "",
    published: datetime | None = None,
    language: str = "id",
) -> Source:
    body = paragraphs if isinstance(paragraphs, str) else text(paragraphs)
    return Source(sid, outlet or sid, "", published, language, body, f"{sid}.txt")


def with_furniture(paragraphs: list[str], headline: str) -> list[str]:
    """The wire text as an outlet runs it: own headline, byline, a read-also box, a footer."""
    return [
        headline,
        "Oleh: Tim Redaksi | Editor: Dewi Lestari",
        paragraphs[1],
        paragraphs[2],
        "Baca juga: Lima Tips Menyiapkan Tas Siaga Bencana untuk Keluarga",
        *paragraphs[3:],
        "Copyright © 2025 Harian Contoh. Dilarang mengutip tanpa izin.",
    ]


# -- constructed copies --------------------------------------------------------------------


def test_a_rerun_wire_story_with_its_own_headline_and_furniture_is_a_copy() -> None:
    original = source("s1", WIRE_ID, published=datetime(2025, 2, 4, 8, 0))
    rerun = source(
        "s2",
        with_furniture(WIRE_ID, "Longsor Sukamaju: Puluhan Rumah Tertimbun, Korban Bertambah"),
        published=datetime(2025, 2, 4, 9, 15),
    )
    assert find_copies([original, rerun]) == {"s2": "s1"}


def test_a_trimmed_copy_and_a_copy_with_an_extra_paragraph_still_count() -> None:
    original = source("s1", WIRE_ID, published=datetime(2025, 2, 4, 8, 0))
    trimmed = source("s2", WIRE_ID[:-2], published=datetime(2025, 2, 4, 10, 0))
    local_angle = (
        "Di Kota Cempaka, sejumlah relawan dari komunitas pecinta alam berangkat ke Sukamaju "
        "membawa tenda, selimut dan obat-obatan yang dikumpulkan warga sejak Selasa malam."
    )
    extended = source(
        "s3", [*WIRE_ID, local_angle, local_angle], published=datetime(2025, 2, 4, 11, 0)
    )
    assert find_copies([original, trimmed, extended]) == {"s2": "s1", "s3": "s1"}


def test_an_english_copy_with_a_byline_and_a_new_headline_is_a_copy() -> None:
    original = source("a", WIRE_EN, language="en", published=datetime(2025, 3, 12, 9, 0))
    rerun = [
        "Port strike strands ships as talks collapse",
        "By Staff Writer",
        *WIRE_EN[1:4],
        "Related: Five things to know about the shipping season",
        WIRE_EN[4],
    ]
    copy = source("b", rerun, language="en", published=datetime(2025, 3, 12, 11, 30))
    assert find_copies([copy, original]) == {"b": "a"}


def test_the_earliest_published_is_the_original_whatever_the_load_order() -> None:
    late = source("s1", WIRE_ID, published=datetime(2025, 2, 4, 15, 0))
    early = source("s2", with_furniture(WIRE_ID, "Longsor"), published=datetime(2025, 2, 4, 7))
    undated = source("s3", WIRE_ID[:-1])
    assert find_copies([late, early, undated]) == {"s1": "s2", "s3": "s2"}


def test_zoned_and_unzoned_times_compare_and_undated_copies_fall_back_to_load_order() -> None:
    # 08:00 WIB is 01:00 UTC, earlier than 05:00 written without a zone.
    zoned = source("s1", WIRE_ID, published=datetime(2025, 2, 4, 8, 0, tzinfo=WIB))
    plain = source("s2", WIRE_ID[:-1], published=datetime(2025, 2, 4, 5, 0))
    assert find_copies([plain, zoned]) == {"s2": "s1"}
    first, second = source("x", WIRE_EN), source("y", WIRE_EN[:-1])
    assert find_copies([second, first]) == {"x": "y"}


def test_groups_are_transitive_with_one_original_each() -> None:
    # The head and the tail of one story overlap too little to be copies of each other,
    # but both copy the full story, so all three are one group.
    full = source("s1", WIRE_ID, published=datetime(2025, 2, 4, 9, 0))
    head = source("s2", WIRE_ID[:5], published=datetime(2025, 2, 4, 8, 0))
    tail = source("s3", [WIRE_ID[0], *WIRE_ID[2:]], published=datetime(2025, 2, 4, 10, 0))
    english = source("e1", WIRE_EN, language="en")
    english_copy = source("e2", WIRE_EN[:-1], language="en")
    copies = find_copies([full, head, tail, english, english_copy])
    assert copies == {"s1": "s2", "s3": "s2", "e2": "e1"}


def test_a_head_and_tail_with_little_overlap_join_through_the_full_story() -> None:
    paragraphs = [*WIRE_ID, *OWN_REPORT_ID[1:]]  # a long story of twelve paragraphs
    head = source("s1", paragraphs[:7], published=datetime(2025, 2, 4, 8, 0))
    tail = source("s2", paragraphs[5:], published=datetime(2025, 2, 4, 9, 0))
    full = source("s3", paragraphs, published=datetime(2025, 2, 4, 10, 0))
    a, b = shingles(head.text), shingles(tail.text)
    assert not is_copy(len(a & b), len(a), len(b))
    assert find_copies([head, tail]) == {}
    assert find_copies([head, tail, full]) == {"s2": "s1", "s3": "s1"}


def test_many_copies_of_one_story_form_one_group() -> None:
    rng = random.Random(7)
    originals = [source("s0", WIRE_ID, published=datetime(2025, 2, 4, 6, 0))]
    copies = [
        source(
            f"s{n}",
            with_furniture(WIRE_ID[: rng.randint(5, len(WIRE_ID))], f"Judul versi {n}"),
            published=datetime(2025, 2, 4, 7, 0) + timedelta(minutes=n),
        )
        for n in range(1, 40)
    ]
    found = find_copies([*copies, *originals])
    assert found == {c.id: "s0" for c in copies}


# -- not copies ----------------------------------------------------------------------------


def test_independent_reports_of_one_event_are_not_copies() -> None:
    # They share names, numbers and a quotation, but each is written in its own words.
    sources = [
        source("s1", WIRE_ID),
        source("s2", OWN_REPORT_ID),
        source("s3", WIRE_EN, language="en"),
        source("s4", OWN_REPORT_EN, language="en"),
    ]
    assert find_copies(sources) == {}
    a, b = shingles(sources[0].text), shingles(sources[1].text)
    shared = len(a & b)
    assert shared > 0  # the quotation is there ...
    assert shared < MIN_CONTAINMENT * min(len(a), len(b))  # ... but nowhere near a copy


def test_a_report_reusing_some_wire_paragraphs_among_its_own_is_not_a_copy() -> None:
    reworked = [*OWN_REPORT_ID[:3], WIRE_ID[2], *OWN_REPORT_ID[3:], WIRE_ID[4]]
    wire, report = source("s1", WIRE_ID), source("s2", reworked)
    a, b = shingles(wire.text), shingles(report.text)
    assert len(a & b) >= MIN_SHARED  # whole paragraphs in common ...
    assert find_copies([wire, report]) == {}  # ... but most of either is not the other


def test_unrelated_articles_are_not_copies() -> None:
    sources = [
        source("s1", WIRE_ID),
        source("s2", UNRELATED_ID),
        source("s3", WIRE_EN, language="en"),
        source("s4", UNRELATED_EN, language="en"),
        source("s5", OWN_REPORT_ID),
    ]
    assert find_copies(sources) == {}


def test_a_digest_of_several_stories_is_not_a_copy_of_each() -> None:
    digest = source("d", [*WIRE_ID, *UNRELATED_ID, *OWN_REPORT_ID, *WIRE_EN, *UNRELATED_EN])
    stories = [
        source("s1", UNRELATED_ID),
        source("s2", OWN_REPORT_ID),
        source("s3", UNRELATED_EN, language="en"),
    ]
    assert find_copies([digest, *stories]) == {}


def test_short_items_sharing_one_statement_are_not_copies() -> None:
    statement = (
        '"Kami mengerahkan 350 personel dari unsur TNI, Polri, relawan dan warga setempat. '
        'Alat berat baru bisa masuk hari ini karena akses jalan sempat tertutup," kata Hendra.'
    )
    one = source("s1", ["Pencarian korban longsor berlanjut.", statement])
    two = source("s2", ["Alat berat tiba di lokasi longsor Cibeureum.", statement])
    assert len(shingles(one.text) & shingles(two.text)) < MIN_SHARED
    assert find_copies([one, two]) == {}


def test_empty_and_tiny_sources_copy_nothing() -> None:
    tiny = "Longsor di Sukamaju menewaskan 23 orang."
    assert find_copies([source("a", tiny), source("b", tiny), source("c", "")]) == {}
    assert find_copies([]) == {}


def test_the_seed_articles_are_five_different_articles() -> None:
    loaded = load_paths([seeds_dir()])
    assert len(loaded.sources) == 5
    assert find_copies(loaded.sources) == {}


# -- the measure ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shared", "a", "b", "expected"),
    [
        (90, 100, 100, True),  # near identical
        (100, 100, 250, True),  # trimmed to 40 %, fully contained
        (59, 100, 120, False),  # below the containment threshold
        (60, 100, 120, True),
        (29, 30, 30, False),  # identical but too short to tell
        (100, 100, 400, False),  # a quarter of a longer text: a digest, not a copy
        (MIN_SHARED, MIN_SHARED, round(MIN_SHARED / MIN_LENGTH_RATIO), True),
    ],
)
def test_is_copy(shared: int, a: int, b: int, expected: bool) -> None:
    assert is_copy(shared, a, b) is expected
    assert is_copy(shared, b, a) is expected


def test_shingles_fold_case_accents_and_punctuation() -> None:
    assert shingles("Café MERDEKA, kata Wali Kota; hari ini.") == shingles(
        "cafe merdeka kata wali kota hari ini"
    )
    assert len(shingles("satu dua tiga empat lima enam")) == 2
    assert shingles("satu dua tiga empat") == frozenset()


# -- in the analysis, and at scale ---------------------------------------------------------


def test_analyze_records_the_copies() -> None:
    sources = [
        source("s1", WIRE_ID, published=datetime(2025, 2, 4, 8, 0)),
        source("s2", OWN_REPORT_ID, published=datetime(2025, 2, 4, 9, 0)),
        source("s3", with_furniture(WIRE_ID, "Longsor"), published=datetime(2025, 2, 4, 9, 30)),
    ]
    assert analyze(sources).copies == {"s3": "s1"}


def _random_article(rng: random.Random, vocabulary: list[str], words: int) -> list[str]:
    body = [" ".join(rng.choice(vocabulary) for _ in range(40)) + "." for _ in range(words // 40)]
    return ["Judul " + " ".join(rng.sample(vocabulary, 6)), *body]


def test_eight_hundred_articles_with_planted_copies_stay_fast() -> None:
    rng = random.Random(11)
    # Zipf-like word use, so independent texts share common words and some short phrases.
    vocabulary = [f"kata{n}" for n in range(3000)]
    weighted = [w for n, w in enumerate(vocabulary) for _ in range(max(1, 60 // (n + 1)))]
    articles = [_random_article(rng, weighted, 480) for _ in range(760)]
    sources = [source(f"s{n}", a) for n, a in enumerate(articles)]
    planted: dict[str, str] = {}
    for n in range(40):
        original = rng.randrange(20)  # a few stories, each copied several times
        paragraphs = articles[original]
        copy = ["Judul lain", *paragraphs[1 : rng.randint(len(paragraphs) - 3, len(paragraphs))]]
        sources.append(source(f"c{n}", copy))
        planted[f"c{n}"] = f"s{original}"
    started = time.perf_counter()
    found = find_copies(sources)
    elapsed = time.perf_counter() - started
    assert found == planted
    assert elapsed < 8.0, elapsed  # about one second on a laptop
