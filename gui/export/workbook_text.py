"""The words a workbook shows (sheet names, column headings, the Summary's labels), in the
interface's language; the machine-readable exports (JSON, CSV) keep their English keys."""

from __future__ import annotations

from gui.domain import Origin
from gui.i18n import QT_TRANSLATE_NOOP, translate

# Source texts of the catalogue, context "Workbook"; ``word`` translates one.
SHEETS = {
    "matrix": QT_TRANSLATE_NOOP("Workbook", "Matrix"),
    "evidence": QT_TRANSLATE_NOOP("Workbook", "Evidence"),
    "sources": QT_TRANSLATE_NOOP("Workbook", "Sources"),
    "summary": QT_TRANSLATE_NOOP("Workbook", "Summary"),
}

MATRIX_HEADERS = {
    "id": QT_TRANSLATE_NOOP("Workbook", "Id"),
    "label": QT_TRANSLATE_NOOP("Workbook", "Fact"),
    "kind": QT_TRANSLATE_NOOP("Workbook", "Kind"),
    "coverage": QT_TRANSLATE_NOOP("Workbook", "Coverage"),
    "agreement": QT_TRANSLATE_NOOP("Workbook", "Agreement"),
}
EVIDENCE_HEADERS = {
    "fact_id": QT_TRANSLATE_NOOP("Workbook", "Fact id"),
    "fact": QT_TRANSLATE_NOOP("Workbook", "Fact"),
    "source_id": QT_TRANSLATE_NOOP("Workbook", "Source id"),
    "outlet": QT_TRANSLATE_NOOP("Workbook", "Outlet"),
    "status": QT_TRANSLATE_NOOP("Workbook", "Status"),
    "value": QT_TRANSLATE_NOOP("Workbook", "Value"),
    "normalized": QT_TRANSLATE_NOOP("Workbook", "Normalised value"),
    "sentence": QT_TRANSLATE_NOOP("Workbook", "Sentence"),
    "start": QT_TRANSLATE_NOOP("Workbook", "Start"),
    "end": QT_TRANSLATE_NOOP("Workbook", "End"),
    "reviewed": QT_TRANSLATE_NOOP("Workbook", "Reviewed"),
    "note": QT_TRANSLATE_NOOP("Workbook", "Note"),
    "origin": QT_TRANSLATE_NOOP("Workbook", "Origin"),
    "fact_note": QT_TRANSLATE_NOOP("Workbook", "Fact note"),
    "decided_by": QT_TRANSLATE_NOOP("Workbook", "Decided by"),
}
SOURCE_HEADERS = {
    "source_id": QT_TRANSLATE_NOOP("Workbook", "Source id"),
    "outlet": QT_TRANSLATE_NOOP("Workbook", "Outlet"),
    "title": QT_TRANSLATE_NOOP("Workbook", "Title"),
    "published": QT_TRANSLATE_NOOP("Workbook", "Published"),
    "language": QT_TRANSLATE_NOOP("Workbook", "Language"),
    "file": QT_TRANSLATE_NOOP("Workbook", "File"),
    "words": QT_TRANSLATE_NOOP("Workbook", "Words"),
    "url": QT_TRANSLATE_NOOP("Workbook", "URL"),
    "copy_of": QT_TRANSLATE_NOOP("Workbook", "Copy of"),
    "published_from": QT_TRANSLATE_NOOP("Workbook", "Date read"),
}
# The Summary sheet's labels.
SUMMARY_WORDS = (
    QT_TRANSLATE_NOOP("Workbook", "Claims matrix"),
    QT_TRANSLATE_NOOP("Workbook", "Made"),
    QT_TRANSLATE_NOOP("Workbook", "Scope"),
    QT_TRANSLATE_NOOP("Workbook", "all facts, all outlets"),
    QT_TRANSLATE_NOOP("Workbook", "Facts"),
    QT_TRANSLATE_NOOP("Workbook", "Outlets"),
    QT_TRANSLATE_NOOP("Workbook", "(none)"),
    QT_TRANSLATE_NOOP("Workbook", "From files"),
    QT_TRANSLATE_NOOP("Workbook", "Files not used"),
    QT_TRANSLATE_NOOP("Workbook", "Facts by agreement"),
    QT_TRANSLATE_NOOP("Workbook", "Meaning"),
    QT_TRANSLATE_NOOP("Workbook", "Legend"),
    QT_TRANSLATE_NOOP("Workbook", "Glyph"),
    QT_TRANSLATE_NOOP("Workbook", "Colour"),
    QT_TRANSLATE_NOOP("Workbook", "(blank)"),
    QT_TRANSLATE_NOOP("Workbook", "Facts per outlet"),
)

ORIGINS = {
    Origin.MACHINE: QT_TRANSLATE_NOOP("Workbook", "machine"),
    Origin.MANUAL: QT_TRANSLATE_NOOP("Workbook", "manual"),
    Origin.ORPHANED: QT_TRANSLATE_NOOP("Workbook", "orphaned"),
}


def word(text: str) -> str:
    """One of the texts above in the interface's language."""
    return translate("Workbook", text)


def sheet_name(key: str) -> str:
    """A sheet's title: "Matrix", "Evidence", "Sources", "Summary" (or their translation)."""
    return word(SHEETS[key])


def headers(names: dict[str, str], columns: list[str] | tuple[str, ...]) -> list[str]:
    return [word(names[c]) for c in columns]


def origin_word(origin: str) -> str:
    try:
        return word(ORIGINS[Origin(origin)])
    except ValueError:
        return origin
