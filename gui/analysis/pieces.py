"""The one scan of a sentence: its numbers, words and symbols, with offsets.

A sentence is scanned once, here, and everything else is made from the pieces: the word view
that the concept lexicon, entities and claims read (``text.words``); the quantity finder reads
them directly; the date and time rules are tried only where a piece starts. So no finder goes
over the string with a tokenising pattern of its own, and all agree on where a number or a
word begins.

A piece is the longest of, at its position:

* "n": digits with "." or "," marks between them ("14.000", "3,5", "1.2.3");
* "w": letters, keeping inner hyphens and apostrophes ("kira-kira", "jum'at", "twenty-one");
* "s": any other single visible character ("$", "(", "%", "-").

"Letters" are word characters other than digits and "_" (so "²" in "km²" is one), and "n"
digits are Unicode decimal digits, as ``\\w`` and ``\\d`` read them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Leading space, then one piece: digits, a word, or a symbol.
_PIECE_RE = re.compile(r"(\s*)(?:(\d+(?:[.,]\d+)*)|([^\W\d_]+(?:['’\-][^\W\d_]+)*)|(\S))")


class Piece(NamedTuple):
    start: int  # half-open offsets into the text that was scanned (no offset added)
    end: int
    text: str
    low: str  # lower case
    kind: str  # "n" digits with their marks, "w" a word, "s" one symbol


def scan(text: str) -> list[Piece]:
    """The pieces of ``text``, in order, with offsets local to it."""
    make = Piece._make
    out: list[Piece] = []
    end = 0
    for space, digits, word, symbol in _PIECE_RE.findall(text):
        start = end + len(space)
        if digits:
            piece, kind = digits, "n"
        elif word:
            piece, kind = word, "w"
        else:
            piece, kind = symbol, "s"
        end = start + len(piece)
        out.append(make((start, end, piece, piece.lower(), kind)))
    return out
