"""Which event a value belongs to: the verb or incident a number, a date or a time of day
stamps, read from the clause around it.

A count belongs to an outcome before an incident and to either before a framing verb
("memperkirakan 14.000 tentara dikerahkan": the deployment); a date to the event nearest it,
but not to a verb its article makes an adjective, not to a drill that only framed the
happening ("lost contact during a gunnery exercise on March 3": contact was lost that
day), and, for a date that stamps a whole sentence, to the happening before what was said
about it.
"""

from __future__ import annotations

from gui.analysis.clauses import CHANGES, COORDINATORS, FRAMES, events_near, shared_event
from gui.analysis.lexicon import ConceptHit, lexicon
from gui.analysis.moments import happening
from gui.analysis.quantities import COUNT_UNITS
from gui.analysis.sentence import SentenceFacts
from gui.domain import DateMention, FactKind, Quantity, TimeMention

Anchor = Quantity | DateMention | TimeMention


def event_for(
    sf: SentenceFacts, kind: FactKind, anchor: Anchor, lo: int, hi: int, near: int
) -> list[ConceptHit]:
    toks = sf.tokens
    evs = events_near(sf, lo, hi, near)
    if kind is FactKind.QUANTITY:
        outcomes = [h for h in evs if h.cls == "event" and h.concept not in FRAMES]
        if lo > 0 and toks[lo - 1].lower in COORDINATORS and not outcomes:
            # "mengangkut 187 penumpang dan 12 awak": the second number shares the verb
            # that stands before the first one.
            shared = shared_event(sf, lo - 1)
            if shared is not None:
                evs = [shared]
        # "memperkirakan 14.000 tentara dikerahkan": the count is of the deployment, not of
        # the estimate: outcomes first, then incidents, then framing verbs.
        frames = FRAMES
        if isinstance(anchor, Quantity) and anchor.unit in COUNT_UNITS - {""}:
            frames = FRAMES - CHANGES  # "naik 25 persen": the rise is what is measured
        return sorted(
            (h for h in evs if h.concept not in frames), key=lambda h: h.cls == "incident"
        )
    if kind is FactKind.TIME:
        # "bertolak pukul 08.15 WIB dan dijadwalkan bersandar ...": a verb past "dan" after
        # a time of day opens its own clause; the time is the verb's before it
        evs = sorted(
            evs,
            key=lambda h: (
                h.start >= near and any(t.lower in COORDINATORS for t in toks[near : h.start])
            ),
        )
    described = [
        h for h in evs if h.cls == "event" and h.start > 0 and toks[h.start - 1].lower in _ARTICLES
    ]
    if described and len(described) < len(evs):
        # "found the missing submarine ... on April 25": a verb made an adjective by its
        # article describes a noun; the day is the finding's.
        evs = [h for h in evs if h not in described]
    victims_of = [h for h in evs if h.cls == "incident" and _of_the_victims(sf, h)]
    if victims_of and len(victims_of) < len(evs):
        # "menutup proses identifikasi korban jatuhnya pesawat pada Selasa (2/3)": the
        # victims of the crash name it; the day is the identification's.
        evs = [h for h in evs if h not in victims_of]
    if not evs and 0 < lo < len(toks) and toks[lo].lower not in lexicon().clause_breaks:
        # "Kapal itu tenggelam di Selat Alas, pada Selasa malam": a trailing clause stamps
        # the event before it; one opened by "sementara"/"while" does not.
        evs = events_near(sf, 0, lo, near)
    return during(sf, evs)


def _of_the_victims(sf: SentenceFacts, h: ConceptHit) -> bool:
    """Whether an incident word names whose victims a noun before it counts ("korban
    jatuhnya pesawat", "victims of the crash")."""
    toks = sf.tokens
    k = h.start - 1
    while k >= 0 and toks[k].lower in ("of", "the", "a"):
        k -= 1
    return k >= 0 and any(g.concept == "CASUALTY" and g.start <= k < g.end for g in sf.concepts)


_DURING = frozenset({"during", "saat", "ketika", "sewaktu", "amid"})


def during(sf: SentenceFacts, evs: list[ConceptHit]) -> list[ConceptHit]:
    """ "lost contact during a gunnery exercise on March 3", "hilang kontak saat latihan
    menembak, Selasa (3/3)": the day of the exercise is the day of the happening it
    framed, which comes first."""
    if not evs:
        return evs
    toks = sf.tokens
    frame = next(
        (k for k in range(max(0, evs[0].start - 3), evs[0].start) if toks[k].lower in _DURING), None
    )
    if frame is None:
        return evs
    framed = [h for h in sf.concepts if h.end <= frame and happening(h)]
    return [framed[-1], *evs] if framed else evs


_ARTICLES = frozenset({"the", "a", "an"})
_GENERIC = frozenset({"HAPPEN"})  # "terjadi", "took place": says only that something happened
_THAT = frozenset({"bahwa", "that", "kalau"})
# A "that" right before a verb opens a relative clause, no report ("prices that are valid
# from Saturday"); one that reports is followed by its subject ("said that the prices ...").
_RELATIVE_NEXT = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
)


def main_first(sf: SentenceFacts, evs: list[ConceptHit]) -> list[ConceptHit]:
    """A sentence's events, what happened before what was said about it, in text order;
    an event inside what someone said ("mengakui bahwa mereka telah mengirim pasukan") is
    not the sentence's own, so the saying comes first."""
    toks = sf.tokens
    said_from = next(
        (
            k
            for k, t in enumerate(toks)
            if t.lower in _THAT
            and not (k + 1 < len(toks) and toks[k + 1].lower in _RELATIVE_NEXT)
            and any(h.concept in FRAMES and h.end <= k for h in evs)
        ),
        len(toks),
    )
    # "Kapal buatan Belanda pada 1985 itu hilang kontak ..., Kamis (6/3)": the
    # happening (contact lost, gone missing) before what merely describes; "terjadi" (it
    # happened) after any event that says what happened ("terjadi ketika pesawat take off").
    return sorted(
        evs,
        key=lambda h: (
            h.start >= said_from,
            h.concept in FRAMES,
            h.concept in _GENERIC,
            not happening(h),
            h.start,
        ),
    )
