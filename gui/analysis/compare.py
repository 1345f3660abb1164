"""Comparison: within one row, which outlets agree, conflict, or say something vaguer.

The reference value is the most precise value that most outlets' words allow. A cell agrees
when its value is the reference (an approximate "sekitar 14.000" agrees with 14.000), is
partial when its range contains the reference but says less ("ratusan" for 600, "tahun lalu"
for June 2024), and conflicts when its range excludes the reference (18.000 against 14.000;
27 against 28 April). Statements conflict only through negation and are partial when hedged
against an unhedged majority.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from gui.analysis.claims import Claim
from gui.domain import Cell, DateMention, Quantity, Status


def value_range(q: Quantity) -> tuple[float, float]:
    """What the words allow, read as a reporter writes: rounding and loose magnitudes included.

    "54%" may be a rounded 54.2%, so a percentage or decimal spans half its last shown digit.
    "ratusan" strictly means 200 or more, but reporters write it of 187 passengers too: loose,
    not a contradiction, so a vague word's range reaches down to its first unit.
    """
    low, high = q.low, q.high
    if q.vague:
        return low / 2, high
    if q.approx:
        return low, high
    digits = re.search(r"\d+(?:[.,]\d+)?", q.text)
    shown = digits.group() if digits else ""
    decimals = 0
    if re.search(r"[.,]\d{1,2}$", shown):
        decimals = len(shown.replace(",", ".").split(".")[1])
    if q.unit != "%" and not decimals:
        return low, high  # a whole count is exact
    # "54%", "6,2", "Rp 1,2 triliun": the last shown digit is rounded, in the scale written.
    written = float(shown.replace(",", ".")) if decimals else 0.0
    scale = q.value / written if written else 1.0
    half = 0.5 * 10**-decimals * scale
    return low - half, high + half


def _interval(claim: Claim) -> tuple[float, float, float]:
    a = claim.anchor
    if isinstance(a, Quantity):
        low, high = value_range(a)
        return low, high, a.value
    if isinstance(a, DateMention):
        lo, hi = a.low.toordinal(), a.high.toordinal()
        return float(lo), float(hi), (lo + hi) / 2
    return 0.0, 0.0, 0.0


def _precise(claim: Claim) -> bool:
    a = claim.anchor
    if isinstance(a, Quantity):
        return (
            not a.vague
            and a.low <= a.value <= a.high
            and (a.high - a.low) <= 0.25 * max(a.value, 1)
        )
    if isinstance(a, DateMention):
        return a.precision == "day" or (a.precision == "month" and not a.relative)
    return True


def _same_value(a: Claim, b: Claim) -> bool:
    qa, qb = a.anchor, b.anchor
    if isinstance(qa, Quantity) and isinstance(qb, Quantity):
        if qa.vague or qb.vague:
            return qa.vague == qb.vague and qa.low == qb.low and qa.high == qb.high
        return abs(qa.value - qb.value) <= 0.005 * max(abs(qa.value), abs(qb.value), 1)
    if isinstance(qa, DateMention) and isinstance(qb, DateMention):
        return qa.low == qb.low and qa.high == qb.high
    return True


def statuses(claims: Sequence[Claim]) -> list[Status]:
    """The status of each claim of one row, in the order given."""
    if not claims:
        return []
    if claims[0].anchor is None or not isinstance(claims[0].anchor, Quantity | DateMention):
        return _statement_statuses(claims)
    reference = _reference(claims)
    lo_r, hi_r, _ = _interval(reference)
    out = []
    for c in claims:
        lo, hi, _ = _interval(c)
        if _same_value(c, reference):
            out.append(Status.AGREE)
        elif lo <= hi_r and lo_r <= hi:
            out.append(Status.PARTIAL)
        else:
            out.append(Status.CONFLICT)
    return out


def _value_key(claim: Claim) -> tuple[object, ...]:
    """Everything about a claim's value that the comparison reads: equal keys, equal verdicts."""
    a = claim.anchor
    if isinstance(a, Quantity):
        return ("q", a.text, a.value, a.low, a.high, a.approx, a.vague, a.unit)
    if isinstance(a, DateMention):
        return ("d", a.low, a.high, a.precision, a.relative)
    return ("c", claim.id)


def _reference(claims: Sequence[Claim]) -> Claim:
    """The value most outlets support, the most precise among equals, the earliest source last."""
    # Hundreds of outlets give a handful of distinct values: count support per value, so a
    # row costs the square of its values, not of its cells.
    counts: dict[tuple[object, ...], int] = {}
    example: dict[tuple[object, ...], Claim] = {}
    for c in claims:
        key = _value_key(c)
        counts[key] = counts.get(key, 0) + 1
        example.setdefault(key, c)

    def support(c: Claim) -> int:
        lo, hi, _ = _interval(c)
        n = 0
        for key, other in example.items():
            olo, ohi, _ = _interval(other)
            if _same_value(c, other) or (not _precise(other) and olo <= lo and hi <= ohi):
                n += counts[key]
        return n

    supported = {key: support(c) for key, c in example.items()}

    def width(c: Claim) -> float:
        lo, hi, _ = _interval(c)
        return hi - lo

    return min(
        claims,
        key=lambda c: (
            -int(_precise(c)),
            -supported[_value_key(c)],
            width(c),
            c.source_index,
            c.sentence.start,
        ),
    )


def _statement_statuses(claims: Sequence[Claim]) -> list[Status]:
    negated = sum(c.negated for c in claims)
    majority_negated = negated * 2 > len(claims)
    hedged = sum(c.hedged for c in claims)
    majority_hedged = hedged * 2 >= len(claims)
    out = []
    for c in claims:
        if c.negated != majority_negated and len(claims) > 1:
            out.append(Status.CONFLICT)
        elif c.hedged and not majority_hedged:
            out.append(Status.PARTIAL)
        else:
            out.append(Status.AGREE)
    return out


def normalized(claim: Claim) -> float | str | None:
    a = claim.anchor
    if isinstance(a, Quantity):
        return int(a.value) if float(a.value).is_integer() else a.value
    if isinstance(a, DateMention):
        return _iso(a)
    return None


def _iso(d: DateMention) -> str:
    if d.precision == "year" or (
        d.low.month == 1 and d.low.day == 1 and d.high == date(d.low.year, 12, 31)
    ):
        return f"{d.low.year:04d}"
    if d.precision == "month" or (
        d.low.day == 1
        and d.low.month == d.high.month
        and d.low.year == d.high.year
        and d.low != d.high
    ):
        return f"{d.low.year:04d}-{d.low.month:02d}"
    if d.low == d.high:
        return d.low.isoformat()
    return f"{d.low.isoformat()}/{d.high.isoformat()}"


def make_cell(claim: Claim, status: Status) -> Cell:
    a = claim.anchor
    s = claim.sentence
    value = a.text if isinstance(a, Quantity | DateMention) else ""
    vs, ve = claim.value_span
    return Cell(
        status=status,
        value=value,
        normalized=normalized(claim),
        excerpt=s.text,
        start=s.start,
        end=s.end,
        value_start=vs,
        value_end=ve,
    )
