"""What each number, date and time measures (its slot), on sentences written for the test.

The slot decides the row: two outlets' numbers with one slot and different values are a
conflict, numbers with different slots are different facts whatever their values.
"""

from __future__ import annotations

from tests.analysis.slot_probe import slot_of, slots


def test_counts_of_people_take_the_state_that_happened_to_them() -> None:
    text = (
        "Banjir bandang di Garut menewaskan 7 orang, sementara 3 orang masih hilang "
        "dan 120 warga mengungsi."
    )
    assert [(r.words, r.measure) for r in slots(text)] == [
        ("7", "DEAD"),
        ("3", "MISSING"),
        ("120", "EVACUATED"),
    ]


def test_english_counts_share_the_measures_of_indonesian_ones() -> None:
    text = "A landslide killed 12 people and injured 30 others, police said."
    assert slot_of(text, "12", "en").measure == "DEAD"
    assert slot_of(text, "30", "en").measure == "INJURED"


def test_a_part_of_a_count_is_another_fact() -> None:
    part = slot_of("Sebanyak 20 orang luka-luka, termasuk 4 anak-anak.", "4")
    whole = slot_of("Sebanyak 20 orang luka-luka, termasuk 4 anak-anak.", "Sebanyak 20")
    assert part.measure == whole.measure == "INJURED"
    assert "CHILD" in part.qualifiers and "CHILD" not in whole.qualifiers


def test_the_value_a_price_rose_from_is_not_the_new_price() -> None:
    text = "Harga bensin naik dari Rp 8.100 menjadi Rp 9.900 per liter."
    old, new = slot_of(text, "Rp 8.100"), slot_of(text, "Rp 9.900")
    assert old.measure == new.measure == "PRICE"
    assert "BEFORE" in old.qualifiers and "BEFORE" not in new.qualifiers


def test_a_height_above_sea_level_is_the_mountains_height_not_an_ash_column() -> None:
    text = "Abu membubung setinggi 3 km dari puncak gunung yang berketinggian 3.142 mdpl."
    assert slot_of(text, "3.142 mdpl").measure == "HEIGHT"
    assert slot_of(text, "3 km").measure == "HEIGHT:ASH"
    english = "The volcano, which stands 3,142 metres above sea level, spewed ash 3 km high."
    assert slot_of(english, "3,142 metres above sea level", "en").measure == "HEIGHT"
    worded = "Gunung itu memiliki ketinggian 3.142 meter di atas permukaan laut."
    assert slot_of(worded, "3.142 meter di atas permukaan laut").measure == "HEIGHT"
    adjective = "The 3,142-metre (10,308 ft) Mount Lawu rumbled again."
    assert slot_of(adjective, "3,142-metre", "en").measure == "HEIGHT"


def test_times_of_day_are_their_own_kind_of_fact() -> None:
    text = "Kebakaran terjadi sekitar pukul 01.45 WIB, menurut polisi."
    found = slot_of(text, "sekitar pukul 01.45 WIB")
    assert (found.unit_kind, found.measure) == ("time", "OCCUR")


def test_a_declared_date_is_not_the_day_it_happened() -> None:
    declared = slot_of("Kapal itu dinyatakan tenggelam pada Sabtu (8/3/2025).", "Sabtu (8/3/2025)")
    assert "DECLARED" in declared.qualifiers
    # the possessive suffix does not hide the word: "statusnya" is a status
    changed = slot_of(
        "Pada Sabtu (8/3/2025) statusnya berubah dari hilang menjadi tenggelam.",
        "Sabtu (8/3/2025)",
    )
    assert "DECLARED" in changed.qualifiers
    plain = slot_of("Kapal itu tenggelam pada Sabtu (8/3/2025).", "Sabtu (8/3/2025)")
    assert plain.measure == "OCCUR" and "DECLARED" not in plain.qualifiers


def test_an_age_written_with_a_hyphen_is_no_count_of_people() -> None:
    text = "The 40-year old ferry was carrying 53 people."
    assert slot_of(text, "40-year", "en").measure == "AGE:SHIP"  # the ferry's age
    assert slot_of(text, "53", "en").measure == "PRESENT"


def test_a_sentence_dated_years_back_tells_of_that_earlier_event_in_every_clause() -> None:
    text = (
        "Kapal itu membawa 53 awak. Kapal lain hilang di perairan yang sama pada 15 November "
        "2017 dengan membawa 44 awak."
    )
    assert "PAST" not in slot_of(text, "53").qualifiers
    assert "PAST" in slot_of(text, "44").qualifiers


def test_time_since_an_event_is_one_slot_in_both_languages() -> None:
    indonesian = slot_of("Kapal itu tenggelam 20 menit setelah berangkat.", "20 menit")
    fronted = slot_of("Kapal itu tenggelam setelah dua puluh menit berangkat.", "dua puluh menit")
    english = slot_of("The ferry sank 20 minutes after it departed.", "20 minutes", "en")
    assert indonesian.measure == fronted.measure == english.measure == "ELAPSED:TAKE_OFF"
    # a duration with nothing it is counted from is no such slot
    assert not slot_of("Antrean mengular selama 20 menit.", "20 menit").measure.startswith(
        "ELAPSED"
    )


def test_a_date_years_before_the_article_is_another_happening_whatever_its_event() -> None:
    text = "Kapal lain hilang saat membawa 40 awak pada 15 November 2017."
    assert "PAST" in slot_of(text, "15 November 2017").qualifiers


def test_the_number_a_part_is_taken_from_is_the_whole() -> None:
    text = "Di antara 17 korban tewas, tiga di antaranya merupakan turis asing."
    assert "PART" not in slot_of(text, "17").qualifiers
    assert "PART" in slot_of(text, "tiga").qualifiers
    english = "Among the 17 dead, three of them were tourists."
    assert "PART" not in slot_of(english, "17", "en").qualifiers


def test_a_multiple_is_no_count_of_people() -> None:
    text = "The prison had 1,400 inmates, more than four times what it was built for."
    assert slot_of(text, "more than four", "en").measure == "MULTIPLE"
    assert slot_of(text, "1,400", "en").measure == "PRESENT"
    assert slot_of(
        "Lapas itu dihuni 1.450 orang, empat kali lipat kapasitasnya.", "empat"
    ).measure == ("MULTIPLE")


def test_a_bare_year_two_or_more_years_back_is_another_happening() -> None:
    text = "Harga BBM juga naik pada 2019, saat harga minyak dunia melonjak."
    assert "PAST" in slot_of(text, "2019").qualifiers  # the probe's articles are of March 2025
    assert "PAST" not in slot_of("Harga BBM naik lagi tahun ini.", "tahun ini").qualifiers


def test_a_share_right_after_a_change_verb_measures_the_change() -> None:
    rise = slot_of("The price of diesel rose 28 percent to Rp 7,300.", "28 percent", "en")
    assert rise.measure == "RISE"
    share = slot_of("Sekitar 70 persen subsidi BBM dinikmati kalangan mampu.", "Sekitar 70 persen")
    assert share.measure == "SUBSIDY"


def test_a_number_after_at_counts_places_not_the_people_around_it() -> None:
    text = "Every hiker had signed in at two ranger posts before the ascent."
    assert slot_of(text, "two", "en").measure.startswith("~")
    assert slot_of("Banjir merendam rumah di dua desa.", "dua").measure == "SETTLEMENT"


def test_a_height_a_craft_is_cleared_to_reach_is_not_the_height_it_was_at() -> None:
    text = (
        "At 9:12 a.m. the helicopter was flying at an altitude of 2,400 feet before it was "
        "cleared to climb to 8,000 feet."
    )
    now, cleared = slot_of(text, "2,400 feet", "en"), slot_of(text, "8,000 feet", "en")
    assert now.measure == cleared.measure == "HEIGHT:AIRCRAFT"  # "it" is the helicopter
    assert "TARGET" in cleared.qualifiers and "TARGET" not in now.qualifiers
    indonesian = "Kapal itu diizinkan berlayar ke kedalaman 40 meter oleh syahbandar."
    assert "TARGET" in slot_of(indonesian, "40 meter").qualifiers
    # A word of aim with no destination ("not well targeted") aims at nothing.
    loose = "The aid was not well targeted, as 60% of it went to wealthy households."
    assert "TARGET" not in slot_of(loose, "60%", "en").qualifiers


def test_a_crafts_height_at_a_stated_time_is_a_fact_of_that_moment() -> None:
    stamped = slot_of(
        "Pukul 09.12 WIB helikopter itu berada di ketinggian 2.400 kaki.", "2.400 kaki"
    )
    english = slot_of(
        "At 9:12 a.m. the helicopter was at an altitude of 2,400 feet.", "2,400 feet", "en"
    )
    passed = slot_of("Helikopter itu hilang setelah melewati ketinggian 6.000 kaki.", "6.000 kaki")
    assert stamped.qualifiers == english.qualifiers == frozenset({"at:09:12"})
    assert passed.measure == stamped.measure and not passed.qualifiers
    # A mountain does not move: its height at any hour is the same fact.
    still = slot_of("Pukul 09.12 WIB abu vulkanik membubung setinggi 2 km.", "2 km")
    assert not any(q.startswith("at:") for q in still.qualifiers)


def test_a_breakdown_of_one_roles_count_is_a_part_of_it() -> None:
    text = "Adapun 14 awak kapal itu terdiri atas 8 awak bertugas serta 6 awak cadangan."
    whole, active, spare = (slot_of(text, w) for w in ("14", "8", "6"))
    assert "PART" not in whole.qualifiers
    assert "PART" in active.qualifiers and "PART" in spare.qualifiers  # the list runs on
    # A breakdown of everyone aboard by role narrows by role, not as a part of the crew.
    aboard = "Kapal membawa 40 orang, yang terdiri atas 26 penumpang dan 14 awak."
    assert "PART" not in slot_of(aboard, "14").qualifiers
    assert "BREAKDOWN" in slot_of(aboard, "14").qualifiers


def test_a_volcano_named_before_a_toll_is_where_it_happened_not_what_it_counts() -> None:
    text = "The number killed since the Lokon volcano blew on Sulawesi has climbed to 9."
    assert slot_of(text, "9", "en").measure == "DEAD"
    headline = "Toll rises to 9 in Sulawesi volcano eruption"
    assert slot_of(headline, "9", "en").measure == "DEAD"
    assert slot_of("The country has about 120 active volcanoes.", "about 120", "en").measure == (
        "VOLCANO"
    )


def test_a_value_on_a_condition_or_a_possibility_is_a_projection() -> None:
    text = "Jika harga minyak bertahan di US$ 90, belanja subsidi jadi Rp 410 triliun."
    assert "PROJECTED" in slot_of(text, "Rp 410 triliun").qualifiers
    after = "Belanja subsidi akan naik dari Rp 300 triliun menjadi Rp 410 triliun jika harga naik."
    assert "PROJECTED" in slot_of(after, "Rp 410 triliun").qualifiers
    # Where a change on a condition would start is the value that stands today.
    assert not slot_of(after, "Rp 300 triliun").qualifiers & {"PROJECTED", "BEFORE"}
    may = "Officials said the number of evacuees could reach 9,000 by Friday."
    assert "PROJECTED" in slot_of(may, "9,000", "en").qualifiers
    plain = "Belanja subsidi tahun ini mencapai Rp 300 triliun."
    assert "PROJECTED" not in slot_of(plain, "mencapai Rp 300 triliun").qualifiers
    without = "Tanpa kenaikan harga, belanja subsidi diperkirakan membengkak hingga Rp 410 triliun."
    assert "PROJECTED" in slot_of(without, "hingga Rp 410 triliun").qualifiers
    outage = "Warga hidup tanpa listrik selama tiga hari setelah 40 rumah rusak."
    assert "PROJECTED" not in slot_of(outage, "40").qualifiers


def test_a_count_with_a_deed_no_concept_knows_is_not_everyone_there() -> None:
    there = slot_of("Sebanyak 60 pendaki berada di gunung itu saat erupsi.", "Sebanyak 60")
    down = slot_of("Hingga malam, ada 21 pendaki yang sudah turun.", "21")
    english = slot_of("By nightfall 21 climbers who had come down were safe.", "21", "en")
    assert there.measure == "PRESENT"
    assert down.measure.startswith("~") and english.measure.startswith("~")
    # A known state in the relative clause keeps the lexicon's reading.
    trapped = slot_of("Ada 40 pendaki yang terjebak di puncak.", "40")
    assert not trapped.measure.startswith("~")


def test_the_ash_of_another_eruption_is_another_fact() -> None:
    first = slot_of("On Sunday the volcano blew, sending an ash column 2 km high.", "2 km", "en")
    again = slot_of(
        "A fresh eruption on Tuesday threw ash as high as 1,500 feet.",
        "as high as 1,500 feet",
        "en",
    )
    susulan = slot_of("Erupsi susulan pada Selasa memuntahkan abu setinggi 500 meter.", "500 meter")
    assert first.measure == again.measure == "HEIGHT:ASH"
    assert "AGAIN" in again.qualifiers and "AGAIN" in susulan.qualifiers
    assert "AGAIN" not in first.qualifiers
    # A toll that "rose again" is no repeat of the disaster.
    toll = slot_of("Officials said fatalities had climbed again to 15.", "15", "en")
    assert "AGAIN" not in toll.qualifiers


def test_a_summit_a_height_is_reckoned_from_is_not_what_is_measured() -> None:
    text = "Gunung itu mengeluarkan kolom abu setinggi 2 km di atas puncak."
    assert slot_of(text, "2 km").measure == "HEIGHT:ASH"


def test_the_time_a_fire_was_put_out_is_not_when_it_broke_out() -> None:
    out = slot_of("Api akhirnya dipadamkan kira-kira pukul 05.10 WIB.", "kira-kira pukul 05.10 WIB")
    began = slot_of("Api muncul sekitar pukul 03.20 WIB.", "sekitar pukul 03.20 WIB")
    assert out.measure == "EXTINGUISH" and began.measure == "OCCUR"


def test_a_clause_opened_by_namely_goes_on_with_the_one_before() -> None:
    text = "Di antara semua jenis, tarif solar meningkat paling tinggi, yaitu sebesar 28,5%."
    assert slot_of(text, "28,5%").measure == "RISE"


def test_a_number_after_broken_into_counts_the_pieces() -> None:
    assert slot_of("Bangkai kapal itu terbelah jadi empat.", "empat").measure == "PIECE"
    worded = slot_of("Badan pesawat ditemukan terbelah menjadi dua bagian.", "dua")
    assert worded.measure == "PIECE"
    english = slot_of("Divers said the hull had split into four pieces.", "four", "en")
    assert english.measure == "PIECE"


def test_the_day_something_went_missing_is_the_day_of_the_event() -> None:
    went = slot_of(
        "The ferry has been missing since Tuesday morning, the navy said.", "Tuesday", "en"
    )
    assert went.measure == "OCCUR"
    # "the missing ferry" only describes it: the day is the finding's
    found = slot_of("Divers found the missing ferry on the seabed on Friday.", "Friday", "en")
    assert found.measure != "OCCUR"


def test_a_trailing_date_stamps_the_happening_before_what_describes_the_ship() -> None:
    text = "Feri buatan Belanda tahun 1985 tersebut hilang kontak dekat Pulau Nusa, Kamis (6/3)."
    assert slot_of(text, "Kamis (6/3)").measure == "OCCUR"
    fronted = slot_of("At about 5am, firefighters put out the blaze.", "At about 5am", "en")
    assert fronted.measure == "EXTINGUISH"


def test_a_count_of_two_kinds_of_craft_together_is_no_count_of_either() -> None:
    both = slot_of("Eight boats and helicopters combed the bay on Friday.", "Eight", "en")
    ships = slot_of("Twenty boats and four aircraft combed the bay.", "four", "en")
    assert both.measure == "AIRCRAFT+SHIP" and ships.measure == "AIRCRAFT"


def test_it_happened_when_the_plane_took_off_dates_the_take_off() -> None:
    text = (
        "Musibah itu terjadi saat pesawat baru saja lepas landas dari Juanda pada Selasa "
        "(4/3) pukul 10.12 WIB."
    )
    assert slot_of(text, "pukul 10.12 WIB").measure == "TAKE_OFF"
    assert slot_of(text, "Selasa (4/3)").measure == "OCCUR"  # a flight's day is the crash's
    bus = slot_of("Bus itu berangkat dari Jakarta pada Senin (3/3) malam.", "Senin (3/3)")
    assert bus.measure != "OCCUR"  # a departure may fall the night before the crash


def test_n_other_victims_are_more_of_a_kind_unless_the_sentence_counted_another_state() -> None:
    more = slot_of("Meanwhile 6 other victims already identified were buried.", "6", "en")
    assert "OTHERS" in more.qualifiers
    injured = slot_of("The blast killed 11 people and injured 32 other people.", "32", "en")
    assert "OTHERS" not in injured.qualifiers and injured.measure == "INJURED"


def test_people_not_yet_evacuated_or_rescued_are_the_missing() -> None:
    text = "Sixty people were on the slope, among whom 14 were not evacuated."
    assert slot_of(text, "14", "en").measure == "MISSING"
    assert slot_of("Sebanyak 9 pendaki belum dievakuasi.", "Sebanyak 9").measure == "MISSING"
    # other states keep the negation as a qualifier
    assert "NOT" in slot_of("Ada 5 korban yang belum teridentifikasi.", "5").qualifiers


def test_a_depth_is_where_it_lies_whatever_lies_there() -> None:
    pieces = slot_of("Bangkai kapal ditemukan terbelah di kedalaman 640 meter.", "640 meter")
    wreck = slot_of("Puing kapal itu berada pada kedalaman 650 meter.", "650 meter")
    assert pieces.measure == wreck.measure == "DEPTH"


def test_a_thousands_comma_inside_a_conversion_ends_no_clause() -> None:
    text = "The ferry is believed to lie in waters about 400 metres (1,300 feet) deep."
    assert slot_of(text, "about 400 metres", "en").measure == "DEPTH"


def test_speeds_and_temperatures_are_measures_that_meet() -> None:
    assert slot_of("Winds of 75 mph lashed the coast.", "75 mph", "en").measure == "SPEED"
    assert slot_of("Angin berkecepatan 120 km per jam.", "120 km per jam").measure == "SPEED"
    hot = slot_of("Suhu udara mencapai 38 derajat Celsius.", "mencapai 38 derajat Celsius")
    assert (hot.unit_kind, hot.measure) == ("temperature", "TEMPERATURE")
    english = slot_of("Temperatures hit 38 degrees Celsius.", "38 degrees Celsius", "en")
    assert english.measure == hot.measure
    symbol = slot_of("Temperatures hit 38°C on Friday.", "38°C", "en")
    assert symbol.unit_kind == "temperature"


def test_everyone_aboard_counted_together_or_by_a_total_of_a_role() -> None:
    both = slot_of("The ferry was carrying 200 passengers and crew.", "200", "en")
    assert (both.measure, both.roles) == ("PRESENT", frozenset())
    apart = slot_of("The ferry carried 180 passengers and 20 crew.", "180", "en")
    assert apart.roles == frozenset({"PASSENGER"})
    total = slot_of("Total penumpang 62 orang.", "62")
    assert total.measure == "PRESENT"
    missing = slot_of("Twelve people died and a dozen remain unaccounted for.", "a dozen", "en")
    assert missing.measure == "MISSING"  # "remain" is no body's "remains"


def test_wire_copys_four_digit_gmt_time_is_a_reading_not_a_count() -> None:
    from gui.analysis.times import find_times

    found = find_times("The blast was heard at 0745 GMT near the port.")
    assert [(t.text, t.low, t.zone) for t in found] == [("0745 GMT", 7 * 60 + 45, "UTC")]
    # In brackets after a local reading it converts that reading, and counts nothing.
    reads = slots("The quake struck at 9:50 p.m. (1450 GMT) on Monday.", "en")
    assert [r.words for r in reads if r.unit_kind == "time"] == ["at 9:50 p.m."]
    assert not [r for r in reads if r.unit_kind == "count"]
    assert not find_times("The firm sold 1450 cars last year.")


def test_money_for_damage_is_the_loss_in_both_languages() -> None:
    english = slot_of("Damage was estimated at US$3 million.", "US$3 million", "en")
    indonesian = slot_of("Kerugian akibat banjir ditaksir Rp 45 miliar.", "ditaksir Rp 45 miliar")
    assert english.measure == indonesian.measure == "LOSS"


def test_houses_damaged_heavily_and_lightly_are_two_facts_of_houses() -> None:
    text = "Sebanyak 31 rumah rusak berat dan 64 rusak ringan."
    heavy, light = slot_of(text, "Sebanyak 31"), slot_of(text, "64")
    assert heavy.measure == light.measure == "HOUSE:DAMAGED"
    assert heavy.qualifiers == {"SEVERE"} and light.qualifiers == {"LIGHT"}
    every = slot_of("BPBD mencatat 900 rumah rusak dengan kategori ringan hingga berat.", "900")
    assert not every.qualifiers  # a range of severities is every damaged house


def test_a_rate_per_month_is_one_rate_in_both_languages() -> None:
    indonesian = slot_of("Bantuan tunai sebesar Rp 300.000 per bulan diberikan.", "Rp 300.000")
    english = slot_of("Cash aid of Rp 300,000 a month will be paid.", "Rp 300,000", "en")
    assert indonesian.measure == english.measure
    assert "per:MONTH" in indonesian.qualifiers and "per:MONTH" in english.qualifiers
