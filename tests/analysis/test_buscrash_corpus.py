"""An invented bus crash reported by five Indonesian outlets (three as saved web pages with
menus, sidebars of other headlines and scripts) and one English outlet, with an earlier crash
on the same road as a trap. Truth in ``corpora/buscrash.truth.md``."""

from __future__ import annotations

from datetime import datetime

import pytest

from gui.domain import Agreement, Analysis, FactKind, Status
from tests.analysis.corpus import analyse_corpus, sid, the_row


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse_corpus("buscrash", sources=6)


def test_saved_pages_give_their_outlet_date_and_headline(analysis: Analysis) -> None:
    page = analysis.sources[0]  # 01_detaknews.html
    assert page.outlet == "DetakNews"
    assert page.published is not None and page.published.date() == datetime(2026, 5, 9).date()
    assert page.title.startswith("Bus Rombongan Pelajar")
    assert "Terpopuler" not in page.text and "<script" not in page.text
    # An all-capitals masthead above the headline is not the headline.
    assert analysis.sources[5].title.startswith("11 killed as bus")


def test_deaths_injured_and_passengers_each_have_one_rival(analysis: Analysis) -> None:
    for prefix, value, rival in (("01", 11, 12), ("01", 32, 34), ("01", 45, 47)):
        row = the_row(analysis, FactKind.QUANTITY, prefix, value)
        assert row.agreement is Agreement.CONFLICT, row.label
        assert row.cell(sid(analysis, "03")).normalized == rival
        assert row.cell(sid(analysis, "03")).status is Status.CONFLICT


def test_the_earlier_crash_and_the_compensations_raise_no_conflict(analysis: Analysis) -> None:
    conflicts = [f for f in analysis.facts if f.agreement is Agreement.CONFLICT]
    # Deaths, injured and passengers, and 05's "Jumat malam" against Saturday (a planted
    # conflict of the truth): nothing of the 2019 crash or of the compensations.
    assert len(conflicts) == 4, [f.label for f in conflicts]
    day = next(f for f in conflicts if f.kind is FactKind.DATE)
    assert day.cell(sid(analysis, "05")).value == "Jumat"
    assert day.cell(sid(analysis, "05")).status is Status.CONFLICT
