"""What happened to what a number counts: the state its clause gives it.

After the number, the first state that is the clause's predicate; before it, the nearest; a
weak state (found, on board) yields to any other. What stands between decides which words
are the number's own: a participle describing the counted yields to the finite verb after it,
a state inside the whole a part is taken from is the whole's, what happened before "with" or
"carrying" happened to the vessel. ``gui.analysis.slots`` turns the state into a measure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.analysis.lexicon import ConceptHit, lexicon
from gui.analysis.measures import measures
from gui.analysis.number_context import PART_AFTER, Around
from gui.analysis.text import Token

if TYPE_CHECKING:
    from gui.analysis.sentence import SentenceFacts


def state_of(around: Around) -> ConceptHit | None:
    """What happened to what is counted. After the number, the first state that is the
    clause's predicate: one that only describes a noun ("tiga korban tewas sudah
    teridentifikasi", "eight of those rescued were rushed to hospitals") yields to a later
    one. Before the number, the nearest ("korban luka ... sebanyak 57 orang"). A weak state
    (found, on board) yields to any other."""
    lex = measures()
    right = [h for h in around.right_clause if h.concept in lex.states]
    whole_end = _of_whole_end(around)
    if any(h.start >= whole_end for h in right):
        # "two of the five badly hurt miners died": a state inside the whole a
        # part is taken from describes the whole; the part's own comes after it
        right = [h for h in right if h.start >= whole_end]
    finite = _finite_after(around, right)
    if finite is not None:
        # "7 workers trapped after the collapse were later evacuated": the participle
        # describes them; the verb with its auxiliary, past the clause, says what happened
        right = [finite]
    left = [h for h in around.left if h.concept in lex.states]
    if _out_of(around):
        left = []  # "17 identified out of a total of 189": the whole the part is taken from
    held = _held_from(around)
    if held is not None:
        # "a submarine went missing with 53 aboard", "hilang kontak dengan membawa 53 awak":
        # what happened before "with"/"carrying" happened to the vessel, not to those it held
        left = [h for h in left if h.start >= held]
    head = _of_a_noun(around)
    if head is not None:
        # "offered sympathy to the widows of the 31 sailors": the number belongs to a
        # noun phrase headed by another noun; what was done before it was done to that
        # noun. ("the deaths of all 31 sailors": the head is the state itself, and stands.)
        left = [h for h in left if h.start <= head < h.end]
    for weak in (False, True):
        for states, pick in ((right, _predicate), (left, _last)):
            chosen = [h for h in states if (lex.states[h.concept].rank == 0) == weak]
            if chosen:
                return pick(around, chosen)
    return None


_OF = frozenset({"of"})
_DETERMINERS = frozenset({"the", "all", "its", "their", "those"})


def _of_a_noun(around: Around) -> int | None:
    """The token of the noun an "of" phrase holding the number hangs on ("relatives" in
    "families of the 31 sailors"), or None."""
    k = around.a - 1
    while k > around.lo and around.tokens[k].lower in _DETERMINERS:
        k -= 1
    if k <= 0 or around.tokens[k].lower not in _OF:
        return None
    return k - 1


_WITH = frozenset({"with", "dengan"})
# Words between "with"/"carrying" and its number: "with at least 53", "membawa sekitar 53".
_LEAD_IN = frozenset(
    {
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "at",
        "least",
        "more",
        "than",
        "over",
        "sekitar",
        "kurang",
        "lebih",
        "dari",
        "hampir",
        "setidaknya",
        "sedikitnya",
        "sebanyak",
    }
)


def _held_from(around: Around) -> int | None:
    """The token where a "with"/"carrying" phrase holding the number begins, or None."""
    toks = around.tokens
    k = around.a - 1
    while k >= around.lo and toks[k].lower in _LEAD_IN:
        k -= 1
    if k < around.lo:
        return None
    if toks[k].lower in _WITH:
        return k
    carry = [h for h in around.left if h.end == k + 1 and h.concept == "CARRY"]
    return carry[0].start if carry else None


_AUXILIARY = frozenset({"been", "were", "was", "are", "is"})


def _finite_after(around: Around, right: list[ConceptHit]) -> ConceptHit | None:
    """The state of a finite verb ("had been evacuated") past the clause, when the clause's
    only state is a participle right after the counted noun ("7 workers trapped after the
    blast ...") and no other number stands between; None otherwise."""
    toks = around.tokens
    if not right or any(h.start > around.b + 1 for h in right) or around.hi >= len(toks):
        return None
    if toks[right[0].start - 1].lower in _AUXILIARY:
        return None  # "10 were trapped": finite already
    lex = measures()
    for h in sorted(around.all_hits, key=lambda h: h.start):
        if h.start < around.hi:
            continue
        if any(t.is_number for t in toks[around.hi : h.start]):
            return None
        if h.concept in lex.states and toks[h.start - 1].lower in _AUXILIARY:
            return h
    return None


def _of_whole_end(around: Around) -> int:
    """The token after the whole a part is taken from ("of the eight seriously injured
    prisoners"), ending at its first counted noun; the number's own end when no such
    phrase follows it."""
    toks = around.tokens
    b = around.b
    if not (b + 1 < len(toks) and toks[b].lower == "of" and toks[b + 1].lower in PART_AFTER):
        return b
    things = measures().things
    nouns = [h.end for h in around.right_clause if h.concept in things and h.start > b]
    return min(nouns, default=b)


def whole_state(around: Around) -> str:
    """The measure of the whole a part is taken from, when the part's own state follows it
    ("three of the eight injured died": INJURED), or ""."""
    end = _of_whole_end(around)
    lex = measures()
    states = [h for h in around.right_clause if h.concept in lex.states]
    inside = [h for h in states if h.start < end]
    if not inside or not any(h.start >= end for h in states):
        return ""
    return lex.states[inside[0].concept].measure


def _predicate(around: Around, states: list[ConceptHit]) -> ConceptHit:
    ordered = sorted(states, key=lambda h: h.start)
    for h in ordered[:-1]:
        before = around.tokens[h.start - 1] if h.start > 0 else None
        describes = before is not None and _describes(around, before, h.start - 1)
        relative = any(t.lower in _RELATIVE for t in around.tokens[around.b : h.start])
        # "31 bodies have been identified": a state word that is the counted noun itself
        # yields to what its clause goes on to say happened to them
        identified = measures().states[ordered[-1].concept].measure == "IDENTIFIED"
        counted = h.start == around.b and identified
        if not describes and not relative and not counted and not _victims(around.tokens[h.start]):
            return h
    return ordered[-1]


# "Satu korban luka berat yang sempat dirawat ... mengembuskan napas terakhir": a state in a
# relative clause describes the counted, the one after it says what happened to them.
_RELATIVE = frozenset({"yang", "who", "which"})


def _victims(word: Token) -> bool:
    """ "korban" opening a state ("korban meninggal", "korban luka"): a noun, the victims."""
    return any(h.concept == "CASUALTY" for h in lexicon().concepts([word], "id"))


def _describes(around: Around, word: Token, index: int) -> bool:
    """Whether a state word right after ``word`` only describes it: "korban meninggal" (the
    dead victims), "those rescued"; "13 orang meninggal" says what happened to the 13."""
    if word.lower in ("those", "the"):
        return True
    return any(h.start <= index < h.end and h.concept == "CASUALTY" for h in around.all_hits)


def _last(around: Around, states: list[ConceptHit]) -> ConceptHit:
    last = max(states, key=lambda h: h.start)
    lex = measures()
    for h in states:
        between = around.tokens[h.end : last.start]
        if (
            h is not last
            and lex.states[h.concept].measure == "DEAD"
            and len(between) <= 3
            and any(t.lower in ("dan", "and") for t in between)
        ):
            # "korban yang tewas dan telah diangkat ... 17 orang": the dead,
            # whatever else was done with them
            return h
    return last


_JOINED = frozenset({"dan", "and", "atau", "or", "serta"})
_TOGETHER = frozenset({"DEAD", "MISSING", "INJURED"})  # states a count often takes together


def joined_states(sf: SentenceFacts, state: ConceptHit | None) -> str:
    """ "DEAD+MISSING" when the count's state is joined to another of people by "and"/"or"
    ("total tewas dan hilang 38 orang", "dead or missing"): one count of both, no
    rival of either; "" otherwise."""
    if state is None:
        return ""
    lex = measures()
    toks = sf.tokens
    own = lex.states[state.concept].measure
    for h in sf.concepts:
        if h.concept not in lex.states or h is state:
            continue
        first, second = (h, state) if h.end <= state.start else (state, h)
        between = toks[first.end : second.start]
        other = lex.states[h.concept].measure
        joined = len(between) == 1 and between[0].lower in _JOINED
        if joined and own != other and {own, other} <= _TOGETHER:
            return "+".join(sorted((own, other)))
    return ""


_OUT_OF = (("dari", "total"), ("dari", "jumlah"), ("out", "of"), ("of", "a", "total", "of"))


def _out_of(around: Around) -> bool:
    """Whether "dari total" / "out of" / "of a total of" leads the number."""
    words = tuple(t.lower for t in around.tokens[max(0, around.a - 4) : around.a])
    if words[-1:] == ("dari",) and around.tokens[around.a].lower in ("total", "jumlah"):
        return True  # "dari total 189": the total read with the number
    return any(words[-len(p) :] == p for p in _OUT_OF)


_TERMS = frozenset({"SENTENCE", "DEMAND_SENTENCE"})


def term_of(around: Around) -> ConceptHit | None:
    """The sentence a term in years is of, said before it in its clause ("vonis penjara 4
    tahun atas perkara penganiayaan": the sentence's, not the assault's)."""
    return next((h for h in around.left_clause if h.concept in _TERMS), None)
