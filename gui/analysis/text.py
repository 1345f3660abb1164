"""Words with their offsets, and the folding that makes spellings comparable.

The words of a sentence are a view over its pieces (``pieces.scan``), not a second scan:
``words`` joins the pieces a reader would call one word ("C2", "G20", "U.S.", "737-500",
"COVID-19") and parts a number at its marks ("14.000" is the words "14" and "000"), which is
what ``WORD_RE`` matches in a plain string. ``tokenize`` is for text that is no article
sentence (lexicon phrases, gazetteer names); ``copies.py`` reads whole articles with
``WORD_RE`` itself, for speed, and a test keeps the two agreeing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from gui.analysis.pieces import Piece, scan

# Words keep inner hyphens and apostrophes ("luka-luka", "Jong-un", "Xi's") and dotted
# acronyms ("U.S."), so a token is what a reader would call one word.
WORD_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}|[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*",
    re.UNICODE,
)
_WORD_RE = WORD_RE  # the name copies.py imports
_JOINERS = frozenset("'’-")
_MARK_RE = re.compile(r"\d+|[.,]")


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
    """The words of a string that is no article sentence (a lexicon phrase, a name)."""
    return words(scan(text), offset)


# An atom is a piece, or a digit run or mark of a number piece: (start, end, text, kind).
_Atom = tuple[int, int, str, str]


def words(pieces: Sequence[Piece], offset: int = 0) -> list[Token]:
    """The words of a scanned sentence, with ``offset`` added to their offsets.

    Adjacent letters and digits make one word, and so do two joined by a hyphen or an
    apostrophe; a single letter and a dot, twice or more, make a dotted acronym. A piece with
    space on both sides, the usual case, is a word as it stands.
    """
    out: list[Token] = []
    n = len(pieces)
    i = 0
    while i < n:
        p = pieces[i]
        j = i + 1
        end = p.end
        while j < n and pieces[j].start == end:
            end = pieces[j].end
            j += 1
        if j == i + 1 and (p.kind == "w" or (p.kind == "n" and p.text.isdigit())):
            out.append(Token(p.start + offset, p.end + offset, p.text, fold_word(p.text)))
        elif j > i + 1 or p.kind == "n":
            _run_words(_atoms(pieces[i:j]), offset, out)
        i = j
    return out


def _atoms(pieces: Sequence[Piece]) -> list[_Atom]:
    out: list[_Atom] = []
    for p in pieces:
        if p.kind == "n" and not p.text.isdigit():
            for m in _MARK_RE.finditer(p.text):
                part = m.group()
                kind = "s" if part in ".," else "n"
                out.append((p.start + m.start(), p.start + m.end(), part, kind))
        else:
            out.append((p.start, p.end, p.text, p.kind))
    return out


def _run_words(atoms: list[_Atom], offset: int, out: list[Token]) -> None:
    """The words of atoms with no space between them ("COVID-19,", "U.S.-led", "14.000"):
    letters and digits run on, a hyphen or an apostrophe joins two of them, anything else
    ends a word."""
    n = len(atoms)
    i = 0
    while i < n:
        start, end, text, kind = atoms[i]
        if kind == "s":
            i += 1
            continue
        j = _acronym_end(atoms, i) if kind == "w" and len(text) == 1 else i
        if j > i:
            end = atoms[j - 1][1]
            word = "".join(a[2] for a in atoms[i:j])
        else:
            parts = [text]
            j = i + 1
            while j < n:
                a = atoms[j]
                if a[3] != "s":
                    parts.append(a[2])
                elif a[2] in _JOINERS and j + 1 < n and atoms[j + 1][3] != "s":
                    j += 1
                    parts += (a[2], atoms[j][2])
                    a = atoms[j]
                else:
                    break
                end = a[1]
                j += 1
            word = "".join(parts)
        out.append(Token(start + offset, end + offset, word, fold_word(word)))
        i = j


def _acronym_end(atoms: list[_Atom], i: int) -> int:
    """The atom index after a dotted acronym ("U.S.") starting at atom i, or i if none does."""
    k = i
    while k + 1 < len(atoms):
        letter, dot = atoms[k], atoms[k + 1]
        if letter[3] != "w" or len(letter[2]) != 1 or dot[2] != ".":
            break
        k += 2
    return k if k - i >= 4 else i
