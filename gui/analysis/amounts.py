"""One amount at a piece, as written: digits with what is glued to them and a scale word
("3,5 juta", "20km", "1.000-an", "$5m"), number words ("dua puluh lima", "a dozen"), or a
vague magnitude ("ratusan", "tens of thousands", "beberapa ribu").

An amount here has no unit, range or hedge yet; ``quantities.py`` reads those around it.
"""

from __future__ import annotations

from functools import cache

from gui.analysis.countable import after_identifier, countable
from gui.analysis.numbers import number_words, parse_digits, parse_number_words
from gui.analysis.quantity_context import DASHES, Amount, QuantityContext, sentence_start


@cache
def vocabulary(language: str) -> frozenset[str]:
    """Words that can open a spelled or vague amount, to skip sentences without any."""
    nw = number_words(language)
    return frozenset(
        [*nw.units, *nw.se_forms, *nw.fractions, *nw.articles, *nw.vague] + [k[0] for k in nw.few]
    )


def amount(ctx: QuantityContext, j: int, *, money: bool) -> Amount | None:
    """One amount starting at piece j: digits or words, a glued suffix and a scale word."""
    toks, nw = ctx.pieces, ctx.nw
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
        return Amount(k, (low + high) / 2, low, high, vague=True)
    if t.low.split("-")[0] not in vocabulary(ctx.language):
        return None
    return _word_amount(ctx, j)


def _digit_amount(ctx: QuantityContext, j: int, *, money: bool) -> Amount | None:
    toks, nw = ctx.pieces, ctx.nw
    n = len(toks)
    t = toks[j]
    if not countable(ctx, j):
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
            g.text in DASHES
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
    return Amount(k, value, value, value, base=base, scale=scale, head=head, hedge=hedge)


def _vague_amount(ctx: QuantityContext, j: int) -> Amount | None:
    toks, nw = ctx.pieces, ctx.nw
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
    return Amount(k, (low + high) / 2, low, high, vague=True)


def _word_amount(ctx: QuantityContext, j: int) -> Amount | None:
    toks, nw = ctx.pieces, ctx.nw
    if after_identifier(ctx, j):
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
    if t.text[:1].isupper() and not sentence_start(ctx, j):
        # "Lima" mid-sentence is the city, unless a title-case phrase goes on ("Dua Tentara")
        after = toks[end] if end < len(toks) else None
        if after is None or after.kind != "w" or not after.text[:1].isupper():
            return None
    last = parts[used - 1]
    scale = nw.scales.get(last, 1.0)
    weak = all(p in nw.weak or p in nw.articles for p in parts[:used])
    return Amount(end, value, value, value, base=value / scale, scale=scale, weak=weak)
