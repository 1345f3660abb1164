"""Clauses of a sentence: where a number's or a date's clause begins and ends, the events and
actor in it, its negation and hedges, and the features alignment compares.

One sentence often carries two numbers about different things ("14.000 dikerahkan, termasuk
3.000 pengganti"): each is read in its own clause, the words between the nearest commas or
clause breaks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from gui.analysis.lexicon import ConceptHit, lexicon, stem, stopwords
from gui.analysis.numbers import number_words
from gui.analysis.sentence import SentenceFacts
from gui.analysis.text import Token
from gui.domain import Entity

_PREPOSITIONS = frozenset(
    [
        "ke",
        "di",
        "dari",
        "kepada",
        "terhadap",
        "dengan",
        "untuk",
        "pada",
        "dalam",
        "atas",
        "antara",
        "to",
        "in",
        "into",
        "from",
        "at",
        "on",
        "with",
        "for",
        "against",
        "of",
    ]
)
# Verbs that frame a number rather than say what happened to what it counts.
FRAMES = frozenset(
    {
        "SAY",
        "REPORT",
        "ESTIMATE",
        "ANNOUNCE",
        "REACH",
        "FIND",
        "INCREASE",
        "DECREASE",
        "PUBLISH",
        "CONFIRM",  # "officials confirmed 18,000 acres burned": the count is of the burning
    }
)
CHANGES = frozenset({"INCREASE", "DECREASE"})
EVENT_CLASSES = frozenset({"event", "incident"})
COORDINATORS = frozenset({"dan", "serta", "and"})
OPENING = 2  # tokens at the start of a sentence where its subject incident stands
# Brackets hold short appositives ("(KCNA)", "(28/4/2025)") and do not end a clause.
_CLAUSE_PUNCT = ',;:–—"“”'


_NAMELY = frozenset({"yakni", "yaitu", "namely"})  # words that go on with the clause before


def clause_bounds(
    tokens: Sequence[Token],
    text: str,
    start: int,
    end: int,
    amounts: frozenset[int] = frozenset(),
    mentions: Sequence[tuple[int, int]] = (),
) -> tuple[int, int]:
    """Token range [i, j) of the clause that holds the span [start, end) (a number or date).

    The clause reaches left and right until punctuation, a clause-break word, or a coordinated
    amount ("12 died and more than 30 were hurt": ``amounts`` holds where amounts start);
    punctuation inside the span itself ("Senin (28/4/2025)") or inside another date or time
    (``mentions``: "hingga hari ini Kamis, 9 Mei 2024 berjumlah 17 orang") does not count.
    """
    lex = lexicon()

    def broken(gap_start: int, gap_end: int) -> bool:
        gap = text[gap_start:gap_end]
        for s, e in mentions:
            if s < gap_end and gap_start < e:
                lo, hi = max(s, gap_start) - gap_start, min(e, gap_end) - gap_start
                gap = gap[:lo] + " " * (hi - lo) + gap[hi:]
        return any(c in _CLAUSE_PUNCT for c in gap)

    i = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    j = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    # Walk left: stop at punctuation, after a clause-break word ("termasuk 3.000 ..."), or
    # before "dan" when the clause starts with a number ("... dan 450 orang luka-luka").
    edge = tokens[i].start if i < len(tokens) and tokens[i].start < end else start
    while i > 0:
        prev = tokens[i - 1]
        namely = i < len(tokens) and tokens[i].lower in _NAMELY
        if broken(prev.end, edge) and not namely:
            break  # ("melonjak paling tajam, yaitu 28%": "yaitu" goes on with it)
        if (
            prev.lower in COORDINATORS
            and start <= edge < end
            and i < len(tokens)
            and tokens[i].is_number
        ):
            break
        i -= 1
        edge = prev.start
        if prev.lower in lex.clause_breaks:
            break
    # Walk right: stop at punctuation, a clause-break word, or "dan" before another number.
    first = j
    edge = tokens[j - 1].end if j > 0 and tokens[j - 1].end > start else end
    while j < len(tokens):
        nxt = tokens[j]
        aside = (
            _aside_end(tokens, j, broken)
            if broken(edge, nxt.start) and not _predicated(tokens[i:j])
            else None
        )
        if aside is not None:
            # "58 villagers, including children, have drowned": the aside names who, and the
            # clause goes on past it to what happened to them
            j, edge = aside, tokens[aside].start
            continue
        if broken(edge, nxt.start) or (nxt.lower in lex.clause_breaks and not _now(tokens, j)):
            break
        if nxt.lower == "as" and j > first and _as_opens_clause(tokens, j):
            break  # "killing 300 villagers as homes gave way": another happening
        if (
            nxt.lower in COORDINATORS
            and j + 1 < len(tokens)
            and (tokens[j + 1].is_number or tokens[j + 1].start in amounts)
        ):
            break
        j += 1
        edge = nxt.end
    return i, j


ASIDES = frozenset({"including", "termasuk", "mostly", "many", "most", "kebanyakan"})
_ASIDE_WORDS = 5  # words an aside between commas may hold


_NOT_A_CLAUSE_AFTER_AS = frozenset(
    {"of", "well", "many", "much", "high", "far", "long", "soon", "a", "an", "part", "such"}
)


def _as_opens_clause(tokens: Sequence[Token], j: int) -> bool:
    """Whether "as" at ``j`` opens a clause ("as buildings collapsed"), not "as of", "as
    well as", "as many as", "as a result", "such as"."""
    before = tokens[j - 1].lower
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is None or after.is_number or after.lower in _NOT_A_CLAUSE_AFTER_AS:
        return False
    if before in ("such", "as", "same", "so"):
        return False
    # a subject and its verb follow ("as buildings collapsed"), not a role ("as suspects")
    verbs = lexicon().concepts(tokens[j + 1 : j + 5], "en")
    if any(h.start == 0 and h.cls in ("event", "incident") for h in verbs):
        return False  # "listed as missing", "counted as dead": a state, no new subject
    return any(h.cls in ("event", "incident") and h.start >= 1 for h in verbs)


def _now(tokens: Sequence[Token], j: int) -> bool:
    """ "saat ini", "sementara ini" (now, for now): a time word, no clause break."""
    return j + 1 < len(tokens) and tokens[j + 1].lower == "ini"


def _predicated(words: Sequence[Token]) -> bool:
    """Whether the clause already says what happened, before or after its count ("killed
    140 villagers, most of them farmers, and left 90 missing"; "Dozens were injured, mostly ..."):
    an aside after it is about the happening, and ends the clause. Saying is no happening."""
    lex = lexicon()
    return any(
        h.cls in ("event", "incident") and h.concept not in FRAMES
        for lang in ("id", "en")
        for h in lex.concepts(words, lang)
    )


def _aside_end(tokens: Sequence[Token], j: int, broken: Callable[[int, int], bool]) -> int | None:
    """The token after an aside that opens at ``j`` and closes with punctuation, before
    a verb goes on; None when ``j`` opens no aside (or one that carries its own number)."""
    if j >= len(tokens) or tokens[j].lower not in ASIDES:
        return None
    for k in range(j + 1, min(len(tokens), j + 1 + _ASIDE_WORDS)):
        if tokens[k].is_number:
            return None
        if broken(tokens[k - 1].end, tokens[k].start):
            return k
    return None


def features(
    sf: SentenceFacts, lo: int, hi: int, weight: float, language: str, out: dict[str, float]
) -> None:
    """Add the features of tokens[lo:hi] to ``out`` with ``weight`` (keeping the larger);
    a glossary term is one feature in both languages ("korsleting", "short circuit")."""
    toks = sf.tokens
    covered: set[int] = set()
    for hit in (*sf.concepts, *sf.terms):
        if hit.start >= lo and hit.end <= hi:
            key = f"c:{hit.concept}"
            out[key] = max(out.get(key, 0.0), weight)
            covered.update(range(hit.start, hit.end))
    ent_spans = [(e.start, e.end, e.key) for e in sf.entities]
    for k in range(lo, hi):
        if k in covered:
            continue
        t = toks[k]
        ent = next((key for s, e, key in ent_spans if s <= t.start < e), None)
        if ent is not None:
            feat, w = f"e:{ent}", weight
        elif t.lower in stopwords() or t.is_number or len(t.lower) < 3 or _number_word(t):
            continue  # a figure is compared by its value, not by the words that spell it
        else:
            feat, w = f"w:{stem(t.lower, language)}", weight * 0.6
        out[feat] = max(out.get(feat, 0.0), w)


@cache
def _number_vocabulary() -> frozenset[str]:
    words = number_words("any")
    return frozenset(
        [*words.units, *words.se_forms, *words.teen, *words.multipliers, *words.scales]
    )


def _number_word(t: Token) -> bool:
    return t.lower in _number_vocabulary()


def events_near(sf: SentenceFacts, lo: int, hi: int, near: int) -> list[ConceptHit]:
    hits = [h for h in sf.concepts if h.cls in EVENT_CLASSES and lo <= h.start < hi]
    return sorted(hits, key=lambda h: (abs(h.start - near), h.start))


def shared_event(sf: SentenceFacts, before: int) -> ConceptHit | None:
    """The event verb of the clause ending at token ``before``, if it precedes its number."""
    toks = sf.tokens
    first_number = next(
        (
            k
            for k in range(before - 1, -1, -1)
            if toks[k].is_number and (k == 0 or not toks[k - 1].is_number)
        ),
        None,
    )
    if first_number is None:
        return None
    hits = [
        h
        for h in sf.concepts
        if h.cls == "event"
        and h.end <= first_number
        and h.concept not in FRAMES
        and first_number - h.end <= 3
    ]
    return hits[-1] if hits else None


def stamped(sf: SentenceFacts, events: Sequence[ConceptHit]) -> frozenset[str]:
    """The events a value belongs to: the nearest one, and an incident that is its subject
    ("earthquake struck": striking and the quake; "gempa mengguncang": the quake)."""
    out = {h.concept for h in events}
    for ev in events:
        out |= {
            h.concept for h in sf.concepts if h.cls == "incident" and 0 <= ev.start - h.end <= 1
        }
        if ev.cls == "event":
            # "Gempa ... yang mengguncang Majene, Selasa malam menyebabkan puluhan orang
            # meninggal": an outcome's sentence opened by an incident is about that incident.
            out |= {h.concept for h in sf.concepts if h.cls == "incident" and h.start < OPENING}
    return frozenset(out)


def agent_of(sf: SentenceFacts, event: ConceptHit | None) -> Entity | None:
    """Who does ``event``: the name before the verb, or after "oleh"/"by" in the passive."""
    lex = lexicon()
    toks = sf.tokens
    if event is None:
        return None
    # Passive: "diperintahkan oleh Kim Jong Un", "was ordered by ...".
    k = event.end
    if k < len(toks) and toks[k].lower in lex.passive_agent:
        after = [e for e in sf.entities if e.start >= toks[k].end]
        if after:
            return after[0]
    before = [e for e in sf.entities if e.end <= toks[event.start].start]
    for e in reversed(before):
        idx = next((n for n, t in enumerate(toks) if t.start == e.start), None)
        # "ke Rusia", "di Kyiv": an entity after a preposition is a place or goal, not the actor.
        if (
            idx is not None
            and idx > 0
            and toks[idx - 1].lower in _PREPOSITIONS
            and sf.sentence.text[
                toks[idx - 1].end - sf.sentence.start : e.start - sf.sentence.start
            ].isspace()
        ):
            continue
        return e
    return None


def flags(sf: SentenceFacts, lo: int, hi: int) -> tuple[bool, bool, bool]:
    lex = lexicon()
    toks = sf.tokens
    negated = hedged = speculative = False
    event_positions = {h.start for h in sf.concepts if h.cls in EVENT_CLASSES}
    for k in range(lo, hi):
        if lex.is_cue(lex.hedges, toks, k):
            hedged = True
        if lex.is_cue(lex.speculation, toks, k):
            speculative = True
        n = lex.is_cue(lex.negations, toks, k)
        contrast = k > lo and toks[k - 1].lower in _CONTRAST  # "9 tahun, dan bukan seumur hidup"
        if n and not contrast and any(k + n <= p <= k + n + 3 for p in event_positions):
            negated = True
    return negated, hedged, speculative


_CONTRAST = frozenset({"dan", "and", "serta", "melainkan"})  # "…, and not X": X is what is denied
