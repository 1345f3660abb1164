"""Slots of dates and times: the event they stamp.

The happening itself ("OCCUR": the eruption, the fire, the crash, when a policy took effect),
its chronology (a flight's lost contact falls on the day of the crash), an announcement, or
another event by its concept; a schedule, a declaration and a repeat are qualifiers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.analysis.lexicon import ConceptHit
from gui.analysis.measures import measures
from gui.analysis.slots import Slot
from gui.domain import FactKind

if TYPE_CHECKING:
    from gui.analysis.sentence import SentenceFacts

# Events a date or time stamps that name the happening itself: when it erupted, burned,
# crashed, began, or (for a policy) when the change was made or took effect.
_OCCUR = frozenset({"HAPPEN", "BEGIN", "IN_FORCE"})


# The chronology of a happening: its day is the happening's day, its time is its own.
# A flight takes off and loses contact the day it crashes (a flight lasts hours; a bus that
# departs at night may crash the next day, and departing is no step listed here).
_CHRONOLOGY = frozenset({"LOSE_CONTACT", "MISSING", "TAKE_OFF"})


_ENDINGS = frozenset({"EXTINGUISH"})  # events that end a happening
_CHANGES = frozenset({"INCREASE", "DECREASE"})
_PRICED = frozenset({"PRICE", "FUEL", "DIESEL", "FUEL_PRICE"})  # what a price change names
_PRICE_REACH = 4  # words between a change verb and the price it changes


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


def happening(event: ConceptHit) -> bool:
    """Whether an event verb tells the happening or a step of it (an onset, contact lost,
    gone missing), as opposed to an act around it. (An incident word is often the object
    of another act: "firefighters extinguished the blaze".)"""
    return event.concept in _OCCUR or event.concept in _CHRONOLOGY


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
    # "statusnya", "rencananya": the possessive suffix does not change the word
    words = {t.lower for t in window} | {_bare(t.lower) for t in window}
    # "berangkat pukul 06.10 dan sesuai jadwal tiba pukul 07.10": the plan is what follows
    # the schedule word, not a moment said before it
    ahead = sf.tokens[max(0, lo - 3) : max(at, max(0, lo - 3))]
    if ({t.lower for t in ahead} | {_bare(t.lower) for t in ahead}) & _SCHEDULED:
        quals.add("SCHEDULED")
    if kind is FactKind.DATE and words & _DECLARED and _declares(sf, event, max(0, lo - 3), hi):
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
    if any(h.concept == "END" and event.start - 3 <= h.start < event.start for h in sf.concepts):
        # "resmi menutup proses identifikasi ... pada Selasa (2/3)", "ended the search on
        # Friday": the day the process ended, no rival of a day within it
        quals.add("UNTIL")
    opened = any(h.cls == "incident" and h.start < _OPENING for h in sf.concepts)
    # "earthquake struck", "gempa mengguncang": the verb an incident does is the incident
    # ("api dapat dipadamkan": a fire put out is its end, never its happening)
    by_incident = concept not in _ENDINGS and any(
        h.cls == "incident" and 0 <= event.start - h.end <= 1 for h in sf.concepts
    )
    priced = concept in _CHANGES and any(
        h.concept in _PRICED and abs(h.start - event.start) <= _PRICE_REACH
        for h in (*sf.concepts, *sf.terms)
    )
    if event.cls == "incident" or concept in _OCCUR or by_incident or priced:
        # (a price raised or cut on a day: the change of a price is the happening itself)
        measure = "OCCUR"
    elif opened and concept in measures().states:
        # "Gempa ... yang mengguncang Majene, Selasa malam menyebabkan puluhan orang
        # meninggal": the outcome's day is the day of the quake that opens the sentence.
        measure = "OCCUR"
    elif concept in _CHRONOLOGY and not _departs(sf, event):
        measure = "OCCUR" if kind is FactKind.DATE else concept
    elif concept in _ANNOUNCE:
        measure = "ANNOUNCE"
    else:
        measure = concept
    return Slot(kind, unit_kind, measure, frozenset(quals), subject=subject)


_DEPARTING = frozenset({"berangkat", "keberangkatan", "departed", "departing", "departure", "left"})


def _declares(sf: SentenceFacts, event: ConceptHit | None, lo: int, hi: int) -> bool:
    """Whether a declaring word governs the date's event: "dinyatakan tenggelam pada Sabtu",
    but not "... setelah hilang kontak sejak Rabu", another happening after the declared one."""
    if event is None:
        return True
    toks = sf.tokens
    for k in range(lo, min(hi, len(toks))):
        if toks[k].lower not in _DECLARED and _bare(toks[k].lower) not in _DECLARED:
            continue
        if k > event.start:
            return True  # "... pada Sabtu, status itu dinyatakan ...": after it, still its
        between = [
            h for h in sf.concepts if h.cls in ("event", "incident") and k < h.start < event.start
        ]
        if not between:
            return True
    return False


def _departs(sf: SentenceFacts, event: ConceptHit) -> bool:
    """Whether a take-off is written as a departure ("bus berangkat Senin malam"), which
    may fall the day before the crash."""
    return any(t.lower in _DEPARTING for t in sf.tokens[event.start : event.end])


def _bare(word: str) -> str:
    return word[:-3] if word.endswith("nya") and len(word) > 5 else word


def _within(sf: SentenceFacts, offset: int, lo: int, hi: int) -> bool:
    toks = sf.tokens
    start = toks[lo].start if lo < len(toks) else sf.sentence.end
    end = toks[hi - 1].end if 0 < hi <= len(toks) else sf.sentence.end
    return start <= offset < end
