"""The detail pane shows every value an outlet gives for a fact, the decisive one first."""

from __future__ import annotations

from dataclasses import replace

from gui.domain import Analysis, Value
from tests.qt.conftest import HARIAN


def _headline_also_counts(analysis: Analysis) -> Analysis:
    """s1's headline gives the evacuees too ("1.200 Warga Mengungsi")."""
    headline = HARIAN.split("\n", 1)[0]
    at = headline.index("1.200")
    other = Value("1.200", 1200.0, 0, len(headline), at, at + len("1.200"), headline)
    facts = []
    for f in analysis.facts:
        if f.id == "f3":
            cells = dict(f.cells)
            cells["s1"] = replace(cells["s1"], others=(other,))
            f = replace(f, cells=cells)
        facts.append(f)
    return replace(analysis, facts=tuple(facts))


def test_a_cell_with_several_values_shows_the_others_in_their_sentences(window, analysis):
    window.set_analysis(_headline_also_counts(analysis))
    window.select_fact("f3", "s1")
    text = window.detail.toPlainText()
    assert "Also gives (in the order written):" in text
    assert "Banjir Besar Rendam Kota Lestari, 1.200 Warga Mengungsi" in text
    window.select_fact("f3", "s2")  # the fact's other cards carry no history
    assert text.count("Also gives") == 1


def test_a_cell_with_one_value_has_no_history(window):
    window.select_fact("f3", "s1")
    assert "Also gives" not in window.detail.toPlainText()
