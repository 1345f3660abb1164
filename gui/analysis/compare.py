"""Comparison: within one row, which outlets agree, conflict, or say something vaguer.

The reference value is the most precise value that most outlets' words allow. A cell agrees
when its value is the reference (an approximate "sekitar 14.000" agrees with 14.000), is
partial when its range contains the reference but says less ("ratusan" for 600, "tahun lalu"
for June 2024), and conflicts when its range excludes the reference (18.000 against 14.000;
27 against 28 April). Measures compare in one base unit (3 km and 1.8 miles, 23 m and 75 ft),
each read as rounded to its last shown digit; times compare in one zone when outlets name
different zones. Statements conflict only through negation and are partial when hedged
against an unhedged majority.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from gui.analysis.alert_levels import LEVEL_UNIT
from gui.analysis.claims import Claim
from gui.analysis.measures import measures
from gui.analysis.polarity import polarity
from gui.analysis.times import in_utc, normalized_time
from gui.domain import Cell, DateMention, Quantity, Status, TimeMention, Value

_DAY = 24 * 60
_ROUNDED_DIGITS = 3  # digits from which a whole amount in a scale word may be rounded


def value_range(q: Quantity) -> tuple[float, float]:
    """What the words allow, read as a reporter writes: rounding and loose magnitudes included.

    "54%" may be a rounded 54.2%, so a percentage or decimal spans half its last shown digit;
    so does an amount of three digits or more in a scale word ("Rp 502 triliun" allows 501.5
    to 502.5 trillion; "Rp 5 miliar" is not a rounded 5.2) and a measure ("850 meters" allows
    845 to 855, "3 km" 2.5 to 3.5 km: outlets convert and round). A whole count is exact.
    "ratusan" strictly means 200 or more, but reporters write it of 187 passengers too: loose,
    not a contradiction, so a vague word's range reaches down to its first unit.
    """
    low, high = q.low, q.high
    if q.unit == LEVEL_UNIT:
        return low, high  # a rank on a scale is exact, however it is written
    if q.vague:
        return low / 2, high
    if q.approx:
        return low, high
    digits = re.search(r"\d+(?:[.,]\d+)*", q.text)
    shown = digits.group() if digits else ""
    decimals = 0
    if re.search(r"[.,]\d{1,2}$", shown):
        decimals = len(re.split(r"[.,]", shown)[-1])
    whole = re.sub(r"[.,]", "", shown[: -decimals - 1] if decimals else shown)
    written = float(f"{whole or 0}.{shown[-decimals:]}") if decimals else float(whole or 0)
    scaled = written and q.value / written >= 1000
    measured = q.unit not in ("", "%", "pp") and not (len(q.unit) == 3 and q.unit.isupper())
    if decimals:
        step = 10.0**-decimals
    elif q.unit == "%" or (scaled and len(whole.lstrip("0")) >= _ROUNDED_DIGITS):
        step = 1.0
    elif measured and whole.rstrip("0") != whole:
        step = 10.0 ** (len(whole) - len(whole.rstrip("0")))
    elif measured:
        step = 1.0
    else:
        return low, high  # a whole count is exact
    scale = q.value / written if written else 1.0
    half = 0.5 * step * scale
    return low - half, high + half


_EXACT_TERMS = frozenset({"SENTENCED", "DEMANDED", "AGE"})  # terms and ages are not rounded


def _interval(claim: Claim, zones: bool = False) -> tuple[float, float, float]:
    """The claim's value as (low, high, point) in one scale: base units for quantities,
    days for dates, minutes (of UTC when ``zones``) for times."""
    a = claim.anchor
    if isinstance(a, Quantity):
        low, high = value_range(a)
        if claim.slot is not None and claim.slot.measure.split(":")[0] in _EXACT_TERMS:
            low, high = a.low, a.high  # "20 tahun" in prison, "a 20-year-old": no rounding
        lex = measures()
        return (
            lex.base_value(low, a.unit),
            lex.base_value(high, a.unit),
            lex.base_value(a.value, a.unit),
        )
    if isinstance(a, DateMention):
        lo, hi = a.low.toordinal(), a.high.toordinal()
        return float(lo), float(hi), (lo + hi) / 2
    if isinstance(a, TimeMention):
        utc = in_utc(a) if zones else None
        lo_t, hi_t = utc if utc is not None else (a.low, a.high)
        return float(lo_t), float(hi_t), (lo_t + hi_t) / 2
    return 0.0, 0.0, 0.0


def _overlap(a: tuple[float, float, float], b: tuple[float, float, float], ambiguous: bool) -> bool:
    shifts = (0.0, -_DAY / 2, _DAY / 2) if ambiguous else (0.0,)
    return any(a[0] + k <= b[1] and b[0] <= a[1] + k for k in shifts)


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
    if isinstance(a, TimeMention):
        return a.low == a.high
    return True


def _same_value(a: Claim, b: Claim, zones: bool = False) -> bool:
    qa, qb = a.anchor, b.anchor
    if isinstance(qa, Quantity) and isinstance(qb, Quantity):
        if qa.vague or qb.vague:
            return qa.vague == qb.vague and qa.low == qb.low and qa.high == qb.high
        return abs(qa.value - qb.value) <= 0.005 * max(abs(qa.value), abs(qb.value), 1)
    if isinstance(qa, DateMention) and isinstance(qb, DateMention):
        return qa.low == qb.low and qa.high == qb.high
    if isinstance(qa, TimeMention) and isinstance(qb, TimeMention):
        ia, ib = _interval(a, zones), _interval(b, zones)
        if ia[:2] == ib[:2]:
            return True
        return (
            (qa.ambiguous or qb.ambiguous)
            and abs(ia[0] - ib[0]) == _DAY / 2
            and ia[1] - ia[0] == ib[1] - ib[0]
        )
    return True


def _mixed_zones(claims: Sequence[Claim]) -> bool:
    """Whether the times of a row name two different zones ("1.40pm Jakarta time" against a
    reading in Singapore time): they then compare in UTC."""
    named = {c.anchor.zone for c in claims if isinstance(c.anchor, TimeMention) and c.anchor.zone}
    return len(named) > 1


def statuses(claims: Sequence[Claim]) -> list[Status]:
    """The status of each claim of one row, in the order given."""
    if not claims:
        return []
    if claims[0].named:
        return _named_statuses(claims)
    if claims[0].anchor is None or not isinstance(
        claims[0].anchor, Quantity | DateMention | TimeMention
    ):
        return _statement_statuses(claims)
    zones = _mixed_zones(claims)
    reference = _reference(claims, zones)
    ref = _interval(reference, zones)
    out = []
    for c in claims:
        ambiguous = _ambiguous(c) or _ambiguous(reference)
        if _same_value(c, reference, zones):
            out.append(Status.AGREE)
        elif _overlap(_interval(c, zones), ref, ambiguous):
            out.append(Status.PARTIAL)
        else:
            out.append(Status.CONFLICT)
    return out


def _ambiguous(c: Claim) -> bool:
    return isinstance(c.anchor, TimeMention) and c.anchor.ambiguous


def _value_key(claim: Claim) -> tuple[object, ...]:
    """Everything about a claim's value that the comparison reads: equal keys, equal verdicts."""
    a = claim.anchor
    if isinstance(a, Quantity):
        return ("q", a.text, a.value, a.low, a.high, a.approx, a.vague, a.unit)
    if isinstance(a, DateMention):
        return ("d", a.low, a.high, a.precision, a.relative)
    if isinstance(a, TimeMention):
        return ("t", a.low, a.high, a.zone, a.ambiguous)
    return ("c", claim.id)


def _reference(claims: Sequence[Claim], zones: bool = False) -> Claim:
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
        lo, hi, _ = _interval(c, zones)
        n = 0
        for key, other in example.items():
            olo, ohi, _ = _interval(other, zones)
            if _same_value(c, other, zones) or (not _precise(other) and olo <= lo and hi <= ohi):
                n += counts[key]
        return n

    supported = {key: support(c) for key, c in example.items()}

    def width(c: Claim) -> float:
        lo, hi, _ = _interval(c, zones)
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


def _named_statuses(claims: Sequence[Claim]) -> list[Status]:
    """Named values (venues): the one most outlets name agrees, another conflicts."""
    counts: dict[str, int] = {}
    for c in claims:
        counts[c.named] = counts.get(c.named, 0) + 1
    common = max(counts, key=lambda k: counts[k])
    return [Status.AGREE if c.named == common else Status.CONFLICT for c in claims]


def _statement_statuses(claims: Sequence[Claim]) -> list[Status]:
    # "membantah" against "confirmed", "tidak berpotensi" against "berpotensi": the outlets
    # of the smaller side contradict the others.
    denying = [not polarity(c) for c in claims]
    majority_denying = sum(denying) * 2 > len(claims)
    hedged = sum(c.hedged for c in claims)
    majority_hedged = hedged * 2 >= len(claims)
    out = []
    for c, denies in zip(claims, denying, strict=True):
        if denies != majority_denying and len(claims) > 1:
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
    if isinstance(a, TimeMention):
        return normalized_time(a)
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


def _value_of(claim: Claim) -> Value:
    a = claim.anchor
    s = claim.sentence
    vs, ve = claim.value_span
    shown = " ".join(t.text for t in claim.words) if claim.named else ""
    return Value(
        value=a.text if isinstance(a, Quantity | DateMention | TimeMention) else shown,
        normalized=normalized(claim),
        start=s.start,
        end=s.end,
        value_start=vs,
        value_end=ve,
        excerpt=s.text,
    )


def make_cell(claim: Claim, status: Status, others: Sequence[Claim] = ()) -> Cell:
    """The cell of ``claim``'s outlet: its decisive value, with ``others`` (that outlet's
    other values for the same fact) kept in text order."""
    v = _value_of(claim)
    return Cell(
        status=status,
        value=v.value,
        normalized=v.normalized,
        excerpt=v.excerpt,
        start=v.start,
        end=v.end,
        value_start=v.value_start,
        value_end=v.value_end,
        others=tuple(_value_of(o) for o in others),
    )
