"""Load the ingest lexicons from ``resources/lexicons`` once per process."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from gui.paths import lexicon_path


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations, Indonesian and English, lower case -> month number."""
    with lexicon_path("months.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {str(name).lower(): int(number) for name, number in data.items()}


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Language code -> its most frequent function words, lower case."""
    with lexicon_path("function_words.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {lang: frozenset(w.lower() for w in words) for lang, words in data.items()}


@dataclass(frozen=True, slots=True)
class FurniturePatterns:
    """The regular expressions of ``furniture.txt``, by section, as written there."""

    related: tuple[str, ...]  # markers of a box of related links
    drop: tuple[str, ...]  # lines removed alone


@cache
def furniture_patterns() -> FurniturePatterns:
    sections: dict[str, list[str]] = {"related": [], "drop": []}
    current = "drop"
    text = lexicon_path("furniture.txt").read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]") and line[1:-1] in sections:
            current = line[1:-1]
            continue
        try:
            re.compile(line)
        except re.error as exc:  # name the line: the file is edited by hand
            raise ValueError(f"furniture.txt line {number}: {exc}") from exc
        sections[current].append(line)
    return FurniturePatterns(related=tuple(sections["related"]), drop=tuple(sections["drop"]))
