"""How a cell and a date read, in the window and in every human-readable export alike.

One text per cell: the status glyph, then the outlet's value as short as the matrix needs it
(dates from their normalised form, so outlets writing in different languages line up;
quantities in the outlet's own words, hedges included); a statement shows its status word.
Month names and status words follow the interface's language.
"""

from __future__ import annotations

from datetime import date, datetime

from gui.domain import Cell, FactKind, Source, Status
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.palette import STATUS_GLYPH, status_word

MONTHS = (
    QT_TRANSLATE_NOOP("Month", "Jan"),
    QT_TRANSLATE_NOOP("Month", "Feb"),
    QT_TRANSLATE_NOOP("Month", "Mar"),
    QT_TRANSLATE_NOOP("Month", "Apr"),
    QT_TRANSLATE_NOOP("Month", "May"),
    QT_TRANSLATE_NOOP("Month", "Jun"),
    QT_TRANSLATE_NOOP("Month", "Jul"),
    QT_TRANSLATE_NOOP("Month", "Aug"),
    QT_TRANSLATE_NOOP("Month", "Sep"),
    QT_TRANSLATE_NOOP("Month", "Oct"),
    QT_TRANSLATE_NOOP("Month", "Nov"),
    QT_TRANSLATE_NOOP("Month", "Dec"),
)


def month(number: int) -> str:
    """The short month name, 1 = January, in the interface's language."""
    return translate("Month", MONTHS[number - 1])


def format_day(day: date) -> str:
    """ "28 Apr 2025" ("28 Apr 2025" in Indonesian too; "5 Mei 2025")."""
    return f"{day.day} {month(day.month)} {day.year}"


def has_time(when: datetime) -> bool:
    """Whether a publication time says more than the day: a date-only stamp is midnight."""
    return (when.hour, when.minute, when.second) != (0, 0, 0)


def format_published(when: datetime) -> str:
    """ "28 Apr 2025, 11:07"; the time is left out when the outlet gave none."""
    day = format_day(when.date())
    return f"{day}, {when:%H:%M}" if has_time(when) else day


def format_value(kind: FactKind, cell: Cell) -> str:
    """The value an outlet gives, as short as the matrix needs it."""
    if cell.status is Status.ABSENT or kind is FactKind.STATEMENT:
        return ""
    if kind is FactKind.DATE and isinstance(cell.normalized, str):
        shown = _format_iso(cell.normalized)
        if shown:
            return shown
    if kind is FactKind.TIME and isinstance(cell.normalized, str):
        return cell.normalized  # "14:47 WIB": one clock for outlets writing "2:47 pm"
    if cell.value:
        return " ".join(cell.value.split())
    if isinstance(cell.normalized, float | int):
        return f"{cell.normalized:,.10g}"
    return ""


def cell_text(kind: FactKind, cell: Cell) -> str:
    """Glyph and value: "≠ 18.000", "✓ 28 Apr 2025"; statements get glyph and status word;
    blank when the outlet does not mention the fact."""
    if cell.status is Status.ABSENT:
        return ""
    value = format_value(kind, cell)
    glyph = STATUS_GLYPH[cell.status]
    return f"{glyph} {value}" if value else f"{glyph} {status_word(cell.status)}".strip()


def _format_iso(value: str) -> str:
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return format_day(date(int(parts[0]), int(parts[1]), int(parts[2])))
        if len(parts) == 2 and 1 <= int(parts[1]) <= 12:
            return f"{month(int(parts[1]))} {int(parts[0])}"
        if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 4:
            return parts[0]
    except ValueError:
        return ""
    return ""


ORIGINS = {  # how Source.published_from names where a date was read
    "dateline": QT_TRANSLATE_NOOP("Display", "from the dateline “{words}”"),
    "lead": QT_TRANSLATE_NOOP("Display", "from the lead: “{words}”"),
    "file": QT_TRANSLATE_NOOP("Display", "from the file's own data ({words})"),
}
ORIGIN_WORDS = {  # the same, in one word, beside a date
    "dateline": QT_TRANSLATE_NOOP("Display", "dateline"),
    "lead": QT_TRANSLATE_NOOP("Display", "lead"),
    "file": QT_TRANSLATE_NOOP("Display", "file"),
}


def published_origin(source: Source) -> str:
    """Where the publication date was read, in words: "from the dateline “Senin, 5 Mei
    2025 10:15 WIB”"; "" when not known."""
    how, _, words = source.published_from.partition("\t")
    if how not in ORIGINS:
        return ""
    return translate("Display", ORIGINS[how]).format(words=words)


def published_origin_word(source: Source) -> str:
    """ "dateline", "lead" or "file" in the interface's language; "" when not known."""
    how = source.published_from.partition("\t")[0]
    return translate("Display", ORIGIN_WORDS[how]) if how in ORIGIN_WORDS else ""
