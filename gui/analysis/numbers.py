"""Numbers as news text writes them, shared by the quantity and date finders.

Digits follow the language's convention ("14.000" and "3,5" in Indonesian, "14,000" and "3.5"
in English), but outlets copy each other's formats, so a mark that cannot be a thousands
separator is read as a decimal point and a mark followed by exactly "000" is read as a
thousands separator whatever the language ("14,000" in Indonesian text is 14000, "3.5" is 3.5).
"12.500" is 12500 in Indonesian and 12.5 in English: three digits other than "000" after the
single mark follow the language.

Number words ("dua puluh lima", "twenty-one", "a dozen", "setengah juta") are parsed from the
lexicon ``resources/lexicons/numbers.json``, loaded once per language on first use.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple, TypeVar

from gui.domain import DateMention, Quantity, TimeMention
from gui.paths import lexicon_path

V = TypeVar("V")

# A number, a word (inner hyphens and apostrophes kept: "kira-kira", "twenty-one", "jum'at"),
# or any other single visible character.
_TOKEN_RE = re.compile(r"(?P<n>\d+(?:[.,]\d+)*)|(?P<w>[^\W\d_]+(?:['’\-][^\W\d_]+)*)|(?P<s>[^\s])")
_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_GROUPS = {
    ".": re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+"),
    ",": re.compile(r"[1-9]\d{0,2}(?:,\d{3})+"),
}
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]*(%|[^\W\d_]+)")
_PREV_WORD_RE = re.compile(r"([^\W\d_]+|[^\w\s])[ \t\u00a0]*\Z")
_MAX_DIGITS = 15  # longer digit runs are identifiers, not amounts


class Token(NamedTuple):
    start: int  # half-open offsets into the text that was tokenised (no offset added)
    end: int
    text: str
    low: str  # lower case
    kind: str  # "n" number, "w" word, "s" symbol


def tokenize(text: str) -> list[Token]:
    """Numbers, words and single symbols of one sentence, with local offsets."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        t = m.group()
        out.append(Token(m.start(), m.end(), t, t.lower(), m.lastgroup or "s"))
    return out


class PhraseTable(Mapping[tuple[str, ...], V]):
    """Phrases keyed by their token forms, matched longest first at a token position."""

    def __init__(self, phrases: Iterable[tuple[str, V]]) -> None:
        self._items: dict[tuple[str, ...], V] = {}
        for phrase, value in phrases:
            key = tuple(t.low for t in tokenize(phrase))
            if key:
                self._items[key] = value
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(self._items, key=len, reverse=True):
            self._by_first.setdefault(key[0], []).append(key)

    def __getitem__(self, key: tuple[str, ...]) -> V:
        return self._items[key]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def starts(self, word: str) -> bool:
        return word in self._by_first

    def match(self, tokens: Sequence[Token], i: int) -> tuple[V, int] | None:
        """The value of the longest phrase at tokens[i:] and the index after it."""
        if i >= len(tokens):
            return None
        for key in self._by_first.get(tokens[i].low, ()):
            j = i + len(key)
            if j <= len(tokens) and all(tokens[i + k].low == key[k] for k in range(1, len(key))):
                return self._items[key], j
        return None


def _phrases(words: Iterable[str]) -> PhraseTable[bool]:
    return PhraseTable((w, True) for w in words)


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The numbers lexicon of one language (or of both, for any other language)."""

    language: str
    units: Mapping[str, float]  # "dua" -> 2, "twenty" -> 20
    se_forms: Mapping[str, float]  # one-word "one X": "seratus" -> 100, "seribu" -> 1000
    teen: frozenset[str]  # "belas": adds ten to the unit before it
    multipliers: Mapping[str, float]  # "puluh" -> 10, "ratus"/"hundred" -> 100, "dozen" -> 12
    scales: Mapping[str, float]  # "ribu"/"thousand" -> 1e3, "juta"/"million" -> 1e6
    money_scales: Mapping[str, float]  # abbreviations that scale only money: "Rp 5 M", "$5m"
    fractions: Mapping[str, float]  # "setengah"/"half" -> 0.5
    articles: frozenset[str]  # "a"/"an" read as one before hundred, thousand, dozen
    weak: frozenset[str]  # number words too common to count without a counted noun
    weak_blockers: frozenset[str]  # words before a weak number that make it no count
    vague: Mapping[str, tuple[float, float]]  # "ratusan" -> (200, 999)
    vague_of: frozenset[str]  # English vague words that take "of thousands"
    vague_needs_scale: frozenset[str]  # "tens" counts only as "tens of thousands"
    few: PhraseTable[bool]  # "beberapa"/"several" + a scale is vague
    hedges: PhraseTable[str]  # phrase -> hedge class
    post_hedges: PhraseTable[str]
    range_connectors: PhraseTable[bool]
    between: Mapping[str, frozenset[str]]  # "antara" -> {"dan", ...}
    change_verbs: frozenset[str]
    comparatives: frozenset[str]  # "5 persen lebih tinggi": "lebih" compares, it does not hedge
    percent: PhraseTable[bool]
    percent_points: PhraseTable[bool]
    currency_words: PhraseTable[str]  # "dolar" -> "USD"
    currency_qualifiers: PhraseTable[str]  # "AS" -> "USD" (after the word in id, before in en)
    currency_symbols: Mapping[str, str]
    currency_prefixes: PhraseTable[str]
    dollar_prefixes: Mapping[str, str]  # "US" in "US$" -> "USD"
    identifiers: frozenset[str]
    time_before: frozenset[str]
    time_after: PhraseTable[bool]
    day_parts: frozenset[str]
    score_words: frozenset[str]
    count_cues: frozenset[str]
    year_preps: frozenset[str]
    function_words: frozenset[str]
    verbs: frozenset[str]
    head_verbs_allowed: frozenset[str]
    verb_prefixes: tuple[str, ...]
    not_verbs: frozenset[str]
    adjectives: frozenset[str]
    ordinal_suffixes: frozenset[str]
    attached_units: frozenset[str]
    measures: PhraseTable[tuple[str, float]]  # "pekan" -> ("day", 7), "km" -> ("km", 1)
    measure_prefixes: PhraseTable[str]  # "magnitudo" -> "magnitude"


@cache
def _raw_lexicon() -> dict[str, Any]:
    with open(lexicon_path("numbers.json"), encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _merged(sections: Sequence[dict[str, Any]], key: str) -> Any:
    """One lexicon entry over several languages: lists joined, mappings merged (first wins)."""
    values = [s[key] for s in sections if key in s]
    if values and isinstance(values[0], dict):
        out: dict[str, Any] = {}
        for v in reversed(values):
            out.update(v)
        return out
    return [w for v in values for w in v]


@cache
def currency_prefixes() -> frozenset[str]:
    """Words written before an amount to name its currency ("rp", "usd"), lower case."""
    return frozenset(_raw_lexicon()["shared"]["currency_prefixes"])


@cache
def number_words(language: str) -> NumberWords:
    """The numbers lexicon for ``language`` ("id", "en"; anything else gets both)."""
    raw = _raw_lexicon()
    names = [language] if language in ("id", "en") else ["id", "en"]
    sections = [raw[n] for n in names]
    shared = raw["shared"]

    def get(key: str) -> Any:
        return _merged(sections, key)

    hedges = [(w, cls) for s in reversed(sections) for cls, ws in s["hedges"].items() for w in ws]
    return NumberWords(
        language=language,
        units=get("units"),
        se_forms=get("se_forms"),
        teen=frozenset(get("teen")),
        multipliers=get("multipliers"),
        scales=get("scales"),
        money_scales=get("money_scales"),
        fractions=get("fractions"),
        articles=frozenset(get("articles")),
        weak=frozenset(get("weak")),
        weak_blockers=frozenset(get("weak_blockers")),
        vague={k: (float(v[0]), float(v[1])) for k, v in get("vague").items()},
        vague_of=frozenset(get("vague_of")),
        vague_needs_scale=frozenset(get("vague_needs_scale")),
        few=_phrases(get("few")),
        hedges=PhraseTable(hedges),
        post_hedges=PhraseTable(get("post_hedges").items()),
        range_connectors=_phrases(get("range_connectors")),
        between={k: frozenset(v) for k, v in get("between").items()},
        change_verbs=frozenset(get("change_verbs")),
        comparatives=frozenset(get("comparatives")),
        percent=_phrases(get("percent")),
        percent_points=_phrases(get("percent_points")),
        currency_words=PhraseTable(get("currency_words").items()),
        currency_qualifiers=PhraseTable(get("currency_qualifiers").items()),
        currency_symbols=shared["currency_symbols"],
        currency_prefixes=PhraseTable(shared["currency_prefixes"].items()),
        dollar_prefixes=shared["dollar_prefixes"],
        identifiers=frozenset(get("identifiers")),
        time_before=frozenset(get("time_before")),
        time_after=_phrases(get("time_after")),
        day_parts=frozenset(get("day_parts")),
        score_words=frozenset(get("score_words")),
        count_cues=frozenset(get("count_cues")),
        year_preps=frozenset(get("year_preps")),
        function_words=frozenset(get("function_words")),
        verbs=frozenset(get("verbs")),
        head_verbs_allowed=frozenset(get("head_verbs_allowed")),
        verb_prefixes=tuple(get("verb_prefixes")),
        not_verbs=frozenset(get("not_verbs")),
        adjectives=frozenset(get("adjectives")),
        ordinal_suffixes=frozenset(shared["ordinal_suffixes"]),
        attached_units=frozenset(shared["attached_units"]),
        measures=PhraseTable((k, (u, float(f))) for k, (u, f) in shared["measures"].items()),
        measure_prefixes=PhraseTable(shared["measure_prefixes"].items()),
    )


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


def find_numeric_mentions(
    text: str, *, offset: int = 0, published: date | None = None, language: str = "id"
) -> tuple[list[Quantity], list[DateMention], list[TimeMention]]:
    """Quantities, dates and times of day of one sentence: dates first, then times outside
    their spans, then quantities outside both.

    Date words that cannot be resolved without a publication date ("tahun lalu") are still
    kept out of the quantities, so "dua tahun lalu" never counts two of anything.
    """
    # Imported here because the finders import this module for its number parsing.
    from gui.analysis.dates import scan_dates
    from gui.analysis.quantities import find_quantities
    from gui.analysis.times import find_times

    if isinstance(published, datetime):
        published = published.date()
    dates, spans = scan_dates(text, offset=offset, published=published, language=language)
    times = find_times(text, offset=offset, exclude=tuple(spans))
    spans = [*spans, *((t.start, t.end) for t in times)]
    quantities = find_quantities(text, offset=offset, language=language, exclude=spans)
    return quantities, dates, times
