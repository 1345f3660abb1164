"""Relations: the small claims a long sentence makes in passing, read clause by clause.

"Laporan intelijen menyebut pasukan bayaran itu mengalami kerugian besar akibat minimnya
pelatihan" and "Despite poor equipment the mercenaries adapted quickly, although they
suffered heavy losses" are two sentences about different things that state one fact: the
troops suffered heavy losses. A sentence-wide comparison never sees it; a relation does.
Three grammar patterns are read, in both languages:

* **suffered**: who underwent what ("mengalami kerugian besar", "menderita kerugian",
  "suffered heavy losses", "sustained damage");
* **belongs to**: what a named group a subject includes or comes from ("pasukan ...,
  termasuk unit khusus seperti Korps X", "berasal dari Korps X", "including the X Corps");
* **caused by**: what a cause word names ("gara-gara angin kencang", "karena cuaca buruk",
  "due to strong winds", "amid a storm"), whoever it befell; the happening itself
  ("akibat kebakaran tersebut") is no cause.

Each relation is a claim of three parts (who, the relation, what) whose features are only
those parts; the relations of several outlets that share all three are one row, unless the
outlets' whole sentences already make one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from gui.analysis.claims import Claim, statement_claim
from gui.analysis.clauses import flags
from gui.analysis.labels import DEGREE_WORDS
from gui.analysis.lexicon import ConceptHit
from gui.analysis.measures import OBJECT, POPULATION, ROLE, SUBSET, measures
from gui.analysis.sentence import SentenceFacts
from gui.analysis.text import Token
from gui.domain import Entity, Source

SUFFERED = "SUFFERED"
CAUSED = "CAUSED"
BELONGS = "BELONGS"
_SUFFER_WORDS = frozenset(
    {"mengalami", "menderita", "suffered", "suffer", "suffers", "sustained", "incurred"}
)
_BELONG_WORDS = frozenset({"termasuk", "seperti", "including", "such", "asal", "berasal", "from"})
_CAUSE_WORDS = frozenset({"karena", "akibat", "gara-gara", "lantaran", "amid"})
_TWO_WORD_CAUSES = frozenset({"due", "because", "owing"})  # "due to", "because of"
_OBJECT_REACH = 3  # words from the relation word to what was suffered or belonged to
_SUBJECT_REACH = 10  # words back from the relation word to who
_SUBJECT_KINDS = frozenset({POPULATION, ROLE, SUBSET, OBJECT})
_CLAUSE_END = '.;:!?"“”'
_KEY = 1.0  # the weight of the parts a relation row is keyed by
_NAME_WEIGHT = 0.9


def relations_of(sf: SentenceFacts, source: Source, source_index: int) -> list[Claim]:
    """The relation claims of one sentence (ids are set by the caller)."""
    toks = sf.tokens
    out: list[Claim] = []
    for k, t in enumerate(toks):
        if t.lower in _SUFFER_WORDS:
            what = _concept_after(sf, k)
            relation = SUFFERED
        elif t.lower in _BELONG_WORDS:
            what = _name_after(sf, k)
            relation = BELONGS
        elif _because(toks, k):
            what = _concept_after(sf, k + (toks[k].lower in _TWO_WORD_CAUSES))
            relation = CAUSED
        else:
            continue
        if what is None:
            continue
        # What a cause caused is the sentence's happening; who it befell is no part of the
        # row ("held back due to strong winds", "karena cuaca buruk").
        who = [] if relation == CAUSED else _subject_before(sf, k)
        if not who and relation != CAUSED:
            continue
        end = _end_of(sf, what)
        first = min((_start_of(sf, w) for w in who), default=k)
        negated, hedged, _ = flags(sf, first, end)
        # Who's name ("pasukan Korea Utara") weighs a little less than the rest: outlets
        # may leave it out, and the row key (``_key``) is what weighs in full.
        features = {_feature(w): _NAME_WEIGHT if isinstance(w, Entity) else _KEY for w in who}
        features |= {f"r:{relation}": _KEY, _feature(what): _KEY}
        out.append(
            statement_claim(
                sf,
                source,
                source_index,
                0,
                features=features,
                events=frozenset({relation}),
                negated=negated,
                hedged=hedged,
                checkworthy=True,
                words=tuple(toks[first:end]),
                event_token=t,
            )
        )
    return out


def _because(toks: Sequence[Token], k: int) -> bool:
    """Whether token k opens a cause: "karena", "akibat", "gara-gara", "amid", "due to",
    "because of", "owing to"."""
    word = toks[k].lower
    if word in _CAUSE_WORDS:
        return True
    return word in _TWO_WORD_CAUSES and k + 1 < len(toks) and toks[k + 1].lower in ("to", "of")


def _feature(part: ConceptHit | Entity) -> str:
    return f"e:{part.key}" if isinstance(part, Entity) else f"c:{part.concept}"


def _start_of(sf: SentenceFacts, part: ConceptHit | Entity) -> int:
    if isinstance(part, ConceptHit):
        return part.start
    return next(k for k, t in enumerate(sf.tokens) if t.end > part.start)


def _end_of(sf: SentenceFacts, part: ConceptHit | Entity) -> int:
    toks = sf.tokens
    if isinstance(part, ConceptHit):
        end = part.end
        if end < len(toks) and toks[end].lower in DEGREE_WORDS:
            end += 1  # "kerugian besar": the word that says how much
    else:
        end = next((k for k, t in enumerate(toks) if t.start >= part.end), len(toks))
    while end < len(toks) and toks[end].text[:1].isupper() and not _broken(sf, end - 1, end):
        end += 1  # "Storm Corps", where the name stops before its everyday word
    return end


def _broken(sf: SentenceFacts, a: int, b: int) -> bool:
    """Whether a sentence-ending mark stands between tokens a and b."""
    return any(c in _CLAUSE_END for c in sf.between(a, b))


def _concept_after(sf: SentenceFacts, k: int) -> ConceptHit | None:
    """What was suffered or caused it: the first thing, state, measure or term named within
    a few words. An incident there ("mengalami erupsi", "akibat kebakaran tersebut") is the
    story's happening itself, told by its dates: no relation."""
    for h in sorted((*sf.concepts, *sf.terms), key=lambda h: h.start):
        if not k < h.start <= k + _OBJECT_REACH or h.cls == "qualifier":
            continue
        if h.cls == "incident" or _broken(sf, k, h.start):
            return None
        return h
    return None


def _name_after(sf: SentenceFacts, k: int) -> Entity | None:
    """A named group within a few words ("seperti Korps X", "dari Korps X elit")."""
    toks = sf.tokens
    if k + 1 < len(toks) and toks[k].lower in ("asal", "berasal") and toks[k + 1].lower != "dari":
        return None
    for e in sf.entities:
        if e.kind not in ("org", "other"):
            continue
        at = next((n for n, t in enumerate(toks) if t.start >= e.start), len(toks))
        if k < at <= k + _OBJECT_REACH and not _broken(sf, k, at):
            return e
    return None


def _subject_before(sf: SentenceFacts, k: int) -> list[ConceptHit | Entity]:
    """Who: the nearest counted thing or people before the relation word, with the name
    that follows it ("pasukan Korea Utara")."""
    lex = measures()
    things = [
        h
        for h in sf.concepts
        if lex.things.get(h.concept) in _SUBJECT_KINDS
        and k - _SUBJECT_REACH <= h.start < k
        and not _broken(sf, h.start, k)
    ]
    if not things:
        return []
    thing = max(things, key=lambda h: h.start)
    who: list[ConceptHit | Entity] = [thing]
    toks = sf.tokens
    after = toks[thing.end].start if thing.end < len(toks) else -1
    who += [e for e in sf.entities if e.start == after]
    return who


def relation_rows(
    relations: Sequence[Claim], statement_rows: Sequence[Sequence[Claim]]
) -> list[list[Claim]]:
    """Rows of relations that two or more outlets state alike (the same relation, the same
    what, the same who), one claim per outlet, unless a row of whole sentences already
    holds those outlets' sentences together."""
    by_key: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in relations:
        by_key[_key(c)].append(c)
    together = [
        {(m.source_id, m.sentence.index) for c in row for m in (c, *c.members)}
        for row in statement_rows
    ]
    rows: list[list[Claim]] = []
    for members in by_key.values():
        first: dict[str, Claim] = {}
        for c in members:
            first.setdefault(c.source_id, c)
        if len(first) < 2:
            continue
        places = {(c.source_id, c.sentence.index) for c in first.values()}
        if any(places <= held for held in together):
            continue
        rows.append(list(first.values()))
    return rows


def _key(c: Claim) -> tuple[str, ...]:
    """The relation, what, and the thing who is (names after it may differ or be left out)."""
    return tuple(sorted(f for f, w in c.features.items() if w == _KEY))
