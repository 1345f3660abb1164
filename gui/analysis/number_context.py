"""The words around a number within its clause, and what they say about it.

A number's state (what happened to what it counts), its counted thing, the dimension a
measure of its kind is of, its qualifiers and the unit it is per are read here from the concept
hits of its sentence (``gui.analysis.sentence``); ``gui.analysis.slots`` turns them into a
slot. The rules, with examples, are on each function.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gui.analysis.clauses import ASIDES
from gui.analysis.lexicon import ConceptHit, stopwords
from gui.analysis.measures import POPULATION, measures
from gui.analysis.numbers import is_content_word
from gui.analysis.severity import SEVERITIES, severity_of
from gui.analysis.text import Token

if TYPE_CHECKING:
    from gui.analysis.sentence import SentenceFacts

_REACH = 8  # words on each side of a number where its state, thing and dimension are read


_QUALIFIER_REACH = (5, 3)  # words before and after the number where its qualifiers stand


THING_REACH = 3  # words after a number within which what it counts is named


# Qualifiers that narrow only what follows them, in the same clause or right after it ("48
# orang, terdiri dari 40 penumpang", "Dari jumlah tersebut, 2.500"): "yang semula tercatat 9
# orang" after a toll does not make the toll an early one.
_BEFORE_ONLY = frozenset({"PART", "BREAKDOWN", "SUPERSEDED", "CAPACITY"})


PART_AFTER = frozenset(
    {"the", "those", "them", "whom", "these", "his", "her", "their", "its"}
)  # "two of the dead", "two of his officials"


PLACE_CUES = frozenset({"di", "in", "at", "dari", "from"})
# Things that are where an event happens: what a bare height is of, and no counted thing of a
# number after them ("the eruption of the Lokon volcano ... has risen to 9").
LANDMARKS = ("VOLCANO",)


_PURPOSE = frozenset({"untuk", "guna", "agar", "supaya", "demi"})


AND = frozenset({"dan", "serta", "and"})


def _verbs_joined(sf: SentenceFacts, start: int, end: int, at: int) -> bool:
    """Whether the "dan"/"and" at offset ``at`` joins two verbs of one count (no amount
    stands before it) rather than two counts, the number at ``start``-``end`` being one."""
    counted = any(q.start == start and q.end == end and not q.unit for q in sf.quantities)
    return counted and not any(q.end <= at for q in sf.quantities)


def _in_window(hits: Sequence[ConceptHit], lo: int, hi: int) -> list[ConceptHit]:
    return [h for h in hits if lo <= h.start and h.end <= hi]


def _nearest(hits: Sequence[ConceptHit], at: int) -> ConceptHit | None:
    return min(hits, key=lambda h: min(abs(h.start - at), abs(h.end - at)), default=None)


@dataclass(slots=True)
class Around:
    """The concepts on either side of a number within its clause."""

    right: list[ConceptHit]
    left: list[ConceptHit]
    right_clause: list[ConceptHit]  # everything after the number to its clause's end
    left_clause: list[ConceptHit]  # everything before the number from its clause's start
    all_hits: list[ConceptHit]
    before: list[ConceptHit]  # everything earlier in the sentence
    a: int  # first token of the number
    b: int  # token after the number
    tokens: list[Token]
    lo: int  # the clause's first token
    hi: int  # the token after the clause
    language: str


def around_number(sf: SentenceFacts, start: int, end: int, lo: int, hi: int) -> Around:
    toks = sf.tokens
    a = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    b = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    hits = [h for h in sf.concepts if h.end <= a or h.start >= b]
    # "3.000 pasukan pengganti untuk mengisi posisi tentara yang gugur", "killing 11 people
    # and injuring 32": what follows a purpose word or a coordination is not the number's.
    purpose = next((k for k in range(b, hi) if toks[k].lower in _PURPOSE | AND), hi)
    # "destroying 230 homes and forcing about 30,000 residents ...": what the other half of
    # a coordination did is not what happened to this number's count.
    number = (start, end)
    start = max(lo, a - _REACH)
    joined = next((k for k in range(a - 1, start - 1, -1) if toks[k].lower in AND), None)
    if joined is not None and _verbs_joined(sf, *number, toks[joined].start):
        joined = None  # "tewas dan telah diangkat ... 17 orang": one count
    if joined is not None:
        start = joined + 1
    return Around(
        right=_in_window(hits, b, min(purpose, b + _REACH)),
        right_clause=_in_window(hits, b, purpose),
        left_clause=_in_window(hits, lo, a),
        all_hits=list(sf.concepts),
        left=_in_window(hits, start, a),
        # What opens the sentence, unless this number stands in the other half of a
        # coordination ("destroying 230 homes and forcing 30,000 residents to flee").
        before=[] if joined is not None else [h for h in hits if h.end <= start],
        a=a,
        b=b,
        tokens=toks,
        lo=lo,
        hi=hi,
        language=sf.sentence_language,
    )


def thing_of(around: Around) -> ConceptHit | None:
    """What is counted: the most specific thing named beside the number ("62 orang penumpang"
    counts passengers, not people), after it before before it, the nearest first."""
    lex = measures()
    best: tuple[int, int, int] | None = None
    chosen = None
    # "Divers brought up 9 bodies": a noun right after the number says what it
    # counts; a noun before it is then someone else.
    beside = any(
        h.start == around.b and (h.concept in lex.things or h.concept in lex.states)
        for h in around.right
    )
    # A thing noun right after the number heads what it counts; only the noun right after
    # that one may say it more precisely ("62 orang penumpang").
    head = next((h for h in around.right if h.start == around.b and h.concept in lex.things), None)
    sides = (
        ((0, around.right, around.b),)
        if beside
        else (
            (0, around.right, around.b),
            (1, around.left, around.a),
        )
    )
    for side, hits, at in sides:
        for h in hits:
            role = lex.things.get(h.concept)
            if role is None or h.concept in lex.counting_words or _in_place(around, h):
                continue
            if side == 1 and h.concept in LANDMARKS:
                continue
            if side == 0 and any(
                around.tokens[k].lower in ASIDES for k in range(around.b, h.start)
            ):
                continue  # "58 villagers, including children, drowned": a part, not what it counts
            if _modifier(around, h):
                continue  # "home fans", "mobil polisi": the other noun is what is counted
            if side == 0 and head is not None and h.start > head.end:
                continue  # "300 villagers as homes gave way": the noun beside it counts
            if side == 0 and (h.start - around.b > THING_REACH or _verb_between(around, h)):
                # "the toll has climbed to 9 after the volcano blew",
                # "15.000 warga memilih meninggalkan rumah": not what the number counts
                continue
            score = (role == POPULATION, side, min(abs(h.start - at), abs(h.end - at)))
            if best is None or score < best:
                best, chosen = score, h
    return chosen


def _modifier(around: Around, h: ConceptHit) -> bool:
    """Whether a thing word only qualifies the noun beside it: English puts the head last
    ("home fans", "police cars"), Indonesian first ("mobil polisi"; "orang penumpang" is a
    classifier and its head)."""
    lex = measures()
    toks = around.tokens
    for g in around.all_hits:
        if g.concept not in lex.things or g.concept == h.concept:
            continue
        first, last = (h, g) if g.start >= h.end else (g, h)
        if toks[last.start].start - toks[first.end - 1].end > 1:
            continue  # "3,100 workers, according to ...": a comma parts them
        if around.language == "en" and g.start == h.end:
            return True
        if around.language == "id" and g.end == h.start and lex.things[g.concept] != POPULATION:
            return True
    return False


def _verb_between(around: Around, h: ConceptHit) -> bool:
    """Whether a verb stands between the number and the thing word ``h`` after it."""
    for k in range(around.b, h.start):
        verb = next(
            (x for x in around.all_hits if x.start <= k < x.end and x.cls in ("event", "incident")),
            None,
        )
        if verb is not None and verb.end != h.start:  # "a thousand damaged homes": an adjective
            return True
        word = around.tokens[k].lower
        if not is_content_word(word, around.language) and word not in stopwords():
            return True  # a verb ("memilih"), not "of" or "the"
    return False


def _in_place(around: Around, h: ConceptHit) -> bool:
    """Whether a thing word names a place rather than what is counted ("7 were found in
    Sukamaju District", "di Kecamatan Sukamaju"): a capital inside the sentence, or after
    "di"/"in" (past a name: "in Sulawesi volcano eruption"), unless it stands right beside
    the number ("41 Korban mengalami ...")."""
    if h.start == around.b or h.end == around.a:
        return False
    lex = measures()
    if h.start > around.b and all(
        any(g.start <= k < g.end and g.concept in lex.counting_words for g in around.all_hits)
        for k in range(around.b, h.start)
    ):
        return False  # "3 unit Fasilitas pendidikan", "1 unit RSUD": after a counting word
    toks = around.tokens
    first = toks[h.start]
    if first.text[:1].isupper() and h.start > 0:
        return True
    if h.concept in _PLACES and _named(toks, h):
        return True  # "Garut town", "kota Garut", "the town of Garut": one named place
    k = h.start - 1
    landmark = {j for g in around.all_hits if g.concept in LANDMARKS for j in range(g.start, g.end)}
    while k > around.b and (toks[k].text[:1].isupper() or k in landmark):
        # "rises to 9 in Sulawesi volcano eruption": a name between the cue and it;
        # "dari puncak gunung": the summit of the mountain
        k -= 1
    return h.start > 0 and (toks[k].lower in PLACE_CUES or toks[k].lower in _REFERENCE_POINTS)


_PLACES = frozenset({"SETTLEMENT", "DISTRICT", "REGION"})


def _named(toks: Sequence[Token], h: ConceptHit) -> bool:
    """Whether a name stands beside a place word: before it, after it, or after "of"."""
    before = h.start > 1 and toks[h.start - 1].is_capitalised
    after = h.end < len(toks) and toks[h.end].is_capitalised
    of = h.end + 1 < len(toks) and toks[h.end].lower == "of" and toks[h.end + 1].is_capitalised
    return before or after or of


# "setinggi 2 km di atas kawah", "1.5 km above the summit": the landmark a height is reckoned
# from, not what is measured.
_REFERENCE_POINTS = frozenset({"atas", "above", "over", "bawah", "below"})


def dimension_of(around: Around, unit_kind: str) -> ConceptHit | None:
    """The word that says what an amount of this kind measures, nearest first, the one
    before it on a tie ("kerugian negara sekitar Rp 1,2 triliun"; "radius 2 km dari kawah
    ... dan jarak 5 km": a radius, then a distance)."""
    lex = measures()
    kind = unit_kind.split(":")[0]
    for hits in ((*around.right, *around.left_clause), around.before):
        found = [h for h in hits if kind in lex.dimensions.get(h.concept, ())]
        specific = [h for h in found if h.concept not in _GENERIC_DIMENSIONS]
        found = specific or found  # "anggaran subsidi": a subsidy, of which the budget
        if found:
            best = min(found, key=lambda h: (_distance_to(around, h), h.start > around.a))
            if best.start < around.a:
                # Before the number, the subject of its clause says it, not a relative
                # clause after it: "Nilai proyek yang dianggarkan ... mencapai Rp 4,8 T".
                best = min((h for h in found if h.start < around.a), key=lambda h: h.start)
            return best
    return None


def _distance_to(around: Around, h: ConceptHit) -> int:
    return min(abs(h.start - around.b), abs(h.end - around.a))


def qualifiers_of(sf: SentenceFacts, around: Around) -> frozenset[str]:
    back, ahead = _QUALIFIER_REACH
    out = {
        h.concept
        for h in sf.concepts
        if h.cls == "qualifier"
        and around.a - back <= h.start <= around.b + ahead - 1
        and (h.concept not in _BEFORE_ONLY or leads(around, h))
    }
    out = (out - SEVERITIES) | severity_of(sf, around, frozenset(out & SEVERITIES))
    toks = sf.tokens
    b = around.b
    if b + 1 < len(toks) and toks[b].lower in ("of", "dari") and toks[b + 1].lower in PART_AFTER:
        out.add("PART")
    if b < len(toks) and toks[b].lower in ("diantaranya", "antaranya"):
        out.add("PART")  # "dua diantaranya": two of them
    if b + 1 < len(toks) and toks[b].lower == "di" and toks[b + 1].lower == "antaranya":
        out.add("PART")  # "dua di antaranya"
    if _rest_after(sf, around):
        out.add("PART")  # "18 drowned on the ferry and the rest later in a clinic": a part
    if _among_after(sf, around):
        out.add("PART")  # "Three guards are among the victims", "tiga di antara korban itu"
    if "PART" in out and _whole_of_a_later_part(sf, around):
        out.discard("PART")  # "Di antara 41 korban, dua di antaranya warga asing": the 41
    return frozenset(out)


_AMONG_REACH = 4  # "four nurses are now among ...": words between a count and "among"


def _among_after(sf: SentenceFacts, around: Around) -> bool:
    """Whether the count's clause goes on to say it is among those a state befell."""
    for h in sf.concepts:
        if h.concept != "PART" or not around.b <= h.start <= around.b + _AMONG_REACH:
            continue
        words = [t.lower for t in sf.tokens[h.start : h.end]]
        if h.start >= around.hi or not {"among", "antara"} & set(words) or words[-1] in _THEM:
            continue
        nxt = next((g for g in sf.concepts if g.start == h.end), None)
        verbs = [
            g
            for g in sf.concepts
            if around.b <= g.start < h.start and g.cls in ("event", "incident")
        ]
        if nxt is not None and nxt.cls in ("event", "thing") and not verbs:
            return True
    return False


_THEM = frozenset({"them", "mereka", "antaranya"})
_REST = frozenset({"sisanya", "selebihnya", "remainder"})
_THE_REST = frozenset({"rest", "others"})
_WHOLES = frozenset({"BREAKDOWN", "TOTAL"})
_ONE = frozenset({"one", "satu", "seorang"})  # a count of one, which no quantity reads
_REST_REACH = 12  # words after a count where "the rest" still stands in its sentence


def _rest_after(sf: SentenceFacts, around: Around) -> bool:
    """Whether the sentence goes on to name the rest of a whole after this count."""
    toks = sf.tokens[around.b : around.b + _REST_REACH]
    at = next(
        (
            k
            for k, t in enumerate(toks)
            if t.lower in _REST or (k and toks[k - 1].lower == "the" and t.lower in _THE_REST)
        ),
        None,
    )
    if at is None or around.b >= len(sf.tokens):
        return False
    if any(h.concept in _WHOLES and leads(around, h) for h in around.left):
        return False  # "the toll includes 26 miners, one ... and the rest ...": the whole
    lo, hi = sf.tokens[around.b].start, toks[at].start
    words = {t.lower for t in toks[:at]}
    # "34 in A, 3 in B and the rest ...": a breakdown, whose parts no rest is of
    return not words & _ONE and not any(lo <= q.start < hi for q in sf.quantities)


def _whole_of_a_later_part(sf: SentenceFacts, around: Around) -> bool:
    """Whether "di antara"/"among" leads this number and a later number of the clause is
    "of them": this number is the whole the part is taken from."""
    toks = sf.tokens
    led = any(
        h.concept == "PART" and h.end <= around.a and around.a - h.end <= 1 for h in sf.concepts
    )
    if not led:
        return False
    # The part may stand in the next clause ("…, dua di antaranya …"): read to the sentence end.
    rest = [t.lower for t in toks[around.b :]]
    return any(w in ("antaranya", "diantaranya") for w in rest) or any(
        a == "of" and b == "them" for a, b in itertools.pairwise(rest)
    )


def leads(around: Around, h: ConceptHit) -> bool:
    return h.end <= around.a and (h.start >= around.lo or around.lo - h.end <= 0)


_GENERIC_DIMENSIONS = frozenset({"BUDGET", "MONEY", "VALUE"})


TIMES = frozenset({"times", "kali", "lipat", "fold"})  # "three times", "tiga kali lipat"
