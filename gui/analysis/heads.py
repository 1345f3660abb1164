"""The counted thing of an amount, as written: the first word after the amount in Indonesian
("tentara" in "14.000 tentara Korea Utara"), the noun after any adjectives in English ("troops"
in "14,000 North Korean troops"); "" when a verb, "yang" or a function word follows.
"""

from __future__ import annotations

from gui.analysis.numbers import NumberWords, is_content_word
from gui.analysis.pieces import Piece
from gui.analysis.quantity_context import QuantityContext, blocked


def head_after(ctx: QuantityContext, k: int, *, of: bool, unit: str) -> str:
    """The counted thing in the pieces from k on; ``of``: an English vague or scaled amount
    may take "of" before it ("thousands of troops")."""
    toks, nw = ctx.pieces, ctx.nw
    n = len(toks)
    if ctx.language == "en" and k + 1 < n and toks[k].low == "of" and (of or unit == "%"):
        k += 1  # "thousands of troops", "25% of the vote"
        while k < n and toks[k].low in ("the", "a", "an", "its", "their", "his", "her", "all"):
            k += 1
    if k >= n or toks[k].kind != "w" or blocked(ctx, toks[k]):
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


def _plural_noun(ctx: QuantityContext, w: Piece) -> bool:
    return (
        w.kind == "w"
        and w.text[:1].islower()
        and len(w.low) > 3
        and w.low.endswith("s")
        and not w.low.endswith("ss")
        and _can_head(ctx, w)
    )


def _can_head(ctx: QuantityContext, w: Piece) -> bool:
    nw = ctx.nw
    return (
        is_content_word(w.low, ctx.language)
        and not blocked(ctx, w)
        and w.low not in nw.scales
        and not nw.percent.starts(w.low)
        and not nw.hedges.starts(w.low)
        and not nw.range_connectors.starts(w.low)
    )


def _modifier(nw: NumberWords, w: Piece) -> bool:
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
