"""Readings of counts common in disaster and crowd reports that no earlier rule covered, on
sentences written for the test: who is among the dead, what a count of shots counts, what a
venue holds, a toll's starting figure, how badly each listed thing was damaged."""

from __future__ import annotations

from gui.analysis.labels import _clauses
from gui.analysis.text import tokenize
from tests.analysis.slot_probe import slot_of, slots, written_source


def test_a_count_among_the_dead_is_a_part_of_them() -> None:
    en = slot_of("Three firefighters are among those killed, the mayor told us.", "Three", "en")
    id_ = slot_of("Tiga di antara korban meninggal itu ialah petugas pemadam.", "Tiga")
    assert en.measure == id_.measure == "DEAD"
    assert "PART" in en.qualifiers and "PART" in id_.qualifiers
    whole = slot_of("Five people died, among them two children.", "Five", "en")
    assert "PART" not in whole.qualifiers  # "among them" after it names its parts


def test_police_among_the_counted_are_a_subset_of_their_own() -> None:
    en = slot_of("Two police officers were killed in the clash.", "Two", "en")
    id_ = slot_of("Dua anggota polisi tewas dalam bentrokan itu.", "Dua")
    assert en.measure == id_.measure == "DEAD"
    assert "OFFICER" in en.qualifiers and "OFFICER" in id_.qualifiers


def test_an_unknown_noun_that_dies_is_people() -> None:
    assert slot_of("Five tourists were killed in the crash.", "Five", "en").measure == "DEAD"
    assert slot_of("Tiga nelayan hilang di laut.", "Tiga").measure == "MISSING"
    assert slot_of("Two command posts were set up.", "Two", "en").measure == "~post"


def test_lives_lost_are_deaths() -> None:
    assert (
        slot_of("Some 60 lives were lost when the ferry sank.", "Some 60", "en").measure == "DEAD"
    )
    text = "Lebih dari 50 nyawa melayang dalam tragedi itu."
    assert slot_of(text, "Lebih dari 50").measure == "DEAD"


def test_a_count_followed_by_the_rest_is_a_part() -> None:
    text = "The mayor said 20 people drowned at the pier and the rest later in a clinic."
    assert "PART" in slot_of(text, "20", "en").qualifiers
    listed = "The toll comprises 30 miners, one is a guard and the rest are drivers."
    assert "PART" not in slot_of(listed, "30", "en").qualifiers


def test_a_count_of_shots_is_no_count_of_the_dead_the_shots_caused() -> None:
    text = "Sebanyak 6 tembakan peringatan memicu kepanikan yang mengakibatkan 15 orang tewas."
    assert slot_of(text, "Sebanyak 6").measure != "DEAD"
    assert slot_of(text, "15").measure == "DEAD"
    assert slot_of("Guards fired 9 shots at the crowd.", "9", "en").measure == "~shot"


def test_what_a_venue_can_hold_is_its_capacity() -> None:
    assert slot_of("The arena can hold 15,000 people.", "15,000", "en").measure == "CAPACITY"
    text = "Gedung itu mampu menampung 8 ribu penonton."
    assert slot_of(text, "8 ribu").measure == "CAPACITY"
    # a shelter housing evacuees holds them, it does not say what it could hold
    assert slot_of("Posko itu menampung 500 pengungsi.", "500").measure == "EVACUATED"


def test_a_toll_raised_from_a_figure_keeps_that_figure_as_history() -> None:
    text = "At least 64 people died, the governor said, raising the toll from 51."
    assert "SUPERSEDED" in slot_of(text, "51", "en").qualifiers
    assert "SUPERSEDED" not in slot_of(text, "At least 64", "en").qualifiers


def test_a_named_town_before_a_toll_is_where_not_what() -> None:
    text = "The death toll from a flood that hit Indonesia's Garut town has risen to 140."
    assert slot_of(text, "140", "en").measure == "DEAD"
    assert slot_of("Floods cut off 12 villages in the district.", "12", "en").measure == (
        "SETTLEMENT"
    )


def test_a_noun_that_only_qualifies_the_next_is_not_what_is_counted() -> None:
    assert slot_of("Thirteen police cars were burned.", "Thirteen", "en").counted == "VEHICLE"
    assert slot_of("Sebanyak 13 mobil polisi rusak.", "Sebanyak 13").counted == "VEHICLE"
    # a classifier before its head stays the head's ("orang penumpang")
    text = "Sebanyak 62 orang penumpang tewas."
    assert "PASSENGER" in slot_of(text, "Sebanyak 62").roles


def test_the_possessive_clitic_keeps_a_measure_word() -> None:
    assert slot_of("Kedalamannya 12 kilometer.", "12 kilometer").measure == "DEPTH"


def test_each_count_of_a_damage_list_takes_its_own_severity() -> None:
    text = (
        "A survey found 2,100 homes lightly damaged by the storm, 40 moderately "
        "and 65 heavily, the agency said."
    )
    assert slot_of(text, "2,100", "en").qualifiers == {"LIGHT"}
    assert slot_of(text, "40", "en").qualifiers == {"MODERATE"}
    assert slot_of(text, "65", "en").qualifiers == {"SEVERE"}
    assert slot_of("Sebanyak 120 rumah rusak sedang.", "Sebanyak 120").qualifiers == {"MODERATE"}
    assert "MODERATE" not in slot_of("Korban yang sedang dirawat 12 orang.", "12").qualifiers


def test_public_buildings_are_facilities_not_houses() -> None:
    assert (
        slot_of("Banjir itu membuat 4 gedung pemerintah terendam dan rusak.", "4").counted
        == "FACILITY"
    )
    assert slot_of("Dua rumah sakit rusak ringan.", "Dua").counted == "FACILITY"


def test_a_year_before_a_relative_clause_dates_what_the_clause_tells() -> None:
    text = "Past tragedies include a 1996 ferry fire off Bali, which killed 71 passengers."
    assert "PAST" in slot_of(text, "71", "en").qualifiers


def test_a_thousands_comma_splits_no_statement_clause() -> None:
    text = "She noted 42,000 seats were booked, officials said."
    clauses = _clauses(tokenize(text), text)
    assert [t.text for t in clauses[0]][:4] == ["She", "noted", "42", "000"]


def test_an_aside_between_a_count_and_its_verb_leaves_the_verb_its_own() -> None:
    whole = slot_of("Officials said 58 people, including children, have drowned.", "58", "en")
    assert whole.measure == "DEAD" and "CHILD" not in whole.qualifiers
    id_ = slot_of("Sebanyak 58 orang, termasuk anak-anak, meninggal dunia.", "Sebanyak 58")
    assert id_.measure == "DEAD" and "CHILD" not in id_.qualifiers
    # once the verb is said, the aside is about the happening, not the count
    said = slot_of("Scores were hurt, mostly with serious burns, the clinic said.", "Scores", "en")
    assert said.measure == "INJURED" and "SEVERE" not in said.qualifiers


def test_a_list_of_things_shares_the_state_said_after_its_last_item() -> None:
    text = "Roughly 1,400 homes, six offices and two clinics were damaged by the storm."
    assert slot_of(text, "Roughly 1,400", "en").measure == "HOUSE:DAMAGED"
    assert slot_of(text, "six", "en").measure == "FACILITY:DAMAGED"
    found = "Divers found 3 bodies, 2 cars and a dog."
    assert slot_of(found, "2", "en").measure == "VEHICLE"  # no state is said after the list


def test_a_thing_after_a_counting_word_is_what_is_counted_even_capitalised() -> None:
    text = "Datanya, 2 unit RSUD Garut rusak ringan."
    assert slot_of(text, "2").counted == "FACILITY"


def test_people_still_buried_are_missing() -> None:
    assert slot_of("Sebanyak 14 orang masih tertimbun reruntuhan.", "Sebanyak 14").measure == (
        "MISSING"
    )
    assert slot_of("About 20 people are believed buried in mud.", "About 20", "en").measure == (
        "MISSING"
    )
    assert slot_of("Dua rumah tertimbun longsor.", "Dua").measure != "MISSING"


def test_a_part_named_after_a_copula_is_that_subset() -> None:
    id_ = slot_of("Tiga di antara korban itu ialah anggota polisi.", "Tiga")
    en = slot_of("Three of the dead were police officers.", "Three", "en")
    assert id_.qualifiers == en.qualifiers == {"OFFICER", "PART"}


def test_the_day_of_a_press_conference_dates_the_remark_not_the_happening() -> None:
    remark = (
        "“Warga panik lalu terjadi desak-desakan di gerbang,” kata Kapolres Budi Santosa "
        "saat jumpa pers di Garut, Senin, 10 Maret 2025."
    )
    assert [r for r in slots(remark) if r.unit_kind == "date"] == []
    announced = (
        "“Tarif baru berlaku pukul 00.00 WIB,” ujar Menteri saat konferensi pers "
        "di Surabaya, Senin (10/3/2025)."
    )
    assert [r.unit_kind for r in slots(announced)].count("date") == 1


def test_a_time_a_sentence_counts_up_to_stamps_the_tally() -> None:
    fronted = "Hingga pukul 18.10 WIB sebanyak 27 orang meninggal dunia."
    assert [r.unit_kind for r in slots(fronted)] == ["count"]
    reported = "“Menurut laporan camat sampai dengan tadi jam 15.00, ada 19 korban jiwa,” ujarnya."
    assert [r.unit_kind for r in slots(reported)] == ["count"]
    search = "Pencarian dilanjutkan hingga pukul 17.00 WIB."
    assert [r.unit_kind for r in slots(search)] == ["time"]  # no tally: when it ends


def test_in_addition_opening_a_sentence_adds_nothing_to_a_count() -> None:
    text = "In addition, 14 villagers remain buried in the mud."
    assert slot_of(text, "14", "en").qualifiers == frozenset()
    assert "REPLACEMENT" in slot_of("An additional 300 troops were sent.", "300", "en").qualifiers


def test_mag_after_a_number_is_a_magnitude() -> None:
    assert slot_of("Kekuatan : 4.9 MAG", "4.9 MAG").measure == "MAGNITUDE"
    assert slot_of("Gempa berkekuatan 6,1 magnitudo itu terasa.", "6,1 magnitudo").measure == (
        "MAGNITUDE"
    )


def test_bodies_that_were_identified_are_the_identified() -> None:
    text = "So far 31 bodies have been identified through dental records."
    assert slot_of(text, "31", "en").measure == "IDENTIFIED"
    assert slot_of("Sebanyak 12 jenazah telah teridentifikasi.", "Sebanyak 12").measure == (
        "IDENTIFIED"
    )
    assert slot_of("Rescuers said 9 dead were evacuated.", "9", "en").measure == "DEAD"


def test_body_bags_are_bags_not_deaths() -> None:
    assert slot_of("Tim sudah menerima 61 kantong jenazah.", "61").measure == "BAG"
    assert slot_of("Some 70 body bags were sent to the hospital.", "Some 70", "en").measure == (
        "BAG"
    )
    assert slot_of("Eight families were evacuated.", "Eight", "en").measure == ("FAMILY:EVACUATED")


def test_a_unit_glued_to_a_range_s_second_end_measures_both_and_water_is_depth() -> None:
    depth = slot_of("The hull rests in 20-25m of water.", "20-25m", "en")
    assert depth.unit_kind == "length" and depth.measure == "DEPTH"


def test_pilots_and_cabin_crew_are_roles_of_their_own() -> None:
    text = "The jet had 150 passengers, three pilots and 4 stewardesses aboard."
    assert slot_of(text, "three", "en").roles == {"PILOT"}
    assert slot_of(text, "4", "en").roles == {"CABIN_CREW"}


def test_a_schedule_word_plans_only_the_moments_after_it() -> None:
    text = "Pesawat berangkat pukul 07.15 WIB dan sesuai jadwal tiba pukul 08.30 WIB."
    assert slot_of(text, "pukul 07.15 WIB").measure == "TAKE_OFF"
    assert slot_of(text, "pukul 08.30 WIB").measure == "SCHEDULED"


def test_a_count_of_the_dead_and_the_missing_together_is_its_own_fact() -> None:
    both = slot_of("Jadi jumlah korban tewas dan hilang kini 38 orang.", "38")
    assert both.measure == "DEAD+MISSING"
    assert slot_of("At least 20 are dead or missing.", "At least 20", "en").measure == both.measure
    apart = "Sebanyak 12 orang tewas dan 3 orang hilang."
    assert slot_of(apart, "Sebanyak 12").measure == "DEAD"


def test_the_day_a_tally_was_recorded_is_no_date_of_the_happening() -> None:
    text = "Pada Kamis (9/1), BPBD mencatat sebanyak 41 orang meninggal dunia."
    assert [r.unit_kind for r in slots(text)] == ["count"]
    happened = "Banjir melanda kawasan itu pada Kamis (9/1) dan menewaskan 41 orang."
    assert "date" in [r.unit_kind for r in slots(happened)]


def test_an_unknown_noun_does_not_take_the_state_of_the_next_count() -> None:
    text = "Data dari 14 RS menyebutkan 88 orang meninggal dunia."
    assert slot_of(text, "14").measure != "DEAD"
    assert slot_of(text, "88").measure == "DEAD"


def test_saat_ini_is_now_and_breaks_no_clause() -> None:
    text = "Polisi menyebut 23 jenazah korban kapal itu saat ini sudah diidentifikasi."
    assert slot_of(text, "23").measure == "IDENTIFIED"


def test_a_total_a_part_is_taken_out_of_takes_no_state_of_the_part() -> None:
    text = "Sebanyak 23 jenazah sudah diidentifikasi dari total 95 penumpang."
    assert slot_of(text, "total 95").measure != "IDENTIFIED"


def test_two_people_s_ages_are_no_rivals() -> None:
    boy = slot_of("One 15-year-old boy was swept away.", "15-year-old", "en")
    elder = slot_of("An 80-year-old farmer drowned.", "80-year-old", "en")
    assert boy.measure.startswith("AGE") and elder.measure.startswith("AGE")
    assert boy.measure != elder.measure


def test_a_time_of_day_is_the_verb_s_before_it_not_the_next_clause_s() -> None:
    text = (
        "Kapal itu berangkat dari pelabuhan pada pukul 08.15 WIB dan diperkirakan "
        "bersandar sekitar pukul 10.40 WIB."
    )
    assert slot_of(text, "pukul 08.15 WIB").measure == "TAKE_OFF"


def test_a_toll_broken_down_by_country_gives_each_country_its_row() -> None:
    text = (
        "Gempa itu menewaskan lebih dari 2.100 orang dengan rincian 1.500 korban tewas "
        "di Turki dan 600 jiwa di Suriah."
    )
    assert slot_of(text, "lebih dari 2.100").qualifiers == frozenset()  # the whole
    assert slot_of(text, "1.500").qualifiers == {"in:turkey"}
    assert slot_of(text, "600").qualifiers == {"in:syria"}


def test_two_countries_named_together_stay_two_places_across_the_corpus() -> None:
    from gui.analysis import analyze

    texts = [
        "Turkey-Syria quake toll tops 3,000. Some 2,200 were killed in Turkey and 800 in Syria.",
        "Officials counted 2,100 dead in Turkey; 760 had died in Syria.",
    ]
    sources = tuple(written_source(k, t, "en") for k, t in enumerate(texts))
    labels = {f.label.split(" — ")[0] for f in analyze(sources).facts}
    assert {"Deaths (in Turkey)", "Deaths (in Syria)"} <= labels


def test_the_noun_beside_a_count_heads_it_and_as_opens_another_happening() -> None:
    text = "The storm struck on Friday, killing more than 300 people as homes collapsed."
    assert slot_of(text, "more than 300", "en").measure == "DEAD"
    assert "PASSENGER" in slot_of("Pesawat membawa 62 orang penumpang.", "62").roles


def test_the_moment_of_a_report_update_is_no_moment_of_the_happening() -> None:
    text = (
        "Posko menyebut update laporan pada Senin 10 Maret 2025 pukul 15.40 WIB "
        "tentang lindu bermagnitudo 5,2 di Garut."
    )
    assert [r.unit_kind for r in slots(text)] == ["magnitude"]
    assert "time" in [
        r.unit_kind for r in slots("Gempa magnitudo 5,2 itu mengguncang pukul 09.48 WIB.")
    ]


def test_as_before_a_state_is_no_new_clause() -> None:
    text = "Divers kept hunting for 9 anglers listed as missing, the agency head told us."
    assert slot_of(text, "9", "en").measure == "MISSING"


def test_an_amount_a_party_proposes_is_no_rival_of_the_one_decided() -> None:
    text = "Asosiasi pengusaha mengusulkan kenaikan 3,2% atau setara Rp 3.870.000."
    assert "PROPOSED" in slot_of(text, "Rp 3.870.000").qualifiers
    assert "PROPOSED" in slot_of(text, "3,2%").qualifiers
    decided = "Upah minimum 2025 naik 4,5 persen jadi Rp 3.915.000."
    assert "PROPOSED" not in slot_of(decided, "Rp 3.915.000").qualifiers


def test_a_rise_by_an_amount_is_its_size_and_minimum_wages_are_wages() -> None:
    text = "Besaran itu bertambah sebesar Rp 175.500 dibanding UMK tahun lalu."
    size = slot_of(text, "Rp 175.500")
    assert "CHANGE" in size.qualifiers and size.measure == "WAGE"
    assert slot_of("UMP 2025 naik menjadi Rp 3.915.000.", "Rp 3.915.000").measure == "WAGE"


def test_counts_given_respectively_take_the_places_in_the_order_named() -> None:
    text = "The Sumba and Rote islands were the worst hit, with 48 and 17 people dead respectively."
    assert slot_of(text, "48", "en").qualifiers == {"in:sumba"}
    assert slot_of(text, "17", "en").qualifiers == {"in:rote"}
    assert slot_of(text, "48", "en").measure == "DEAD"  # "48 and 17 people dead": both dead


def test_an_aside_after_the_verb_said_ends_the_count_s_clause() -> None:
    text = "The storm killed at least 140 villagers, most of them farmers, with 90 still missing."
    assert slot_of(text, "at least 140", "en").measure == "DEAD"
    assert slot_of(text, "90", "en").measure == "MISSING"


def test_a_place_said_alone_makes_its_count_a_part() -> None:
    text = "Officials said 1,200 residents died in Garut alone, the worst of any district."
    assert slot_of(text, "1,200", "en").qualifiers == {"in:garut"}
    assert slot_of("The flood killed 300 people in Garut.", "300", "en").qualifiers == frozenset()


def test_an_unknown_noun_a_death_verb_governs_is_people_too() -> None:
    assert slot_of("Banjir menewaskan 14 nelayan.", "14").measure == "DEAD"
    assert slot_of("Floods cut off 12 villages.", "12", "en").measure == "SETTLEMENT"


def test_an_epicentre_s_coordinates_are_latitude_and_longitude() -> None:
    text = "Pusat gempa berada di koordinat 7.12 LS, 106.40 BT."
    assert slot_of(text, "7.12 LS").measure == "LATITUDE"
    assert slot_of(text, "106.40 BT").measure == "LONGITUDE"
