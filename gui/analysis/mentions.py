"""The numeric mentions of one sentence: dates, then times outside them, then quantities
outside both, all read from one scan of the sentence.

The order is the rule: a number inside a date or a time of day counts nothing ("28 April",
"pukul 10.00"), so each finder is told the spans the earlier ones took.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from gui.analysis.alert_levels import find_levels
from gui.analysis.dates import scan_dates
from gui.analysis.pieces import Piece, scan
from gui.analysis.quantities import find_quantities
from gui.analysis.times import find_times
from gui.domain import DateMention, Quantity, TimeMention


def find_numeric_mentions(
    text: str,
    *,
    offset: int = 0,
    published: date | None = None,
    language: str = "id",
    pieces: Sequence[Piece] | None = None,
) -> tuple[list[Quantity], list[DateMention], list[TimeMention]]:
    """Quantities, dates and times of day of one sentence.

    ``pieces`` is ``scan(text)`` when the caller has scanned the sentence already.
    Date words that cannot be resolved without a publication date ("tahun lalu") are still
    kept out of the quantities, so "dua tahun lalu" never counts two of anything.
    """
    if pieces is None:
        pieces = scan(text)
    if isinstance(published, datetime):
        published = published.date()
    dates, spans = scan_dates(
        text, offset=offset, published=published, language=language, pieces=pieces
    )
    times = find_times(text, offset=offset, exclude=tuple(spans), pieces=pieces)
    levels, level_spans = find_levels(text, pieces, offset)
    spans = [*spans, *((t.start, t.end) for t in times), *level_spans]
    quantities = find_quantities(
        text, offset=offset, language=language, exclude=spans, pieces=pieces
    )
    if levels:
        quantities = sorted([*quantities, *levels], key=lambda q: q.start)
    return quantities, dates, times
