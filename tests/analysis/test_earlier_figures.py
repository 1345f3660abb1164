"""An outlet's earlier figure of a tally is history in its cell, not a row of its own, on
articles written for the test."""

from __future__ import annotations

from gui.analysis import analyze
from tests.analysis.slot_probe import slot_of
from tests.analysis.test_align import source


def test_an_earlier_tally_joins_the_row_and_the_cell_shows_the_current_one() -> None:
    corpus = [
        source(
            "a",
            "Banjir\n\nKorban tewas banjir bertambah menjadi 14 orang. Sebelumnya, 9 orang "
            "dilaporkan meninggal dan 3 orang luka berat.",
        ),
        source("b", "Flood\n\nFourteen people died in the flood, officials said.", "en"),
        source("c", "Banjir\n\nSebanyak 3 orang luka berat akibat banjir itu."),
    ]
    facts = analyze(corpus).facts
    deaths = [f for f in facts if f.label.startswith("Deaths")]
    assert len(deaths) == 1, [f.label for f in facts]
    cell = deaths[0].cells["a"]
    assert cell.normalized == 14 and [o.normalized for o in cell.others] == [9]
    assert "initial" not in deaths[0].label and "before" not in deaths[0].label
    injured = [f for f in facts if f.label.startswith("Injured")]
    assert len(injured) == 1 and {"a", "c"} <= set(injured[0].cells), [f.label for f in facts]


def test_a_length_that_stood_at_one_point_stays_apart() -> None:
    earlier = slot_of("Antrean kendaraan sempat mengular hingga 4 kilometer.", "hingga 4 kilometer")
    assert "SUPERSEDED" in earlier.qualifiers  # a measure's "sempat" is no tally's history


def test_a_participle_yields_to_the_finite_verb_past_its_clause() -> None:
    text = "Officials said that 12 people trapped after the landslide had been evacuated."
    assert slot_of(text, "12", "en").measure == "EVACUATED"
    assert slot_of("Twelve were trapped after the landslide.", "Twelve", "en").measure == "PRESENT"
