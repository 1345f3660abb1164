"""Slots: what a number, a date or a time of day is a value *of*.

A slot is a measure ("DEAD", "SETTLEMENT:AFFECTED", "HEIGHT:ASH", "PRICE") in a kind of unit
("count", "money:IDR", "length") plus the qualifiers that make it another fact (children among
the dead, the seriously injured, the value a change started from, a place in a breakdown).
Two outlets' values with the same slot state one fact; when they differ, that row is the
conflict. The value itself never decides the slot.

The measure is read from the concepts around the number, on both sides, within its clause
(``resources/lexicons/measures.json`` says which concepts are states, things and
dimensions):

* a state wins over a thing for people ("13 orang meninggal", "the number of deaths is 15",
  "korban luka ... sebanyak 69 orang"); the higher-ranked of two states wins ("dua korban
  meninggal telah teridentifikasi" counts the identified), then the one after the number;
* a count of objects keeps the object ("delapan desa terdampak" is villages affected);
* a count with neither borrows the state that opens its sentence ("The death toll ... has risen
  to 13"), or the measure of the count before it in a breakdown ("14 died in A and 8 in B");
* lengths, money, shares and masses are measured by a dimension noun of their kind ("kedalaman
  838 meter", "harga Rp 10.000", "ash as high as 3 km"), and the object it belongs to.

Dates and times take the event they stamp instead (see :func:`moment_slot`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from gui.analysis.lexicon import ConceptHit, lexicon, stem, stopwords
from gui.analysis.measures import OBJECT, POPULATION, ROLE, SUBSET, measures
from gui.analysis.numbers import is_content_word
from gui.analysis.text import Token
from gui.domain import FactKind, Quantity

if TYPE_CHECKING:
    from gui.analysis.claims import SentenceFacts

_REACH = 8  # words on each side of a number where its state, thing and dimension are read
_QUALIFIER_REACH = (5, 3)  # words before and after the number where its qualifiers stand
_THING_REACH = 3  # words after a number within which what it counts is named
# Qualifiers that make a count another fact than one without them.
_COUNT_QUALIFIERS = frozenset(
    {"REPLACEMENT", "AFTERSHOCK", "SUPERSEDED", "PART", "BREAKDOWN", "SEVERE", "LIGHT", "MAXIMUM"}
)
_INJURY_ONLY = frozenset({"SEVERE", "LIGHT"})
_HOW_BADLY = frozenset({"INJURED", "AFFECTED", "DAMAGED"})  # measures that take a severity
# Qualifiers that narrow only what follows them, in the same clause or right after it ("62
# orang, terdiri dari 50 penumpang", "Dari jumlah tersebut, 3.000"): "yang sebelumnya ada 15
# orang" after a toll does not make the toll an early one.
_BEFORE_ONLY = frozenset({"PART", "BREAKDOWN", "SUPERSEDED", "CAPACITY"})
# How badly: read from the words themselves, since "luka berat" is also the injury.
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
    }
)
_LIGHT_WORDS = frozenset({"ringan", "light", "minor", "lightly", "slightly"})
_SEVERITY_REACH = 6  # words after a count where how badly they were hurt is said
_PART_AFTER = frozenset(
    {"the", "those", "them", "whom", "these", "his", "her", "their", "its"}
)  # "two of the dead", "two of his officials"
_PER = frozenset({"per", "a", "an", "each", "setiap", "tiap", "sebulan", "/"})
_UNIT_WORDS = {"mdpl": "HEIGHT"}  # a unit that also says what it measures
_PLACE_CUES = frozenset({"di", "in", "at", "dari", "from"})
_PURPOSE = frozenset({"untuk", "guna", "agar", "supaya", "demi"})
_AND = frozenset({"dan", "serta", "and"})


@dataclass(frozen=True, slots=True)
class Slot:
    kind: FactKind
    unit_kind: str  # "count", "share", "money:IDR", "length", "date", "time"
    measure: str  # "DEAD", "SETTLEMENT:AFFECTED", "HEIGHT:ASH", "OCCUR"; "" when unknown
    qualifiers: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()  # role nouns (CREW): the corpus decides if they narrow
    # Features that tell apart things measured alike (two fuels' prices): entity keys and word
    # stems of the clause. They split a slot's claims, never join different slots.
    subject: frozenset[str] = field(default=frozenset(), compare=False)
    stated: bool = field(default=True, compare=False)  # the measure is in the claim's words

    @property
    def known(self) -> bool:
        return bool(self.measure)

    @property
    def key(self) -> tuple[object, ...]:
        return (self.kind, self.unit_kind, self.measure, self.qualifiers, self.roles)


def _in_window(hits: Sequence[ConceptHit], lo: int, hi: int) -> list[ConceptHit]:
    return [h for h in hits if lo <= h.start and h.end <= hi]


def _nearest(hits: Sequence[ConceptHit], at: int) -> ConceptHit | None:
    return min(hits, key=lambda h: min(abs(h.start - at), abs(h.end - at)), default=None)


@dataclass(slots=True)
class _Around:
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


def _around(sf: SentenceFacts, start: int, end: int, lo: int, hi: int) -> _Around:
    toks = sf.tokens
    a = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    b = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    hits = [h for h in sf.concepts if h.end <= a or h.start >= b]
    # "3.000 pasukan pengganti untuk mengisi posisi tentara yang gugur", "killing 11 people
    # and injuring 32": what follows a purpose word or a coordination is not the number's.
    purpose = next((k for k in range(b, hi) if toks[k].lower in _PURPOSE | _AND), hi)
    # "destroying 230 homes and forcing about 30,000 residents ...": what the other half of
    # a coordination did is not what happened to this number's count.
    start = max(lo, a - _REACH)
    joined = next((k for k in range(a - 1, start - 1, -1) if toks[k].lower in _AND), None)
    if joined is not None:
        start = joined + 1
    return _Around(
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


def _state(around: _Around) -> ConceptHit | None:
    """What happened to what is counted. After the number, the first state that is the
    clause's predicate: one that only describes a noun ("dua korban meninggal telah
    teridentifikasi", "eight of those rescued were rushed to hospitals") yields to a later
    one. Before the number, the nearest ("korban luka ... sebanyak 69 orang"). A weak state
    (found, on board) yields to any other."""
    lex = measures()
    right = [h for h in around.right_clause if h.concept in lex.states]
    left = [h for h in around.left if h.concept in lex.states]
    for weak in (False, True):
        for states, pick in ((right, _predicate), (left, _last)):
            chosen = [h for h in states if (lex.states[h.concept].rank == 0) == weak]
            if chosen:
                return pick(around, chosen)
    return None


def _predicate(around: _Around, states: list[ConceptHit]) -> ConceptHit:
    ordered = sorted(states, key=lambda h: h.start)
    for h in ordered[:-1]:
        before = around.tokens[h.start - 1] if h.start > 0 else None
        describes = before is not None and _describes(around, before, h.start - 1)
        relative = any(t.lower in _RELATIVE for t in around.tokens[around.b : h.start])
        if not describes and not relative and not _victims(around.tokens[h.start]):
            return h
    return ordered[-1]


# "Satu korban luka berat yang sempat dirawat ... mengembuskan napas terakhir": a state in a
# relative clause describes the counted, the one after it says what happened to them.
_RELATIVE = frozenset({"yang", "who", "which"})


def _victims(word: Token) -> bool:
    """ "korban" opening a state ("korban meninggal", "korban luka"): a noun, the victims."""
    return any(h.concept == "CASUALTY" for h in lexicon().concepts([word], "id"))


def _describes(around: _Around, word: Token, index: int) -> bool:
    """Whether a state word right after ``word`` only describes it: "korban meninggal" (the
    dead victims), "those rescued"; "13 orang meninggal" says what happened to the 13."""
    if word.lower in ("those", "the"):
        return True
    return any(h.start <= index < h.end and h.concept == "CASUALTY" for h in around.all_hits)


def _last(around: _Around, states: list[ConceptHit]) -> ConceptHit:
    return max(states, key=lambda h: h.start)


def _thing(around: _Around) -> ConceptHit | None:
    """What is counted: the most specific thing named beside the number ("62 orang penumpang"
    counts passengers, not people), after it before before it, the nearest first."""
    lex = measures()
    best: tuple[int, int, int] | None = None
    chosen = None
    # "Rescue workers recovered 11 bodies": a noun right after the number says what it
    # counts; a noun before it is then someone else.
    beside = any(
        h.start == around.b and (h.concept in lex.things or h.concept in lex.states)
        for h in around.right
    )
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
            if side == 0 and (h.start - around.b > _THING_REACH or _verb_between(around, h)):
                # "the toll has climbed to 39 following the eruption of the volcano",
                # "15.000 warga memilih meninggalkan rumah": not what the number counts
                continue
            score = (role == POPULATION, side, min(abs(h.start - at), abs(h.end - at)))
            if best is None or score < best:
                best, chosen = score, h
    return chosen


def _verb_between(around: _Around, h: ConceptHit) -> bool:
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


def _in_place(around: _Around, h: ConceptHit) -> bool:
    """Whether a thing word names a place rather than what is counted ("7 were found in
    Candipuro District", "di Kecamatan Pronojiwo"): a capital inside the sentence, or after
    "di"/"in", unless it stands right beside the number ("41 Korban mengalami ...")."""
    if h.start == around.b or h.end == around.a:
        return False
    toks = around.tokens
    first = toks[h.start]
    if first.text[:1].isupper() and h.start > 0:
        return True
    return h.start > 0 and toks[h.start - 1].lower in _PLACE_CUES


def _dimension(around: _Around, unit_kind: str) -> ConceptHit | None:
    """The word that says what an amount of this kind measures, nearest first, the one
    before it on a tie ("kerugian negara sekitar Rp 1,2 triliun"; "radius 1 km dari kawah
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


def _distance_to(around: _Around, h: ConceptHit) -> int:
    return min(abs(h.start - around.b), abs(h.end - around.a))


def _qualifiers(sf: SentenceFacts, around: _Around) -> frozenset[str]:
    back, ahead = _QUALIFIER_REACH
    out = {
        h.concept
        for h in sf.concepts
        if h.cls == "qualifier"
        and around.a - back <= h.start <= around.b + ahead - 1
        and (h.concept not in _BEFORE_ONLY or _leads(around, h))
    }
    toks = sf.tokens
    near = {
        t.lower for t in toks[max(0, around.a - 3) : min(around.b + _SEVERITY_REACH, around.hi)]
    }
    severe, light = bool(near & _SEVERE_WORDS), bool(near & _LIGHT_WORDS)
    if severe != light:  # "luka ringan hingga berat" is every injury
        out.add("SEVERE" if severe else "LIGHT")
    b = around.b
    if b + 1 < len(toks) and toks[b].lower in ("of", "dari") and toks[b + 1].lower in _PART_AFTER:
        out.add("PART")
    if b < len(toks) and toks[b].lower in ("diantaranya", "antaranya"):
        out.add("PART")  # "dua diantaranya": two of them
    if b + 1 < len(toks) and toks[b].lower == "di" and toks[b + 1].lower == "antaranya":
        out.add("PART")  # "dua di antaranya"
    return frozenset(out)


def _leads(around: _Around, h: ConceptHit) -> bool:
    return h.end <= around.a and (h.start >= around.lo or around.lo - h.end <= 0)


def _per(sf: SentenceFacts, around: _Around) -> str:
    """The unit an amount is per ("Rp 10.000 per liter", "Rp150 ribu/bulan", "a month")."""
    toks = sf.tokens
    b = around.b
    base = sf.sentence.start
    if (
        b < len(toks)
        and b > 0
        and "(" in sf.sentence.text[toks[b - 1].end - base : toks[b].start - base]
    ):
        close = sf.sentence.text.find(")", toks[b].start - base)
        if close >= 0:
            b = next((k for k in range(b, len(toks)) if toks[k].start - base > close), len(toks))
    if (
        b + 1 < len(toks)
        and toks[b].lower in ("per", "setiap", "tiap", "a", "an", "each")
        and not toks[b + 1].is_number
    ):
        return toks[b + 1].lower.rstrip("s")
    gap = sf.sentence.text[
        (toks[b - 1].end if b else 0) - sf.sentence.start : (toks[b].start if b < len(toks) else 0)
        - sf.sentence.start
    ]
    if b < len(toks) and gap.strip() == "/":
        return toks[b].lower
    if b < len(toks) and toks[b].lower.startswith("per") and len(toks[b].lower) > 4:
        return toks[b].lower[3:]  # "perbulan"
    for k in range(around.lo, around.a - 1):
        if toks[k].lower in _EACH:
            return toks[k + 1].lower  # "setiap korban ... akan menerima Rp 50 juta"
    return ""


_EACH = frozenset({"setiap", "tiap", "each", "every"})


_GENERIC_DIMENSIONS = frozenset({"BUDGET", "MONEY", "VALUE"})
_PLAIN_MONEY = frozenset({"MONEY", "VALUE"})
_SOLD_BY = frozenset({"liter", "litre", "kg", "kilogram", "barel", "barrel", "ton", "gram", "unit"})
_NAME_KINDS = frozenset({"org", "other"})  # names that say what is priced: a product, a programme
_GLUE = frozenset({"jadi", "menjadi", "sebesar", "senilai", "seharga", "sekitar", "from", "to"})


def _subject(sf: SentenceFacts, lo: int, hi: int, around: _Around, language: str) -> frozenset[str]:
    """What an amount is of: the names, things and content words of its clause that no
    measure word covers ("harga Pertalite", "subsidi upah", "solar"). A clause that names
    nothing ("Pertalite, from Rp7,650 to Rp10,000") borrows the clause before it."""
    lex = measures()
    toks = sf.tokens
    amounts = [(q.start, q.end) for q in sf.quantities]

    def inside(k: int) -> bool:
        t = toks[k]
        return any(s <= t.start < e for s, e in amounts)

    named = False

    def collect(start: int, end: int) -> set[str]:
        nonlocal named
        found: set[str] = set()
        for e in sf.entities:
            if (
                e.kind in _NAME_KINDS
                and start < len(toks)
                and toks[start].start <= e.start
                and (end >= len(toks) or e.start < toks[end].start)
            ):
                # One spelling for a name and a word: "Pertalite" and "pertalite" meet, and
                # "Dana Siap Pakai" meets "dana siap pakai".
                found.add(f"e:{e.key}")  # names are not stemmed: they meet across languages
                found |= {f"e:{w}" for w in e.key.split() if len(w) > 2}
                named = True
        for h in sf.concepts:
            if start <= h.start < end and lex.things.get(h.concept) == OBJECT:
                found.add(f"c:{h.concept}")
                named = True
        covered = {k for h in sf.concepts for k in range(h.start, h.end)}
        for k in range(start, end):
            t = toks[k]
            if k in covered or inside(k) or t.is_number or len(t.lower) < 3:
                continue
            if t.lower in stopwords() or t.lower in _GLUE:
                continue
            if any(e.start <= t.start < e.end for e in sf.entities):
                continue
            found.add(f"e:{stem(t.lower, language)}")
        return found

    out = collect(lo, hi)
    if not named and lo > 0:
        out |= collect(_clause_start(sf, lo - 1), lo)
    return frozenset(out)


def _clause_start(sf: SentenceFacts, at: int) -> int:
    """The first token of the clause that ends at token ``at`` (after the previous comma)."""
    toks = sf.tokens
    base = sf.sentence.start
    k = at
    while k > 0:
        gap = sf.sentence.text[toks[k - 1].end - base : toks[k].start - base]
        if any(c in ",;:" for c in gap):
            break
        k -= 1
    return k


def quantity_slot(
    sf: SentenceFacts, q: Quantity, lo: int, hi: int, language: str, base: frozenset[str]
) -> Slot:
    """The slot of ``q``, whose clause is tokens[lo:hi]; ``base`` holds qualifiers the claim
    already found (PAST, BEFORE)."""
    lex = measures()
    around = _around(sf, q.start, q.end, lo, hi)
    unit_kind = lex.unit_kind(q.unit)
    quals = (_qualifiers(sf, around) & _COUNT_QUALIFIERS) | base
    subject = _subject(sf, lo, hi, around, language)
    thing = _thing(around)
    thing_name = thing.concept if thing else ""
    thing_role = lex.things.get(thing_name, "")
    if unit_kind != "count":
        dim = _dimension(around, unit_kind)
        dim_name = dim.concept if dim else _UNIT_WORDS.get(q.text.split()[-1].casefold(), "")
        if dim_name == "CAPACITY" or "CAPACITY" in _qualifiers(sf, around):
            dim_name = "CAPACITY"
        if unit_kind == "share":
            quals -= {"CHANGE"}  # a share that rises is measured by its rise
            if not dim_name:
                dim_name = _change(around)
        if not dim_name and unit_kind == "length":
            dim_name = _compound_height(sf, q, around) or _distance(around)
        if not dim_name:
            dim_name = _DEFAULT_DIMENSION.get(unit_kind, "")
        if not dim_name:
            # "98 persen luka bakar": what happened to what is measured says what it is
            state_hit = _state(around)
            dim_name = lex.states[state_hit.concept].measure if state_hit else ""
        if not dim_name and thing_role == OBJECT:
            dim_name = thing_name  # "54% of the vote", "turnout was 71%"
        of = ""
        if (
            thing_role == OBJECT
            and dim_name in _OF_A_THING
            and thing_name not in (dim_name, *_LANDMARKS)
        ):
            of = f":{thing_name}"  # the height of the ash column, not of the mountain
        quals -= _INJURY_ONLY | {"PART", "BREAKDOWN"}  # "within 3 km of the peak"
        per = _per(sf, around) if unit_kind.startswith("money") else ""
        if unit_kind.startswith("money"):
            # Money is a price when it is per something sold, else an amount for something:
            # which budget, aid or loss is what its subject says (dimension words included).
            subject |= {
                f"c:{h.concept}"
                for h in (*around.left, *around.right)
                if h.concept in lex.dimensions
            }
            if per in _SOLD_BY:
                dim_name = "PRICE"
            elif per and dim_name == "PRICE":
                dim_name = "AMOUNT"  # "Rp150 ribu per bulan" is no price
            if dim_name == "PRICE" and per:
                subject |= {f"per:{per}"}  # a price per litre: the unit sold is a hint
            elif per:
                quals |= {f"per:{per}"}  # "Rp 50 juta per korban" is no total
            if dim_name in _PLAIN_MONEY:
                dim_name = ""  # "dana", "senilai": money, and no more
            dim_name = dim_name or "AMOUNT"
            of = ""
        if "BEFORE" in quals:
            quals -= {"SUPERSEDED"}  # "dari sebelumnya Rp 7.650": the value it rose from
        return Slot(FactKind.QUANTITY, unit_kind, dim_name + of, quals, subject=subject)
    over = any(h.concept == "OVERCAPACITY" and _leads(around, h) for h in around.left)
    if "CAPACITY" in _qualifiers(sf, around) or over:
        # "berkapasitas 40 orang", "jauh melebihi kapasitas 150 orang": what it can hold
        return Slot(FactKind.QUANTITY, unit_kind, "CAPACITY", quals - _INJURY_ONLY, subject=subject)
    state_hit = _state(around)
    if not thing_role and _unknown_noun(sf, q, around):
        # "register at two command posts": a noun the lexicon does not know, right after
        # the number, is what it counts; no state of people applies to it.
        head = f"~{stem(q.head.split()[0].casefold(), language)}"
        return Slot(FactKind.QUANTITY, unit_kind, head, quals - _INJURY_ONLY, subject=subject)
    if state_hit is None and thing_role in ("", POPULATION, ROLE, SUBSET):
        state_hit = _opening_state(around)
    state = lex.states[state_hit.concept].measure if state_hit else ""
    roles: frozenset[str] = frozenset()
    quals |= _subsets_beside(around)
    total = any(h.concept == "TOTAL" and _leads(around, h) for h in around.left)
    if state == "FOUND" and thing_role != OBJECT:
        state = ""  # "ditemukan sebanyak dua": finding says nothing of what was counted
    if thing_role == OBJECT and state in _OBJECT_WEAK:
        state = ""  # "21 armada dikerahkan", "20 vessels searched": the vessels are the count
    if thing_role == OBJECT:
        measure = f"{thing_name}:{state}" if state and state != "FOUND" else thing_name
    elif state:
        measure = state
        if thing_role == SUBSET:
            quals |= {thing_name}
        elif thing_role == ROLE:
            roles = frozenset({thing_name})
    elif thing_role == ROLE and total:
        measure = "PRESENT"  # "Total penumpang 62 orang": everyone aboard
    elif thing_role == ROLE:
        measure, roles = "PRESENT", frozenset({thing_name})
    elif thing_role == SUBSET:
        measure, quals = "PRESENT", quals | {thing_name}
    elif q.head and not _named(sf, around) and _beside(around):
        # A counted noun the lexicon does not know ("two command posts"): its own measure,
        # so that it never lands among counts of people.
        measure = f"~{stem(q.head.split()[0].casefold(), language)}"
    else:
        measure = ""
    if measure not in _HOW_BADLY:
        quals -= _INJURY_ONLY
    if state_hit is not None and _negated(sf, state_hit):
        quals |= {"NOT"}
    if quals & {*lex.things}:
        quals -= {"BREAKDOWN"}  # "terdiri dari 7 anak-anak": the subset already narrows it
    stated = state_hit is not None or thing_role == OBJECT
    return Slot(FactKind.QUANTITY, unit_kind, measure, quals, roles, subject, stated)


_OF_A_THING = frozenset({"HEIGHT", "DEPTH"})  # dimensions that differ by what they measure
_OBJECT_WEAK = frozenset({"FOUND", "PRESENT", "DEPLOYED", "REGISTERED"})
_LANDMARKS = ("VOLCANO",)  # what a height is of unless the clause says otherwise
# What an amount in a unit of this kind measures when no word says: a weight, a duration.
_DEFAULT_DIMENSION = {"mass": "MASS", "magnitude": "MAGNITUDE", "area": "AREA"}
_FROM = frozenset({"from", "dari", "off", "away"})


def _distance(around: _Around) -> str:
    """ "60 miles (96 km) from Bali", "11 nautical mile di utara ...": how far from somewhere."""
    toks = around.tokens
    ahead = toks[around.b : around.b + 3]
    return "DISTANCE" if any(t.lower in _FROM for t in ahead) else ""


_COMPOUND = {"high": "HEIGHT", "tall": "HEIGHT", "deep": "DEPTH", "tinggi": "HEIGHT"}


def _compound_height(sf: SentenceFacts, q: Quantity, around: _Around) -> str:
    """ "The 2,891 metre-high volcano", "the 3,676-metre Semeru": a length written as an
    adjective before a mountain or a name is its height ("-deep": a depth)."""
    last = q.text.rsplit("-", 1)[-1].casefold()
    if last in _COMPOUND:
        return _COMPOUND[last]
    toks = around.tokens
    nxt = toks[around.b] if around.b < len(toks) else None
    if nxt is None:
        return ""
    landmark = any(h.start == around.b and h.concept in _LANDMARKS for h in around.right)
    if "-" in q.text and (landmark or nxt.text[:1].isupper()):
        return "HEIGHT"
    if nxt.text[:1].islower() and is_content_word(nxt.lower, around.language):
        return "LENGTH"  # "an 87 km provincial road": the road's length
    return ""


def _subsets_beside(around: _Around) -> frozenset[str]:
    """Subsets named right after the number ("7 penumpang anak-anak": children)."""
    lex = measures()
    return frozenset(
        h.concept
        for h in around.right
        if lex.things.get(h.concept) == SUBSET and h.start - around.b <= _THING_REACH
    )


def _change(around: _Around) -> str:
    """ "RISE" or "FALL" when the clause says a share went up or down ("naik 30 persen")."""
    for h in (*around.left, *around.right):
        if h.concept == "INCREASE":
            return "RISE"
        if h.concept == "DECREASE":
            return "FALL"
    return ""


def _beside(around: _Around) -> bool:
    return around.b < len(around.tokens)


def _unknown_noun(sf: SentenceFacts, q: Quantity, around: _Around) -> bool:
    """Whether the word right after the number is a noun no concept knows ("command posts")."""
    if not q.head or not _beside(around) or _named(sf, around):
        return False
    word = around.tokens[around.b]
    return word.text == q.head.split()[0] and word.lower not in stopwords()


def _named(sf: SentenceFacts, around: _Around) -> bool:
    """Whether a concept covers the word right after the number (the head is a known word)."""
    return any(h.start <= around.b < h.end for h in sf.concepts)


def _opening_state(around: _Around) -> ConceptHit | None:
    """A state earlier in the sentence that a tally opens with ("The death toll ... has
    risen to 13", "Jumlah korban meninggal dunia bertambah, kini mencapai 34 orang")."""
    lex = measures()
    found = [
        h for h in around.before if h.concept in lex.states and lex.states[h.concept].rank >= 2
    ]
    return found[0] if found else None


def _negated(sf: SentenceFacts, hit: ConceptHit) -> bool:
    """ "belum teridentifikasi", "not been identified": the count of those not yet in that state."""
    lex = lexicon()
    for k in range(max(0, hit.start - 3), hit.start):
        if lex.is_cue(lex.negations, sf.tokens, k):
            return True
    return False


def inherit(previous: Slot | None, slot: Slot) -> Slot:
    """A count that names no measure in a list of counts ("14 died in A and 8 in B",
    "rinciannya 305 jiwa di ..., 1.136 jiwa di ...") counts what the one before it counts;
    so does a part with no state of its own ("41 tewas, di antaranya 2 warga asing")."""
    if previous is None or not previous.known or previous.unit_kind != slot.unit_kind:
        return slot
    if slot.known and (slot.stated or "PART" not in slot.qualifiers):
        return slot
    return replace(
        slot,
        measure=previous.measure,
        qualifiers=slot.qualifiers | (previous.qualifiers - {"PART"}),
        roles=slot.roles or previous.roles,
    )


def place_of(sf: SentenceFacts, start: int, end: int, lo: int, hi: int) -> str:
    """The entity named after "di"/"in" nearest the number within its clause ("14 people died
    in Pronojiwo District"), or ""."""
    toks = sf.tokens
    a = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    b = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    best: tuple[int, str] | None = None
    for e in sf.entities:
        k = next((n for n, t in enumerate(toks) if t.start == e.start), None)
        if k is None or not lo < k < hi or a <= k < b:
            continue
        cue = k - 1
        while cue > lo and toks[cue].text[:1].isupper() and toks[cue].lower not in _PLACE_CUES:
            cue -= 1  # "di Kecamatan Pronojiwo": the title word belongs to the place
        if toks[cue].lower not in _PLACE_CUES:
            continue
        distance = min(abs(k - a), abs(k - b))
        if best is None or distance < best[0]:
            best = (distance, e.key)
    return best[1] if best else ""


def mark_breakdowns(slots: list[Slot], places: list[str]) -> list[Slot]:
    """Counts of one sentence that share a slot and each name a different place are a
    breakdown by place: each place's count is its own fact ("14 died in A and 8 in B")."""
    out = list(slots)
    by_key: dict[tuple[object, ...], list[int]] = {}
    for n, s in enumerate(slots):
        if s.known:
            by_key.setdefault(s.key, []).append(n)
    for members in by_key.values():
        named = {places[n] for n in members if places[n]}
        if len(named) < 2:
            continue
        for n in members:
            if places[n]:
                out[n] = replace(out[n], qualifiers=out[n].qualifiers | {f"in:{places[n]}"})
    return out


# Events a date or time stamps that name the happening itself: when it erupted, burned,
# crashed, began, or (for a policy) when the change was made or took effect.
_OCCUR = frozenset({"HAPPEN", "BEGIN", "IN_FORCE"})
# The chronology of a happening: its day is the happening's day, its time is its own.
# A flight loses contact the day it crashes; a bus that leaves at night crashes next day.
_CHRONOLOGY = frozenset({"LOSE_CONTACT"})
_OPENING = 2  # tokens at the start of a sentence where the incident it is about stands
_ANNOUNCE = frozenset({"SAY", "REPORT", "ANNOUNCE", "CONFIRM", "DECIDE", "PUBLISH"})
_SCHEDULED = frozenset(
    {
        "jadwal",
        "dijadwalkan",
        "terjadwal",
        "rencana",
        "rencananya",
        "semula",
        "seharusnya",
        "scheduled",
        "originally",
        "initially",
        "planned",
        "should",
    }
)
_DECLARED = frozenset({"dinyatakan", "ditetapkan", "declared", "pronounced", "status"})


def moment_slot(
    sf: SentenceFacts,
    kind: FactKind,
    event: ConceptHit | None,
    lo: int,
    hi: int,
    at: int,
    base: frozenset[str],
) -> Slot:
    """The slot of a date or time whose nearest event is ``event`` (token ``at`` is where
    the date or time stands): the happening ("OCCUR"), an announcement, or another event."""
    quals = set(base)
    window = sf.tokens[max(0, lo - 3) : hi]
    words = {t.lower for t in window}
    if words & _SCHEDULED:
        quals.add("SCHEDULED")
    if kind is FactKind.DATE and words & _DECLARED:
        quals.add("DECLARED")
    if any(h.concept == "AGAIN" and lo - 3 <= h.start < hi for h in sf.concepts):
        quals.add("AGAIN")
    unit_kind = "date" if kind is FactKind.DATE else "time"
    if "SCHEDULED" in quals:
        return Slot(kind, unit_kind, "SCHEDULED", frozenset(quals - {"SCHEDULED"}))
    if event is None:
        return Slot(kind, unit_kind, "", frozenset(quals))
    # What the event happened to or who did it, so that "survivors found on Monday" and
    # "bodies found on Sunday" are two facts.
    subject = frozenset(
        [f"c:{h.concept}" for h in sf.concepts if lo <= h.start < hi and h is not event]
        + [f"e:{e.key}" for e in sf.entities if _within(sf, e.start, lo, hi)]
    )
    concept = event.concept
    opened = any(h.cls == "incident" and h.start < _OPENING for h in sf.concepts)
    # "earthquake struck", "gempa mengguncang": the verb an incident does is the incident
    by_incident = any(h.cls == "incident" and 0 <= event.start - h.end <= 1 for h in sf.concepts)
    if event.cls == "incident" or concept in _OCCUR or by_incident:
        measure = "OCCUR"
    elif opened and concept in measures().states:
        # "Gempa ... yang mengguncang Majene, Selasa malam menyebabkan puluhan orang
        # meninggal": the outcome's day is the day of the quake that opens the sentence.
        measure = "OCCUR"
    elif concept in _CHRONOLOGY:
        measure = "OCCUR" if kind is FactKind.DATE else concept
    elif concept in _ANNOUNCE:
        measure = "ANNOUNCE"
    else:
        measure = concept
    return Slot(kind, unit_kind, measure, frozenset(quals), subject=subject)


def _within(sf: SentenceFacts, offset: int, lo: int, hi: int) -> bool:
    toks = sf.tokens
    start = toks[lo].start if lo < len(toks) else sf.sentence.end
    end = toks[hi - 1].end if 0 < hi <= len(toks) else sf.sentence.end
    return start <= offset < end
