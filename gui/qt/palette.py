"""Status colours and glyphs for the views, drawn from the shared ``gui.palette``.

Fills are fixed whatever the system theme (they mean the same on screen and in the Excel
export); the ink drawn on a fill is chosen for contrast, and every status also has a glyph,
so the matrix reads in grey-scale and for colour-blind readers. This module adds what only
the views need: swatches, sort ranks, kind icons and QColor helpers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from gui import palette as shared
from gui.domain import Agreement, FactKind, Status
from gui.i18n import translate

contrast_ratio = shared.contrast_ratio
contrast_ink = shared.text_colour
kind_word = shared.kind_word


@dataclass(frozen=True, slots=True)
class Swatch:
    fill: str  # "#RRGGBB", fixed across themes
    glyph: str  # readable without colour; "" for absent
    context: str  # the catalogue's context of the two texts below
    word_source: str  # the name shown beside the glyph, in English
    meaning_source: str  # one phrase for the legend, in English

    @property
    def ink(self) -> str:
        return contrast_ink(self.fill)

    @property
    def word(self) -> str:
        """The name in the interface's language."""
        return translate(self.context, self.word_source)

    @property
    def meaning(self) -> str:
        return translate(self.context, self.meaning_source)

    @property
    def chip(self) -> str:
        return f"{self.glyph} {self.word}".strip()


STATUS: dict[Status, Swatch] = {
    status: Swatch(
        shared.STATUS_FILL[status],
        shared.STATUS_GLYPH[status],
        "Status",
        shared.STATUS_WORD[status],
        shared.STATUS_MEANING[status],
    )
    for status in Status
}

# A row's agreement wears the glyph of the status it corresponds to; "1" for one outlet.
_AGREEMENT_GLYPH = {
    Agreement.CONSENSUS: shared.STATUS_GLYPH[Status.AGREE],
    Agreement.CONFLICT: shared.STATUS_GLYPH[Status.CONFLICT],
    Agreement.PARTIAL: shared.STATUS_GLYPH[Status.PARTIAL],
    Agreement.SINGLE: "1",
}
# Listed in the order the reviewer reads them: disagreement first.
AGREEMENT: dict[Agreement, Swatch] = {
    agreement: Swatch(
        shared.AGREEMENT_FILL[agreement],
        _AGREEMENT_GLYPH[agreement],
        "Agreement",
        shared.AGREEMENT_WORD[agreement],
        shared.AGREEMENT_MEANING[agreement],
    )
    for agreement in (Agreement.CONFLICT, Agreement.PARTIAL, Agreement.CONSENSUS, Agreement.SINGLE)
}

# Sort ranks: the reviewer's attention goes to disagreement first.
STATUS_RANK: dict[Status, int] = {
    Status.CONFLICT: 0,
    Status.PARTIAL: 1,
    Status.AGREE: 2,
    Status.ABSENT: 3,
}
AGREEMENT_RANK: dict[Agreement, int] = {
    Agreement.CONFLICT: 0,
    Agreement.PARTIAL: 1,
    Agreement.CONSENSUS: 2,
    Agreement.SINGLE: 3,
}

KIND_ICON: dict[FactKind, str] = {
    FactKind.QUANTITY: "mdi6.pound",
    FactKind.DATE: "mdi6.calendar-month-outline",
    FactKind.TIME: "mdi6.clock-outline",
    FactKind.STATEMENT: "mdi6.format-quote-close",
}
KIND_RANK: dict[FactKind, int] = {kind: i for i, kind in enumerate(FactKind)}

# Other mentions inside an excerpt are marked with a neutral translucent tint, readable on
# light and dark backgrounds alike and never confused with a status colour.
MENTION_TINT = "rgba(128, 128, 128, 60)"


def qcolor(hex_colour: str) -> QColor:
    return QColor(hex_colour)


def tint(hex_colour: str, alpha: int) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour
