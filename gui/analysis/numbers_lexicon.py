"""The numbers lexicon: number words, hedges, units and the cue words around amounts.

``resources/lexicons/numbers.json`` holds one section per language and a shared one; it is
read once, and each language's view (or both languages', for any other language) is built on
first use, so the finders look words up in ready sets and phrase tables.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from gui.analysis.phrases import PhraseTable, word_set
from gui.paths import lexicon_path


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
        few=word_set(get("few")),
        hedges=PhraseTable(hedges),
        post_hedges=PhraseTable(get("post_hedges").items()),
        range_connectors=word_set(get("range_connectors")),
        between={k: frozenset(v) for k, v in get("between").items()},
        change_verbs=frozenset(get("change_verbs")),
        comparatives=frozenset(get("comparatives")),
        percent=word_set(get("percent")),
        percent_points=word_set(get("percent_points")),
        currency_words=PhraseTable(get("currency_words").items()),
        currency_qualifiers=PhraseTable(get("currency_qualifiers").items()),
        currency_symbols=shared["currency_symbols"],
        currency_prefixes=PhraseTable(shared["currency_prefixes"].items()),
        dollar_prefixes=shared["dollar_prefixes"],
        identifiers=frozenset(get("identifiers")),
        time_before=frozenset(get("time_before")),
        time_after=word_set(get("time_after")),
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
