"""Claims: what one sentence of one source asserts, with the features alignment compares.

A sentence yields a quantity claim per counted amount, a date claim per date, and one
statement claim for the sentence as a whole. Quantity and date claims look at their own
clause (the words between the nearest commas or clause breaks), because one sentence often
carries two numbers about different things ("14.000 dikerahkan, termasuk 3.000 pengganti").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, partial

from gui.analysis.entities import find_entities
from gui.analysis.lexicon import ConceptHit, lexicon, stem, stopwords
from gui.analysis.numbers import find_numeric_mentions, number_words
from gui.analysis.quantities import COUNT_UNITS, is_currency
from gui.analysis.text import Token, tokenize
from gui.domain import Attribution, DateMention, Entity, FactKind, Quantity, Sentence, Source

_GENERIC_HEADS = frozenset({"PEOPLE", ""})
_PREPOSITIONS = frozenset(
    [
        "ke",
        "di",
        "dari",
        "kepada",
        "terhadap",
        "dengan",
        "untuk",
        "pada",
        "dalam",
        "atas",
        "antara",
        "to",
        "in",
        "into",
        "from",
        "at",
        "on",
        "with",
        "for",
        "against",
        "of",
    ]
)
# Verbs that frame a number rather than say what happened to what it counts.
_FRAMES = frozenset(
    {
        "SAY",
        "REPORT",
        "ESTIMATE",
        "ANNOUNCE",
        "REACH",
        "FIND",
        "INCREASE",
        "DECREASE",
        "PUBLISH",
        "CONFIRM",  # "officials confirmed 18,000 acres burned": the count is of the burning
    }
)
_CHANGES = frozenset({"INCREASE", "DECREASE"})
_EVENT_CLASSES = frozenset({"event", "incident"})
_COORDINATORS = frozenset({"dan", "serta", "and"})
# Brackets hold short appositives ("(KCNA)", "(28/4/2025)") and do not end a clause.
_CLAUSE_PUNCT = ',;:–—"“”'


@dataclass(slots=True)
class Claim:
    id: int
    source_id: str
    source_index: int  # position of the source in the corpus, for deterministic order
    kind: FactKind
    sentence: Sentence
    language: str
    anchor: Quantity | DateMention | Attribution | None
    features: dict[str, float]  # feature -> weight before IDF
    events: frozenset[str] = frozenset()
    head: str = ""  # concept of the counted thing
    qualifiers: frozenset[str] = frozenset()
    agent: str = ""  # entity key of who acts
    negated: bool = False
    hedged: bool = False
    checkworthy: bool = False
    words: tuple[Token, ...] = ()  # the clause the claim rests on, for labels
    event_token: Token | None = None
    head_token: Token | None = None  # the word naming what a quantity counts
    agent_token: Token | None = None  # the first word of the actor's name
    sentence_tokens: tuple[Token, ...] = ()  # every word of the sentence, for labels
    members: list[Claim] = field(default_factory=list)  # same-source claims merged into this

    @property
    def value_span(self) -> tuple[int, int]:
        if self.anchor is not None:
            return self.anchor.start, self.anchor.end
        if self.event_token is not None:
            return self.event_token.start, self.event_token.end
        return self.sentence.start, self.sentence.start


@dataclass(slots=True)
class SentenceFacts:
    """Everything found in one sentence, kept for claims and for highlighting."""

    sentence: Sentence
    tokens: list[Token]
    quantities: list[Quantity]
    dates: list[DateMention]
    entities: list[Entity]
    attributions: list[Attribution]  # filled once entity names are folded across the corpus
    concepts: list[ConceptHit]  # indices into ``tokens``


def read_sentence(
    sentence: Sentence,
    source: Source,
    *,
    known_entities: Sequence[str] = (),
    reference: date | None = None,
) -> SentenceFacts:
    """Mentions of one sentence; relative dates resolve against ``reference``."""
    published = reference
    quantities, dates = find_numeric_mentions(
        sentence.text, offset=sentence.start, published=published, language=source.language
    )
    all_tokens = tokenize(sentence.text, sentence.start)
    # Words inside a date ("musim gugur tahun lalu") are not events ("gugur" = fell in battle).
    tokens = [t for t in all_tokens if not any(d.start <= t.start < d.end for d in dates)]
    concepts = lexicon().concepts(tokens, source.language)
    entities = find_entities(tokens, source.text, heading=sentence.heading, known=known_entities)
    return SentenceFacts(sentence, tokens, quantities, dates, entities, [], concepts)


def _clause(tokens: Sequence[Token], text: str, start: int, end: int) -> tuple[int, int]:
    """Token range [i, j) of the clause that holds the span [start, end) (a number or date).

    The clause reaches left and right until punctuation, a clause-break word, or a coordinated
    number; punctuation inside the span itself ("Senin (28/4/2025)") does not count.
    """
    lex = lexicon()

    def broken(gap: str) -> bool:
        return any(c in _CLAUSE_PUNCT for c in gap)

    i = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    j = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    # Walk left: stop at punctuation, after a clause-break word ("termasuk 3.000 ..."), or
    # before "dan" when the clause starts with a number ("... dan 450 orang luka-luka").
    edge = tokens[i].start if i < len(tokens) and tokens[i].start < end else start
    while i > 0:
        prev = tokens[i - 1]
        if broken(text[prev.end : edge]):
            break
        if (
            prev.lower in _COORDINATORS
            and start <= edge < end
            and i < len(tokens)
            and tokens[i].is_number
        ):
            break
        i -= 1
        edge = prev.start
        if prev.lower in lex.clause_breaks:
            break
    # Walk right: stop at punctuation, a clause-break word, or "dan" before another number.
    edge = tokens[j - 1].end if j > 0 and tokens[j - 1].end > start else end
    while j < len(tokens):
        nxt = tokens[j]
        if broken(text[edge : nxt.start]) or nxt.lower in lex.clause_breaks:
            break
        if nxt.lower in _COORDINATORS and j + 1 < len(tokens) and tokens[j + 1].is_number:
            break
        j += 1
        edge = nxt.end
    return i, j


def _features(
    sf: SentenceFacts, lo: int, hi: int, weight: float, language: str, out: dict[str, float]
) -> None:
    """Add the features of tokens[lo:hi] to ``out`` with ``weight`` (keeping the larger)."""
    toks = sf.tokens
    covered: set[int] = set()
    for hit in sf.concepts:
        if hit.start >= lo and hit.end <= hi:
            key = f"c:{hit.concept}"
            out[key] = max(out.get(key, 0.0), weight)
            covered.update(range(hit.start, hit.end))
    ent_spans = [(e.start, e.end, e.key) for e in sf.entities]
    for k in range(lo, hi):
        if k in covered:
            continue
        t = toks[k]
        ent = next((key for s, e, key in ent_spans if s <= t.start < e), None)
        if ent is not None:
            feat, w = f"e:{ent}", weight
        elif t.lower in stopwords() or t.is_number or len(t.lower) < 3 or _number_word(t):
            continue  # a figure is compared by its value, not by the words that spell it
        else:
            feat, w = f"w:{stem(t.lower, language)}", weight * 0.6
        out[feat] = max(out.get(feat, 0.0), w)


@cache
def _number_vocabulary() -> frozenset[str]:
    words = number_words("any")
    return frozenset(
        [*words.units, *words.se_forms, *words.teen, *words.multipliers, *words.scales]
    )


def _number_word(t: Token) -> bool:
    return t.lower in _number_vocabulary()


def _events(sf: SentenceFacts, lo: int, hi: int, near: int) -> list[ConceptHit]:
    hits = [h for h in sf.concepts if h.cls in _EVENT_CLASSES and lo <= h.start < hi]
    return sorted(hits, key=lambda h: (abs(h.start - near), h.start))


def _shared_event(sf: SentenceFacts, before: int) -> ConceptHit | None:
    """The event verb of the clause ending at token ``before``, if it precedes its number."""
    toks = sf.tokens
    first_number = next(
        (
            k
            for k in range(before - 1, -1, -1)
            if toks[k].is_number and (k == 0 or not toks[k - 1].is_number)
        ),
        None,
    )
    if first_number is None:
        return None
    hits = [
        h
        for h in sf.concepts
        if h.cls == "event"
        and h.end <= first_number
        and h.concept not in _FRAMES
        and first_number - h.end <= 3
    ]
    return hits[-1] if hits else None


def _stamped(sf: SentenceFacts, events: Sequence[ConceptHit]) -> frozenset[str]:
    """The events a value belongs to: the nearest one, and an incident that is its subject
    ("earthquake struck": striking and the quake; "gempa mengguncang": the quake)."""
    out = {h.concept for h in events}
    for ev in events:
        out |= {
            h.concept for h in sf.concepts if h.cls == "incident" and 0 <= ev.start - h.end <= 1
        }
        if ev.cls == "event":
            # "Gempa ... yang mengguncang Majene, Selasa malam menyebabkan puluhan orang
            # meninggal": an outcome's sentence opened by an incident is about that incident.
            out |= {h.concept for h in sf.concepts if h.cls == "incident" and h.start < _OPENING}
    return frozenset(out)


def _agent(sf: SentenceFacts, event: ConceptHit | None) -> Entity | None:
    """Who does ``event``: the name before the verb, or after "oleh"/"by" in the passive."""
    lex = lexicon()
    toks = sf.tokens
    if event is None:
        return None
    # Passive: "diperintahkan oleh Kim Jong Un", "was ordered by ...".
    k = event.end
    if k < len(toks) and toks[k].lower in lex.passive_agent:
        after = [e for e in sf.entities if e.start >= toks[k].end]
        if after:
            return after[0]
    before = [e for e in sf.entities if e.end <= toks[event.start].start]
    for e in reversed(before):
        idx = next((n for n, t in enumerate(toks) if t.start == e.start), None)
        # "ke Rusia", "di Kyiv": an entity after a preposition is a place or goal, not the actor.
        if (
            idx is not None
            and idx > 0
            and toks[idx - 1].lower in _PREPOSITIONS
            and sf.sentence.text[
                toks[idx - 1].end - sf.sentence.start : e.start - sf.sentence.start
            ].isspace()
        ):
            continue
        return e
    return None


def _flags(sf: SentenceFacts, lo: int, hi: int) -> tuple[bool, bool, bool]:
    lex = lexicon()
    toks = sf.tokens
    negated = hedged = speculative = False
    event_positions = {h.start for h in sf.concepts if h.cls in _EVENT_CLASSES}
    for k in range(lo, hi):
        if lex.is_cue(lex.hedges, toks, k):
            hedged = True
        if lex.is_cue(lex.speculation, toks, k):
            speculative = True
        n = lex.is_cue(lex.negations, toks, k)
        if n and any(k + n <= p <= k + n + 3 for p in event_positions):
            negated = True
    return negated, hedged, speculative


def _thing(sf: SentenceFacts, q: Quantity, lo: int, hi: int, language: str) -> tuple[str, int]:
    """The concept of what ``q`` counts, and the index of the token that names it (or -1)."""
    head_at = (
        next(
            (
                k
                for k, t in enumerate(sf.tokens)
                if t.start >= q.end and t.text == q.head.split()[0]
            ),
            -1,
        )
        if q.head
        else -1
    )
    if q.head:
        head_tokens = tokenize(q.head)
        hits = lexicon().concepts(head_tokens, language)
        concept = hits[0].concept if hits else ""
        if not hits:
            concept = f"w:{stem(head_tokens[0].lower, language)}" if head_tokens else ""
        if concept not in _GENERIC_HEADS:
            return concept, head_at
    if q.unit not in COUNT_UNITS:
        return "", head_at  # "18,000 acres - an area bigger than Manhattan": the unit says it
    # A vague or missing head ("3.000 merupakan bala bantuan", "15 orang"): only a thing named
    # next to the number is what was counted, not any noun further along the clause.
    first = next((k for k, t in enumerate(sf.tokens) if t.end > q.start), len(sf.tokens))
    after = next((k for k, t in enumerate(sf.tokens) if t.start >= q.end), len(sf.tokens))
    lo, hi = max(lo, first - 4), min(hi, after + 3)
    things = [h for h in sf.concepts if h.cls == "thing" and lo <= h.start < hi]
    specific = [h for h in things if h.concept not in _GENERIC_HEADS]
    if specific:
        return specific[0].concept, specific[0].start
    return ("PEOPLE" if things or q.head else ""), head_at


PAST = "PAST"  # a qualifier: the count belongs to an event years before the article
BEFORE = "BEFORE"  # a qualifier: the value something changed from ("naik dari Rp 10.000")
UNTIL = "UNTIL"  # a qualifier: a date that ends a period ("in effect through Friday")
_UNTIL_MARKERS = ("through", "until", "till", "hingga", "sampai", "sampai dengan")
_OPENING = 2  # tokens at the start of a sentence where its subject incident stands
_CHANGE_REACH = 4  # words between a change verb and its "dari"/"from"
_CHANGE_TO = frozenset({"menjadi", "jadi", "ke", "to", "into"})
_PREVIOUSLY = frozenset({"sebelumnya", "semula", "previously", "formerly"})


def _bound(sf: SentenceFacts, at: int) -> frozenset[str]:
    """{UNTIL} when the date at token ``at`` ends a period ("in effect through Friday",
    "ditutup hingga Jumat"), which a point in time such as "Wednesday night" does not
    contradict. ("Sejak Minggu" starts one, and does say when it began.)"""
    before = " ".join(t.lower for t in sf.tokens[max(0, at - 2) : at])
    ends = any(before == m or before.endswith(" " + m) for m in _UNTIL_MARKERS)
    return frozenset({UNTIL}) if ends else frozenset()


def _changed_from(sf: SentenceFacts, q: Quantity, at: int, language: str) -> bool:
    """Whether ``q`` (at token ``at``) is the old value of a change: "harga naik dari
    Rp 10.000 menjadi Rp 12.500", "dari Rp 10.000 jadi Rp 12.500", "yang sebelumnya dijual
    Rp 10.000", "rose from 5% to 7%"."""
    toks = sf.tokens
    before = toks[max(0, at - _CHANGE_REACH) : at]
    if any(t.lower in _PREVIOUSLY for t in before):
        return True
    if at < 1 or toks[at - 1].lower not in ("dari", "from"):
        return False
    after = next((k for k, t in enumerate(toks) if t.start >= q.end), len(toks))
    if any(t.lower in _CHANGE_TO for t in toks[after : after + 2]):
        return True  # "dari X menjadi Y": the sentence names where it went
    verbs = number_words(language).change_verbs
    return any(t.lower in verbs for t in toks[max(0, at - 1 - _CHANGE_REACH) : at - 1])


_PAST_YEARS = 2  # years before publication from which an event is another, earlier one
_FRONTED = 12  # characters into a sentence where a date still fronts it ("Pada tahun 2018,")


def _of_a_past_event(sf: SentenceFacts, lo: int, hi: int, source: Source) -> bool:
    """Whether the clause tokens[lo:hi] dates itself years before the article ("the 2020
    Cedar Hollow Fire burned 31,500 acres", "gempa 2018 menewaskan 4.340 orang")."""
    if source.published is None or not sf.dates or lo >= hi:
        return False
    # Dates are not tokens: the clause reaches to the next word (or the sentence's end).
    start = sf.tokens[lo].start if lo > 0 else sf.sentence.start
    end = sf.tokens[hi].start if hi < len(sf.tokens) else sf.sentence.end
    # A date fronting the sentence ("In 2020, the Cedar Hollow inferno torched ...") dates
    # all of it, as one inside the clause does.
    fronted = sf.sentence.start + _FRONTED
    return any(
        not d.relative
        and (start <= d.start < end or d.start < fronted)
        and d.high.year <= source.published.year - _PAST_YEARS
        for d in sf.dates
    )


_THEN = ("ketika itu", "saat itu", "waktu itu", "kala itu", "at the time", "back then")


def _then(sf: SentenceFacts, earlier: SentenceFacts | None, source: Source) -> bool:
    """Whether a sentence opening "Ketika itu," / "At the time," continues an earlier event
    the sentence before dates years back ("... pada Juni 2019. Ketika itu, sebuah bus ...
    menewaskan 12 orang")."""
    if earlier is None or not sf.tokens:
        return False
    opening = " ".join(t.lower for t in sf.tokens[:3])
    if not any(opening.startswith(phrase) for phrase in _THEN):
        return False
    return bool(earlier.tokens) and _of_a_past_event(earlier, 0, len(earlier.tokens), source)


def _said_on(sf: SentenceFacts, d: DateMention, text: str) -> bool:
    """Whether ``d`` only dates a remark ("kata Dimas kepada wartawan, Senin (6/7)", "she
    said on Monday"): when someone spoke is no fact of the event, and two outlets quoting
    two people on two days do not conflict."""
    lo, hi = _clause(sf.tokens, text, d.start, d.end)
    near = next((k for k, t in enumerate(sf.tokens) if t.start >= d.start), len(sf.tokens))
    events = _events(sf, lo, hi, near) or _events(sf, 0, len(sf.tokens), near)
    return bool(events) and events[0].concept == "SAY"  # the verb nearest the date


def _cut_off(sf: SentenceFacts, d: DateMention) -> bool:
    """Whether ``d`` stamps a tally ("data BPBD per Kamis", "hingga Rabu sore tercatat ...",
    "the toll as of Monday"): outlets counting at different moments do not conflict, and
    the moment is no fact of the event."""
    lex = lexicon()
    toks = sf.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= d.start), len(toks))
    for n in (2, 1):
        k = at - n
        if k < 0:
            continue
        if lex.is_cue(lex.cutoffs, toks, k) == n:
            return True
        if lex.is_cue(lex.tally_cutoffs, toks, k) == n:
            return any(lex.is_cue(lex.tallies, toks, j) for j in range(len(toks)))
    return False


def whole_features(sf: SentenceFacts, language: str) -> dict[str, float]:
    """Features of a whole sentence: its words, concepts, entities, numbers and dates."""
    whole: dict[str, float] = {}
    _features(sf, 0, len(sf.tokens), 1.0, language, whole)
    for q in sf.quantities:
        if not q.vague:  # "ribuan warga" and "ribuan rumah" share a word, not a figure
            whole[f"n:{q.value:g}"] = 1.0
    for d in sf.dates:
        whole[f"d:{d.low.isoformat()}"] = 1.0
    return whole


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
    negated, hedged, speculative = _flags(sf, 0, len(toks))
    events_all = _events(sf, 0, len(toks), 0)
    main_event = events_all[0] if events_all else None
    agent = _agent(sf, main_event)
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

    def anchored(kind: FactKind, anchor: Quantity | DateMention) -> Claim:
        lo, hi = _clause(toks, text, anchor.start, anchor.end)
        if not any(
            t.lower not in stopwords()
            and not t.is_number
            and not anchor.start <= t.start < anchor.end
            for t in toks[lo:hi]
        ):
            # A fronted "Pada 27 April 2025, ..." dates the whole sentence that follows.
            lo, hi = 0, len(toks)
        feats: dict[str, float] = {}
        _features(sf, lo, hi, 1.0, lang, feats)
        for f, w in whole.items():
            feats.setdefault(f, w * 0.35)
        for f, w in context.items():
            feats.setdefault(f, w * 0.2)
        near = next((k for k, t in enumerate(toks) if t.start >= anchor.start), len(toks))
        evs = _events(sf, lo, hi, near)
        outcomes = [h for h in evs if h.cls == "event" and h.concept not in _FRAMES]
        coordinated = kind is FactKind.QUANTITY and lo > 0 and toks[lo - 1].lower in _COORDINATORS
        if coordinated and not outcomes:
            # "mengangkut 187 penumpang dan 12 awak", "carrying 187 passengers and 12 crew
            # sank": the second number shares the verb that stands before the first one.
            shared = _shared_event(sf, lo - 1)
            if shared is not None:
                evs = [shared]
        if (
            kind is FactKind.DATE
            and not evs
            and 0 < lo < len(toks)
            and toks[lo].lower not in lexicon().clause_breaks
        ):
            # "Kapal itu tenggelam di Selat Alas, pada Selasa malam": a trailing clause
            # stamps the event before it; one opened by "sementara"/"while" does not.
            evs = _events(sf, 0, lo, near)
        if kind is FactKind.QUANTITY:
            # "memperkirakan 14.000 tentara dikerahkan": the count is of the deployment, not
            # of the estimate, and "korban tewas akibat gempa mencapai 135" counts the dead,
            # not the earthquake: outcomes first, then incidents, then framing verbs.
            # A framing verb alone says nothing about what was counted.
            frames = _FRAMES
            if isinstance(anchor, Quantity) and anchor.unit in COUNT_UNITS - {""}:
                frames = _FRAMES - _CHANGES  # "naik 25 persen": the rise is what is measured
            evs = sorted(
                (h for h in evs if h.concept not in frames), key=lambda h: h.cls == "incident"
            )
        event = evs[0] if evs else None
        # Qualifiers sit next to the number even across a comma ("Dari jumlah tersebut, 3.000").
        quals = frozenset(
            h.concept for h in sf.concepts if h.cls == "qualifier" and -5 <= h.start - near <= 3
        )
        if kind is FactKind.QUANTITY and (
            _of_a_past_event(sf, lo, hi, source) or _then(sf, earlier, source)
        ):
            quals |= {PAST}
        if isinstance(anchor, Quantity) and _changed_from(sf, anchor, near, lang):
            quals |= {BEFORE}
        if isinstance(anchor, DateMention):
            quals |= _bound(sf, near)
        neg, hed, _ = _flags(sf, lo, hi)
        actor = _agent(sf, event) or agent
        claim = new_claim(
            id=next_id + len(claims),
            kind=kind,
            anchor=anchor,
            features=feats,
            events=_stamped(sf, evs[:1]),
            qualifiers=quals,
            agent=(actor.key if actor else ""),
            agent_token=token_at.get(actor.start) if actor else None,
            negated=neg,
            hedged=hed,
            checkworthy=True,
            words=tuple(toks[lo:hi]),
            event_token=toks[event.start] if event else None,
        )
        if isinstance(anchor, Quantity):
            claim.head, at = _thing(sf, anchor, lo, hi, lang)
            claim.head_token = toks[at] if at >= 0 else None
            if is_currency(anchor.unit):
                # Money counts its currency: a noun near it ("nilai proyek", "kerugian
                # negara", "4.8 trillion rupiah") says what it is for, which the events and
                # the context weigh, not what is counted.
                claim.head = ""
        return claim

    for q in sf.quantities:
        claims.append(anchored(FactKind.QUANTITY, q))
    for d in sf.dates:
        if not _cut_off(sf, d) and not _said_on(sf, d, text):
            claims.append(anchored(FactKind.DATE, d))

    has_actor = bool(sf.entities) and main_event is not None
    claims.append(
        new_claim(
            id=next_id + len(claims),
            kind=FactKind.STATEMENT,
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
    for a in sf.attributions:
        claims.append(
            new_claim(
                id=next_id + len(claims),
                kind=FactKind.STATEMENT,
                anchor=a,
                features={f"a:{a.key}": 1.0},
                agent=a.key,
                checkworthy=True,
                words=sentence_tokens,
            )
        )
    return claims
