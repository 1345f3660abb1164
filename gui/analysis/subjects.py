"""What an amount is of: the names and words that tell two fuels' prices or two programmes'
budgets apart. Used to split one slot's claims, never to join two slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.analysis.lexicon import stem, stopwords
from gui.analysis.measures import OBJECT, measures
from gui.analysis.number_context import Around

if TYPE_CHECKING:
    from gui.analysis.sentence import SentenceFacts
    from gui.domain import Entity

_NAME_KINDS = frozenset({"org", "other"})  # names that say what is priced: a product, a programme


NAME = "name:"  # a subject feature that is a whole name ("name:solarix")
_GLUE = frozenset({"jadi", "menjadi", "sebesar", "senilai", "seharga", "sekitar", "from", "to"})


def subject_of(
    sf: SentenceFacts, lo: int, hi: int, around: Around, language: str
) -> frozenset[str]:
    """What an amount is of: the names, things and content words of its clause that no
    measure word covers ("harga Solarix", "subsidi upah", "solar"). A clause that names
    nothing ("Solarix, from Rp8,100 to Rp9,900") borrows the clause before it."""
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
                # One spelling for a name and a word: "Solarix" and "solarix" meet, and
                # "Dana Siap Pakai" meets "dana siap pakai".
                found.add(f"e:{e.key}")  # names are not stemmed: they meet across languages
                found.add(f"{NAME}{e.key}")
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
        start = _clause_start(sf, lo - 1)
        out |= collect(start, lo)
        topic = _topic_end(sf)
        if 0 < topic <= start:
            # "Solarix, a 95 RON petrol sold by state firm Energia, now costs Rp 12,000":
            # the name the sentence opens with is what the apposition and the price are of.
            out |= collect(0, topic)
    return frozenset(out)


_TOPIC_WORDS = 4  # words of a name a sentence may open with before its apposition


def _topic_end(sf: SentenceFacts) -> int:
    """The token after a short name that opens the sentence and a comma closes, or 0."""
    toks = sf.tokens
    for k in range(1, min(len(toks), _TOPIC_WORDS + 1)):
        if "," in sf.between(k - 1, k):
            opening = toks[0].start
            named = any(opening <= e.start < toks[k].start for e in sf.entities)
            return k if named else 0
    return 0


def _clause_start(sf: SentenceFacts, at: int) -> int:
    """The first token of the clause that ends at token ``at`` (after the previous comma)."""
    k = at
    while k > 0:
        if any(c in ",;:" for c in sf.between(k - 1, k)):
            break
        k -= 1
    return k


# What befalls one named person: a sentence or the one sought, which two people never share.
PERSONAL = frozenset({"SENTENCED", "DEMANDED"})


def persons_of(sf: SentenceFacts, lo: int, hi: int) -> frozenset[str]:
    """The people a clause names (else the sentence's first), as subject features: the
    whole name and its words, so that "Putri Candrawathi" and "Putri" meet."""
    toks = sf.tokens
    start = toks[lo].start if lo < len(toks) else sf.sentence.end
    end = toks[hi].start if hi < len(toks) else sf.sentence.end
    text = sf.sentence.text
    base = sf.sentence.start

    def owner(e: Entity) -> bool:  # "Ferdy's wife": whose, not who
        after = text[e.end - base : e.end - base + 2]
        return e.text.endswith(("'s", "’s")) or after in ("'s", "’s")

    people = [e for e in sf.entities if e.kind in ("person", "other") and not owner(e)]
    topic = _topic_end(sf)
    opening = [e for e in people if topic and e.start < toks[topic].start]
    # "Kuat, mantan sopir Ferdy Sambo, divonis 15 tahun": the opening name is who
    inside = opening or [e for e in people if start <= e.start < end] or people[:1]
    out: set[str] = set()
    for e in inside:
        out.add(f"{NAME}{e.key}")
        out |= {f"e:{w}" for w in e.key.split() if len(w) > 2}
    return frozenset(out)
