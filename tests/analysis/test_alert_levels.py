"""Levels of an alert scale, however an outlet writes them, on sentences written for the
test."""

from __future__ import annotations

from gui.analysis import analyze
from gui.analysis.alert_levels import find_levels
from gui.analysis.pieces import scan
from tests.analysis.slot_probe import slots
from tests.analysis.test_align import source


def _levels(text: str) -> list[tuple[str, float]]:
    found, _ = find_levels(text, scan(text))
    return [(q.text, q.value) for q in found]


def test_a_named_level_after_a_status_word() -> None:
    assert _levels("PVMBG menetapkan gunung itu berstatus siaga.") == [("berstatus siaga", 3)]
    assert _levels("Statusnya masih dalam level waspada.") == [("level waspada", 2)]


def test_a_numbered_level_with_its_name_is_one_level() -> None:
    assert _levels("Gunung itu masih berstatus Level II (Waspada) mulai 2019.") == [
        ("berstatus Level II (Waspada)", 2)
    ]
    assert _levels("Status gunung masih Awas Level IV.") == [("Awas Level IV", 4)]


def test_a_rank_from_the_bottom_or_from_the_top_of_a_stated_scale() -> None:
    assert _levels("The mountain sits at the second alert level, on a four-step scale.") == [
        ("second alert level", 2)
    ]
    assert _levels("It sits at the third highest of five alert levels.") == [
        ("third highest of five alert levels", 3)
    ]


def test_a_level_word_without_a_status_is_no_level() -> None:
    assert _levels("Warga diminta tetap waspada dan posko siaga dibuka.") == []
    assert _levels("Officials raised the alert to the highest level.") == []


def test_the_size_of_a_scale_is_no_count() -> None:
    english = [r.words for r in slots("It stayed at the second highest of four levels.", "en")]
    assert english == ["second highest of four levels"]
    indonesian = slots("Gunung itu berada di level kedua dari empat tingkatan.")
    assert [(r.words, r.measure) for r in indonesian] == [("level kedua", "LEVEL")]


def test_written_three_ways_a_level_is_one_value() -> None:
    ways = [
        ("Gunung itu berstatus Waspada sejak 2019.", "id"),
        ("Statusnya Level II (Waspada).", "id"),
        ("The peak is rated third-highest on a scale of four levels, unchanged since 2019.", "en"),
    ]
    found = [slots(text, lang) for text, lang in ways]
    assert all(len(f) >= 1 and f[0].measure == "LEVEL" for f in found)
    assert {_levels(text)[0][1] for text, _ in ways} == {2}
    assert all("PAST" not in f[0].qualifiers for f in found)  # "since 2019": still so


def test_outlets_giving_different_levels_are_one_conflict_row() -> None:
    corpus = [
        source("a", "Gunung\n\nPVMBG menyebut gunung itu berstatus Siaga sejak pekan lalu."),
        source(
            "b", "Volcano\n\nThe volcano is rated third-highest on a scale of four levels.", "en"
        ),
        source("c", "Gunung\n\nStatus gunung itu masih Level II (Waspada)."),
    ]
    rows = [f for f in analyze(corpus).facts if f.label.startswith("Alert level")]
    assert len(rows) == 1, [f.label for f in analyze(corpus).facts]
    assert rows[0].label == "Alert level — II · III"
    statuses = {c.status.value for c in rows[0].cells.values()}
    assert "conflict" in statuses


def test_a_generic_level_or_a_brand_is_no_alert_level() -> None:
    assert _levels("KTVA First Alert meteorologist Dana Reyes says more rain is coming.") == []
    indonesian = slots("Indeks saham ditutup melemah 0,5% ke level 7.100 pada Senin.")
    assert all(r.measure not in ("LEVEL", "ALERT") for r in indonesian)
