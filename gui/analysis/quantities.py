"""Counted amounts in one sentence: "sekitar 14.000 tentara", "3,5 juta", "ratusan", "$5 million".

An amount is digits or number words, optionally scaled ("juta", "million"), optionally a range
("10.000 hingga 12.000", "between 10 and 12 thousand"), hedged ("sekitar", "more than"),
vague ("ratusan", "thousands") or with a unit ("persen", "%", "Rp", "dolar AS").

Rules a reviewer should know:

* Hedges widen the bounds by class (see ``resources/lexicons/numbers.json``): "sekitar 14.000"
  is 12,600..15,400 (±10%); "hampir 600" 540..600; "lebih dari 600" and "setidaknya 600"
  600..900 (at most half again: open above, but not unbounded); "kurang dari 600" and "up to
  600" 300..600. "sebanyak", "sejumlah" and "a total of" only introduce a count: they join the
  span but leave it exact.
* Vague magnitudes run from two of the unit to just below the next power of ten: "puluhan"
  20..99, "ratusan" 200..999, "ribuan" 2,000..9,999, "ratusan ribu" 200,000..999,999,
  "dozens" 24..99, "belasan" 11..19. The value is the middle of that range.
* A range's value is its midpoint; ranges are approximate. A scale word after the second
  number scales the first too ("10 to 12 thousand" = 10,000..12,000).
* "satu", "one", "setengah", "half" count only with a counted noun after them ("satu orang"),
  never after "salah" / "no" / "the" ("salah satu", "no one", "the one").
* Not amounts: numbers inside dates and times ("11:07", "pukul 10.00", "10.21 WIB"), bare years,
  identifiers after words like "Pasal", "No.", "page" (and numbers chained to them: "Pasal 4
  dan 5"), list numbers at a line start ("1. Heading"), ordinals ("ke-3", "3rd"), codes
  ("F-16", "COVID-19", "G20"), phone numbers, version strings ("1.2.3"), sports scores ("3-1").

``head`` is the counted thing as written: the first word after the amount in Indonesian
("tentara" in "14.000 tentara Korea Utara"), the noun after any adjectives in English
("troops" in "14,000 North Korean troops"); "" when a verb, "yang" or a function word follows.

This module walks the sentence's pieces and reads ranges and hedges around each amount; the
parts it asks: ``amounts`` (one amount at a piece), ``countable`` (which digits are amounts at
all), ``units`` and ``heads`` (what an amount is of), ``quantity_context`` (what they share).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gui.analysis.amounts import amount, vocabulary
from gui.analysis.countable import phone_spans
from gui.analysis.heads import head_after
from gui.analysis.numbers import number_words, parse_digits
from gui.analysis.pieces import Piece, scan
from gui.analysis.quantity_context import Amount, QuantityContext
from gui.analysis.units import currency_prefix, measure_prefix, unit_after
from gui.domain import Quantity

# Units that count rather than measure: a bare count, a percentage, percentage points.
# Every other unit is a currency (an ISO code, "IDR") or a measure (lower case, "km", "day").
COUNT_UNITS = frozenset({"", "%", "pp"})


def is_currency(unit: str) -> bool:
    """Whether a unit is a currency (an ISO code such as "IDR") rather than a count or measure."""
    return len(unit) == 3 and unit.isupper()


# (low factor, high factor) applied to an amount's bounds per hedge class.
_HEDGE_BOUNDS = {
    "around": (0.9, 1.1),
    "near": (0.9, 1.0),
    "over": (1.0, 1.5),
    "at_least": (1.0, 1.5),
    "under": (0.5, 1.0),
    "up_to": (0.5, 1.0),
    "exact": (1.0, 1.0),
}
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_MAX_RANGE_RATIO = 20  # "by 5 to 600" joins two amounts; real ranges are narrower
_RUPIAH_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def find_quantities(
    text: str,
    *,
    offset: int = 0,
    language: str = "id",
    exclude: Sequence[tuple[int, int]] = (),
    pieces: Sequence[Piece] | None = None,
) -> list[Quantity]:
    """Counted amounts in one sentence, sorted and non-overlapping.

    ``offset`` is where ``text`` starts in the source text; every start/end returned, and every
    span in ``exclude`` (typically the sentence's dates), is in source-text coordinates.
    ``pieces`` is ``scan(text)`` when the caller has scanned the sentence already.
    """
    toks = scan(text) if pieces is None else list(pieces)
    if not _may_hold_amount(toks, language):
        return []
    blocked = [(s - offset, e - offset) for s, e in exclude]
    ctx = QuantityContext(
        text, toks, number_words(language), language, blocked, phone_spans(text, toks)
    )
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        found = _quantity_at(ctx, i)
        if found is None:
            i += 1
            continue
        q, i = found
        ctx.last_end = i
        out.append(replace(q, start=q.start + offset, end=q.end + offset))
    return out


def _may_hold_amount(toks: Sequence[Piece], language: str) -> bool:
    """Whether a sentence has digits or a word that can open a spelled or vague amount; the
    rest are skipped. Words are looked up by their runs of letters ("kira-kira": "kira")."""
    words = vocabulary(language)
    for p in toks:
        if p.kind == "n":
            return True
        if p.kind == "w":
            low = p.low
            if low.isascii() and low.isalpha():
                if low in words:
                    return True
            elif any(w in words for w in _LETTERS_RE.findall(low)):
                return True
    return False


def _tidy(x: float) -> float:
    return float(f"{x:.12g}")


def _quantity_at(ctx: QuantityContext, i: int) -> tuple[Quantity, int] | None:
    toks, nw = ctx.pieces, ctx.nw
    n = len(toks)
    j = i
    hedge = ""
    first = i
    m = nw.hedges.match(toks, j)
    if m is not None:
        hedge, j = m
        if ctx.last_end == i and nw.range_connectors.match(toks, i):
            # "naik dari 10 hingga 20 persen": the word joins two amounts, it hedges neither
            hedge, first = "", j
    joiners = None
    if j < n and toks[j].low in nw.between:
        joiners = nw.between[toks[j].low]
        j += 1
    currency = ""
    cm = currency_prefix(ctx, j)
    if cm is not None:
        currency, j = cm
    measured = ""
    mp = None if currency else measure_prefix(ctx, j)
    if mp is not None:
        measured, j = mp
    a = amount(ctx, j, money=bool(currency))
    if a is None:
        return None
    if currency == "IDR" and a.scale == 1.0 and _RUPIAH_GROUPED.fullmatch(toks[j].text):
        # "Rp 6.800" in English text: no rupiah amount has three decimals, so the dot groups
        # thousands as it does where the currency comes from.
        whole = parse_digits(toks[j].text, "id") or a.value
        a = replace(a, value=whole, low=whole, high=whole)
    k = a.end
    post = a.hedge
    if not post:
        post, k = _post_hedge(ctx, k)
    unit, k, factor = unit_after(ctx, k, currency, a)
    unit = unit or measured
    if not post:
        post, k = _post_hedge(ctx, k)

    b = None
    if joiners is not None:
        if k >= n or toks[k].low not in joiners:
            return None
        b = _second(ctx, k + 1, currency)
        if b is None:
            return None
    elif not post and not a.head:
        rc = nw.range_connectors.match(toks, k)
        if rc is not None and not _changes(ctx, first):
            b = _second(ctx, rc[1], currency)
    if b is not None:
        b_unit, k_b, b_factor = unit_after(ctx, b.end, currency, b)
        if unit and unit != b_unit:
            b = None  # "naik 5 persen hingga 600": two amounts, not one range
        else:
            shared = b.scale if a.scale == 1 and b.scale > 1 and a.value < b.base else 1.0
            lo_a = a.value * shared
            if lo_a < b.value <= lo_a * _MAX_RANGE_RATIO or (joiners and lo_a < b.value):
                a.value, a.low, a.high = lo_a, a.low * shared, a.high * shared
                unit = unit or b_unit
                if b_unit:
                    factor = b_factor  # "5 hingga 7 hari": the unit measures both ends
                k = k_b
                post2, k = _post_hedge(ctx, k)
                post = post or post2
            elif joiners is not None:
                return None
            else:
                b = None

    if b is not None:
        value, low, high = (a.value + b.value) / 2, a.low, b.high
        vague = a.vague or b.vague
        approx = True
    else:
        value, low, high, vague = a.value, a.low, a.high, a.vague
        approx = False
    cls = hedge or post
    if cls:
        lf, hf = _HEDGE_BOUNDS[cls]
        low, high = low * lf, high * hf
        approx = approx or cls != "exact"
    value, low, high = value * factor, low * factor, high * factor

    if unit and a.head and b is None:
        head = ""  # "20km": the glued word was the unit
    else:
        head = (
            a.head
            if b is None and a.head
            else head_after(ctx, k, of=vague or a.scale > 1, unit=unit)
        )
    if a.weak and b is None and (not (head or unit) or _weak_blocked(ctx, j)):
        return None

    start, end = toks[first].start, toks[k - 1].end
    if any(s < end and start < e for s, e in ctx.blocked):
        return None
    q = Quantity(
        start=start,
        end=end,
        text=ctx.text[start:end],
        value=_tidy(value),
        low=_tidy(low),
        high=_tidy(high),
        approx=approx,
        vague=vague,
        head=head,
        unit=unit,
    )
    return q, k


def _second(ctx: QuantityContext, k: int, currency: str) -> Amount | None:
    """The second amount of a range, after its connector (a repeated currency is allowed)."""
    cm = currency_prefix(ctx, k)
    if cm is not None:
        if currency and cm[0] != currency:
            return None
        k = cm[1]
    b = amount(ctx, k, money=bool(currency or cm))
    if b is None or b.weak or b.hedge:
        return None
    if b.head and (len(b.head.split()) > 1 or ctx.nw.measures.get((b.head.lower(),)) is None):
        return None  # "30-35m": a unit glued to the second end measures both; a noun ends it
    return b


_CHANGE_REACH = 5  # words between a change verb and the "dari"/"from" of its old value


def _changes(ctx: QuantityContext, i: int) -> bool:
    """Whether the amount at piece i is the old value of a change ("rose from 5 to 10",
    "has grown threefold from Rp120 trillion to Rp360 trillion")."""
    toks, nw = ctx.pieces, ctx.nw
    if i < 2 or toks[i - 1].low not in ("dari", "from"):
        return False
    return any(t.low in nw.change_verbs for t in toks[max(0, i - 1 - _CHANGE_REACH) : i - 1])


def _post_hedge(ctx: QuantityContext, k: int) -> tuple[str, int]:
    toks, nw = ctx.pieces, ctx.nw
    m = nw.post_hedges.match(toks, k)
    if m is None:
        return "", k
    cls, k2 = m
    word = toks[k].low
    after = toks[k2] if k2 < len(toks) else None
    if word == "an":
        return "", k  # only glued: "1.000-an"
    if word in ("lebih", "lebihnya") and after is not None and after.low in nw.comparatives:
        return "", k  # "5 persen lebih tinggi" compares
    if word in ("plus", "+") and after is not None and after.kind in ("n",):
        return "", k  # "600 plus 200" adds
    if word == "+" and toks[k].start != toks[k - 1].end:
        return "", k
    return cls, k2


def _weak_blocked(ctx: QuantityContext, j: int) -> bool:
    return j > 0 and ctx.pieces[j - 1].low in ctx.nw.weak_blockers
