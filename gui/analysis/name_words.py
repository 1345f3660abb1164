"""Names across languages: an Indonesian name built of everyday words is an English one.

"Korps Petir" and "Thunder Corps" (or "Petir" and "Thunder" where "Korps" is read as the
everyday word it is), "Dewan Keamanan" and "Security Council", "Teluk Biru" and "Blue
Bay": Indonesian puts the head first, so a name whose every word has an
English equivalent (``resources/lexicons/name_words.json``) is read backwards, word for word,
and meets the English name when an outlet of the corpus writes it. No particular name is
listed anywhere: the words that build names are.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from functools import cache

from gui.paths import lexicon_path

_MOST_WORDS = 4  # longer names are phrases more than compounds
_MOST_READINGS = 32  # English readings tried per name


@cache
def _words() -> dict[str, tuple[str, ...]]:
    with open(lexicon_path("name_words.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: tuple(v) for k, v in data["words"].items()}


def english_readings(key: str) -> list[str]:
    """The English names an Indonesian name key may stand for ("korps badai" -> "storm
    corps"), or [] when a word of it has no equivalent."""
    parts = key.split()
    if not 1 <= len(parts) <= _MOST_WORDS:
        return []
    table = _words()
    if any(p not in table for p in parts):
        return []
    choices = [table[p] for p in reversed(parts)]
    readings = itertools.islice(itertools.product(*choices), _MOST_READINGS)
    return [" ".join(words) for words in readings]


def translated_aliases(keys: Iterable[str]) -> dict[str, str]:
    """Indonesian name keys -> the English key of the corpus they translate."""
    known = set(keys)
    out: dict[str, str] = {}
    for key in sorted(known):
        for reading in english_readings(key):
            if reading in known and reading != key:
                out[key] = reading
                break
    return out
