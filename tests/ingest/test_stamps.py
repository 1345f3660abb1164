"""Publication times as files carry them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from gui.ingest.stamps import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-28T07:46:00+07:00", datetime(2025, 4, 28, 7, 46)),  # wall clock kept
        ("2025-04-28T00:46:00Z", datetime(2025, 4, 28, 0, 46)),
        ("2025-04-28", datetime(2025, 4, 28)),
        ("28 April 2025 11:07", datetime(2025, 4, 28, 11, 7)),
        ("Senin, 28/04/2025", datetime(2025, 4, 28)),
        ("20250428", datetime(2025, 4, 28)),
        ("1745800000", datetime(2025, 4, 28, 0, 26, 40)),  # Unix seconds, UTC
        (1745800000000, datetime(2025, 4, 28, 0, 26, 40)),  # milliseconds
        (
            datetime(2025, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=7))),
            datetime(2025, 1, 2, 3, 4),
        ),
        (date(2025, 1, 2), datetime(2025, 1, 2)),
    ],
)
def test_dates_read(value: object, expected: datetime) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "   ", "kemarin sore", "x" * 200, "²", "nan", float("nan"), float("inf"), 12, True, None,
     [2025], 99_999_999_999_999_999],
)  # fmt: skip
def test_no_date(value: object) -> None:
    assert parse_published(value) is None


def test_timestamps_are_naive() -> None:
    stamp = parse_published(datetime(2025, 1, 2, tzinfo=UTC))
    assert stamp is not None and stamp.tzinfo is None


def test_a_month_name_with_a_damaged_letter_is_read_or_refused_never_raised() -> None:
    # "ı" (dotless) matches the month pattern without case, but is no key of the month table
    assert parse_published("13 Februarı 2025 09:40") == datetime(2025, 2, 13, 9, 40)
