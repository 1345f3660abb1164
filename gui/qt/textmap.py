"""Text helpers the views need: search folding and Python-to-Qt offset mapping."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import lru_cache


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching: "Zürich Öffnung" -> "zurich offnung"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class Utf16Map:
    """Converts between Python string offsets (code points) and Qt's UTF-16 positions.

    Domain offsets count code points; QTextDocument counts UTF-16 units, so every character
    outside the Basic Multilingual Plane (emoji, some CJK) shifts later positions by one.
    """

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        # Python offsets of the astral characters, ascending; empty for most articles.
        self._astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_right(self._astral, offset - 1)

    def to_py(self, position: int) -> int:
        # Each astral character before the position took two units instead of one.
        offset = position
        for i, astral in enumerate(self._astral):
            if astral + i < position:
                offset -= 1
            else:
                break
        return offset
