"""How badly the people or things a count counts were hurt or damaged: SEVERE, LIGHT or
neither.

A severity is read at the count's own injury word ("luka berat", "seriously injured",
"minor injuries"), the one nearest the number on its side of any coordination, so that a
sentence listing "8 orang luka berat serta 73 luka ringan" gives each count its own. A
count with no injury word of its own (houses "rusak berat") takes the severity words
right around it. A range ("luka ringan hingga berat") is every severity, so none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.analysis.measures import measures

if TYPE_CHECKING:
    from collections.abc import Sequence

    from gui.analysis.lexicon import ConceptHit
    from gui.analysis.number_context import Around
    from gui.analysis.sentence import SentenceFacts
    from gui.analysis.text import Token

SEVERITIES = frozenset({"SEVERE", "MODERATE", "LIGHT"})

# Read from the words themselves, since "luka berat" is also the injury.
_SEVERE_WORDS = frozenset(
    {
        "berat",
        "parah",
        "kritis",
        "serius",
        "seriously",
        "serious",
        "severe",
        "severely",
        "critical",
        "critically",
        "heavily",
        "badly",
    }
)
_MODERATE_WORDS = frozenset({"moderately", "moderate"})
_HURT = frozenset({"rusak", "luka"})
_LIGHT_WORDS = frozenset({"ringan", "light", "minor", "lightly", "slightly"})
_REACH = 6  # words after a count where how badly they were hurt is said
_RANGE = frozenset({"hingga", "sampai", "to", "dan", "and", "atau", "or"})
_JOINERS = frozenset(
    {"dan", "serta", "and", ",", ";", "sementara", "sedangkan", "while", "whereas"}
)
_EVERY = "EVERY"


def severity_of(sf: SentenceFacts, around: Around, named: frozenset[str]) -> frozenset[str]:
    """The severity of the count ``around`` stands for; ``named`` holds the severity
    phrases the lexicon found within the qualifier reach ("minor injuries")."""
    own = _at_own_injury(sf, around)
    if own:
        return frozenset({own}) & SEVERITIES
    found = {severity for k in _own_words(sf, around) if (severity := _severity_word(sf.tokens, k))}
    if len(found) == 1:
        return frozenset(found)
    return frozenset() if found else named


def _severity_word(toks: Sequence[Token], k: int) -> str:
    word = toks[k].lower
    if word in _SEVERE_WORDS:
        return "SEVERE"
    if word in _LIGHT_WORDS:
        return "LIGHT"
    if word in _MODERATE_WORDS or (word == "sedang" and k and toks[k - 1].lower in _HURT):
        return "MODERATE"  # "rusak sedang"; elsewhere "sedang" is "in the middle of"
    return ""


def _own_words(sf: SentenceFacts, around: Around) -> range:
    """The words around a count that are its own: back to a comma or the count before,
    on to the next count or comma ("900 hit lightly, 25 hit moderately": each
    its own). A range ("rusak dengan kategori ringan hingga berat") runs on past the reach."""
    toks = sf.tokens
    start = around.a
    while start > max(around.lo, around.a - 3) and not toks[start - 1].is_number:
        if "," in sf.between(start - 1, start):
            break
        start -= 1
    end = around.b
    limit = min(around.b + _REACH, around.hi)
    while end < limit and not toks[end].is_number:
        if end > around.b and "," in sf.between(end - 1, end):
            break
        end += 1
        if end == limit and end < around.hi and toks[end - 1].lower in _RANGE:
            limit += 1
    return range(start, end)


def _at_own_injury(sf: SentenceFacts, around: Around) -> str:
    """The severity nearest the number among the words next to its injury word and the
    severity phrases of its own clause; "" when neither says it, every severity when the
    sentence gives a range."""
    toks = around.tokens
    if any(
        toks[k].lower in _RANGE
        and {toks[k - 1].lower, toks[k + 1].lower} & _SEVERE_WORDS
        and {toks[k - 1].lower, toks[k + 1].lower} & _LIGHT_WORDS
        for k in range(max(around.lo, 1), len(toks) - 1)
    ):
        return _EVERY

    def distance(k: int) -> int:
        return around.a - k if k < around.a else k - around.b + 1

    options: list[tuple[bool, int, str]] = [
        (_joined_apart(around, h), distance(h.start), h.concept)
        for h in sf.concepts
        if h.concept in SEVERITIES
        and around.lo <= h.start
        and h.end <= around.hi
        and not around.a <= h.start < around.b
    ]
    lex = measures()
    injuries = [
        h
        for h in (*around.left, *around.right)
        if h.concept in lex.states and lex.states[h.concept].measure == "INJURED"
    ]
    if injuries:
        # the injury word nearest the number is the one it counts ("81 korban luka, terdiri
        # atas 8 yang luka berat ...": the 81 are all the injured)
        state = min(
            injuries,
            key=lambda h: (
                _joined_apart(around, h),
                distance(h.start if h.start >= around.b else h.end - 1),
                h.start,
            ),
        )
        apart = _joined_apart(around, state)
        for k in range(max(around.lo, state.start - 1), min(around.hi, state.end + 1)):
            word = toks[k].lower
            if word in _SEVERE_WORDS or word in _LIGHT_WORDS:
                severity = "SEVERE" if word in _SEVERE_WORDS else "LIGHT"
                options.append((apart, distance(k), severity))
    return min(options)[2] if options else ""


def _joined_apart(around: Around, h: ConceptHit) -> bool:
    """Whether a coordination stands between the number and ``h``: "5 orang serta luka
    ringan ...", "injured and 15": the word beyond it belongs to the next count."""
    span = range(around.b, h.start) if h.start >= around.b else range(h.end, around.a)
    return any(around.tokens[k].lower in _JOINERS for k in span)
