"""Publication times as files carry them: ISO stamps in meta tags, spreadsheet date cells,
Unix timestamps and free-text dates in a table's date column."""

from __future__ import annotations

from datetime import UTC, date, datetime

from gui.ingest.dates import first_date

_MAX_STAMP = 80  # characters; a longer cell is prose, not a date
# Unix timestamps of 2000-01-01 .. 2100-01-01, in seconds or milliseconds
_SECONDS = (946_684_800, 4_102_444_800)
_MILLISECONDS = (_SECONDS[0] * 1000, _SECONDS[1] * 1000)


def parse_published(value: object) -> datetime | None:
    """A naive datetime in the time as written, or None when ``value`` holds no date.

    Accepts datetime and date objects, ISO 8601 ("2025-04-28T07:46:00+07:00", "...Z"),
    Unix timestamps in seconds or milliseconds (read as UTC) and the dateline forms
    :mod:`gui.ingest.dates` reads ("28 April 2025 11:07", "28/04/2025").
    """
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _timestamp(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _MAX_STAMP:
        return None
    if text.isascii() and text.isdigit():
        stamp = _timestamp(float(text))
        if stamp is not None:
            return stamp
    try:
        # the zone is dropped: the wall-clock time as the outlet printed it is what counts
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return first_date(text)


def _timestamp(value: float) -> datetime | None:
    if _MILLISECONDS[0] <= value < _MILLISECONDS[1]:
        value /= 1000
    elif not _SECONDS[0] <= value < _SECONDS[1]:
        return None
    return datetime.fromtimestamp(value, UTC).replace(tzinfo=None)
