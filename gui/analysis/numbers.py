"""Numbers as news text writes them, shared by the quantity and date finders.

Digits follow the language's convention ("14.000" and "3,5" in Indonesian, "14,000" and "3.5"
in English), but outlets copy each other's formats, so a mark that cannot be a thousands
separator is read as a decimal point and a mark followed by exactly "000" is read as a
thousands separator whatever the language ("14,000" in Indonesian text is 14000, "3.5" is 3.5).
"12.500" is 12500 in Indonesian and 12.5 in English: three digits other than "000" after the
single mark follow the language.

Number words ("dua puluh lima", "twenty-one", "a dozen", "setengah juta") are parsed from the
lexicon ``resources/lexicons/numbers.json`` (``numbers_lexicon.py``), loaded once per language
on first use. Here too: whether four digits are a year, and whether a word can name a counted
thing, which the quantity and date finders both ask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gui.analysis.numbers_lexicon import NumberWords as NumberWords
from gui.analysis.numbers_lexicon import currency_prefixes as currency_prefixes
from gui.analysis.numbers_lexicon import number_words as number_words

_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_GROUPS = {
    ".": re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+"),
    ",": re.compile(r"[1-9]\d{0,2}(?:,\d{3})+"),
}
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]*(%|[^\W\d_]+)")
_PREV_WORD_RE = re.compile(r"([^\W\d_]+|[^\w\s])[ \t\u00a0]*\Z")
_MAX_DIGITS = 15  # longer digit runs are identifiers, not amounts


def _marks(language: str) -> tuple[str, str]:
    """(decimal mark, thousands mark) of a language."""
    return (",", ".") if language == "id" else (".", ",")


def parse_digits(token: str, language: str = "id") -> float | None:
    """A run of digits with "." and "," marks; None when the marks make no number ("1.2.3")."""
    if not _DIGITS_RE.fullmatch(token):
        return None
    if len(token) - token.count(".") - token.count(",") > _MAX_DIGITS:
        return None
    has_dot, has_comma = "." in token, "," in token
    if not has_dot and not has_comma:
        return float(token)
    if has_dot and has_comma:
        last = max(token.rfind("."), token.rfind(","))
        mark, whole, frac = token[last], token[:last], token[last + 1 :]
        grouping = "," if mark == "." else "."
        if mark in whole or not _GROUPS[grouping].fullmatch(whole):
            return None
        return float(whole.replace(grouping, "") + "." + frac)
    mark = "." if has_dot else ","
    parts = token.split(mark)
    if len(parts) > 2:  # several of one mark can only group thousands
        return float(token.replace(mark, "")) if _GROUPS[mark].fullmatch(token) else None
    whole, frac = parts
    grouping = _marks(language)[1]
    groups = bool(_GROUPS[mark].fullmatch(token))
    if groups and (mark == grouping or frac == "000"):
        return float(whole + frac)
    return float(whole + "." + frac)


def parse_number_words(words: Sequence[str], language: str = "id") -> tuple[float, int] | None:
    """The number spelled by the longest prefix of ``words`` (lower case) and its length.

    "dua puluh lima ribu" -> (25000, 4); "two hundred and six" -> (206, 4);
    "satu setengah juta" -> (1.5e6, 3); "a dozen" -> (12, 2). None when no number starts there.
    """
    nw = number_words(language)
    total = 0.0
    group = 0.0
    pending: float | None = None
    pending_tens = False  # an English tens word ("twenty") that may take a unit ("-one")
    fraction_done = False
    last_scale = float("inf")
    best: tuple[float, int] | None = None
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        step = 1
        if w in nw.units:
            v = nw.units[w]
            if pending is None:
                pending, pending_tens = v, v >= 20
            elif pending_tens and v < 10:
                pending, pending_tens = pending + v, False
            else:
                break
        elif w in nw.se_forms:
            v = nw.se_forms[w]
            if v >= 1000:
                if pending is not None or group or v >= last_scale:
                    break
                total += v
                last_scale = v
            elif v >= 100:
                if pending is not None or group:
                    break
                group = v
            else:
                if pending is not None:
                    break
                pending, pending_tens = v, False
        elif w in nw.teen:
            if pending is None or not 1 <= pending <= 9:
                break
            pending, pending_tens = pending + 10, False
        elif w in nw.multipliers:
            if pending is None:
                break
            group += pending * nw.multipliers[w]
            pending, pending_tens = None, False
        elif w in nw.scales:
            base = group + (pending or 0)
            scale = nw.scales[w]
            if base <= 0 or scale >= last_scale:
                break
            total += base * scale
            group, pending, pending_tens = 0.0, None, False
            last_scale = scale
        elif w in nw.fractions and not fraction_done:
            v = nw.fractions[w]
            if pending is None and group == 0 and total == 0:
                # "setengah juta", "half a million": the fraction stands for the unit
                if i + 1 < n and words[i + 1] in nw.articles:
                    step = 2
                pending = v
            elif pending is not None and pending == int(pending) and w not in nw.units:
                pending += v  # "satu setengah", "dua setengah juta"
            else:
                break
            fraction_done = True
            pending_tens = False
        elif (
            w in nw.articles
            and i + 1 < n
            and (words[i + 1] in nw.multipliers or words[i + 1] in nw.scales)
        ):
            if pending is not None or group or total:
                break
            pending = 1.0
        elif w == "and" and "and" not in nw.units and i + 1 < n:
            # "one hundred and six"; "two and a half million"
            rest = words[i + 1 : i + 3]
            if rest == ["a", "half"] and pending is not None and not fraction_done:
                pending += 0.5
                fraction_done = True
                step = 3
            elif (group or total) and pending is None and words[i + 1] in nw.units:
                i += 1
                continue
            else:
                break
        else:
            break
        i += step
        value = total + group + (pending or 0)
        if value or pending == 0:
            best = (value, i)
    return best


def parse_number(token: str, *, language: str = "id") -> float | None:
    """The value of a written number: digits, number words, or digits and a scale word.

    "14.000" -> 14000, "3,5" -> 3.5 (id), "14,000" -> 14000 (en), "3,5 juta" -> 3.5e6,
    "dua puluh lima" -> 25, "twenty-one" -> 21. None when the whole token is not a number.
    """
    words = token.strip().split()
    if not words:
        return None
    nw = number_words(language)
    if words[0][0].isdigit():
        value = parse_digits(words[0], language)
        if value is None:
            return None
        for w in words[1:]:
            lw = w.lower()
            if lw in nw.scales:
                value *= nw.scales[lw]
            elif lw in nw.multipliers:
                value *= nw.multipliers[lw]
            else:
                return None
        return value
    parts = [p for w in words for p in w.lower().replace("‐", "-").split("-") if p]
    parsed = parse_number_words(parts, language)
    if parsed is None or parsed[1] != len(parts):
        return None
    return parsed[0]


def is_content_word(word: str, language: str) -> bool:
    """Whether a word can name a counted thing: not a function word or an inflected verb."""
    nw = number_words(language)
    w = word.lower()
    if not w[:1].isalpha() or w in nw.function_words:
        return False
    if w in nw.head_verbs_allowed:
        return True
    if w in nw.verbs:
        return False
    if language == "en" and len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        return False  # "rallied", "marched": a participle heads only when listed ("killed")
    # Indonesian verbs wear their prefixes (di-kirim, me-ngirim, ter-tangkap, ber-ada); the
    # nouns that share those letters (menteri, divisi, tersangka) are listed as exceptions.
    return not (len(w) >= 6 and w.startswith(nw.verb_prefixes) and w not in nw.not_verbs)


def previous_word(text: str, start: int) -> str:
    """The word or symbol just before ``start``, lower case ("" at the start)."""
    m = _PREV_WORD_RE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def next_word(text: str, end: int) -> str:
    """The word (or "%") just after ``end`` as written ("" when none follows on the line)."""
    m = _NEXT_WORD_RE.match(text, end)
    return m.group(1) if m else ""


def reads_as_year(text: str, start: int, end: int, language: str) -> bool:
    """Whether the four digits at text[start:end] name a year rather than count something.

    "pada 2022", "in 2022", "2022 lalu" are years; "2000 orang", "sekitar 2000", "2000 persen",
    "$2000" are counts. English writes counts above 999 with a comma, so there only a hedge, a
    currency, a percent or a scale word makes four bare digits a count; Indonesian counts are
    also recognised by a lower-case counted noun after them ("2000 tentara").
    """
    token = text[start:end]
    if len(token) != 4 or not token.isdigit() or not 1900 <= int(token) <= 2100:
        return False
    nw = number_words(language)
    prev = previous_word(text, start)
    if prev in nw.year_preps:
        return True
    if prev in nw.count_cues or prev in nw.currency_symbols or nw.currency_prefixes.starts(prev):
        return False
    nxt = next_word(text, end)
    if not nxt:
        return True
    low = nxt.lower()
    if low == "%" or nw.percent.starts(low) or low in nw.scales or nw.currency_words.starts(low):
        return False
    return not (
        language != "en"
        and nxt[0].islower()
        and is_content_word(low, language)
        and low not in nw.identifiers
    )
