"""Words with their offsets, and the folding that makes spellings comparable."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Words keep inner hyphens and apostrophes ("luka-luka", "Jong-un", "Xi's") and dotted
# acronyms ("U.S."), so a token is what a reader would call one word.
_WORD_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}|[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*",
    re.UNICODE,
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # half-open offsets into the text the token was found in (plus any offset)
    end: int
    text: str
    lower: str  # case- and accent-folded form (see fold_word)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """A word as the lexicons spell it: lower case, no accents, hyphens kept ("luka-luka")."""
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("’", "'").casefold()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, hyphens as spaces: "Kim Jong-un" -> "kim jong un"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("’", "'").replace("-", " ").replace("‐", " ")
    return " ".join(stripped.casefold().split())


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [
        Token(m.start() + offset, m.end() + offset, m.group(), fold_word(m.group()))
        for m in _WORD_RE.finditer(text)
    ]
