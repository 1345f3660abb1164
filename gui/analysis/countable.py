"""Which digits are amounts at all.

Not amounts: numbers inside clock readings ("11:07", "pukul 10", "10.00-12.00 WIB"),
identifiers after words like "Pasal", "No.", "page" (and numbers chained to them: "Pasal 4
dan 5"), codes glued to letters ("F-16", "COVID-19", "G20", "MH17"), numbers that end a name
("KRI Bahari 301", "Flight 208", "GA 208"), a person's age set off after the name ("Doug
Farrow, 71,"), list numbers at a line start ("1. Heading"), phone numbers, bare years, and
sports scores ("3-1"). Each rule reads the pieces around the digits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.analysis.lexicon import lexicon
from gui.analysis.numbers import reads_as_year
from gui.analysis.pieces import Piece
from gui.analysis.quantity_context import DASHES, QuantityContext, sentence_start
from gui.analysis.text import Token as Word
from gui.analysis.text import fold_word

_CLOCK_RE = re.compile(r"([01]?\d|2[0-4])[.:]([0-5]\d)")
_PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?|\(0\d{1,4}\)[ .-]?|(?<![\d.,])0\d{1,4}[ .-])"
    r"\d{2,5}(?:[ .-]\d{2,5}){1,3}(?!\d)"
)
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t•*·\-–]*\Z")
_CHAIN = frozenset({",", "dan", "and", "atau", "or", "-", "–", "&", "hingga", "sampai", "to"})


def phone_spans(text: str, pieces: Sequence[Piece]) -> list[tuple[int, int]]:
    """The local spans of phone numbers, tried where one can begin: "+", "(" or a "0…"."""
    out: list[tuple[int, int]] = []
    reached = 0
    for p in pieces:
        if p.start < reached or not (p.text in ("+", "(") or (p.kind == "n" and p.text[0] == "0")):
            continue
        m = _PHONE_RE.match(text, p.start)
        if m is not None:
            out.append(m.span())
            reached = m.end()
    return out


_GRADES = frozenset({"ron", "octane", "oktan"})


_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC|WIB|WITA|WIT)\b")


def countable(ctx: QuantityContext, j: int) -> bool:
    """Whether the digits at piece j may be an amount at all (not a code, time, id, year)."""
    toks, text, nw = ctx.pieces, ctx.text, ctx.nw
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
        # "F-16", "Su-35", "ke-3", "COVID-19"; but "magnitude-6.2" names its measure
        named = j >= 2 and toks[j - 2].low != "m" and nw.measure_prefixes.match(toks, j - 2)
        if not named:
            return False
    if before and before in "/#№":
        return False
    if before == ":" and s >= 2 and text[s - 2].isdigit():
        return False  # the minutes of "11:07"
    after = text[e : e + 2]
    if after[:1] and after[:1] in ":/" and after[1:2].isdigit():
        return False  # "11:07", "1/2", "24/7"
    if _ZONE_AFTER.match(text, e):
        return False  # "(1518 GMT)": a clock reading in wire copy
    if _is_time(ctx, j) or after_identifier(ctx, j) or _list_number(ctx, j):
        return False
    grade = j + 2 if j + 2 < len(toks) and toks[j + 1].text == "-" else j + 1
    if grade < len(toks) and toks[grade].low in _GRADES:
        return False  # "a 90 RON gasoline", "92-octane": a grade names the fuel
    if _names_number(ctx, j) or _age_of_name(ctx, j):
        return False
    if len(t.text) == 4 and t.text.isdigit() and reads_as_year(text, s, e, ctx.language):
        return False
    return not _score(ctx, j)


def _is_time(ctx: QuantityContext, j: int) -> bool:
    toks, nw = ctx.pieces, ctx.nw
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


def _prev_clock(ctx: QuantityContext, j: int) -> bool:
    """Whether piece j is a clock reading with a time word before it ("pukul 10.00-12.00")."""
    toks = ctx.pieces
    return (
        _CLOCK_RE.fullmatch(toks[j].text) is not None
        and j > 0
        and toks[j - 1].low in ctx.nw.time_before
    )


def after_identifier(ctx: QuantityContext, j: int) -> bool:
    toks, nw = ctx.pieces, ctx.nw
    k = j - 1
    skipped = 0
    while k >= 0 and toks[k].kind == "s" and toks[k].text in ".:(#" and skipped < 2:
        k -= 1
        skipped += 1
    if k >= 0 and toks[k].kind == "w" and toks[k].low in nw.identifiers:
        return True
    # "Pasal 4 dan 5", "pages 10-12": numbers chained to an identified number
    if j >= 2 and toks[j - 1].low in _CHAIN and toks[j - 2].kind == "n":
        return after_identifier(ctx, j - 2)
    return False


def _names_number(ctx: QuantityContext, j: int) -> bool:
    """Whether the digits at piece j end a name ("KRI Bahari 301", "Flight 208", "GA 208",
    "Boeing 737"): a number right after a capitalised word inside the sentence, with no
    counted noun after it, numbers the thing the name names."""
    toks, nw = ctx.pieces, ctx.nw
    if j == 0 or toks[j - 1].kind != "w":
        return False
    prev = toks[j - 1]
    if not prev.text[:1].isupper() or prev.end == toks[j].start:
        return False
    if sentence_start(ctx, j - 1) and not prev.text.isupper():
        return False  # "Sebanyak 75", "Tercatat 22": a sentence's first word opens a count
    if prev.low in nw.function_words or nw.hedges.starts(prev.low) or prev.low in nw.count_cues:
        return False
    if nw.currency_prefixes.match(toks, j - 1) or nw.measure_prefixes.match(toks, j - 1):
        return False
    if prev.text.isupper() and len(prev.text) <= 3:
        return True  # a code: "GA 208", "QZ 75"
    after = toks[j + 1] if j + 1 < len(toks) else None
    return not (after is not None and after.kind == "w" and _counts_after(ctx, j + 1))


_OLDEST = 120


def _age_of_name(ctx: QuantityContext, j: int) -> bool:
    """ "Doug Farrow, 71, said", "Kolisun (37)": a person's age set off after the name."""
    toks, text = ctx.pieces, ctx.text
    t = toks[j]
    if not t.text.isdigit() or int(t.text) > _OLDEST or j < 2:
        return False
    opener, name = toks[j - 1], toks[j - 2]
    closer = text[t.end : t.end + 1]
    if (opener.text, closer) not in ((",", ","), ("(", ")")):
        return False
    return name.kind == "w" and name.text[:1].isupper()


def _counts_after(ctx: QuantityContext, k: int) -> bool:
    """Whether the word at piece k says what a number before it counts or measures: a unit,
    a scale, a percent, or a thing the concept lexicon knows ("orang", "climbers")."""
    toks, nw = ctx.pieces, ctx.nw
    w = toks[k]
    if w.low in nw.scales or nw.percent.starts(w.low) or nw.measures.match(toks, k):
        return True
    hits = lexicon().concepts([Word(0, 0, w.text, fold_word(w.text))], ctx.language)
    return any(h.cls == "thing" for h in hits)


def _list_number(ctx: QuantityContext, j: int) -> bool:
    t = ctx.pieces[j]
    text = ctx.text
    if not (t.text.isdigit() and len(t.text) <= 3):
        return False
    if text[t.end : t.end + 1] not in (".", ")"):
        return False
    if text[t.end + 1 : t.end + 2] not in ("", " ", "\t", "\n", "\u00a0"):
        return False
    return bool(_LINE_START_RE.search(text, 0, t.start))


def _score(ctx: QuantityContext, j: int) -> bool:
    """A sports score or tally written "3-1": digits glued to a dash and more digits."""
    toks, nw = ctx.pieces, ctx.nw
    n = len(toks)
    pair = None
    if (
        j + 2 < n
        and toks[j + 1].text in DASHES
        and toks[j + 2].kind == "n"
        and toks[j + 1].start == toks[j].end
        and toks[j + 2].start == toks[j + 1].end
    ):
        pair = (j, j + 2)
    elif (
        j >= 2
        and toks[j - 1].text in DASHES
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
