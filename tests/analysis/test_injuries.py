"""How badly the counted were hurt, and counts taken from a whole of another state, on
sentences written for the test."""

from __future__ import annotations

from tests.analysis.slot_probe import slot_of


def test_a_severity_belongs_to_the_injury_word_of_its_own_count() -> None:
    # the severe count's injury stands before it, the light count's injury right after it:
    # a window around each number would see both words
    text = (
        "Korban tewas 12 orang, luka berat yang ditangani dokter sebanyak 5 orang "
        "serta luka ringan sebanyak 40 orang."
    )
    assert slot_of(text, "sebanyak 5").qualifiers == {"SEVERE"}
    assert slot_of(text, "sebanyak 40").qualifiers == {"LIGHT"}


def test_a_severity_after_a_describing_word_is_still_the_counts() -> None:
    text = (
        "Dua orang tewas, enam orang lainnya luka berat, "
        "sedangkan 30 orang lainnya mengalami luka ringan."
    )
    assert slot_of(text, "enam").qualifiers == {"SEVERE"}
    assert slot_of(text, "30").qualifiers == {"LIGHT"}


def test_an_english_count_takes_the_severity_of_its_own_clause() -> None:
    text = "Four were seriously injured and 15 suffered minor injuries."
    assert slot_of(text, "Four", "en").qualifiers == {"SEVERE"}
    light = slot_of(text, "15", "en")
    assert light.measure == "INJURED" and light.qualifiers == {"LIGHT"}


def test_luka_serius_is_an_injury_and_a_severity() -> None:
    severe = slot_of("Tiga orang luka serius akibat ledakan itu.", "Tiga")
    assert severe.measure == "INJURED" and severe.qualifiers == {"SEVERE"}


def test_a_range_of_severities_is_every_injury() -> None:
    every = slot_of("Sebanyak 25 orang luka ringan hingga berat.", "Sebanyak 25")
    assert every.measure == "INJURED" and not every.qualifiers & {"SEVERE", "LIGHT"}


def test_a_whole_before_its_breakdown_is_all_the_injured() -> None:
    text = "Sebanyak 50 korban luka terdiri atas 6 orang luka berat dan 44 orang luka ringan."
    whole = slot_of(text, "Sebanyak 50")
    assert whole.measure == "INJURED" and not whole.qualifiers & {"SEVERE", "LIGHT"}


def test_a_part_named_by_its_severity_is_that_fact_like_any_other_outlets() -> None:
    listed = slot_of(
        "Sebanyak 50 korban luka terdiri atas 6 orang luka berat dan 44 orang luka ringan.", "6"
    )
    plain = slot_of("Enam orang luka berat dirawat di rumah sakit.", "Enam")
    assert listed.measure == plain.measure == "INJURED"
    assert listed.qualifiers == plain.qualifiers == {"SEVERE"}


def test_deaths_among_the_injured_are_no_part_of_the_dead() -> None:
    among_injured = slot_of(
        "Two of the five badly injured workers died in hospital on Friday.", "Two", "en"
    )
    among_dead = slot_of("Two of the dead were tourists.", "Two", "en")
    assert among_injured.measure == among_dead.measure == "DEAD"
    assert among_injured.qualifiers != among_dead.qualifiers
    assert "of:INJURED" in among_injured.qualifiers


def test_the_dead_who_were_also_evacuated_are_the_dead() -> None:
    text = "Pendaki yang tewas dan telah dievakuasi sampai kini berjumlah 20 orang."
    assert slot_of(text, "20").measure == "DEAD"
    two = "The flood destroyed 230 homes and forced about 30,000 residents to flee."
    assert slot_of(two, "about 30,000", "en").measure == "EVACUATED"


def test_a_place_named_before_dan_makes_no_others() -> None:
    text = "Sementara 5 orang luka berat dirawat di RSUD, dan 40 orang luka ringan di klinik."
    light = slot_of(text, "40")
    assert light.measure == "INJURED" and light.qualifiers == {"LIGHT"}
    assert "OTHERS" in slot_of("Gubernur Ahmad Syahrir dan dua pejabat ditahan.", "dua").qualifiers


def test_the_one_count_after_a_breakdown_word_is_the_whole() -> None:
    text = "The toll comprises 30 workers, one a driver and the rest miners."
    whole = slot_of(text, "30", "en")
    assert whole.measure == "DEAD" and "BREAKDOWN" not in whole.qualifiers
    listed = slot_of("Awak kapal terdiri atas 8 awak aktif serta 6 awak cadangan.", "6")
    assert "BREAKDOWN" in listed.qualifiers


def test_body_burns_are_an_injury_not_a_death() -> None:
    text = "Six workers, with over 80 percent body burns, remain in hospital."
    assert slot_of(text, "over 80 percent", "en").measure == "INJURED"
