"""Phrases of a lexicon matched against the pieces of a sentence.

The lexicons list phrases as text ("lebih dari", "a total of", "dolar AS"); a table scans
each phrase into pieces once, so a phrase matches a sentence piece for piece, the way the
sentence itself was scanned, and the longest phrase starting at a piece wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from gui.analysis.pieces import Piece, scan

V = TypeVar("V")


class PhraseTable(Mapping[tuple[str, ...], V]):
    """Phrases keyed by their pieces' lower-case forms, matched longest first at a piece."""

    def __init__(self, phrases: Iterable[tuple[str, V]]) -> None:
        self._items: dict[tuple[str, ...], V] = {}
        for phrase, value in phrases:
            key = tuple(p.low for p in scan(phrase))
            if key:
                self._items[key] = value
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(self._items, key=len, reverse=True):
            self._by_first.setdefault(key[0], []).append(key)

    def __getitem__(self, key: tuple[str, ...]) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def starts(self, word: str) -> bool:
        return word in self._by_first

    def match(self, pieces: Sequence[Piece], i: int) -> tuple[V, int] | None:
        """The value of the longest phrase at pieces[i:] and the index after it."""
        if i >= len(pieces):
            return None
        for key in self._by_first.get(pieces[i].low, ()):
            j = i + len(key)
            if j <= len(pieces) and all(pieces[i + k].low == key[k] for k in range(1, len(key))):
                return self._items[key], j
        return None


def word_set(words: Iterable[str]) -> PhraseTable[bool]:
    """A table of phrases that only need to be recognised."""
    return PhraseTable((w, True) for w in words)
