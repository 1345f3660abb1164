"""Which event a date stamps, on sentences written for the test."""

from __future__ import annotations

from datetime import date

from gui.analysis.dates import scan_dates
from tests.analysis.slot_probe import slot_of, slots


def test_a_drill_that_framed_the_happening_dates_the_happening() -> None:
    english = slot_of(
        "The patrol boat lost contact during a gunnery exercise on March 3.", "March 3", "en"
    )
    indonesian = slot_of(
        "Kapal patroli itu hilang kontak saat latihan menembak di perairan Natuna, Selasa (3/3).",
        "Selasa (3/3)",
    )
    assert english.measure == indonesian.measure == "OCCUR"


def test_a_drill_of_its_own_keeps_its_date() -> None:
    assert (
        slot_of("The navy held a gunnery exercise on March 3.", "March 3", "en").measure != "OCCUR"
    )


def test_the_day_a_status_was_declared_is_a_fact_not_a_remark() -> None:
    declared = slot_of("Pada Minggu (9/3), kapal itu dinyatakan tenggelam.", "Minggu (9/3)")
    assert declared.measure == "OCCUR" and "DECLARED" in declared.qualifiers
    remark = "Hal itu dinyatakan Menteri kepada wartawan, Minggu (9/3)."
    assert [r.words for r in slots(remark)] == []


def test_the_victims_of_the_happening_do_not_date_it() -> None:
    text = (
        "Tim DVI resmi menutup proses identifikasi korban kecelakaan pesawat itu pada "
        "Selasa (10/3)."
    )
    closed = slot_of(text, "Selasa (10/3)")
    assert closed.measure == "IDENTIFY"  # not the crash's day
    assert "UNTIL" in closed.qualifiers  # the day the identification ended
    trailing = "Tim DVI menutup identifikasi korban kecelakaan pesawat itu, Selasa (10/3)."
    assert slot_of(trailing, "Selasa (10/3)").measure != "OCCUR"
    assert slot_of("Pesawat itu jatuh pada Selasa (10/3).", "Selasa (10/3)").measure == "OCCUR"


def test_the_day_a_price_was_changed_is_the_happening() -> None:
    raised = slot_of(
        "Pemerintah resmi menaikkan harga BBM per Sabtu (8/3/2025).", "Sabtu (8/3/2025)"
    )
    assert raised.measure == "OCCUR"
    english = "Petrol prices rose by about 25 percent nationwide on Saturday."
    assert slot_of(english, "Saturday", "en").measure == "OCCUR"
    toll = slot_of("Jumlah korban tewas bertambah pada Senin (10/3).", "Senin (10/3)")
    assert toll.measure != "OCCUR"  # a toll that rose is no happening of its own
    tally = "Data BNPB per Sabtu (8/3/2025) mencatat 20 orang tewas."
    assert [r.words for r in slots(tally) if r.unit_kind == "date"] == []


def test_a_fire_tamed_is_a_fire_put_out() -> None:
    text = "Api baru berhasil dijinakkan sekitar tiga jam kemudian atau pukul 05.00 WIB."
    assert slot_of(text, "pukul 05.00 WIB").measure == "EXTINGUISH"


def test_a_possessive_weekday_is_a_date() -> None:
    assert slot_of("Friday's quake killed 12 people.", "Friday", "en").measure == "OCCUR"


def test_a_declaration_dates_its_own_event_only() -> None:
    text = (
        "Kapal itu dinyatakan tenggelam pada Sabtu (8/3/2025) setelah hilang kontak sejak "
        "Rabu (5/3/2025) lalu."
    )
    assert "DECLARED" in slot_of(text, "Sabtu (8/3/2025)").qualifiers
    assert "DECLARED" not in slot_of(text, "Rabu (5/3/2025)").qualifiers


def test_at_the_weekend_is_the_weekend_before_a_weekday_article() -> None:
    # the probe's articles are published on Wednesday 12 March 2025
    found = slots("The volcano erupted at the weekend, killing 13 people.", "en")
    weekend = next(r for r in found if r.unit_kind == "date")
    assert weekend.measure == "OCCUR"
    assert [r.words for r in slots("The weekend edition sold out.", "en")] == []
    found, _ = scan_dates("It erupted at the weekend.", published=date(2025, 3, 12), language="en")
    assert [(d.low, d.high) for d in found] == [(date(2025, 3, 8), date(2025, 3, 9))]


def test_a_relative_that_opens_no_report() -> None:
    text = (
        "The minister announced new prices for petrol that are valid from Saturday, "
        "March 8, 2025, at 14:30 local time."
    )
    assert slot_of(text, "at 14:30 local time", "en").measure == "OCCUR"
    said = "The minister said that the new prices took effect at 14:30 local time."
    assert slot_of(said, "at 14:30 local time", "en").measure == "OCCUR"
