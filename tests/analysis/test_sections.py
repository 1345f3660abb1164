"""What one block or ward of a place holds is not what the whole place holds, on sentences
written for the test."""

from __future__ import annotations

from tests.analysis.slot_probe import slot_of, slots


def test_a_blocks_inmates_are_not_the_whole_prisons() -> None:
    text = "Lapas itu dihuni 900 orang, dan Blok D yang terbakar dihuni 85 orang."
    whole, block = slot_of(text, "900"), slot_of(text, "85")
    assert whole.measure == block.measure == "PRESENT"
    assert "SECTION" in block.qualifiers and "SECTION" not in whole.qualifiers


def test_the_same_holds_in_english() -> None:
    text = "The jail holds 900 inmates and the burned Block D had 85 inmates, he said."
    assert "SECTION" not in slot_of(text, "900", "en").qualifiers
    assert "SECTION" in slot_of(text, "85", "en").qualifiers


def test_a_blocks_capacity_is_not_the_prisons() -> None:
    block = slot_of("Blok D hanya berkapasitas 30 orang.", "30")
    prison = slot_of("Lapas itu berkapasitas 500 orang.", "500")
    assert block.measure == prison.measure == "CAPACITY"
    assert block.qualifiers == {"SECTION"} and not prison.qualifiers


def test_a_number_of_blocks_counts_blocks() -> None:
    counted = slot_of("Lapas itu memiliki tujuh blok hunian.", "tujuh")
    assert counted.measure.startswith("~blok")


def test_one_after_dalam_or_within_is_no_count() -> None:
    assert [r.words for r in slots("Dalam satu blok terdapat beberapa sel tahanan.")] == []
    assert [r.words for r in slots("The fire stayed within one block.", "en")] == []
