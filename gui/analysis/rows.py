"""Rows of numbers, dates and times: every claim of one slot, from every outlet, in one row.

Claims meet by their slot alone (``gui.analysis.slots``), never by their values: two outlets
that count the dead are one row whatever they count, and that row is the conflict when the
counts differ. An outlet that gives several values for one slot (a toll revised, a headline's
figure and the body's) keeps them all in its one cell.

Two refinements, both read from the corpus and not from any value:

* a role noun (crew, passengers, climbers) narrows a count only where the corpus counts more
  than one role for that measure ("50 passengers and 12 crew"); where it counts one ("53 crew
  aboard", "53 orang di dalam kapal"), the role is the whole population;
* amounts of one measure that name different things (two fuels' prices, two programmes'
  budgets) are split by what they name, when one outlet names two of them apart.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from gui.analysis.claims import Claim
from gui.analysis.measures import OBJECT, measures
from gui.analysis.slots import Slot
from gui.analysis.subjects import NAME, PERSONAL
from gui.domain import FactKind

_SAME_SUBJECT = 0.5  # subject similarity above which one outlet's two claims are one thing
_JOIN = 0.3  # subject similarity at which two outlets' claims name one thing
_UNNAMED_JOIN = 0.4  # context similarity at which dates of no named event meet


def settle_roles(claims: Sequence[Claim]) -> None:
    """Keep a role qualifier only where some outlet breaks one measure down by role in one
    sentence ("50 penumpang dan 12 kru"); elsewhere the role is the whole population ("53
    awak gugur", "53 personel"), and a role in a breakdown by itself stays a part of it."""
    by_sentence: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for c in claims:
        s = c.slot
        if s is not None and s.roles:
            by_sentence[(c.source_id, c.sentence.index, _role_free(s))] |= s.roles
    narrowing = {key[2] for key, roles in by_sentence.items() if len(roles) > 1}
    for c in claims:
        s = c.slot
        if s is None or not s.roles:
            continue
        if _role_free(s) in narrowing:
            c.slot = replace(s, qualifiers=s.qualifiers - {"BREAKDOWN"})
        else:
            c.slot = replace(s, roles=frozenset())
        c.qualifiers = c.slot.qualifiers


def _role_free(s: Slot) -> tuple[object, ...]:
    return (s.kind, s.unit_kind, s.measure, s.qualifiers - {"BREAKDOWN"})


def settle_states(claims: Sequence[Claim]) -> None:
    """A count of objects that says nothing of what happened to them ("At least 230 homes
    lost") counts them in the one state the corpus counts them in ("230 homes destroyed")."""
    states: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for c in claims:
        s = c.slot
        if s is not None and ":" in s.measure and s.unit_kind == "count":
            thing, state = s.measure.split(":", 1)
            states[(s.kind, thing, s.qualifiers)].add(state)
    for c in claims:
        s = c.slot
        if s is None or s.unit_kind != "count" or ":" in s.measure or not s.measure:
            continue
        found = states.get((s.kind, s.measure, s.qualifiers), set())
        if len(found) == 1:
            c.slot = replace(s, measure=f"{s.measure}:{next(iter(found))}")


_LOOSE_MONEY = frozenset({"AMOUNT", "BUDGET"})  # money a word names loosely: "dana", "anggaran"


def settle_money(claims: Sequence[Claim]) -> None:
    """An amount named loosely ("dengan nilai Rp 4,8 triliun") is the one amount of a
    specific kind the corpus counts that its context names ("lelang proyek ... "): it
    takes that kind when exactly one such kind is around it."""
    specific = {
        c.slot.measure
        for c in claims
        if c.slot is not None
        and c.slot.unit_kind.startswith("money")
        and c.slot.measure not in _LOOSE_MONEY
        and c.slot.measure != "PRICE"
    }
    # "anggaran sebesar Rp 4,2 triliun ... subsidi upah sebesar Rp 500 ribu": a sentence
    # that gives the budget beside an amount of the kind tells the two apart.
    beside: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in claims:
        if c.slot is not None and c.slot.unit_kind.startswith("money"):
            beside[(c.source_id, c.sentence.index)].add(c.slot.measure)
    for c in claims:
        s = c.slot
        if s is None or not s.unit_kind.startswith("money") or s.measure not in _LOOSE_MONEY:
            continue
        around = {f[2:] for f in c.features if f.startswith("c:")} & specific
        if len(around) == 1 and not around & beside[(c.source_id, c.sentence.index)]:
            c.slot = replace(s, measure=next(iter(around)))


def slot_rows(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims with a slot, grouped into rows (each sorted by source and position).

    A claim whose slot has no measure stands alone: nothing says what else it could meet.
    """
    settle_roles(claims)
    settle_states(claims)
    settle_money(claims)
    buckets: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    rows: list[list[Claim]] = []
    unnamed: list[Claim] = []
    for c in claims:
        if c.slot is None:
            continue
        if c.slot.known:
            buckets[c.slot.key].append(c)
        elif c.kind in (FactKind.DATE, FactKind.TIME):
            unnamed.append(c)
        else:
            rows.append([c])
    # A date or time whose event no concept names still meets its like by its words.
    for kind in (FactKind.DATE, FactKind.TIME):
        same = [c for c in unnamed if c.kind is kind]
        if same:
            rows.extend(_by_subject(same, features=_context, join=_UNNAMED_JOIN))
    for key, members in buckets.items():
        unit_kind, measure = key[1], key[2]
        past = "PAST" in key[3]  # type: ignore[operator]
        if (measure in _WHOLE and not past) or (
            unit_kind == "count" and measure not in _OF_A_PLACE
        ):
            rows.append(members)
        elif unit_kind == "count":
            rows.extend(_by_subject(members, names_only=True))
        elif key[0] is not FactKind.QUANTITY:  # a date or a time of day, not a duration
            # An outlet may date one event twice ("pada Senin (28/4)", "Sabtu pekan lalu"):
            # both join, and its cell shows the more precise.
            rows.extend(_by_subject(members, features=_context, together=True))
        elif _priced(unit_kind, measure) or measure in _OF_SOMETHING:  # whose price, age …
            rows.extend(_by_subject(members))
        elif unit_kind == "share" or unit_kind.startswith("money"):
            rows.extend(_by_subject(members, only_if_needed=True))
        else:
            rows.append(members)  # a depth, a height, a magnitude: the slot says which
    return [sorted(r, key=lambda c: (c.source_index, c.sentence.start)) for r in rows]


# Slots that are one fact whatever their claims name: the happening, its schedule, and the
# steps of its chronology that happen once.
_WHOLE = frozenset(
    {"OCCUR", "SCHEDULED", "TAKE_OFF", "LOSE_CONTACT", "EXTINGUISH", "IN_FORCE", "BUILD"}
)
# Counts of what a place holds: the prison's inmates and one block's are two facts, told
# apart by the SECTION qualifier where a block or ward is named, and else by the names,
# when an outlet gives both.
_OF_A_PLACE = frozenset({"PRESENT", "CAPACITY"})
# Measures of one thing among several: whose age, how far which place lies
_OF_SOMETHING = frozenset({"AGE", "DISTANCE"}) | PERSONAL  # … and whose sentence
_COMMON = 0.75  # a subject feature in more than this share of a slot's claims tells nothing
_FEW = 8  # claims below which no feature is too common to tell them apart


def _priced(unit_kind: str, measure: str) -> bool:
    """Prices, amounts no word names, and rises in share: what they are of (which fuel,
    which programme) is what tells them apart."""
    return (unit_kind.startswith("money") and measure in ("PRICE", "AMOUNT")) or measure in (
        "RISE",
        "FALL",
    )


def _context(c: Claim) -> dict[str, float]:
    """A date's or time's words, its sentence's and its neighbours', weighted by distance;
    never its value (nor any other value of the sentence)."""
    return {f: w for f, w in c.features.items() if f[:2] not in ("d:", "n:")}


def _by_subject(
    members: list[Claim],
    *,
    names_only: bool = False,
    only_if_needed: bool = False,
    features: Callable[[Claim], dict[str, float]] | None = None,
    together: bool = False,
    join: float | None = None,
) -> list[list[Claim]]:
    """One slot's claims grouped by what they name: the price of one fuel, the discovery of
    the survivors. Claims that name nothing distinctive join whatever they agree with.
    With ``only_if_needed`` the slot splits only where one outlet names two things apart;
    with ``names_only`` (which implies it) only names tell claims apart."""
    only_if_needed = only_if_needed or names_only
    n = len(members)
    if features is not None:
        return _cluster(
            members, _cosine(members, features), only_if_needed, together, join or _JOIN
        )
    df: dict[str, int] = defaultdict(int)
    raw = [_subject(c) for c in members]
    if names_only:
        raw = [frozenset(f for f in s if f.startswith("e:")) for s in raw]
    for s in raw:
        for f in s:
            df[f] += 1
    common = _COMMON * n if n >= _FEW else n  # a few claims: every word may tell them apart
    subjects = [frozenset(f for f in s if df[f] <= common) for s in raw]
    idf = {f: math.log(1 + n / d) for f, d in df.items()}

    def sim(i: int, j: int) -> float:
        a, b = subjects[i], subjects[j]
        if not a or not b:
            # Names nothing of its own: joins anything where only a split needs a reason
            # (and is no reason for one: "Adapun 14 awak ..." after "Kapal Bahari Jaya
            # membawa ... 14 awak" is the same crew), and only its like otherwise.
            return 1.0 if not (a or b) else _SAME_SUBJECT if only_if_needed else 0.0
        if _named_apart(a, b):
            return 0.0  # "Solarix ... rose 16 percent", "Biomax naik 22,4%": two things
        # Overlap, not Jaccard: a clause that says more about the same thing is no less
        # about it ("DSP Rp 5,2 miliar" and "Dana Siap Pakai (DSP) sebesar Rp 5 miliar ...").
        smaller = min(sum(idf[f] for f in a), sum(idf[f] for f in b))
        return sum(idf[f] for f in a & b) / smaller

    return _cluster(members, sim, only_if_needed)


def _cosine(
    members: list[Claim], features: Callable[[Claim], dict[str, float]]
) -> Callable[[int, int], float]:
    n = len(members)
    vectors = [features(c) for c in members]
    df: dict[str, int] = defaultdict(int)
    for v in vectors:
        for f in v:
            df[f] += 1
    idf = {f: math.log(1 + n / d) for f, d in df.items()}
    weighted = [{f: w * idf[f] for f, w in v.items()} for v in vectors]
    norms = [math.sqrt(sum(x * x for x in v.values())) or 1.0 for v in weighted]

    def sim(i: int, j: int) -> float:
        a, b = weighted[i], weighted[j]
        if len(b) < len(a):
            a, b = b, a
        return sum(w * b.get(f, 0.0) for f, w in a.items()) / (norms[i] * norms[j])

    return sim


def _cluster(
    members: list[Claim],
    sim: Callable[[int, int], float],
    only_if_needed: bool,
    together: bool = False,
    join: float = 0.0,
) -> list[list[Claim]]:
    """Greedy single-link clustering, best pair first, where one outlet's two claims that
    name different things never meet (unless ``together``)."""
    n = len(members)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(members):
        by_source[c.source_id].append(i)
    apart = (
        set()
        if together
        else {
            (i, j)
            for idx in by_source.values()
            for i in idx
            for j in idx
            if i < j and sim(i, j) < _SAME_SUBJECT
        }
    )
    if only_if_needed and not apart:
        return [members]
    cluster = list(range(n))
    held: dict[int, set[int]] = {i: {i} for i in range(n)}
    pairs = sorted(((sim(i, j), i, j) for i in range(n) for j in range(i + 1, n)), reverse=True)
    for s, i, j in pairs:
        if s < (join or _JOIN):
            break
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            continue
        if any((min(x, y), max(x, y)) in apart for x in held[ci] for y in held[cj]):
            continue
        keep, drop = min(ci, cj), max(ci, cj)
        for m in held.pop(drop):
            cluster[m] = keep
            held[keep].add(m)
    if only_if_needed:
        # A split was needed for some outlet's two claims; a claim that shares nothing with
        # either side still states the slot, and joins the largest group it may.
        for i in [i for i, group in held.items() if len(group) == 1]:
            fits = [
                c
                for c, group in held.items()
                if c != i and not any((min(i, y), max(i, y)) in apart for y in group)
            ]
            if fits:
                target = max(fits, key=lambda c: (len(held[c]), -c))
                held[target] |= held.pop(i)
    return [[members[m] for m in sorted(group)] for _, group in sorted(held.items())]


def _named_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two subjects both name what they are of, and name different things: no word
    of their names in common, or no counted object in common ("diesel" and "fuel")."""
    names_a, names_b = _names(a), _names(b)
    if names_a and names_b and not names_a & names_b:
        return True
    things_a, things_b = _objects(a), _objects(b)
    return bool(things_a and things_b and not things_a & things_b)


def _objects(subject: frozenset[str]) -> frozenset[str]:
    lex = measures()
    return frozenset(f for f in subject if f[:2] == "c:" and lex.things.get(f[2:]) == OBJECT)


def _names(subject: frozenset[str]) -> frozenset[str]:
    """The words of the names a subject holds: "BLT BBM" and "BLT ... (BBM)" share them."""
    return frozenset(w for f in subject if f.startswith(NAME) for w in f[len(NAME) :].split())


def _subject(c: Claim) -> frozenset[str]:
    slot: Slot | None = c.slot
    return slot.subject if slot is not None else frozenset()
