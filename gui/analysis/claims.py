"""Claims: what one sentence of one source asserts, with what alignment compares.

A sentence yields a quantity claim per counted amount, a date claim per date, a time claim
per time of day, and one statement claim for the sentence as a whole. Quantity, date and time
claims carry a slot (``gui.analysis.slots``): what the value is a value of, read from their
own clause. Statement claims carry features, compared across outlets by ``gui.analysis.align``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from gui.analysis.alert_levels import LEVEL_UNIT
from gui.analysis.breakdowns import (
    mark_breakdowns,
    place_alone,
    place_of,
    respective_places,
)
from gui.analysis.clauses import (
    agent_of,
    clause_bounds,
    events_near,
    features,
    flags,
    stamped,
)
from gui.analysis.event_of import event_for, main_first
from gui.analysis.lexicon import stopwords
from gui.analysis.modality import (
    AGAIN,
    PROJECTED,
    PROPOSED,
    TARGET,
    aimed_at,
    conditional,
    of_a_repeat,
    projected,
    proposed,
)
from gui.analysis.moments import moment_slot
from gui.analysis.qualifiers import (
    BEFORE,
    CHANGE,
    OTHERS,
    PAST,
    change_amount,
    changed_from,
    continues_past_event,
    ends_period,
    of_a_past_event,
    said_on,
    stamps_tally,
    stated_moment,
    with_others,
)
from gui.analysis.quantities import COUNT_UNITS, is_currency
from gui.analysis.sentence import SentenceFacts
from gui.analysis.slots import Slot, inherit, quantity_slot
from gui.analysis.text import Token
from gui.domain import (
    DateMention,
    FactKind,
    Quantity,
    Sentence,
    Source,
    TimeMention,
)

Anchor = Quantity | DateMention | TimeMention
_PAST_DAYS = 180  # a date this long before the article's own day belongs to another event


@dataclass(slots=True)
class Claim:
    id: int
    source_id: str
    source_index: int  # position of the source in the corpus, for deterministic order
    kind: FactKind
    sentence: Sentence
    language: str
    anchor: Anchor | None
    features: dict[str, float]  # feature -> weight before IDF
    events: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    agent: str = ""  # entity key of who acts
    negated: bool = False
    hedged: bool = False
    checkworthy: bool = False
    words: tuple[Token, ...] = ()  # the clause the claim rests on, for labels
    event_token: Token | None = None
    agent_token: Token | None = None  # the first word of the actor's name
    sentence_tokens: tuple[Token, ...] = ()  # every word of the sentence, for labels
    slot: Slot | None = None  # what a quantity, date or time is a value of
    # Who the sentence credits ("menurut Rahmat", "KCNA said"): shown before a statement's
    # label, and the span of those words, which the label leaves out.
    speaker: str = ""
    speaker_span: tuple[int, int] = (0, 0)
    members: list[Claim] = field(default_factory=list)  # same-source claims merged into this
    # The key of a named value the claim states (a venue, gui.analysis.venues), its words
    # being ``words``: the claims of a row of them compare by it.
    named: str = ""
    # The decisive words' offsets when they are no anchor: a quoted person's name, a venue.
    span: tuple[int, int] = (0, 0)

    @property
    def value_span(self) -> tuple[int, int]:
        if self.anchor is not None:
            return self.anchor.start, self.anchor.end
        if self.span != (0, 0):
            return self.span
        if self.event_token is not None:
            return self.event_token.start, self.event_token.end
        return self.sentence.start, self.sentence.start


def statement_claim(
    sf: SentenceFacts, source: Source, source_index: int, claim_id: int, **fields: Any
) -> Claim:
    """A claim of what sentence ``sf`` states in words (a relation, a quoted person, a
    venue): no anchor, the sentence's tokens, and ``fields``."""
    return Claim(
        id=claim_id,
        source_id=source.id,
        source_index=source_index,
        kind=FactKind.STATEMENT,
        sentence=sf.sentence,
        language=source.language,
        anchor=None,
        sentence_tokens=tuple(sf.tokens),
        **fields,
    )


def whole_features(sf: SentenceFacts, language: str) -> dict[str, float]:
    """Features of a whole sentence: its words, concepts, entities, numbers and dates."""
    whole: dict[str, float] = {}
    features(sf, 0, len(sf.tokens), 1.0, language, whole)
    for q in sf.quantities:
        if not q.vague:  # "ribuan warga" and "ribuan rumah" share a word, not a figure
            whole[f"n:{q.value:g}"] = 1.0
    for d in sf.dates:
        whole[f"d:{d.low.isoformat()}"] = 1.0
    return whole


def _converts(sf: SentenceFacts, q: Quantity, previous: Quantity | None) -> bool:
    """Whether ``q`` stands in brackets right after ``previous`` as its conversion
    ("40 miles (64 km)", "IDR9,000 (US$0.60)", "3,100-metre (10,170-ft)")."""
    if previous is None:
        return False
    gap = sf.sentence.text[previous.end - sf.sentence.start : q.start - sf.sentence.start]
    return gap.strip() in ("(", "(about", "(around", "(sekitar", "(or", "/") and bool(
        previous.unit or q.unit
    )


def claims_of(
    sf: SentenceFacts,
    source: Source,
    source_index: int,
    next_id: int,
    whole: dict[str, float],
    context: dict[str, float],
    earlier: SentenceFacts | None = None,
) -> list[Claim]:
    """Claims of one sentence. ``context`` holds features of the neighbouring sentences;
    ``earlier`` is the sentence before, whose dates one opening "Ketika itu" inherits."""
    lang = source.language
    toks = sf.tokens
    text = source.text
    claims: list[Claim] = []
    if not toks:
        return claims
    negated, hedged, speculative = flags(sf, 0, len(toks))
    events_all = events_near(sf, 0, len(toks), 0)
    main_event = events_all[0] if events_all else None
    agent = agent_of(sf, main_event)
    token_at = {t.start: t for t in toks}
    sentence_tokens = tuple(toks)
    new_claim = partial(
        Claim,
        source_id=source.id,
        source_index=source_index,
        sentence=sf.sentence,
        language=lang,
        sentence_tokens=sentence_tokens,
    )

    amounts = frozenset(q.start for q in sf.quantities)
    # Punctuation inside another date, time or amount ("(2,300 feet)") ends no clause.
    moments = [(m.start, m.end) for m in (*sf.dates, *sf.times, *sf.quantities)]

    def anchored(kind: FactKind, anchor: Anchor) -> tuple[Claim, str]:
        others = [span for span in moments if span != (anchor.start, anchor.end)]
        lo, hi = clause_bounds(toks, text, anchor.start, anchor.end, amounts, others)
        if not any(
            t.lower not in stopwords()
            and not t.is_number
            and not anchor.start <= t.start < anchor.end
            for t in toks[lo:hi]
        ):
            # A fronted "Pada 27 April 2025, ..." dates the whole sentence that follows, and a
            # trailing ", Rabu (21/4)" the sentence before it: its main event, not the word
            # nearest the date.
            lo, hi = 0, len(toks)
            whole_sentence = True
        else:
            whole_sentence = False
        feats: dict[str, float] = {}
        features(sf, lo, hi, 1.0, lang, feats)
        for f, w in whole.items():
            feats.setdefault(f, w * 0.35)
        for f, w in context.items():
            feats.setdefault(f, w * 0.2)
        near = sf.index_at(anchor.start)
        evs = event_for(sf, kind, anchor, lo, hi, near)
        if whole_sentence and kind is not FactKind.QUANTITY:
            evs = main_first(sf, evs)
        event = evs[0] if evs else None
        quals: frozenset[str] = frozenset()
        # A level held "sejak 2012", "since 2011" is the current one, not a past event's.
        if (
            kind is FactKind.QUANTITY
            and not (isinstance(anchor, Quantity) and anchor.unit == LEVEL_UNIT)
            and (of_a_past_event(sf, lo, hi, source) or continues_past_event(sf, earlier, source))
        ):
            quals |= {PAST}
        if isinstance(anchor, Quantity):
            if changed_from(sf, anchor, near, hi, lang) and not conditional(sf):
                # "belanja Rp 300 triliun bisa membengkak ke Rp 410 triliun jika ...": where a
                # change on a condition would start is the value that stands.
                quals |= {BEFORE}
            elif change_amount(sf, near):
                quals |= {CHANGE}
            if aimed_at(sf, near):
                quals |= {TARGET}
            if projected(sf, near, sf.index_at(anchor.end)):
                quals |= {PROJECTED}
            if anchor.unit not in COUNT_UNITS and of_a_repeat(sf, near):
                quals |= {AGAIN}
            if (anchor.unit == "%" or is_currency(anchor.unit)) and proposed(sf, near, lo):
                quals |= {PROPOSED}
            if with_others(sf, near, sf.index_at(anchor.end)):
                quals |= {OTHERS}
        if isinstance(anchor, DateMention):
            quals |= ends_period(sf, near)
        if isinstance(anchor, Quantity):
            slot = quantity_slot(sf, anchor, lo, hi, lang, quals)
            place = place_of(sf, anchor.start, anchor.end, lo, hi)
            if place and place_alone(sf, place):
                slot = replace(slot, qualifiers=slot.qualifiers | {f"in:{place}"})
            slot = replace(slot, qualifiers=slot.qualifiers | stated_moment(sf, anchor, slot))
        else:
            slot = moment_slot(sf, kind, event, lo, hi, near, quals)
            place = ""
            if (
                isinstance(anchor, DateMention)
                and sf.reference is not None
                and (
                    slot.measure == "OCCUR"
                    or anchor.precision == "day"
                    or anchor.high.year < sf.reference.year - 1
                )
                and (sf.reference - anchor.high).days > _PAST_DAYS
            ):
                # "the 2018 Lion Air crash", "had last erupted in January", "hilang pada 15
                # November 2017": another happening, whatever its event
                slot = replace(slot, qualifiers=slot.qualifiers | {PAST})
        neg, hed, _ = flags(sf, lo, hi)
        actor = agent_of(sf, event) or agent
        claim = new_claim(
            id=next_id + len(claims),
            kind=kind,
            anchor=anchor,
            features=feats,
            events=stamped(sf, evs[:1]),
            qualifiers=slot.qualifiers,
            agent=(actor.key if actor else ""),
            agent_token=token_at.get(actor.start) if actor else None,
            negated=neg,
            hedged=hed,
            checkworthy=True,
            words=tuple(toks[lo:hi]),
            event_token=toks[event.start] if event else None,
            slot=slot,
        )
        return claim, place

    counted: list[tuple[Claim, str]] = []
    previous: Quantity | None = None
    for q in sf.quantities:
        if not _converts(sf, q, previous):
            counted.append(anchored(FactKind.QUANTITY, q))
        previous = q
    _settle_counts(counted, respective_places(sf))
    claims += [c for c, _ in counted]
    for d in sf.dates:
        if not stamps_tally(sf, d) and not said_on(sf, d, text):
            claims.append(anchored(FactKind.DATE, d)[0])
    for t in sf.times:
        if not stamps_tally(sf, t):
            claims.append(anchored(FactKind.TIME, t)[0])

    has_actor = bool(sf.entities) and main_event is not None
    credited = min(sf.attributions, key=lambda a: a.start, default=None)
    claims.append(
        new_claim(
            id=next_id + len(claims),
            kind=FactKind.STATEMENT,
            speaker=credited.name if credited else "",
            speaker_span=(credited.start, credited.end) if credited else (0, 0),
            anchor=None,
            features=dict(whole),
            events=frozenset(h.concept for h in events_all),
            agent=agent.key if agent else "",
            agent_token=token_at.get(agent.start) if agent else None,
            negated=negated,
            hedged=hedged,
            checkworthy=has_actor and not speculative and not sf.sentence.heading,
            words=sentence_tokens,
            event_token=toks[main_event.start] if main_event else None,
        )
    )
    for n, c in enumerate(claims):
        c.id = next_id + n
    return claims


def _settle_counts(counted: list[tuple[Claim, str]], respective: list[str]) -> None:
    """Counts of one sentence read together: one with no measure of its own continues the
    list it stands in, and a list by place is a breakdown."""
    previous: Slot | None = None
    for n, (claim, _) in enumerate(counted):
        assert claim.slot is not None
        slot = claim.slot
        if not slot.known and n + 1 < len(counted) and _joined_bare(claim, counted[n + 1][0]):
            # "48 and 17 people were hurt": the first number shares the second's noun and verb
            slot = counted[n + 1][0].slot or slot
        if (
            previous is not None
            and "PART" in slot.qualifiers
            and slot.stated
            and previous.known
            and previous.measure != slot.measure
        ):
            # "4.700 korban, termasuk 600 yang kehilangan nyawa": a part measured otherwise
            # than its whole is a fact of its own, the 600 dead.
            slot = replace(slot, qualifiers=slot.qualifiers - {"PART"})
        if (
            previous is not None
            and OTHERS in slot.qualifiers
            and previous.known
            and slot.known
            and previous.measure != slot.measure
        ):
            # "killed 11 people and injured 32 other people": other than the dead, and the
            # whole count of the injured.
            slot = replace(slot, qualifiers=slot.qualifiers - {OTHERS})
        claim.slot = inherit(previous, slot)
        previous = claim.slot
    slots = mark_breakdowns(
        [c.slot for c, _ in counted if c.slot], [p for _, p in counted], respective
    )
    for n, ((claim, _), slot) in enumerate(zip(counted, slots, strict=True)):
        if _total_of_those_present([c.slot for c, _ in counted[n + 1 :]], slot):
            # "Totalnya ada 62 orang: 12 awak, 40 penumpang dewasa, 7 anak-anak ...": the
            # people the list that follows counts by role are everyone aboard
            slot = replace(slot, measure="PRESENT")
        claim.slot = slot
        claim.qualifiers = slot.qualifiers


def _joined_bare(claim: Claim, nxt: Claim) -> bool:
    """Whether ``claim``'s number is bare and "and"/"dan" joins it to the next number."""
    a, b = claim.anchor, nxt.anchor
    if not isinstance(a, Quantity) or not isinstance(b, Quantity) or a.head or a.unit:
        return False
    between = claim.sentence.text[a.end - claim.sentence.start : b.start - claim.sentence.start]
    return between.strip().lower() in ("and", "dan", "atau", "or")


def _total_of_those_present(after: list[Slot | None], slot: Slot) -> bool:
    """Whether a count that says nothing of what it counts opens a list of two or more
    counts of those present (by role or kind)."""
    if slot.measure or slot.unit_kind != "count" or slot.counted not in ("", "PEOPLE"):
        return False
    listed = [s for s in after if s is not None]
    return len(listed) >= 2 and all(s.measure == "PRESENT" for s in listed)


__all__ = ["BEFORE", "PAST", "Claim", "SentenceFacts", "claims_of", "replace", "whole_features"]
