"""Slots: what a number, a date or a time of day is a value *of*.

A slot is a measure ("DEAD", "SETTLEMENT:AFFECTED", "HEIGHT:ASH", "PRICE") in a kind of unit
("count", "money:IDR", "length") plus the qualifiers that make it another fact (children among
the dead, the seriously injured, the value a change started from, a place in a breakdown).
Two outlets' values with the same slot state one fact; when they differ, that row is the
conflict. The value itself never decides the slot.

The measure is read from the concepts around the number, on both sides, within its clause
(``resources/lexicons/measures.json`` says which concepts are states, things and
dimensions):

* a state wins over a thing for people ("13 orang meninggal", "the number of deaths reached 8",
  "korban luka ... sebanyak 69 orang"); the higher-ranked of two states wins ("dua korban
  meninggal telah teridentifikasi" counts the identified), then the one after the number;
* a count of objects keeps the object ("delapan desa terdampak" is villages affected);
* a count with neither borrows the state that opens its sentence ("The death toll ... has risen
  to 13"), or the measure of the count before it in a breakdown ("14 died in A and 8 in B");
* lengths, money, shares and masses are measured by a dimension noun of their kind ("kedalaman
  640 meter", "harga Rp 7.500", "ash as high as 4 km"), and the object it belongs to.

Dates and times take the event they stamp instead (``gui.analysis.moments``). The words
around a number are read by ``gui.analysis.number_context``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from gui.analysis.breakdowns import in_breakdown, sole_count, within_role
from gui.analysis.counted import (
    and_another,
    befalls_people,
    beside,
    counted_deed,
    counts_places,
    in_a_section,
    in_progress,
    list_predicate,
    named,
    negated,
    opening_state,
    part_named_after,
    split_into,
    subsets_beside,
    unknown_noun,
    unknown_state,
)
from gui.analysis.lexicon import stem
from gui.analysis.measures import OBJECT, POPULATION, ROLE, SUBSET, measures
from gui.analysis.number_context import (
    LANDMARKS,
    TIMES,
    Around,
    around_number,
    dimension_of,
    leads,
    qualifiers_of,
    thing_of,
)
from gui.analysis.reckoning import (
    COMPOUND,
    DEFAULT_DIMENSION,
    above_sea_level,
    aged,
    aged_whom,
    compound_height,
    distance_of,
    per_unit,
    sentence_object,
    since_event,
)
from gui.analysis.states import joined_states, state_of, term_of, whole_state
from gui.analysis.subjects import PERSONAL, persons_of, subject_of
from gui.domain import FactKind, Quantity

if TYPE_CHECKING:
    from gui.analysis.claims import SentenceFacts

# Qualifiers that make a count another fact than one without them.
_COUNT_QUALIFIERS = frozenset(
    {
        "REPLACEMENT",
        "AFTERSHOCK",
        "SUPERSEDED",
        "PART",
        "BREAKDOWN",
        "SEVERE",
        "MODERATE",
        "LIGHT",
        "MAXIMUM",
    }
)
_INJURY_ONLY = frozenset({"SEVERE", "MODERATE", "LIGHT"})
EARLIER = frozenset({"SUPERSEDED"})
_HOW_BADLY = frozenset({"INJURED", "AFFECTED", "DAMAGED"})  # measures that take a severity
_UNIT_WORDS = {"mdpl": "HEIGHT"}  # a unit that also says what it measures
# Above sea level: a place's elevation, never the height an ash column or a plane reached


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
    counted: str = field(default="", compare=False)  # the noun's concept ("PEOPLE"), if any

    @property
    def known(self) -> bool:
        return bool(self.measure)

    @property
    def key(self) -> tuple[object, ...]:
        # An earlier figure of a tally ("data awal", "sebelumnya 41 orang") is no other fact:
        # it joins the row, and the cell shows the outlet's current figure.
        quals = self.qualifiers - EARLIER if self.unit_kind == "count" else self.qualifiers
        return (self.kind, self.unit_kind, self.measure, quals, self.roles)


_PLAIN_MONEY = frozenset({"MONEY", "VALUE"})
# Money a state measures: "damage estimated at US$3 million" is the loss ("kerugian").
_MONEY_OF_STATE = {"DAMAGED": "LOSS"}
_SOLD_BY = frozenset({"LITER", "KILOGRAM", "barel", "barrel", "ton", "gram", "unit"})


def quantity_slot(
    sf: SentenceFacts, q: Quantity, lo: int, hi: int, language: str, base: frozenset[str]
) -> Slot:
    """The slot of ``q``, whose clause is tokens[lo:hi]; ``base`` holds qualifiers the claim
    already found (PAST, BEFORE)."""
    lex = measures()
    around = around_number(sf, q.start, q.end, lo, hi)
    unit_kind = lex.unit_kind(q.unit)
    quals = (qualifiers_of(sf, around) & _COUNT_QUALIFIERS) | base
    subject = subject_of(sf, lo, hi, around, language)
    thing = thing_of(around)
    thing_name = thing.concept if thing else ""
    thing_role = lex.things.get(thing_name, "")
    if unit_kind != "count":
        dim = dimension_of(around, unit_kind)
        dim_name = dim.concept if dim else _UNIT_WORDS.get(q.text.split()[-1].casefold(), "")
        if not dim_name:
            # "as high as 4 km", "setinggi 4 km": the words read with the number say it
            dim_name = next((COMPOUND[w] for w in q.text.casefold().split() if w in COMPOUND), "")
        if "AFTERSHOCK" in quals:
            # "gempa susulan", "erupsi susulan", "another eruption": one repeat, however named
            quals = quals - {"AFTERSHOCK"} | {"AGAIN"}
        if unit_kind == "time" and aged(sf, q, around):
            dim_name = "AGE"  # "the 44-year-old submarine", "a man 30 years old"
        elif unit_kind == "time" and dim_name not in ("AGE", "LASTING"):
            since = since_event(sf, around)
            if since:
                # "4 menit setelah lepas landas", "setelah empat menit lepas landas", "four
                # minutes after taking off": the time since that event, whatever noun stands
                # near ("pesawat" counts no minutes); the event alone says which.
                return Slot(FactKind.QUANTITY, unit_kind, f"ELAPSED:{since}", quals)
        if unit_kind == "length" and not dim_name and above_sea_level(sf, q, around):
            # "berketinggian 3.142 mdpl", "3,142 metres above sea level": a mountain's height
            # is its elevation, as "the 3,142-metre Mount X" says
            dim_name = "HEIGHT"
        if dim_name == "CAPACITY" or "CAPACITY" in qualifiers_of(sf, around):
            dim_name = "CAPACITY"
        if unit_kind == "share":
            quals -= {"CHANGE"}  # a share that rises is measured by its rise
            # "the price of diesel rose 28 percent": the verb right before the share
            # says what it measures, not an adjective further off
            dim_name = _change(around, adjacent=True) or dim_name or _change(around)
        if not dim_name and unit_kind == "length":
            dim_name = compound_height(sf, q, around) or distance_of(around)
        if not dim_name:
            dim_name = DEFAULT_DIMENSION.get(unit_kind, "")
        if not dim_name:
            # "98 persen luka bakar": what happened to what is measured says what it is
            state_hit = state_of(around)
            if unit_kind == "time":
                state_hit = term_of(around) or state_hit  # a term in years: a sentence's
            dim_name = lex.states[state_hit.concept].measure if state_hit else ""
            if unit_kind.startswith("money"):
                dim_name = _MONEY_OF_STATE.get(dim_name, dim_name)
        if not dim_name and thing_role == OBJECT:
            dim_name = thing_name  # "54% of the vote", "turnout was 71%"
        of = ""
        if thing_role != OBJECT and dim_name in _OF_A_THING:
            thing_name = sentence_object(around)
            thing_role = OBJECT if thing_name else thing_role
        if (
            thing_role == OBJECT
            and dim_name in _OF_A_THING
            and thing_name not in (dim_name, *LANDMARKS)
        ):
            of = f":{thing_name}"  # the height of the ash column, not of the mountain
        if dim_name == "AGE":
            of = aged_whom(sf, around, thing_name, language)  # two people's ages: no rivals
        quals -= _INJURY_ONLY | {"PART", "BREAKDOWN"}  # "within 3 km of the peak"
        per = per_unit(sf, around) if unit_kind.startswith("money") else ""
        per = lex.per_units.get(per, per)  # "per bulan" and "a month" are one rate
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
        if dim_name in PERSONAL:
            # "Putri divonis 20 tahun": hers, not Kuat's; no other name in the clause
            subject = persons_of(sf, lo, hi) or subject
        return Slot(FactKind.QUANTITY, unit_kind, dim_name + of, quals, subject=subject)
    after = sf.tokens[around.b].lower if around.b < len(sf.tokens) else ""
    if after in TIMES or q.head.casefold().endswith("fold"):
        # "three times its capacity", "tiga kali lipat": a multiple, never a count of people
        return Slot(FactKind.QUANTITY, unit_kind, "MULTIPLE", quals - _INJURY_ONLY)
    over = any(h.concept == "OVERCAPACITY" and leads(around, h) for h in around.left)
    if "CAPACITY" in qualifiers_of(sf, around) or over:
        # "berkapasitas 40 orang", "jauh melebihi kapasitas 150 orang": what it can hold
        if in_a_section(sf, around):
            quals |= {"SECTION"}  # "Blok C2 berkapasitas 40 orang": not the prison's
        return Slot(FactKind.QUANTITY, unit_kind, "CAPACITY", quals - _INJURY_ONLY, subject=subject)
    if in_breakdown(sf, around):
        quals |= {"BREAKDOWN"}  # "terdiri atas 6 kru aktif dan 6 kru ekstra": both sixes
    elif sole_count(sf, around):
        quals -= {"BREAKDOWN"}  # "the toll comprises 30 workers, one ...": the whole
    if "BREAKDOWN" in quals and within_role(sf, around, thing_name):
        quals |= {"PART"}  # a part of the crew the sentence counts first, no rival of it
    if split_into(around):
        # "terbelah jadi tiga", "broken into three": the pieces, whatever broke
        return Slot(FactKind.QUANTITY, unit_kind, "PIECE", quals - _INJURY_ONLY, subject=subject)
    state_hit = state_of(around)
    placed = (
        around.a > 0
        and sf.tokens[around.a - 1].lower in _LOCATIVE
        and bool(q.head)
        and (thing is None or thing.start < around.b)  # "di dua desa" counts the villages
    )
    deed = bool(q.head) and (thing is None or thing.end <= around.a) and counted_deed(sf, around)
    if (
        placed
        or counts_places(sf, around)
        or deed
        or (
            not thing_role and unknown_noun(sf, q, around) and not befalls_people(state_hit, around)
        )
    ):
        # "register at two command posts": a noun the lexicon does not know, right after
        # the number, is what it counts; no state of people applies to it. After "at"/"di"
        # a number counts places, whatever its noun ("di dua posko").
        head = f"~{stem(q.head.split()[0].casefold(), language)}"
        return Slot(FactKind.QUANTITY, unit_kind, head, quals - _INJURY_ONLY, subject=subject)
    if state_hit is None and thing_role in ("", POPULATION, ROLE, SUBSET):
        state_hit = opening_state(around)
    elif state_hit is None and thing_role == OBJECT:
        state_hit = list_predicate(sf, around)  # "1,900 homes, 4 offices and 3 schools were"
    state = lex.states[state_hit.concept].measure if state_hit else ""
    state = joined_states(sf, state_hit) or state  # "tewas dan hilang 38 orang": both
    roles: frozenset[str] = frozenset()
    quals |= subsets_beside(around)
    if "PART" in quals:
        quals |= part_named_after(sf, around)  # "dua di antara korban ... merupakan polisi"
    total = any(h.concept == "TOTAL" and leads(around, h) for h in around.left)
    if state == "FOUND" and thing_role != OBJECT:
        state = ""  # "ditemukan sebanyak dua": finding says nothing of what was counted
    if thing_role == OBJECT and state in _OBJECT_WEAK:
        state = ""  # "21 armada dikerahkan", "20 vessels searched": the vessels are the count
    if thing_role == OBJECT and state == "DEAD" and thing_name not in _PEOPLE_OBJECTS:
        state = ""  # "48 kantong jenazah", "164 body bags": the bags, not the dead
    if thing_role == OBJECT:
        assert thing is not None
        thing_name = and_another(around, thing) or thing_name
        measure = f"{thing_name}:{state}" if state and state != "FOUND" else thing_name
    elif state:
        measure = state
        if thing_role == SUBSET:
            quals |= {thing_name}
        elif thing_role == ROLE and not (thing and and_another(around, thing, ROLE)):
            roles = frozenset({thing_name})  # ("200 passengers and crew": everyone)
    elif thing_role == ROLE and (total or (thing and and_another(around, thing, ROLE))):
        # "Total penumpang 62 orang", "200 passengers and crew": everyone aboard
        measure = "PRESENT"
    elif total and thing_role in ("", POPULATION) and _role_before(around):
        measure = "PRESENT"  # "Total penumpang 62 orang": the role named before the total
    elif thing_role == ROLE and (done := unknown_state(sf, around, language)):
        # "21 pendaki yang sudah turun": what they did is no word the lexicon knows, and
        # it is not that they were there: a fact of its own, never the count of all there.
        measure, roles = done, frozenset({thing_name})
    elif thing_role == ROLE:
        measure, roles = "PRESENT", frozenset({thing_name})
    elif thing_role == SUBSET:
        measure, quals = "PRESENT", quals | {thing_name}
    elif q.head and not named(sf, around) and beside(around):
        # A counted noun the lexicon does not know ("two command posts"): its own measure,
        # so that it never lands among counts of people.
        measure = f"~{stem(q.head.split()[0].casefold(), language)}"
    else:
        measure = ""
    if measure.rpartition(":")[2] not in _HOW_BADLY:  # "rumah rusak berat": houses too
        quals -= _INJURY_ONLY
    if state_hit is not None and measure in _NOT_YET_OUT and in_progress(sf, state_hit):
        measure = "MISSING"  # "28 pendaki masih dalam proses evakuasi": still out there
    elif state_hit is not None and negated(sf, state_hit):
        if measure in _NOT_YET_OUT:
            # "26 were not evacuated", "belum dievakuasi": still out there, the missing
            measure = "MISSING"
        else:
            quals |= {"NOT"}
    if quals & {*lex.things, *_INJURY_ONLY}:
        # "terdiri dari 7 anak-anak", "8 orang luka berat": the subset or the severity
        # names the part already, as any other outlet's count of it
        quals -= {"BREAKDOWN"}
    if "BEFORE" in quals and measure and unit_kind == "count":
        # "Sebelumnya, 26 orang disebut tewas": a tally's earlier figure, no other fact
        quals = quals - {"BEFORE"} | EARLIER
    if measure == "PRESENT" and in_a_section(sf, around):
        quals |= {"SECTION"}  # "Blok C2 dihuni 122 orang": not the prison's inmates
    whole = whole_state(around)
    if "PART" in quals and "BREAKDOWN" not in quals and measure == "PRESENT" and roles:
        # "62 people aboard, including 12 crew": the role's own count, as any outlet's
        quals -= {"PART"}
    if "PART" in quals and whole and whole != measure:
        quals |= {f"of:{whole}"}  # "three of the eight injured died": not a part of the dead
    stated = state_hit is not None or thing_role == OBJECT
    if measure in PERSONAL:
        subject = persons_of(sf, lo, hi) or subject
    return Slot(FactKind.QUANTITY, unit_kind, measure, quals, roles, subject, stated, thing_name)


_LOCATIVE = frozenset({"at", "in", "di", "into"})
_NOT_YET_OUT = frozenset({"EVACUATED", "RESCUED"})  # states whose negation is "missing"
_OF_A_THING = frozenset({"HEIGHT"})  # dimensions that differ by what they measure
_PEOPLE_OBJECTS = frozenset({"FAMILY", "RECIPIENT"})  # objects that are people
_OBJECT_WEAK = frozenset({"FOUND", "PRESENT", "DEPLOYED", "REGISTERED"})


def _role_before(around: Around) -> bool:
    """Whether a role ("penumpang", "crew") is named before the number in its clause."""
    lex = measures()
    return any(lex.things.get(h.concept) == ROLE for h in around.left)


_DIRECTION = {"INCREASE": "RISE", "DECREASE": "FALL"}


def _change(around: Around, *, adjacent: bool = False) -> str:
    """ "RISE" or "FALL" when the clause says a share went up or down ("naik 30 persen");
    with ``adjacent``, only a change verb right before the share ("rose 32 percent")."""
    hits = around.left if adjacent else (*around.left, *around.right)
    for h in hits:
        if h.concept in _DIRECTION and (not adjacent or around.a - h.end <= 1):
            return _DIRECTION[h.concept]
    return ""


def inherit(previous: Slot | None, slot: Slot) -> Slot:
    """A count that names no measure in a list of counts ("14 died in A and 8 in B",
    "rinciannya 305 jiwa di ..., 1.136 jiwa di ...") counts what the one before it counts;
    so does a part with no state of its own ("41 tewas, di antaranya 2 warga asing"), and
    a count in the same state as the things before it ("24 rumah rusak berat dan 56 rusak
    ringan")."""
    if previous is None or not previous.known or previous.unit_kind != slot.unit_kind:
        return slot
    thing, _, state = previous.measure.rpartition(":")
    if thing and slot.measure == state and not slot.counted:
        # "24 rumah rusak berat dan 56 rusak ringan": the 56 are houses too
        return replace(slot, measure=previous.measure)
    if slot.known and (slot.stated or "PART" not in slot.qualifiers):
        return slot
    return replace(
        slot,
        measure=previous.measure,
        qualifiers=slot.qualifiers | (previous.qualifiers - {"PART"}),
        roles=slot.roles or previous.roles,
    )
