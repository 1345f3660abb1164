"""The shared Indonesian/English lexicon: stemming, concepts, cue words.

Concepts map words of both languages onto one id ("tewas", "gugur", "killed" -> DIE) so that
an Indonesian and an English report of one fact share features. Lexicon entries are stemmed
with their own language's stemmer when loaded; a text token is looked up by its folded form and
by its stem, so one inflected form per word family is enough in the lexicon.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from gui.analysis.text import Token, fold_word
from gui.paths import lexicon_path


@cache
def _indonesian_stemmer():  # type: ignore[no-untyped-def]
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def indonesian_word(word: str) -> bool:
    """Whether ``word`` (folded) or its stem is in Sastrawi's dictionary of Indonesian roots."""
    dictionary = _indonesian_stemmer().delegatedStemmer.dictionary
    return bool(dictionary.contains(word) or dictionary.contains(stem(word, "id")))


@cache
def _english_stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """Stem one folded word; Indonesian by Sastrawi's dictionary stemmer, English by Snowball."""
    if not word or not word[0].isalpha():
        return word
    if language == "en":
        return str(_english_stemmer().stemWord(word))
    # Sastrawi drops hyphenated reduplications ("luka-luka") to their base, which is what we want.
    return str(_indonesian_stemmer().stem(word)) or word


@dataclass(frozen=True, slots=True)
class ConceptHit:
    concept: str
    cls: str  # "event" | "incident" | "thing" | "qualifier" | "dimension" | "term"
    start: int  # index of the first token
    end: int  # index after the last token


@dataclass(frozen=True, slots=True)
class _Entry:
    words: tuple[str, ...]  # folded surface forms or stems, one per token
    concept: str
    cls: str


class Lexicon:
    """Concept phrases and cue words, indexed for matching token sequences."""

    def __init__(self, data: dict) -> None:  # type: ignore[type-arg]
        self._by_first: dict[str, list[_Entry]] = {}
        self.concept_class: dict[str, str] = {}
        for concept, spec in data["concepts"].items():
            cls = spec["class"]
            self.concept_class[concept] = cls
            for language in ("id", "en"):
                for phrase in spec.get(language, []):
                    self._add(phrase, language, concept, cls)
        self.hedges = self._cue_set(data["hedges"])
        self.negations = self._cue_set(data["negations"])
        self.speculation = self._cue_set(data["speculation"])
        self.passive_agent = self._cue_set(data["passive_agent"])
        self.clause_breaks = self._cue_set(data["clause_breaks"])
        # "data per Kamis", "the toll by Monday": a date that stamps a tally
        self.cutoffs = self._cue_set({"always": data["cutoffs"]["always"]})
        self.tally_cutoffs = self._cue_set({"tally": data["cutoffs"]["with_tally"]})
        self.tallies = self._cue_set(data["tallies"])
        cue_sets = (
            self.hedges,
            self.negations,
            self.speculation,
            self.passive_agent,
            self.cutoffs,
            self.tally_cutoffs,
            self.tallies,
        )
        self._cue_starts = frozenset(c.split()[0] for cues in cue_sets for c in cues)

    @staticmethod
    def _cue_set(spec: dict[str, list[str]]) -> frozenset[str]:
        return frozenset(
            _fold_phrase(w) for key, words in spec.items() if key[:1] != "_" for w in words
        )

    def _add(self, phrase: str, language: str, concept: str, cls: str) -> None:
        exact = phrase.startswith("=")
        words = _fold_phrase(phrase.lstrip("=")).split()
        if not words:
            return
        forms = {tuple(words)}
        if not exact:
            forms.add(tuple(stem(w, language) for w in words))
        elif language == "id":
            # The possessive clitic closes any noun phrase ("kedalamannya", its depth), and a
            # word kept as written would otherwise lose it.
            forms.add((*words[:-1], words[-1] + "nya"))
        for form in forms:
            entry = _Entry(form, concept, cls)
            bucket = self._by_first.setdefault(form[0], [])
            if entry not in bucket:
                bucket.append(entry)
                bucket.sort(key=lambda e: -len(e.words))

    def concepts(self, tokens: Sequence[Token], language: str) -> list[ConceptHit]:
        """Longest-first, non-overlapping concept matches over a token sequence."""
        forms = [(t.lower, stem(t.lower, language)) for t in tokens]
        hits: list[ConceptHit] = []
        i = 0
        while i < len(tokens):
            matched = None
            for key in dict.fromkeys(forms[i]):
                for entry in self._by_first.get(key, ()):
                    n = len(entry.words)
                    if i + n <= len(tokens) and all(
                        entry.words[k] in forms[i + k] for k in range(n)
                    ):
                        if matched is None or n > matched.end - matched.start:
                            matched = ConceptHit(entry.concept, entry.cls, i, i + n)
                        break
            if matched:
                hits.append(matched)
                i = matched.end
            else:
                i += 1
        return hits

    def is_cue(self, cues: frozenset[str], tokens: Sequence[Token], i: int) -> int:
        """Length of the cue phrase starting at token i (0 when none), longest first."""
        if tokens[i].lower not in self._cue_starts:
            return 0
        for n in (3, 2, 1):
            if i + n <= len(tokens) and " ".join(t.lower for t in tokens[i : i + n]) in cues:
                return n
        return 0


def _fold_phrase(phrase: str) -> str:
    return " ".join(fold_word(w) for w in phrase.split())


@cache
def lexicon() -> Lexicon:
    with open(lexicon_path("concepts.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    # The glossary's terms match like concepts; class "term" makes them neither events nor
    # things, only words a statement is about, shared by both languages.
    with open(lexicon_path("glossary.json"), encoding="utf-8") as fh:
        for term, forms in json.load(fh)["terms"].items():
            data["concepts"].setdefault(term, {"class": "term", **forms})
    return Lexicon(data)


@cache
def stopwords() -> frozenset[str]:
    with open(lexicon_path("stopwords.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return frozenset(_fold_phrase(w) for lang in ("id", "en") for w in data[lang])
