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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from gui.analysis.lexicon import lexicon
from gui.analysis.numbers import (
    NumberWords,
    Token,
    is_content_word,
    number_words,
    parse_digits,
    parse_number_words,
    reads_as_year,
    tokenize,
)
from gui.analysis.text import Token as Word
from gui.analysis.text import fold_word
from gui.domain import Quantity

# Units that count rather than measure: a bare count, a percentage, percentage points.
# Every other unit is a currency (an ISO code, "IDR") or a measure (lower case, "km", "day").
COUNT_UNITS = frozenset({"", "%", "pp"})


def is_currency(unit: str) -> bool:
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
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[^\W\d_]+")
_CLOCK_RE = re.compile(r"([01]?\d|2[0-4])[.:]([0-5]\d)")
_PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?|\(0\d{1,4}\)[ .-]?|(?<![\d.,])0\d{1,4}[ .-])"
    r"\d{2,5}(?:[ .-]\d{2,5}){1,3}(?!\d)"
)
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t•*·\-–]*\Z")
_CHAIN = frozenset({",", "dan", "and", "atau", "or", "-", "–", "&", "hingga", "sampai", "to"})
_DASHES = frozenset({"-", "–", "—"})
_ISO_CODE_LEN = 3
_MAX_RANGE_RATIO = 20  # "by 5 to 600" joins two amounts; real ranges are narrower


@dataclass(slots=True)
class _Amount:
    end: int  # token index after the amount (and anything glued to it)
    value: float
    low: float
    high: float
    vague: bool = False
    base: float = 0.0  # value before the scale word, for "10 to 12 thousand"
    scale: float = 1.0
    weak: bool = False  # "satu", "one", "setengah": a count only with a counted noun
    head: str = ""  # a unit glued to the digits: "km" in "20km", "year" in "5-year"
    hedge: str = ""  # a hedge glued to the digits: "1.000-an", "600-odd"


_RUPIAH_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


@dataclass(slots=True)
class _Context:
    text: str
    toks: list[Token]
    nw: NumberWords
    language: str
    blocked: list[tuple[int, int]]  # local half-open spans no quantity may overlap
    phones: list[tuple[int, int]]
    last_end: int = -1  # token index where the previous quantity ended


@cache
def _vocabulary(language: str) -> frozenset[str]:
    """Words that can open a spelled or vague amount, to skip sentences without any."""
    nw = number_words(language)
    return frozenset(
        [*nw.units, *nw.se_forms, *nw.fractions, *nw.articles, *nw.vague] + [k[0] for k in nw.few]
    )


def find_quantities(
    text: str,
    *,
    offset: int = 0,
    language: str = "id",
    exclude: Sequence[tuple[int, int]] = (),
) -> list[Quantity]:
    """Counted amounts in one sentence, sorted and non-overlapping.

    ``offset`` is where ``text`` starts in the source text; every start/end returned, and every
    span in ``exclude`` (typically the sentence's dates), is in source-text coordinates.
    """
    nw = number_words(language)
    if not _DIGIT_RE.search(text):
        vocabulary = _vocabulary(language)
        if not any(w in vocabulary for w in _WORD_RE.findall(text.lower())):
            return []
    toks = tokenize(text)
    phones = [m.span() for m in _PHONE_RE.finditer(text)] if _DIGIT_RE.search(text) else []
    ctx = _Context(text, toks, nw, language, [(s - offset, e - offset) for s, e in exclude], phones)
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


def _tidy(x: float) -> float:
    return float(f"{x:.12g}")


def _quantity_at(ctx: _Context, i: int) -> tuple[Quantity, int] | None:
    toks, nw = ctx.toks, ctx.nw
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
    cm = _currency_prefix(ctx, j)
    if cm is not None:
        currency, j = cm
    measured = ""
    mp = None if currency else _measure_prefix(ctx, j)
    if mp is not None:
        measured, j = mp
    a = _amount(ctx, j, money=bool(currency))
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
    unit, k, factor = _unit(ctx, k, currency, a)
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
        b_unit, k_b, b_factor = _unit(ctx, b.end, currency, b)
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
        head = a.head if b is None and a.head else _head(ctx, k, of=vague or a.scale > 1, unit=unit)
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


def _second(ctx: _Context, k: int, currency: str) -> _Amount | None:
    """The second amount of a range, after its connector (a repeated currency is allowed)."""
    cm = _currency_prefix(ctx, k)
    if cm is not None:
        if currency and cm[0] != currency:
            return None
        k = cm[1]
    b = _amount(ctx, k, money=bool(currency or cm))
    if b is None or b.weak or b.head or b.hedge:
        return None
    return b


_CHANGE_REACH = 5  # words between a change verb and the "dari"/"from" of its old value


def _changes(ctx: _Context, i: int) -> bool:
    """Whether the amount at token i is the old value of a change ("rose from 5 to 10",
    "has increased threefold from Rp152.5 trillion to Rp502.4 trillion")."""
    toks, nw = ctx.toks, ctx.nw
    if i < 2 or toks[i - 1].low not in ("dari", "from"):
        return False
    return any(t.low in nw.change_verbs for t in toks[max(0, i - 1 - _CHANGE_REACH) : i - 1])


def _currency_prefix(ctx: _Context, j: int) -> tuple[str, int] | None:
    toks, nw = ctx.toks, ctx.nw
    if j >= len(toks):
        return None
    t = toks[j]
    if t.kind == "s":
        code = nw.currency_symbols.get(t.text)
        return (code, j + 1) if code else None
    if t.kind != "w":
        return None
    if (
        t.low in nw.dollar_prefixes
        and t.text[:1].isupper()
        and j + 1 < len(toks)
        and toks[j + 1].text == "$"
        and toks[j + 1].start == t.end
    ):
        return nw.dollar_prefixes[t.low], j + 2
    m = nw.currency_prefixes.match(toks, j)
    if m is None or not t.text[:1].isupper():
        return None
    # Three-letter codes are written in capitals; "try" and "rub" are also words.
    if len(t.low) == _ISO_CODE_LEN and not t.text.isupper():
        return None
    return m


def _measure_prefix(ctx: _Context, j: int) -> tuple[str, int] | None:
    """A measure named before its amount ("magnitudo 6,2", "M 6.1"), and where the amount
    starts; a lone "m" only as the capital "M" right before digits."""
    toks = ctx.toks
    m = ctx.nw.measure_prefixes.match(toks, j)
    if m is None or m[1] >= len(toks) or toks[m[1]].kind != "n":
        return None
    if m[1] == j + 1 and toks[j].low == "m" and toks[j].text != "M":
        return None
    return m


def _amount(ctx: _Context, j: int, *, money: bool) -> _Amount | None:
    """One amount starting at token j: digits or words, a glued suffix and a scale word."""
    toks, nw = ctx.toks, ctx.nw
    n = len(toks)
    if j >= n:
        return None
    t = toks[j]
    if t.kind == "n":
        return _digit_amount(ctx, j, money=money)
    if t.kind != "w":
        return None
    if t.low in nw.vague:
        return _vague_amount(ctx, j)
    few = nw.few.match(toks, j)
    if few is not None:
        k = few[1]
        scale = 1.0
        while k < n and (toks[k].low in nw.scales or toks[k].low in ("ratus", "hundred")):
            scale *= nw.scales.get(toks[k].low, 100.0)
            k += 1
        if scale == 1.0:
            return None
        low, high = 2 * scale, 10 * scale - 1
        return _Amount(k, (low + high) / 2, low, high, vague=True)
    if t.low.split("-")[0] not in _vocabulary(ctx.language):
        return None
    return _word_amount(ctx, j)


def _digit_amount(ctx: _Context, j: int, *, money: bool) -> _Amount | None:
    toks, nw = ctx.toks, ctx.nw
    n = len(toks)
    t = toks[j]
    if not _number_ok(ctx, j):
        return None
    value = parse_digits(t.text, ctx.language)
    if value is None:
        return None
    k = j + 1
    head = hedge = ""
    scale = 1.0
    if k < n and toks[k].start == t.end:
        g = toks[k]
        if g.kind == "w":
            if (g.low,) in nw.post_hedges:
                hedge = nw.post_hedges[(g.low,)]
            elif g.low in nw.scales or (money and g.low in nw.money_scales):
                pass  # read below as a scale word
            elif g.low in nw.ordinal_suffixes or not g.low.isascii():
                return None
            elif g.low in nw.attached_units:
                head = g.text
            else:
                return None  # a code: "5G", "19A"
            if hedge or head:
                k += 1
        elif (
            g.text in _DASHES
            and k + 1 < n
            and toks[k + 1].kind == "w"
            and toks[k + 1].start == g.end
        ):
            w = toks[k + 1]
            if (w.low,) in nw.post_hedges:
                hedge = nw.post_hedges[(w.low,)]
            else:
                head = w.text  # "a 5-year plan", "10-day"
            k += 2
    if not (head or hedge):
        if k < n and toks[k].low in nw.multipliers and toks[k].low != "dozen":
            value *= nw.multipliers[toks[k].low]
            k += 1
        if k < n and (toks[k].low in nw.scales or (money and toks[k].low in nw.money_scales)):
            w = toks[k]
            # Money abbreviations differ by language: "Rp 5 M" is miliar, "$5m" million.
            scale = nw.scales[w.low] if w.low in nw.scales else nw.money_scales[w.low]
            k += 1
    base = value
    value *= scale
    return _Amount(k, value, value, value, base=base, scale=scale, head=head, hedge=hedge)


def _vague_amount(ctx: _Context, j: int) -> _Amount | None:
    toks, nw = ctx.toks, ctx.nw
    n = len(toks)
    t = toks[j]
    low, high = nw.vague[t.low]
    k = j + 1
    scale = 1.0
    if t.low in nw.vague_of and k + 1 < n and toks[k].low == "of" and toks[k + 1].low in nw.vague:
        # "hundreds of thousands": the second word's unit is half its lower bound
        scale = nw.vague[toks[k + 1].low][0] / 2
        k += 2
    elif k < n and toks[k].low in nw.scales:
        scale = nw.scales[toks[k].low]
        k += 1
    if t.low in nw.vague_needs_scale and scale == 1.0:
        return None
    low, high = low * scale, (high + 1) * scale - 1
    return _Amount(k, (low + high) / 2, low, high, vague=True)


def _word_amount(ctx: _Context, j: int) -> _Amount | None:
    toks, nw = ctx.toks, ctx.nw
    if _after_identifier(ctx, j):
        return None  # "lantai dua", "floor two": which one, not how many
    parts: list[str] = []
    owner: list[int] = []
    k = j
    while k < len(toks) and toks[k].kind == "w" and len(parts) < 12:
        for p in toks[k].low.split("-"):
            parts.append(p)
            owner.append(k)
        k += 1
    parsed = parse_number_words(parts, ctx.language)
    if parsed is None:
        return None
    value, used = parsed
    if used < len(parts) and owner[used] == owner[used - 1]:
        return None  # the number ends inside a hyphenated word: "dua-tiga"
    end = owner[used - 1] + 1
    t = toks[j]
    if t.text[:1].isupper() and not _sentence_start(ctx, j):
        # "Lima" mid-sentence is the city, unless a title-case phrase goes on ("Dua Tentara")
        after = toks[end] if end < len(toks) else None
        if after is None or after.kind != "w" or not after.text[:1].isupper():
            return None
    last = parts[used - 1]
    scale = nw.scales.get(last, 1.0)
    weak = all(p in nw.weak or p in nw.articles for p in parts[:used])
    return _Amount(end, value, value, value, base=value / scale, scale=scale, weak=weak)


def _post_hedge(ctx: _Context, k: int) -> tuple[str, int]:
    toks, nw = ctx.toks, ctx.nw
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


def _unit(ctx: _Context, k: int, currency: str, a: _Amount) -> tuple[str, int, float]:
    """A percent, currency or measure after the amount, the token after it, and the factor
    that brings the amount to the unit ("dua pekan" is 14 days); a currency before wins."""
    toks, nw = ctx.toks, ctx.nw
    if currency:
        m = nw.currency_words.match(toks, k)
        if m is not None and m[0] == currency:
            k = m[1]  # "Rp 5 juta rupiah"
        return currency, k, 1.0
    if a.head:
        glued = nw.measures.match(tokenize(a.head.split("-")[0]), 0)
        if glued is not None and len(a.head.split()) == 1:
            (measure, factor), _ = glued
            return measure, k, factor  # "20km", "5-year"
        return "", k, 1.0
    m = nw.percent_points.match(toks, k)
    if m is not None:
        return "pp", m[1], 1.0
    m = nw.percent.match(toks, k)
    if m is not None:
        return "%", m[1], 1.0
    if k < len(toks) and toks[k].kind == "s" and toks[k].text in nw.currency_symbols:
        return nw.currency_symbols[toks[k].text], k + 1, 1.0
    if k < len(toks) and toks[k].kind == "w":
        found = nw.measures.match(toks, k)
        if found is not None and toks[k].text != "Minggu":
            # Capitalised, "Minggu" is Sunday; "5 minggu" is five weeks.
            (measure, factor), end = found
            return measure, end, factor
        if "-" in toks[k].low:
            # "2,891 metre-high", "700-metre-deep": the unit leads a compound adjective.
            first = toks[k].low.split("-")[0]
            glued = nw.measures.match(tokenize(first), 0)
            if glued is not None:
                (measure, factor), _ = glued
                return measure, k + 1, factor
    j = k
    qualifier = None
    if ctx.language == "en":
        if a.vague and j < len(toks) and toks[j].low == "of":
            j += 1  # "millions of dollars"
        qualifier = nw.currency_qualifiers.match(toks, j)  # "US dollars"
        if qualifier is not None:
            j = qualifier[1]
    m = nw.currency_words.match(toks, j)
    if m is None:
        return "", k, 1.0
    code, k = m
    if qualifier is not None:
        code = qualifier[0]
    elif ctx.language != "en":
        q = nw.currency_qualifiers.match(toks, k)  # "dolar AS", "dolar Singapura"
        if q is not None and (toks[k].text[:1].isupper()):
            code, k = q
    return code, k, 1.0


def _head(ctx: _Context, k: int, *, of: bool, unit: str) -> str:
    toks, nw = ctx.toks, ctx.nw
    n = len(toks)
    if ctx.language == "en" and k + 1 < n and toks[k].low == "of" and (of or unit == "%"):
        k += 1  # "thousands of troops", "25% of the vote"
        while k < n and toks[k].low in ("the", "a", "an", "its", "their", "his", "her", "all"):
            k += 1
    if k >= n or toks[k].kind != "w" or _blocked(ctx, toks[k]):
        return ""
    if ctx.language != "en":
        w = toks[k]
        return w.text if _can_head(ctx, w) else ""
    last = None
    idx = k
    while idx < n and idx - k < 3 and toks[idx].kind == "w" and _modifier(nw, toks[idx]):
        last = idx
        idx += 1
    if (
        idx < n
        and toks[idx].kind == "w"
        and _can_head(ctx, toks[idx])
        and toks[idx].low not in nw.adjectives
        and not (last is not None and toks[idx].low.endswith("ed"))
    ):
        # a noun modifying a plural noun: "aid workers", "police officers"
        while idx + 1 < n and not toks[idx].low.endswith("s") and _plural_noun(ctx, toks[idx + 1]):
            idx += 1
        return toks[idx].text
    if (
        last is not None
        and (last == k or toks[last].text[:1].isupper())
        and _can_head(ctx, toks[last])
        and toks[last].low not in nw.adjectives
    ):
        return toks[last].text  # "600 killed", "5,000 Ukrainians"
    return ""


def _plural_noun(ctx: _Context, w: Token) -> bool:
    return (
        w.kind == "w"
        and w.text[:1].islower()
        and len(w.low) > 3
        and w.low.endswith("s")
        and not w.low.endswith("ss")
        and _can_head(ctx, w)
    )


def _blocked(ctx: _Context, w: Token) -> bool:
    """Whether a word lies in an excluded span: "5 persen tahun depan" counts no "tahun"."""
    return any(s < w.end and w.start < e for s, e in ctx.blocked)


def _can_head(ctx: _Context, w: Token) -> bool:
    nw = ctx.nw
    return (
        is_content_word(w.low, ctx.language)
        and not _blocked(ctx, w)
        and w.low not in nw.scales
        and not nw.percent.starts(w.low)
        and not nw.hedges.starts(w.low)
        and not nw.range_connectors.starts(w.low)
    )


def _modifier(nw: NumberWords, w: Token) -> bool:
    """An English word that may stand between a number and its noun ("North", "newly")."""
    if w.low in nw.adjectives:
        return True
    if w.low in nw.function_words or w.low in nw.verbs:
        return False
    return (
        w.text[:1].isupper()
        or "-" in w.low
        or (len(w.low) > 4 and w.low.endswith(("ly", "ed", "ing")))
    )


def _weak_blocked(ctx: _Context, j: int) -> bool:
    return j > 0 and ctx.toks[j - 1].low in ctx.nw.weak_blockers


def _sentence_start(ctx: _Context, j: int) -> bool:
    return all(t.kind == "s" for t in ctx.toks[:j])


def _number_ok(ctx: _Context, j: int) -> bool:
    """Whether the digits at token j may be an amount at all (not a code, time, id, year)."""
    toks, text, nw = ctx.toks, ctx.text, ctx.nw
    t = toks[j]
    s, e = t.start, t.end
    if any(ps <= s < pe for ps, pe in ctx.phones):
        return False
    if t.text[0] == "0" and len(t.text) > 1 and t.text[1].isdigit():
        return False  # "007", "0812...": identifiers
    before = text[s - 1] if s else ""
    # glued to letters: "G20", "MH17" — unless those letters are a currency: "Rp3,5"
    if before.isalpha() and not (j > 0 and nw.currency_prefixes.match(toks, j - 1)):
        return False
    if before and before in "-/‐" and s >= 2 and text[s - 2].isalpha():
        return False  # "F-16", "Su-35", "ke-3", "COVID-19"
    if before and before in "/#№":
        return False
    if before == ":" and s >= 2 and text[s - 2].isdigit():
        return False  # the minutes of "11:07"
    after = text[e : e + 2]
    if after[:1] and after[:1] in ":/" and after[1:2].isdigit():
        return False  # "11:07", "1/2", "24/7"
    if _is_time(ctx, j) or _after_identifier(ctx, j) or _list_number(ctx, j):
        return False
    if _names_number(ctx, j) or _age_of_name(ctx, j):
        return False
    if len(t.text) == 4 and t.text.isdigit() and reads_as_year(text, s, e, ctx.language):
        return False
    return not _score(ctx, j)


def _is_time(ctx: _Context, j: int) -> bool:
    toks, nw = ctx.toks, ctx.nw
    t = toks[j]
    prev = toks[j - 1].low if j > 0 else ""
    clock = _CLOCK_RE.fullmatch(t.text)
    small = t.text.isdigit() and int(t.text) <= 24
    if not (clock or small):
        return False
    if prev in nw.time_before:
        return True
    if nw.time_after.match(toks, j + 1) is not None:
        return True
    if not clock:
        return False
    if j + 1 < len(toks) and toks[j + 1].low in nw.day_parts:
        return True
    # "10.00-12.00 WIB": the first clock reading of a span of time
    return (
        j + 2 < len(toks)
        and toks[j + 1].low in _CHAIN
        and _CLOCK_RE.fullmatch(toks[j + 2].text) is not None
        and _is_time(ctx, j + 2)
    ) or (j >= 2 and toks[j - 1].low in _CHAIN and _prev_clock(ctx, j - 2))


def _prev_clock(ctx: _Context, j: int) -> bool:
    """Whether token j is a clock reading with a time word before it ("pukul 10.00-12.00")."""
    toks = ctx.toks
    return (
        _CLOCK_RE.fullmatch(toks[j].text) is not None
        and j > 0
        and toks[j - 1].low in ctx.nw.time_before
    )


def _after_identifier(ctx: _Context, j: int) -> bool:
    toks, nw = ctx.toks, ctx.nw
    k = j - 1
    skipped = 0
    while k >= 0 and toks[k].kind == "s" and toks[k].text in ".:(#" and skipped < 2:
        k -= 1
        skipped += 1
    if k >= 0 and toks[k].kind == "w" and toks[k].low in nw.identifiers:
        return True
    # "Pasal 4 dan 5", "pages 10-12": numbers chained to an identified number
    if j >= 2 and toks[j - 1].low in _CHAIN and toks[j - 2].kind == "n":
        return _after_identifier(ctx, j - 2)
    return False


def _names_number(ctx: _Context, j: int) -> bool:
    """Whether the digits at token j end a name ("KRI Nanggala 402", "Flight 182", "SJ 182",
    "Boeing 737"): a number right after a capitalised word inside the sentence, with no
    counted noun after it, numbers the thing the name names."""
    toks, nw = ctx.toks, ctx.nw
    if j == 0 or toks[j - 1].kind != "w":
        return False
    prev = toks[j - 1]
    if not prev.text[:1].isupper() or prev.end == toks[j].start:
        return False
    if _sentence_start(ctx, j - 1) and not prev.text.isupper():
        return False  # "Sebanyak 75", "Tercatat 22": a sentence's first word opens a count
    if prev.low in nw.function_words or nw.hedges.starts(prev.low) or prev.low in nw.count_cues:
        return False
    if nw.currency_prefixes.match(toks, j - 1) or nw.measure_prefixes.match(toks, j - 1):
        return False
    if prev.text.isupper() and len(prev.text) <= 3:
        return True  # a code: "SJ 182", "JT 610"
    after = toks[j + 1] if j + 1 < len(toks) else None
    return not (after is not None and after.kind == "w" and _counts_after(ctx, j + 1))


_OLDEST = 120


def _age_of_name(ctx: _Context, j: int) -> bool:
    """ "Doug Farrow, 71, said", "Kolisun (37)": a person's age set off after the name."""
    toks, text = ctx.toks, ctx.text
    t = toks[j]
    if not t.text.isdigit() or int(t.text) > _OLDEST or j < 2:
        return False
    opener, name = toks[j - 1], toks[j - 2]
    closer = text[t.end : t.end + 1]
    if (opener.text, closer) not in ((",", ","), ("(", ")")):
        return False
    return name.kind == "w" and name.text[:1].isupper()


def _counts_after(ctx: _Context, k: int) -> bool:
    """Whether the word at token k says what a number before it counts or measures: a unit,
    a scale, a percent, or a thing the concept lexicon knows ("orang", "climbers")."""
    toks, nw = ctx.toks, ctx.nw
    w = toks[k]
    if w.low in nw.scales or nw.percent.starts(w.low) or nw.measures.match(toks, k):
        return True
    hits = lexicon().concepts([Word(0, 0, w.text, fold_word(w.text))], ctx.language)
    return any(h.cls == "thing" for h in hits)


def _list_number(ctx: _Context, j: int) -> bool:
    t = ctx.toks[j]
    text = ctx.text
    if not (t.text.isdigit() and len(t.text) <= 3):
        return False
    if text[t.end : t.end + 1] not in (".", ")"):
        return False
    if text[t.end + 1 : t.end + 2] not in ("", " ", "\t", "\n", "\u00a0"):
        return False
    return bool(_LINE_START_RE.search(text, 0, t.start))


def _score(ctx: _Context, j: int) -> bool:
    """A sports score or tally written "3-1": digits glued to a dash and more digits."""
    toks, nw = ctx.toks, ctx.nw
    n = len(toks)
    pair = None
    if (
        j + 2 < n
        and toks[j + 1].text in _DASHES
        and toks[j + 2].kind == "n"
        and toks[j + 1].start == toks[j].end
        and toks[j + 2].start == toks[j + 1].end
    ):
        pair = (j, j + 2)
    elif (
        j >= 2
        and toks[j - 1].text in _DASHES
        and toks[j - 2].kind == "n"
        and toks[j - 1].start == toks[j - 2].end
        and toks[j].start == toks[j - 1].end
    ):
        pair = (j - 2, j)
    if pair is None:
        return False
    a, b = (toks[x].text for x in pair)
    if not (a.isdigit() and b.isdigit() and len(a) <= 3 and len(b) <= 3):
        return False
    if int(a) >= int(b):
        return True
    return any(toks[x].low in nw.score_words for x in range(max(0, pair[0] - 4), pair[0]))
