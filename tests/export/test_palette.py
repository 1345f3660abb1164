from __future__ import annotations

import pytest

from gui.domain import Agreement, Status
from gui.palette import (
    AGREEMENT_FILL,
    AGREEMENT_TEXT,
    BLACK,
    STATUS_FILL,
    STATUS_GLYPH,
    STATUS_TEXT,
    WHITE,
    contrast_ratio,
    relative_luminance,
    text_colour,
)


def test_design_colours_and_glyphs() -> None:
    assert STATUS_FILL == {
        Status.AGREE: "#1B9E77",
        Status.CONFLICT: "#D55E00",
        Status.PARTIAL: "#E6AB02",
        Status.ABSENT: "#EEEEEE",
    }
    assert STATUS_GLYPH == {
        Status.AGREE: "✓",
        Status.CONFLICT: "≠",
        Status.PARTIAL: "~",
        Status.ABSENT: "",
    }


@pytest.mark.parametrize("status", list(Status))
def test_status_text_reads_well_on_its_fill(status: Status) -> None:
    # WCAG AA for normal text.
    assert contrast_ratio(STATUS_TEXT[status], STATUS_FILL[status]) >= 4.5


@pytest.mark.parametrize("agreement", list(Agreement))
def test_agreement_text_reads_well_on_its_fill(agreement: Agreement) -> None:
    assert contrast_ratio(AGREEMENT_TEXT[agreement], AGREEMENT_FILL[agreement]) >= 4.5


def test_every_agreement_fill_is_distinct_from_an_absent_cell() -> None:
    assert STATUS_FILL[Status.ABSENT] not in AGREEMENT_FILL.values()
    assert len(set(AGREEMENT_FILL.values())) == len(Agreement)


def test_luminance_and_contrast() -> None:
    assert relative_luminance(WHITE) == pytest.approx(1.0)
    assert relative_luminance(BLACK) == pytest.approx(0.0)
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert text_colour("#1A237E") == WHITE  # dark navy
    assert text_colour("#FFF59D") == BLACK  # pale yellow
    with pytest.raises(ValueError, match="#RRGGBB"):
        relative_luminance("#abc")
