"""The day an article's bare weekdays and "kemarin" resolve against."""

from __future__ import annotations

from datetime import date, datetime

from gui.analysis.pipeline import reference_dates
from gui.domain import Source


def _source(sid: str, text: str, published: datetime | None = None) -> Source:
    return Source(
        id=sid, outlet=sid, title="", text=text, path="", language="id", published=published
    )


def test_an_undated_article_is_dated_by_the_days_it_is_about_not_a_case_it_recalls() -> None:
    text = (
        "Kapal latih itu hilang kontak pada Rabu (5/3/2025). Tim SAR menemukan serpihan pada "
        "Jumat (7/3/2025). Kasus serupa pernah terjadi pada 12 Januari 2019, ketika sebuah "
        "kapal hilang di perairan yang sama."
    )
    assert reference_dates([_source("s1", text)])["s1"] == date(2025, 3, 7)


def test_the_publication_date_wins_and_dates_an_article_that_names_no_day() -> None:
    dated = _source("s1", "Banjir melanda Bekasi.", datetime(2025, 3, 9, 8, 0))
    named = _source("s2", "Banjir melanda Bekasi pada Senin (3/3/2025).")
    bare = _source("s3", "Banjir melanda Bekasi kemarin.")
    refs = reference_dates([dated, named, bare])
    assert refs == {"s1": date(2025, 3, 9), "s2": date(2025, 3, 3), "s3": date(2025, 3, 9)}


def test_a_day_counted_from_a_borrowed_reference_is_vaguer_never_a_rival() -> None:
    from gui.analysis import analyze
    from gui.domain import Agreement, FactKind, Status

    dated = [
        _source(
            f"s{i}",
            "Gunung Arvani meletus pada Minggu (2/3/2025) dan memaksa 400 warga mengungsi.",
            datetime(2025, 3, 3, 9, 0),
        )
        for i in (1, 2)
    ]
    # Undated, and naming no day of its own: its "two days ago" counts from the corpus' day.
    undated = Source(
        id="s3",
        outlet="s3",
        title="",
        text="Mount Arvani erupted two days ago, forcing 400 residents to flee.",
        path="",
        language="en",
        published=None,
    )
    facts = analyze([*dated, undated]).facts
    row = next(f for f in facts if f.kind is FactKind.DATE and "s3" in f.cells)
    assert {"s1", "s2"} <= set(row.cells)
    assert row.cells["s3"].status is Status.PARTIAL
    assert row.agreement is not Agreement.CONFLICT


def test_a_day_months_from_the_corpus_gives_way_to_the_corpus_day() -> None:
    # A page's later update date (or page furniture) months after the others: the story's
    # "Rabu lalu" still counts from the corpus' day, and the article is marked as borrowing it.
    sources = [
        _source("s1", "Banjir melanda Bekasi.", datetime(2025, 3, 9)),
        _source("s2", "Banjir melanda Bekasi.", datetime(2025, 3, 10)),
        _source("s3", "Banjir melanda Bekasi.", datetime(2025, 3, 11)),
        _source("s4", "Banjir melanda Bekasi, Rabu lalu.", datetime(2028, 11, 25)),
    ]
    borrowed: set[str] = set()
    refs = reference_dates(sources, borrowed)
    assert refs["s4"] == date(2025, 3, 11) and borrowed == {"s4"}  # the middle of the four
    assert refs["s1"] == date(2025, 3, 9)
