"""Labels of number, date and time rows: the measure, then the spread of values."""

from __future__ import annotations

from gui.analysis.slot_labels import _day


def test_a_date_that_spans_months_is_labelled_by_its_months() -> None:
    assert _day("2024-09-01/2024-11-30", "id") == "Sep–Nov 2024"  # "musim gugur tahun lalu"
    assert _day("2024-12-01/2025-02-28", "en") == "Dec 2024–Feb 2025"
    assert _day("2025-03-11/2025-03-20", "en") == "Mar 2025"
    assert _day("2025-04-28", "id") == "28 Apr 2025"
