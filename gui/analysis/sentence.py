"""One sentence read once: its pieces, its words, and every mention the finders see in them.

The sentence is scanned here and nowhere else in the analysis (``pieces.scan``): the date, time
and quantity finders read the pieces, and the concept lexicon, the entity finder, the claim
builder, the slot finder and the labels read the words made from them (``text.words``) and
the concept hits over those.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from gui.analysis.entities import find_entities
from gui.analysis.lexicon import ConceptHit, lexicon
from gui.analysis.mentions import find_numeric_mentions
from gui.analysis.pieces import scan
from gui.analysis.text import Token, words
from gui.domain import Attribution, DateMention, Entity, Quantity, Sentence, Source, TimeMention


@dataclass(slots=True)
class SentenceFacts:
    """Everything found in one sentence, kept for claims and for highlighting."""

    sentence: Sentence
    tokens: list[Token]  # words outside dates and times
    quantities: list[Quantity]
    dates: list[DateMention]
    entities: list[Entity]
    attributions: list[Attribution]  # filled once entity names are folded across the corpus
    concepts: list[ConceptHit]  # indices into ``tokens``
    times: list[TimeMention] = field(default_factory=list)
    reference: date | None = None  # the day relative dates resolved against
    sentence_language: str = "id"  # the article's language ("id", "en")
    # Glossary terms (class "term": "korsleting", "short circuit"): what a statement is
    # about, in both languages; kept apart so that no number or date reads them.
    terms: list[ConceptHit] = field(default_factory=list)

    def between(self, a: int, b: int) -> str:
        """The text between token ``a``'s end and token ``b``'s start (punctuation, space)."""
        base = self.sentence.start
        return self.sentence.text[self.tokens[a].end - base : self.tokens[b].start - base]

    def index_at(self, offset: int) -> int:
        """The first token starting at or after ``offset`` (``len(tokens)`` if none)."""
        return next((k for k, t in enumerate(self.tokens) if t.start >= offset), len(self.tokens))


def read_sentence(
    sentence: Sentence,
    source: Source,
    *,
    known_entities: Sequence[str] = (),
    reference: date | None = None,
) -> SentenceFacts:
    """Mentions of one sentence; relative dates resolve against ``reference``."""
    pieces = scan(sentence.text)
    quantities, dates, times = find_numeric_mentions(
        sentence.text,
        offset=sentence.start,
        published=reference,
        language=source.language,
        pieces=pieces,
    )
    all_tokens = words(pieces, sentence.start)
    spans = [(d.start, d.end) for d in dates] + [(t.start, t.end) for t in times]
    # Words inside a date or a time ("musim gugur tahun lalu", "pukul 02.00 dini hari") are
    # not events ("gugur" = fell in battle) and name no counted thing.
    tokens = [t for t in all_tokens if not any(s <= t.start < e for s, e in spans)]
    hits = lexicon().concepts(tokens, source.language)
    concepts = [h for h in hits if h.cls != "term"]
    terms = [h for h in hits if h.cls == "term"]
    entities = find_entities(tokens, source.text, heading=sentence.heading, known=known_entities)
    return SentenceFacts(
        sentence,
        tokens,
        quantities,
        dates,
        entities,
        [],
        concepts,
        times,
        reference,
        source.language,
        terms,
    )
