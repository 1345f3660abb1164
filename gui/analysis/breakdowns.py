"""Breakdowns: counts of one sentence that split a whole into its parts.

"14 died in A and 8 in B" breaks a toll down by place; "40 orang, terdiri atas 26 penumpang
dan 14 awak" breaks the people aboard down by role; "14 awak, terdiri atas 8 awak aktif serta
6 awak cadangan" breaks the crew itself down, so its 8 and 6 are parts of the crew, no rivals
of the 14.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from gui.analysis.lexicon import ConceptHit
from gui.analysis.measures import ROLE, measures
from gui.analysis.number_context import PLACE_CUES, Around

if TYPE_CHECKING:
    from gui.analysis.sentence import SentenceFacts
    from gui.analysis.slots import Slot

_LIST_REACH = 14  # words from "terdiri atas"/"comprising" to the last count of its list
_LIST_BREAKS = ';:–—"“”()'  # punctuation that ends a list; a comma continues it
_CUE = "BREAKDOWN"


def in_breakdown(sf: SentenceFacts, around: Around) -> bool:
    """Whether the number stands in a list a breakdown word opens ("terdiri atas 8 awak aktif
    serta 6 awak cadangan": the 8 and the 6), with nothing between but the list's counts,
    their nouns, commas and "dan"/"and": no verb, no other clause."""
    cue = _cue_before(sf, around)
    if cue is None:
        return False
    if any(c in _LIST_BREAKS for c in sf.between(cue.end - 1, around.a)):
        return False
    if sole_count(sf, around):
        return False
    return not any(
        h.cls in ("event", "incident") and cue.end <= h.start < around.a for h in sf.concepts
    )


def sole_count(sf: SentenceFacts, around: Around) -> bool:
    """Whether the number is the only count of a sentence and follows a breakdown word
    ("the toll comprises 30 workers, one a driver and the rest ..."): no list of
    parts, but the whole the breakdown describes."""
    cue = _cue_before(sf, around)
    if cue is None:
        return False
    at = sf.tokens[around.a].start if around.a < len(sf.tokens) else sf.sentence.end
    return all(q.start == at for q in sf.quantities)


def _cue_before(sf: SentenceFacts, around: Around) -> ConceptHit | None:
    cues = [
        h
        for h in sf.concepts
        if h.concept == _CUE and h.end <= around.a and around.a - h.end <= _LIST_REACH
    ]
    return cues[-1] if cues else None


def within_role(sf: SentenceFacts, around: Around, thing: str) -> bool:
    """Whether a breakdown splits one role's count by kind ("14 awak terdiri atas 8 awak aktif
    ...", "awak kapal, terdiri dari delapan awak aktif ..."): the role ``thing`` is named
    before the breakdown word, so this count is a part of that role's."""
    if measures().things.get(thing) != ROLE:
        return False
    cue = _cue_before(sf, around)
    if cue is None:
        return False
    return any(h.concept == thing and h.end <= cue.start for h in sf.concepts)


def place_of(sf: SentenceFacts, start: int, end: int, lo: int, hi: int) -> str:
    """The entity named after "di"/"in" nearest the number within its clause ("14 people died
    in Sukamaju District"), or ""."""
    toks = sf.tokens
    a = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    b = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    best: tuple[int, str] | None = None
    for e in sf.entities:
        k = next((n for n, t in enumerate(toks) if t.start == e.start), None)
        if k is None or not lo < k < hi or a <= k < b:
            continue
        cue = k - 1
        while cue > lo and toks[cue].text[:1].isupper() and toks[cue].lower not in PLACE_CUES:
            cue -= 1  # "di Kecamatan Sukamaju": the title word belongs to the place
        if toks[cue].lower not in PLACE_CUES:
            continue
        if any(h.concept in _OPENS_PARTS and min(b, k) <= h.start < max(a, k) for h in sf.concepts):
            continue  # "2.100 jiwa dengan rincian 1.500 di Negara A ...": the parts' place
        distance = min(abs(k - a), abs(k - b))
        if best is None or distance < best[0]:
            best = (distance, e.key)
    return best[1] if best else ""


_OPENS_PARTS = frozenset({"BREAKDOWN", "PART"})
_ALONE = frozenset({"alone", "saja", "sendiri"})


def place_alone(sf: SentenceFacts, place: str) -> bool:
    """Whether the sentence names ``place`` as a part of the whole ("died in Garut alone",
    "di Kabupaten X saja"): the count is that place's, even with no second place beside it."""
    toks = sf.tokens
    for e in sf.entities:
        if e.key != place:
            continue
        after = next((t for t in toks if t.start >= e.end), None)
        if after is not None and after.lower in _ALONE:
            return True
    return False


_RESPECTIVELY = frozenset({"respectively", "masing-masing", "berturut-turut"})


def respective_places(sf: SentenceFacts) -> list[str]:
    """The places a "respectively" sentence names before its counts, in order ("Adonara and
    Alor ... with 62 and 21 dead respectively"); [] when it has no such word."""
    if not any(t.lower in _RESPECTIVELY for t in sf.tokens) or not sf.quantities:
        return []
    first = sf.quantities[0].start
    return [e.key for e in sf.entities if e.end <= first and e.kind in ("place", "other")]


def mark_breakdowns(
    slots: list[Slot], places: list[str], respective: list[str] | None = None
) -> list[Slot]:
    """Counts of one sentence that share a slot and each name a different place are a
    breakdown by place: each place's count is its own fact ("14 died in A and 8 in B")."""
    out = list(slots)
    by_key: dict[tuple[object, ...], list[int]] = {}
    for n, s in enumerate(slots):
        if s.known:
            # "dengan rincian 1.500 di Negara A dan 600 di Negara B": a breakdown's first part
            # and the next are one slot's parts, whichever the breakdown word marked
            key = replace(s, qualifiers=s.qualifiers - {"BREAKDOWN"}).key
            by_key.setdefault(key, []).append(n)
    for members in by_key.values():
        if respective and len(members) == len(respective) and not any(places[n] for n in members):
            places = list(places)
            for n, place in zip(members, respective, strict=True):
                places[n] = place  # "48 and 17 dead respectively": in the order named
        named = {places[n] for n in members if places[n]}
        if len(named) < 2:
            continue
        for n in members:
            if places[n]:
                # the place names the part, as any other outlet's count there
                quals = out[n].qualifiers - {"BREAKDOWN"} | {f"in:{places[n]}"}
                out[n] = replace(out[n], qualifiers=quals)
    return out
