"""The one palette of statuses and agreements, shared by the screen and the Excel export.

Colours are colour-blind safe (Okabe-Ito / ColorBrewer Dark2) and never stand alone: every
status also has a glyph. Text colours are derived from the fills by WCAG contrast, so a fill
change keeps its text readable without a second decision.
"""

from __future__ import annotations

from gui.domain import Agreement, FactKind, Status
from gui.i18n import QT_TRANSLATE_NOOP, translate

BLACK = "#000000"
WHITE = "#FFFFFF"

STATUS_FILL: dict[Status, str] = {
    Status.AGREE: "#1B9E77",
    Status.CONFLICT: "#D55E00",
    Status.PARTIAL: "#E6AB02",
    Status.ABSENT: "#EEEEEE",
}

STATUS_GLYPH: dict[Status, str] = {
    Status.AGREE: "✓",
    Status.CONFLICT: "≠",
    Status.PARTIAL: "~",
    Status.ABSENT: "",
}

# The words below are the catalogue's source texts; ``status_word`` and the others give
# them in the interface's language. Machine-readable exports keep the enum values.
STATUS_WORD: dict[Status, str] = {
    Status.AGREE: QT_TRANSLATE_NOOP("Status", "agree"),
    Status.CONFLICT: QT_TRANSLATE_NOOP("Status", "conflict"),
    Status.PARTIAL: QT_TRANSLATE_NOOP("Status", "partial"),
    Status.ABSENT: QT_TRANSLATE_NOOP("Status", "absent"),
}

STATUS_MEANING: dict[Status, str] = {
    Status.AGREE: QT_TRANSLATE_NOOP("Status", "states the fact with the prevailing value"),
    Status.CONFLICT: QT_TRANSLATE_NOOP("Status", "states a different value"),
    Status.PARTIAL: QT_TRANSLATE_NOOP("Status", "compatible but vaguer or hedged"),
    Status.ABSENT: QT_TRANSLATE_NOOP("Status", "does not mention it"),
}

# A row's agreement reuses the status colour it corresponds to; a single-outlet row gets a
# neutral grey that stays distinct from the lighter grey of an absent cell.
AGREEMENT_FILL: dict[Agreement, str] = {
    Agreement.CONSENSUS: STATUS_FILL[Status.AGREE],
    Agreement.CONFLICT: STATUS_FILL[Status.CONFLICT],
    Agreement.PARTIAL: STATUS_FILL[Status.PARTIAL],
    Agreement.SINGLE: "#BDBDBD",
}

AGREEMENT_WORD: dict[Agreement, str] = {
    Agreement.CONSENSUS: QT_TRANSLATE_NOOP("Agreement", "consensus"),
    Agreement.CONFLICT: QT_TRANSLATE_NOOP("Agreement", "conflict"),
    Agreement.PARTIAL: QT_TRANSLATE_NOOP("Agreement", "partial"),
    Agreement.SINGLE: QT_TRANSLATE_NOOP("Agreement", "single"),
}

AGREEMENT_MEANING: dict[Agreement, str] = {
    Agreement.CONSENSUS: QT_TRANSLATE_NOOP("Agreement", "two or more outlets, no conflict"),
    Agreement.CONFLICT: QT_TRANSLATE_NOOP("Agreement",
                                          "at least one outlet states a different value"),
    Agreement.PARTIAL: QT_TRANSLATE_NOOP("Agreement", "outlets compatible, some vaguer or hedged"),
    Agreement.SINGLE: QT_TRANSLATE_NOOP("Agreement", "one outlet only"),
}  # fmt: skip

KIND_WORD: dict[FactKind, str] = {
    FactKind.QUANTITY: QT_TRANSLATE_NOOP("Kind", "quantity"),
    FactKind.DATE: QT_TRANSLATE_NOOP("Kind", "date"),
    FactKind.TIME: QT_TRANSLATE_NOOP("Kind", "time"),
    FactKind.STATEMENT: QT_TRANSLATE_NOOP("Kind", "statement"),
}


def status_word(status: Status) -> str:
    return translate("Status", STATUS_WORD[status])


def status_meaning(status: Status) -> str:
    return translate("Status", STATUS_MEANING[status])


def agreement_word(agreement: Agreement) -> str:
    return translate("Agreement", AGREEMENT_WORD[agreement])


def agreement_meaning(agreement: Agreement) -> str:
    return translate("Agreement", AGREEMENT_MEANING[agreement])


def kind_word(kind: FactKind) -> str:
    return translate("Kind", KIND_WORD[kind])


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#RRGGBB`` colour, 0 (black) to 1 (white)."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    r, g, b = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two colours, 1 (none) to 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    return BLACK if contrast_ratio(fill, BLACK) >= contrast_ratio(fill, WHITE) else WHITE


STATUS_TEXT: dict[Status, str] = {s: text_colour(c) for s, c in STATUS_FILL.items()}
AGREEMENT_TEXT: dict[Agreement, str] = {a: text_colour(c) for a, c in AGREEMENT_FILL.items()}
