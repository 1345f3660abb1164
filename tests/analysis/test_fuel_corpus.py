"""An invented fuel-price rise reported by five Indonesian business outlets: new and old
prices side by side ("naik dari Rp 10.000 menjadi Rp 12.500"), glued units ("Rp12.500/liter"),
budgets in triliun, and a crash this corpus found. Truth in ``corpora/fuel.truth.md``."""

from __future__ import annotations

import pytest

from gui.domain import Agreement, Analysis, FactKind, Status
from tests.analysis.corpus import analyse_corpus, sid, the_row

ALL = ("01", "02", "03", "04", "05")


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse_corpus("fuel", sources=5)


def test_the_new_price_conflicts_and_the_old_price_is_another_row(analysis: Analysis) -> None:
    new = the_row(analysis, FactKind.QUANTITY, "05", 12000)
    assert new.agreement is Agreement.CONFLICT
    assert all(new.cell(sid(analysis, p)).normalized == 12500 for p in ("01", "02", "03", "04"))
    old = the_row(analysis, FactKind.QUANTITY, "01", 10000)
    assert old.id != new.id
    assert old.agreement is Agreement.CONSENSUS
    assert all(old.cell(sid(analysis, p)).status is Status.AGREE for p in ALL)
    assert "(before)" in old.label


def test_subsidy_budget_rounded_agrees_and_transposed_conflicts(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "04", 520e12)
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "01")).status is Status.AGREE  # "Rp 502,4 triliun"
    assert row.cell(sid(analysis, "03")).status is Status.AGREE  # "Rp502 triliun"


def test_glued_prices_and_solar(analysis: Analysis) -> None:
    solar = the_row(analysis, FactKind.QUANTITY, "02", 8900)  # "Rp8.900/liter"
    assert solar.agreement is Agreement.CONSENSUS
    assert all(solar.cell(sid(analysis, p)).status is Status.AGREE for p in ALL)


def test_labels_name_the_measure_then_the_values_outlets_give(analysis: Analysis) -> None:
    new = the_row(analysis, FactKind.QUANTITY, "05", 12000)
    name, _, values = new.label.partition(" — ")
    assert name == "Price"
    # The value most outlets give first, then its rivals: what a reviewer scans for.
    assert values.split(" · ") == ["Rp 12,500", "Rp 12,000"]


def test_a_percentage_rise_in_digits_and_words_and_its_rival(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "05", 20)  # "naik sekitar 20 persen"
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "04")).value == "dua puluh lima persen"
    for prefix in ("01", "03", "04"):
        assert row.cell(sid(analysis, prefix)).status is Status.AGREE
