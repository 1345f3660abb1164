"""Where an announcement was made, on articles written for the test."""

from __future__ import annotations

from gui.analysis import analyze
from tests.analysis.test_align import source


def _venues(corpus: list) -> list:  # type: ignore[type-arg]
    return [f for f in analyze(corpus).facts if f.label.startswith("Venue")]


def test_one_palace_in_two_languages_and_another_one_conflict() -> None:
    corpus = [
        source(
            "a",
            "Harga\n\nMenteri mengumumkan kenaikan tarif listrik dalam jumpa pers di Istana "
            "Bogor, Jawa Barat, Senin (2/3).",
        ),
        source(
            "b",
            "Tariff\n\nThe minister announced the new tariff on Monday, telling a briefing "
            "held at the Bogor Palace.",
            "en",
        ),
        source(
            "c",
            "Tarif\n\nKenaikan tarif itu diumumkan dalam konferensi pers di Istana Negara, "
            "Jakarta.",
        ),
    ]
    rows = _venues(corpus)
    assert len(rows) == 1
    cells = rows[0].cells
    assert cells["a"].status.value == cells["b"].status.value == "agree"
    assert cells["c"].status.value == "conflict"
    assert cells["b"].value == "Bogor Palace" and cells["c"].value == "Istana Negara"


def test_a_city_is_where_not_a_venue() -> None:
    corpus = [
        source("a", "Harga\n\nMenteri mengumumkan kenaikan tarif dalam jumpa pers di Jakarta."),
        source(
            "b",
            "Tariff\n\nThe minister announced the rise at a press conference in Bogor.",
            "en",
        ),
    ]
    assert _venues(corpus) == []


def test_the_venue_s_name_is_the_decisive_words() -> None:
    corpus = [
        source("a", "Tarif\n\nMenteri mengumumkan tarif baru dalam jumpa pers di Istana Bogor."),
        source("b", "Tariff\n\nHe told a news briefing held at the Bogor Palace.", "en"),
    ]
    analysis = analyze(corpus)
    row = next(f for f in analysis.facts if f.label.startswith("Venue"))
    text = {s.id: s.text for s in analysis.sources}
    assert {text[sid][c.value_start : c.value_end] for sid, c in row.cells.items()} == {
        "Istana Bogor",
        "Bogor Palace",
    }
