"""Who a vessel carried is no count of what happened to the vessel, on sentences written for
the test."""

from __future__ import annotations

from tests.analysis.slot_probe import slot_of


def test_those_aboard_a_missing_vessel_are_not_the_missing() -> None:
    english = slot_of("A cargo ship has gone missing off Sulawesi with 19 crew aboard.", "19", "en")
    headline = slot_of("Cargo ship missing with 19 aboard off Sulawesi", "19", "en")
    assert english.measure == headline.measure == "PRESENT"


def test_carrying_before_the_number_says_what_it_counts() -> None:
    carried = slot_of("Kapal itu dilaporkan hilang dengan membawa 19 orang penumpang.", "19")
    plain = slot_of("Kapal itu tenggelam dengan 19 penumpang.", "19")
    assert carried.measure == plain.measure == "PRESENT"


def test_dengan_before_a_tally_word_keeps_the_state() -> None:
    assert slot_of("Korban meninggal dengan jumlah 23 orang.", "23").measure == "DEAD"


def test_a_total_that_opens_a_list_of_those_aboard_counts_everyone_aboard() -> None:
    text = "Totalnya ada 50 orang, terdiri atas 10 awak, 30 penumpang dewasa, dan 10 anak-anak."
    assert slot_of(text, "50").measure == "PRESENT"
    assert slot_of("Ada 50 orang, 30 tewas dan 20 luka.", "50").measure == ""


def test_those_still_being_or_yet_to_be_evacuated_are_still_out_there() -> None:
    assert slot_of("Sementara 16 pekerja lainnya masih dalam proses evakuasi.", "16").measure == (
        "MISSING"
    )
    assert slot_of("Another 9 hikers are still being evacuated.", "9", "en").measure == "MISSING"
    assert slot_of("Sisa 9 pendaki akan dievakuasi besok.", "9").measure == "MISSING"
    assert slot_of("Sebanyak 20 warga sudah dievakuasi.", "Sebanyak 20").measure == "EVACUATED"
    assert slot_of("Sebanyak 30 warga sedang dirawat.", "Sebanyak 30").measure != "MISSING"


def test_an_adverb_after_a_number_is_no_counted_noun() -> None:
    text = "Rescuers found 9 bodies on Monday and searched for 4 apparently still missing."
    assert slot_of(text, "4", "en").measure == "MISSING"


def test_a_role_named_as_part_of_those_aboard_is_the_roles_count() -> None:
    part = slot_of("The jet was carrying 62 people, including 12 crew.", "12", "en")
    plain = slot_of("The jet had 12 crew on board.", "12", "en")
    assert part.measure == plain.measure == "PRESENT"
    assert part.qualifiers == plain.qualifiers and part.roles == plain.roles == {"CREW"}
