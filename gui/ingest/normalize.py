"""Normalise decoded text before anything keeps offsets into it.

Line ends become ``\\n``; control characters other than ``\\n`` and ``\\t`` go; odd spaces
become plain spaces and invisible joiners/soft hyphens go, so later patterns see ordinary
text; Unicode NFC; trailing spaces stripped per line; runs of blank lines collapse to one.
"""

from __future__ import annotations

import re
import unicodedata

_LINE_BREAKS = "\v\f\x85\u2028\u2029"  # vertical tab, form feed, NEL, line/paragraph separators
_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
_INVISIBLE = "\u00ad\u200b\u2060\ufeff"  # soft hyphen, zero-width space, word joiner, stray BOM


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        table[code] = None
    del table[ord("\n")], table[ord("\t")]
    table.update({ord(ch): "\n" for ch in _LINE_BREAKS})
    table.update({ord(ch): " " for ch in _SPACES})
    table.update({ord(ch): None for ch in _INVISIBLE})
    return table


_TABLE = _table()
_BLANK_RUN = re.compile(r"\n{3,}")


def normalize_text(raw: str) -> str:
    """Return ``raw`` cleaned as described in the module docstring; idempotent."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").translate(_TABLE)
    text = unicodedata.normalize("NFC", text)
    return collapse_blank_lines("\n".join(line.rstrip() for line in text.split("\n")))


def collapse_blank_lines(text: str) -> str:
    """Collapse runs of blank lines to one and drop blank lines at both ends."""
    return _BLANK_RUN.sub("\n\n", text).strip("\n")
