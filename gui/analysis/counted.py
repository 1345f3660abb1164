"""What a count's own words say it counts, read beside the number.

The pieces something broke into ("terbelah menjadi tiga bagian"), two kinds of thing counted
together ("eight boats and helicopters"), a deed no concept knows ("21 pendaki yang sudah
turun"), a noun no concept knows ("two command posts"), subsets named right after it, the
state a tally opens its sentence with, a negated state. ``gui.analysis.slots`` turns them
into a count's measure and qualifiers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.analysis.clauses import ASIDES, COORDINATORS
from gui.analysis.lexicon import ConceptHit, lexicon, stem, stopwords
from gui.analysis.measures import OBJECT, SUBSET, measures
from gui.analysis.number_context import THING_REACH, Around

if TYPE_CHECKING:
    from gui.analysis.sentence import SentenceFacts
    from gui.domain import Quantity


def subsets_beside(around: Around) -> frozenset[str]:
    """Subsets named right after the number ("7 penumpang anak-anak": children)."""
    lex = measures()
    return frozenset(
        h.concept
        for h in around.right
        if lex.things.get(h.concept) == SUBSET
        and h.start - around.b <= THING_REACH
        and not set_aside(around, h)
    )


_COPULAS = frozenset({"merupakan", "adalah", "ialah", "yakni", "were", "are", "was", "is"})
_COPULA_REACH = 8  # words from the number to the copula that names what the part is


def part_named_after(sf: SentenceFacts, around: Around) -> frozenset[str]:
    """The subset a part is said to be after a copula ("Tiga di antara korban itu ialah
    personel kepolisian", "two of the dead were foreign tourists")."""
    lex = measures()
    toks = sf.tokens
    end = min(len(toks), around.b + _COPULA_REACH)
    copula = next((k for k in range(around.b, end) if toks[k].lower in _COPULAS), None)
    if copula is None:
        return frozenset()
    return frozenset(
        h.concept
        for h in sf.concepts
        if copula < h.start <= copula + 3 and lex.things.get(h.concept) == SUBSET
    )


def set_aside(around: Around, h: ConceptHit) -> bool:
    """Whether a word after the number stands in an aside about some of the counted ("87
    people, including children, died"): it names a part, not what the number counts."""
    return any(around.tokens[k].lower in ASIDES for k in range(around.b, h.start))


_WHO = frozenset({"yang", "who", "which", "that"})
_AUXILIARIES = frozenset(
    {"sudah", "telah", "masih", "baru", "have", "has", "had", "been", "were", "was", "are", "is"}
)


def unknown_state(sf: SentenceFacts, around: Around, language: str) -> str:
    """ "~<stem>" when a relative clause right after the counted noun says what they did
    with a verb no concept knows ("21 pendaki yang sudah turun", "21 hikers who had come
    down"); "" otherwise."""
    toks = sf.tokens
    k = around.b + 1  # past the counted noun
    if k >= len(toks) or toks[k].lower not in _WHO:
        return ""
    k += 1
    while k < len(toks) and toks[k].lower in _AUXILIARIES:
        k += 1
    if k >= len(toks) or toks[k].is_number or toks[k].lower in stopwords():
        return ""
    lex = measures()
    if any(
        h.start <= k < h.end and (h.concept in lex.states or h.concept in lex.things)
        for h in sf.concepts
    ):
        return ""  # a known state or thing: the lexicon's reading stands
    return f"~{stem(toks[k].lower, language)}"


_SPLIT = frozenset(
    {"terbelah", "pecah", "patah", "terpecah", "terbagi", "broken", "split", "broke", "fractured"}
)
_INTO = frozenset({"menjadi", "jadi", "into", "in"})


def split_into(around: Around) -> bool:
    """Whether the number says into how many pieces something broke ("terbelah menjadi 3
    bagian", "terbelah jadi empat", "split into four pieces")."""
    toks = around.tokens
    k = around.a - 1
    while k >= around.lo and toks[k].lower in ("at", "least", "sedikitnya", "setidaknya"):
        k -= 1
    if k >= 0 and toks[k].lower in _INTO:
        k -= 1
    return k >= 0 and toks[k].lower in _SPLIT


_AND = frozenset({"and", "dan", "serta", "or", "atau"})


def and_another(around: Around, thing: ConceptHit, role: str = OBJECT) -> str:
    """ "A+B" when the counted noun right after the number is coordinated with another
    thing of its kind ("eight boats and helicopters", "20 kapal dan pesawat", "200
    passengers and crew" with ``role`` ROLE): the count is of both together, no rival of a
    count of either."""
    if thing.start != around.b:
        return ""
    toks = around.tokens
    k = thing.end
    if k >= len(toks) or toks[k].lower not in _AND:
        return ""
    lex = measures()
    other = next(
        (h for h in around.all_hits if h.start == k + 1 and lex.things.get(h.concept) == role),
        None,
    )
    if other is None or other.concept == thing.concept:
        return ""
    return "+".join(sorted((thing.concept, other.concept)))


def beside(around: Around) -> bool:
    return around.b < len(around.tokens)


def unknown_noun(sf: SentenceFacts, q: Quantity, around: Around) -> bool:
    """Whether the word right after the number is a noun no concept knows ("command posts")."""
    if not q.head or not beside(around) or named(sf, around):
        return False
    word = around.tokens[around.b]
    if around.language == "en" and word.lower.endswith("ly") and len(word.lower) > 4:
        return False  # "looked for 4 apparently still missing": an adverb, no noun
    return word.text == q.head.split()[0] and word.lower not in stopwords()


def counted_deed(sf: SentenceFacts, around: Around) -> bool:
    """Whether the word right after the number is a deed made a noun ("11 tembakan", "three
    attacks"): the number counts the deeds, not anyone they befell later in the sentence.
    A state ("12 tewas") is what befell the counted, and stays one."""
    states = measures().states
    return any(
        h.start == around.b and h.cls == "event" and h.concept not in states for h in sf.concepts
    )


def named(sf: SentenceFacts, around: Around) -> bool:
    """Whether a concept covers the word right after the number (the head is a known word).
    A place's parts are words the lexicon knows only to tell a block's count from the
    whole place's: "tujuh blok" counts blocks, as any noun it does not know."""
    return any(h.start <= around.b < h.end and h.concept not in _PLACE_WORDS for h in sf.concepts)


_PLACE_WORDS = frozenset({"SECTION", "PREMISES"})
_PREMISE_TERMS = frozenset({"PRISON"})


def counts_places(sf: SentenceFacts, around: Around) -> bool:
    """Whether the number counts a place's parts or places ("tujuh blok hunian", "one block
    housing ..."): whatever follows them is theirs, not what the number counts."""
    return any(h.start == around.b and h.concept in _PLACE_WORDS for h in sf.concepts)


def opening_state(around: Around) -> ConceptHit | None:
    """A state earlier in the sentence that a tally opens with ("The death toll ... has
    climbed to 9", "Jumlah korban meninggal terus bertambah, kini 27 orang")."""
    lex = measures()
    found = [
        h for h in around.before if h.concept in lex.states and lex.states[h.concept].rank >= 2
    ]
    return found[0] if found else None


def negated(sf: SentenceFacts, hit: ConceptHit) -> bool:
    """ "belum teridentifikasi", "not been identified": the count of those not yet in that state."""
    lex = lexicon()
    for k in range(max(0, hit.start - 3), hit.start):
        if lex.is_cue(lex.negations, sf.tokens, k):
            return True
    return False


_IN_PROGRESS = frozenset({"proses", "sedang", "being", "want", "akan", "hendak"})


def in_progress(sf: SentenceFacts, hit: ConceptHit) -> bool:
    """ "masih dalam proses evakuasi", "sedang dievakuasi", "still being evacuated", "the
    ones we still want to evacuate", "akan dievakuasi": the deed is under way or to come, not
    done."""
    return any(t.lower in _IN_PROGRESS for t in sf.tokens[max(0, hit.start - 3) : hit.start])


def in_a_section(sf: SentenceFacts, around: Around) -> bool:
    """Whether what the number counts is held by one section of a place (a prison's block,
    a hospital's ward) rather than by the whole: the nearest place word before the number
    names a section ("Blok C2 yang dihuni 122 orang"), or, with none before, the first
    after it. "The jail holds 900 inmates and Block D had 85": 85 only."""
    # a prison is a glossary term (gui.analysis.sentence keeps terms apart from concepts)
    places = [h for h in (*sf.concepts, *sf.terms) if h.concept in _PLACE_WORDS | _PREMISE_TERMS]
    places.sort(key=lambda h: h.start)
    before = [h for h in places if h.end <= around.a]
    after = [h for h in places if h.start >= around.b and h.start < around.hi]
    nearest = before[-1] if before else after[0] if after else None
    return nearest is not None and nearest.concept == "SECTION"


_LIST_REACH = 14  # words from a count's clause to the predicate its list shares


def list_predicate(sf: SentenceFacts, around: Around) -> ConceptHit | None:
    """The state a list of counted things shares, said once after its last item ("About 1,900
    homes, four offices and three schools were damaged"): the first state past the count's
    clause when only other counts of things, joiners and small words stand between."""
    lex = measures()
    covered = {k: h for h in sf.concepts for k in range(h.start, h.end) if h.concept in lex.things}
    toks = sf.tokens
    counts = 0
    for k in range(around.hi, min(len(toks), around.hi + _LIST_REACH)):
        state = next((h for h in sf.concepts if h.start == k and h.concept in lex.states), None)
        if state is not None:
            return state if counts else None
        word = toks[k].lower
        counted = k > 0 and any(q.start <= toks[k - 1].start < q.end for q in sf.quantities)
        if any(q.start <= toks[k].start < q.end for q in sf.quantities):
            counts += 1
        elif counted:
            continue  # the noun a listed count counts, known or not
        elif k not in covered and word not in COORDINATORS and word not in stopwords():
            return None
    return None


# What befalls people only: a noun no concept knows that dies or is evacuated is people
# ("five tourists were killed", "tiga nelayan hilang"), whatever it is called.
_OF_PEOPLE = frozenset(
    {"DEAD", "INJURED", "MISSING", "EVACUATED", "RESCUED", "IDENTIFIED", "ARRESTED"}
)
_PREDICATE_REACH = 4  # words after the number where the state of its noun is predicated


def befalls_people(state_hit: ConceptHit | None, around: Around) -> bool:
    if state_hit is None:
        return False
    after = around.b <= state_hit.start <= around.b + _PREDICATE_REACH
    # "killed at least 140 villagers": the verb governs the count from just before it
    before = state_hit.end <= around.a and around.a - state_hit.end <= _GOVERNS
    if not (after or before):
        return False
    span = around.tokens[around.b : state_hit.start] if after else []
    if any(t.is_number for t in span):
        return False  # "data 14 RS menyebut 88 orang tewas": the other count's state
    return measures().states[state_hit.concept].measure in _OF_PEOPLE


_GOVERNS = 2  # words between a verb and the count it governs ("killed at least 140")
