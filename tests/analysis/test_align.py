"""Alignment and comparison on small corpora written for the purpose, in both languages."""

from __future__ import annotations

from datetime import datetime

from gui.analysis import analyze
from gui.analysis.align import THRESHOLD, Similarity
from gui.analysis.claims import Claim
from gui.domain import Agreement, Analysis, Fact, FactKind, Sentence, Source, Status

PUBLISHED = datetime(2025, 3, 4, 9, 0)


def source(sid: str, text: str, language: str = "id", outlet: str = "") -> Source:
    return Source(sid, outlet or sid, text.split("\n")[0], PUBLISHED, language, text, f"{sid}.txt")


QUAKE = [
    source(
        "s1",
        "Gempa Guncang Lembah Hijau\n\n"
        "Gempa berkekuatan 6,2 mengguncang Kabupaten Lembah Hijau pada Senin (3/3/2025) pagi. "
        "Badan Nasional Penanggulangan Bencana (BNPB) melaporkan 120 orang tewas "
        "dan 450 orang luka-luka. "
        "Sebanyak 3.000 warga dievakuasi ke tempat pengungsian.",
    ),
    source(
        "s2",
        "Korban Tewas Gempa Lembah Hijau Bertambah\n\n"
        "BNPB mencatat korban tewas akibat gempa di Lembah Hijau mencapai 135 orang. "
        "Sekitar 450 orang mengalami luka-luka, kata juru bicara BNPB Rina Astuti. "
        "Gempa terjadi Senin (3/3/2025) pukul 07.15 WIB.",
    ),
    source(
        "s3",
        "Quake kills 120 in Lembah Hijau\n\n"
        "A magnitude 6.2 earthquake struck Lembah Hijau regency on Monday, killing 120 people, "
        "the disaster agency BNPB said. "
        "About 450 people were injured and 3,000 residents were evacuated to shelters.",
        language="en",
    ),
]


def row(analysis: Analysis, kind: FactKind, source_id: str, value: float | str) -> Fact:
    found = [f for f in analysis.facts if f.kind is kind and f.cell(source_id).normalized == value]
    assert len(found) == 1, [(f.label, dict(f.cells)) for f in analysis.facts if f.kind is kind]
    return found[0]


def test_death_toll_conflict_across_languages() -> None:
    a = analyze(QUAKE)
    deaths = row(a, FactKind.QUANTITY, "s2", 135)
    assert deaths.agreement is Agreement.CONFLICT
    assert deaths.cell("s1").normalized == 120
    assert deaths.cell("s3").normalized == 120
    assert deaths.cell("s2").status is Status.CONFLICT
    assert deaths.cell("s1").status is deaths.cell("s3").status is Status.AGREE


def test_injured_agree_whatever_the_hedge_or_language() -> None:
    a = analyze(QUAKE)
    injured = row(a, FactKind.QUANTITY, "s1", 450)
    assert injured.coverage == 3
    assert injured.agreement is Agreement.CONSENSUS


def test_evacuations_align_across_number_formats() -> None:
    a = analyze(QUAKE)
    evacuated = row(a, FactKind.QUANTITY, "s1", 3000)
    assert evacuated.cell("s3").normalized == 3000
    assert evacuated.agreement is Agreement.CONSENSUS


def test_the_quake_date_in_three_forms() -> None:
    a = analyze(QUAKE)
    when = row(a, FactKind.DATE, "s1", "2025-03-03")
    assert when.cell("s3").normalized == "2025-03-03"
    assert when.agreement is Agreement.CONSENSUS


def test_vaguer_value_is_partial_not_conflict() -> None:
    corpus = [
        source("a", "Banjir Sorong\n\nBanjir merendam 600 rumah di Kota Sorong, Senin (3/3/2025)."),
        source("b", "Banjir di Sorong\n\nBanjir merendam ratusan rumah di Kota Sorong."),
        source("c", "Sorong Kebanjiran\n\nBanjir merendam 600 rumah warga di Kota Sorong."),
    ]
    a = analyze(corpus)
    houses = row(a, FactKind.QUANTITY, "a", 600)
    assert houses.cell("c").status is Status.AGREE
    assert houses.cell("b").status is Status.PARTIAL
    assert houses.agreement is Agreement.PARTIAL


def test_different_events_with_dates_do_not_conflict() -> None:
    corpus = [
        source(
            "a",
            "Kesepakatan Dagang\n\nKesepakatan dagang itu ditandatangani pada Juni 2024 "
            "oleh kedua menteri.",
        ),
        source(
            "b",
            "Kesepakatan Berlaku\n\nKesepakatan dagang itu mulai berlaku pada Desember 2024, "
            "kata Menteri Perdagangan Budi Santoso.",
        ),
    ]
    a = analyze(corpus)
    assert not [f for f in a.facts if f.kind is FactKind.DATE and f.agreement is Agreement.CONFLICT]
    signed = row(a, FactKind.DATE, "a", "2024-06")
    assert signed.coverage == 1


def test_part_is_not_a_rival_of_the_whole() -> None:
    corpus = [
        source(
            "a",
            "Korban Banjir\n\nTotal korban banjir mencapai 4.700 orang, termasuk 600 yang tewas.",
        ),
        source("b", "Banjir Bandang\n\nSebanyak 600 orang tewas akibat banjir bandang itu."),
    ]
    a = analyze(corpus)
    dead = row(a, FactKind.QUANTITY, "b", 600)
    assert dead.cell("a").normalized == 600
    assert dead.agreement is Agreement.CONSENSUS
    total = row(a, FactKind.QUANTITY, "a", 4700)
    assert total.coverage == 1


def test_cancel_and_progress() -> None:
    seen: list[tuple[int, int]] = []
    analyze(QUAKE, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    import pytest

    from gui.analysis import Cancelled

    with pytest.raises(Cancelled):
        analyze(QUAKE, cancelled=lambda: True)


def test_tallies_taken_at_different_moments_do_not_conflict() -> None:
    a = analyze(
        [
            source(
                "s1",
                "Banjir Kota Hilir\n\nHingga Selasa sore, BPBD mencatat 1.200 rumah terendam "
                "banjir di Kota Hilir. Banjir melanda Kota Hilir sejak Minggu (2/3/2025).",
            ),
            source(
                "s2",
                "Flood in Kota Hilir\n\nAs of Wednesday, 1,200 houses were flooded in Kota Hilir, "
                "the disaster agency said. The flooding began on Sunday.",
                language="en",
            ),
        ]
    )
    dates = [f for f in a.facts if f.kind is FactKind.DATE]
    assert all(f.agreement is not Agreement.CONFLICT for f in dates)
    assert not [f for f in dates if "mencatat" in f.cell("s1").excerpt]
    assert not [f for f in dates if "As of" in f.cell("s2").excerpt]
    began = [f for f in dates if f.cell("s1").normalized and f.cell("s2").normalized]
    assert began and began[0].agreement is Agreement.CONSENSUS  # 2 March, a Sunday


def test_one_shared_word_does_not_make_two_statements_one_fact() -> None:
    def statement(n: int, features: dict[str, float]) -> Claim:
        sentence = Sentence(f"s{n}", 0, 0, 10, "x" * 10)
        return Claim(n, f"s{n}", n, FactKind.STATEMENT, sentence, "id", None, features)

    # Short sentences sharing one rare word look alike to a cosine: "Rawan sejak
    # perencanaan" and "Dinas PUPR tetap menjadi titik paling rawan".
    one = [statement(0, {"w:rawan": 0.6, "w:rencana": 0.6}), statement(1, {"w:rawan": 0.6})]
    fillers = [statement(k, {f"w:other{k}": 0.6}) for k in range(2, 12)]
    assert Similarity([*one, *fillers])(one[0], one[1]) == 0.0
    two = [
        statement(0, {"w:rawan": 0.6, "w:lelang": 0.6}),
        statement(1, {"w:rawan": 0.6, "w:lelang": 0.6, "e:pupr": 1.0}),
    ]
    assert Similarity([*two, *fillers])(two[0], two[1]) > THRESHOLD[FactKind.STATEMENT]


def test_an_outlets_second_count_that_names_nothing_stays_in_the_row_of_its_first() -> None:
    corpus = [
        source(
            "a",
            "Kapal Tenggelam\n\nKapal Bahari Jaya membawa 40 orang, yang terdiri atas 26 "
            "penumpang dan 14 awak. Adapun 14 awak kapal itu terdiri atas 8 awak bertugas "
            "serta 6 awak cadangan.",
        ),
        source("b", "Kapal Karam\n\nKapal Bahari Jaya membawa 25 penumpang dan 14 kru."),
        source("c", "Ferry sinks\n\nThe ferry carried 26 passengers and 8 crew.", "en"),
    ]
    a = analyze(corpus)
    crew = [f for f in a.facts if f.kind is FactKind.QUANTITY and f.cell("c").normalized == 8]
    assert len(crew) == 1
    # The second sentence's 14 names no ship, and is still the crew the first one counts;
    # its 8 and 6 are parts of that crew, no rival of outlet c's 8.
    assert crew[0].cell("a").normalized == 14 and crew[0].cell("b").normalized == 14
    assert len([f for f in a.facts if f.cell("a").normalized == 14]) == 1
    assert crew[0].cell("c").status is Status.CONFLICT
    parts = [f for f in a.facts if f.cell("a").normalized == 8]
    assert len(parts) == 1 and parts[0].cell("c").status is Status.ABSENT


def test_a_sentence_giving_two_values_of_one_slot_meets_the_outlets_by_the_one_they_give() -> None:
    corpus = [
        source(
            "a",
            "Banjir Meluas\n\nBPBD mencatat warga terdampak di tiga desa tergenang langsung, "
            "maupun sebelas desa terdampak longsor kecil.",
        ),
        source("b", "Banjir\n\nAda sebelas desa yang terdampak banjir di kabupaten itu."),
    ]
    a = analyze(corpus)
    villages = [f for f in a.facts if f.cell("b").normalized == 11]
    assert len(villages) == 1
    # Outlet a states both counts in one sentence; it contradicts b by neither.
    assert villages[0].cell("a").normalized == 11
    assert villages[0].agreement is Agreement.CONSENSUS
    assert [o.normalized for o in villages[0].cell("a").others] == [3]


def test_prices_of_two_products_named_apart_are_two_rows() -> None:
    corpus = [
        source(
            "a",
            "Fuel prices\n\nSolarix, a 95 RON petrol sold by state firm Energia, now costs "
            "Rp 12,000 a liter.",
            "en",
        ),
        source("b", "Harga BBM\n\nHarga Biomax naik menjadi Rp 9.000 per liter."),
        source("c", "Harga baru\n\nSolarix kini dijual Rp 12.000 per liter oleh Energia."),
    ]
    a = analyze(corpus)
    solarix = row(a, FactKind.QUANTITY, "a", 12000)
    # The appositive names only the seller; the product the sentence opens with is what
    # is priced, and another product's price is no rival of it.
    assert solarix.cell("c").status is Status.AGREE
    assert solarix.cell("b").status is Status.ABSENT
    assert solarix.agreement is Agreement.CONSENSUS


def test_a_running_total_told_at_length_is_the_outlets_figure() -> None:
    corpus = [
        source(
            "a",
            "Korban teridentifikasi\n\nPagi ini tercatat 5 korban yang bisa diidentifikasi. "
            "Dengan begitu total jenazah yang berhasil diidentifikasi tim forensik berjumlah "
            "31 orang.",
        ),
        source("b", "Identifikasi\n\nSebanyak 31 korban telah berhasil diidentifikasi."),
    ]
    a = analyze(corpus)
    identified = row(a, FactKind.QUANTITY, "b", 31)
    assert identified.cell("a").normalized == 31  # "total ... berjumlah 31", eight words on
    assert identified.agreement is Agreement.CONSENSUS


def test_rises_of_two_fuels_one_outlet_tells_apart_meet_their_own_fuel() -> None:
    corpus = [
        source(
            "a",
            "Harga naik\n\nRata-rata harga BBM subsidi per liter naik 22,4% sejak Sabtu. "
            "Di antara semua jenis, tarif solar meningkat paling tinggi, yaitu sebesar 28,5%.",
        ),
        source("b", "Diesel\n\nThe subsidized diesel price per liter rose 29 percent.", "en"),
    ]
    a = analyze(corpus)
    diesel = [f for f in a.facts if f.cell("b").normalized == 29]
    assert len(diesel) == 1
    assert diesel[0].cell("a").normalized == 28.5  # the diesel rise, not all fuels'
    assert not diesel[0].cell("a").others


def test_subjects_that_count_different_objects_or_name_different_things_are_apart() -> None:
    from gui.analysis.rows import _named_apart

    diesel = frozenset({"c:DIESEL", "e:liter"})
    fuel = frozenset({"c:FUEL", "e:liter", "e:bbm"})
    assert _named_apart(diesel, fuel)
    assert not _named_apart(diesel, frozenset({"c:DIESEL", "c:FUEL"}))
    assert _named_apart(frozenset({"name:solarix"}), frozenset({"name:biomax"}))
    assert not _named_apart(frozenset({"name:blt bbm"}), frozenset({"name:blt", "name:bbm"}))
    assert not _named_apart(frozenset({"e:liter"}), fuel)  # naming nothing sets nothing apart


def test_a_budget_given_beside_an_amount_of_its_kind_is_not_that_amount() -> None:
    corpus = [
        source(
            "a",
            "Bantuan\n\nPemerintah menyiapkan anggaran Rp 4,2 triliun untuk 7 juta buruh "
            "berupa subsidi upah senilai Rp 500 ribu.",
        ),
        source(
            "b",
            "Subsidi upah\n\nSubsidi upah senilai Rp 500.000 disalurkan kepada buruh.",
        ),
    ]
    a = analyze(corpus)
    per_worker = row(a, FactKind.QUANTITY, "b", 500000)
    assert per_worker.cell("a").normalized == 500000
    assert per_worker.agreement is Agreement.CONSENSUS
    assert not per_worker.cell("a").others  # the 4.2 trillion is the budget, another fact


def test_who_joined_the_search_meets_across_languages() -> None:
    corpus = [
        source(
            "a",
            "Pencarian\n\nPemerintah menggandeng Jepang untuk menemukan kapal yang hilang itu.",
        ),
        source(
            "b",
            "Search\n\nJapan aided the hunt for the lost vessel, officials said on Tuesday.",
            "en",
        ),
    ]
    rows = [f for f in analyze(corpus).facts if set(f.cells) >= {"a", "b"}]
    assert any(
        f.kind is FactKind.STATEMENT
        and all(f.cells[s].status is not Status.ABSENT for s in ("a", "b"))
        for f in rows
    ), [f.label for f in analyze(corpus).facts]
