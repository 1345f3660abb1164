"""What the quantity finder and its rules share: the sentence as they read it (its pieces,
the numbers lexicon, the spans taken by dates and times) and an amount being read.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.analysis.numbers import NumberWords
from gui.analysis.pieces import Piece

DASHES = frozenset({"-", "–", "—"})


@dataclass(slots=True)
class Amount:
    """One amount read at a piece, before its unit, range and hedges are known."""

    end: int  # piece index after the amount (and anything glued to it)
    value: float
    low: float
    high: float
    vague: bool = False
    base: float = 0.0  # value before the scale word, for "10 to 12 thousand"
    scale: float = 1.0
    weak: bool = False  # "satu", "one", "setengah": a count only with a counted noun
    head: str = ""  # a unit glued to the digits: "km" in "20km", "year" in "5-year"
    hedge: str = ""  # a hedge glued to the digits: "1.000-an", "600-odd"


@dataclass(slots=True)
class QuantityContext:
    """One sentence as the quantity finder reads it."""

    text: str
    pieces: list[Piece]  # the sentence's one scan (offsets local to ``text``)
    nw: NumberWords
    language: str
    blocked: list[tuple[int, int]]  # local half-open spans no quantity may overlap
    phones: list[tuple[int, int]]  # local spans of phone numbers
    last_end: int = -1  # piece index where the previous quantity ended


def blocked(ctx: QuantityContext, w: Piece) -> bool:
    """Whether a word lies in an excluded span: "5 persen tahun depan" counts no "tahun"."""
    return any(s < w.end and w.start < e for s, e in ctx.blocked)


def sentence_start(ctx: QuantityContext, j: int) -> bool:
    return all(t.kind == "s" for t in ctx.pieces[:j])
