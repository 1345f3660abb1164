"""Lines of a laid-out page -> paragraphs, so a sentence broken across lines is one line again.

Text taken from a PDF ends every printed line with a break, and the analysis reads each line
as a block of its own. A line joins the next when it fills most of the column (the text
runs on), or when it stops without a sentence end and the next line starts in lower case;
a word hyphenated across the break is joined up again (a reduplicated word,
"anak-" then "anak", keeps its hyphen). Short lines that end a sentence,
headings and list items stay lines of their own, and blank lines stay paragraph breaks.
"""

from __future__ import annotations

import re

_FULL = 0.75  # a line at least this share of the column width runs on
_WIDTH_QUANTILE = 0.9  # the column width: this quantile of the line lengths
_MIN_LINES = 3  # fewer lines than this tell nothing about the column width
_SENTENCE_END = tuple(".!?…:;\"'”’»)")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_WORD = re.compile(r"[^\W\d_]+")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[•*\u2022–—-])\s")


def reflow(text: str) -> str:
    """``text`` with the line breaks inside its paragraphs removed."""
    lines = [line.strip() for line in text.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < _MIN_LINES:
        return "\n".join(lines)
    width = lengths[min(len(lengths) - 1, int(len(lengths) * _WIDTH_QUANTILE))]
    out: list[str] = []
    parts: list[str] = []  # pieces of the paragraph being joined, spaces included
    for i, line in enumerate(lines):
        if not line:
            if parts:
                out.append("".join(parts))
                parts = []
            out.append("")
            continue
        if parts and _HYPHENATED.search(parts[-1]) and line[:1].islower():
            if not _reduplicated(parts[-1], line):
                parts[-1] = parts[-1][:-1]
        elif parts:
            parts.append(" ")
        parts.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not following or not _runs_on(line, following, width):
            out.append("".join(parts))
            parts = []
    if parts:
        out.append("".join(parts))
    return "\n".join(out)


def _reduplicated(before: str, after: str) -> bool:
    """ "anak-" + "anak" is the Indonesian plural "anak-anak", whose hyphen stays."""
    last = before[:-1].rsplit(" ", 1)[-1].casefold()
    first = _WORD.match(after)
    return first is not None and first.group().casefold() == last


def _runs_on(line: str, following: str, width: int) -> bool:
    if _LIST_ITEM.match(following):
        return False
    if _HYPHENATED.search(line) and following[:1].islower():
        return True
    if len(line) >= _FULL * width:
        return True
    return not line.endswith(_SENTENCE_END) and following[:1].islower()
