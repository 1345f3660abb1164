"""Labels of number, date and time rows: the measure, then the spread of values."""

from __future__ import annotations

from gui.analysis import analyze
from gui.analysis.slot_labels import _day
from tests.analysis.test_align import source


def test_a_date_that_spans_months_is_labelled_by_its_months() -> None:
    assert _day("2024-09-01/2024-11-30", "id") == "Sep–Nov 2024"  # "musim gugur tahun lalu"
    assert _day("2024-12-01/2025-02-28", "en") == "Dec 2024–Feb 2025"
    assert _day("2025-03-11/2025-03-20", "en") == "Mar 2025"
    assert _day("2025-04-28", "id") == "28 Apr 2025"


def test_a_measure_read_from_a_word_is_labelled_with_the_word_as_written() -> None:
    corpus = [
        source("a", "Pendaki turun\n\nHingga malam, ada 21 pendaki yang sudah turun."),
        source("b", "Climbers\n\nBy nightfall 18 climbers who had come down were safe.", "en"),
        source("c", "Relawan\n\nSebanyak 12 relawan membuka 3 posko di desa itu."),
    ]
    labels = [f.label for f in analyze(corpus).facts]
    assert any(label.startswith("Number (turun) — 21") for label in labels), labels
    assert not any("~" in label for label in labels), labels


def test_a_count_of_two_things_together_names_both() -> None:
    corpus = [
        source("a", "Search\n\nA dozen helicopters and ships searched the bay.", "en"),
        source("b", "Cari\n\nSebanyak 14 helikopter dan kapal menyisir teluk itu."),
    ]
    labels = [f.label for f in analyze(corpus).facts]
    assert any(" + " in label and "12" in label and "14" in label for label in labels), labels


def test_a_weekend_is_labelled_by_its_days() -> None:
    assert _day("2025-03-08/2025-03-09", "en") == "8–9 Mar 2025"
