"""Page furniture: the lines a scraped news page carries around the article.

Share buttons, "Baca juga" boxes and the related headlines under them, image captions and
credits, navigation, ad markers, author/editor credits, copyright, tag lists, cookie notices.
The patterns live in ``resources/lexicons/furniture.txt``; this module applies them.
Section headings and list items are content and stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from gui.ingest.lexicons import furniture_patterns

_DECORATION = " \t-–—_=*•·|#~>"  # trimmed off both ends before matching
_SENTENCE_END = tuple(".!?…:;")
_CLOSERS = " \"'”’»)]"
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]\s|[•*+-]\s)")
_BOX_SIZE = 3  # related headlines removed after a marker, unless they run to the end
_MAX_HEADLINE = 200  # characters


@dataclass(frozen=True, slots=True)
class _Rules:
    bare_marker: re.Pattern[str]
    inline_marker: re.Pattern[str]
    drop: re.Pattern[str]


@cache
def _rules() -> _Rules:
    patterns = furniture_patterns()
    markers = "|".join(f"(?:{p})" for p in patterns.related)
    drops = "|".join(f"(?:{p})" for p in patterns.drop)
    flags = re.IGNORECASE
    return _Rules(
        bare_marker=re.compile(rf"(?:{markers})\s*[:.]?", flags),
        inline_marker=re.compile(rf"(?:{markers})\s*[:|»›]\s*\S.*", flags),
        drop=re.compile(drops, flags),
    )


def _key(line: str) -> str:
    return line.strip(_DECORATION)


def is_furniture(line: str) -> bool:
    """Whether ``line`` on its own is furniture (a box marker counts)."""
    key = _key(line)
    if not key:
        return False
    rules = _rules()
    return bool(
        rules.bare_marker.fullmatch(key)
        or rules.inline_marker.fullmatch(key)
        or rules.drop.fullmatch(key)
    )


def ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _related_headline(line: str) -> bool:
    text = line.strip()
    return len(text) <= _MAX_HEADLINE and not ends_sentence(text) and not _LIST_ITEM.match(line)


def furniture_lines(lines: Sequence[str]) -> set[int]:
    """Indices of the furniture lines in ``lines``."""
    rules = _rules()
    drop: set[int] = set()
    for i, line in enumerate(lines):
        key = _key(line)
        if not key:
            continue
        if rules.bare_marker.fullmatch(key):
            drop.add(i)
            drop.update(_box(lines, i + 1))
        elif rules.inline_marker.fullmatch(key) or rules.drop.fullmatch(key):
            drop.add(i)
    return drop


def _box(lines: Sequence[str], start: int) -> list[int]:
    """The related headlines after a box marker at ``start - 1``; a bulleted list under the
    marker ("Berita Lainnya:" then "- <headline>" lines) is its links."""
    headlines: list[int] = []
    bulleted = False
    for j in range(start, len(lines)):
        line = lines[j]
        if not line.strip() or is_furniture(line):
            continue
        item = _LIST_ITEM.match(line)
        if item and (bulleted or not headlines):
            bulleted = True
            if _related_headline(line[item.end() :]):
                headlines.append(j)
                continue
        if bulleted or not _related_headline(line):
            return headlines if bulleted else headlines[:_BOX_SIZE]
        headlines.append(j)
    return headlines  # a list that runs to the end of the page is all links


def remove_furniture(text: str) -> str:
    """``text`` without its furniture lines (other lines untouched)."""
    lines = text.split("\n")
    drop = furniture_lines(lines)
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)
