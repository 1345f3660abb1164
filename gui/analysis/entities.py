"""Named actors: a gazetteer for names that vary across languages, capitalised runs for the rest.

The gazetteer (resources/lexicons/entities.json) folds "Korea Utara", "Korut", "North Korea"
and the metonym "Pyongyang" onto one key. Everything else is found as a run of capitalised
words; titles ("Presiden", "Jenderal") are stripped from the front and mark a person. Inside a
Title-Case headline only names already known from the article body are accepted, since every
word of a headline is capitalised.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from gui.analysis.dates import calendar_words
from gui.analysis.lexicon import indonesian_word, lexicon, stopwords
from gui.analysis.numbers import currency_prefixes
from gui.analysis.text import Token, fold, fold_word, tokenize
from gui.domain import Entity
from gui.paths import lexicon_path

_CONNECTORS = frozenset(
    {"bin", "binti", "van", "von", "de", "der", "den", "al", "el", "da", "dos", "&"}
)
_INSIDE_RE = re.compile(r"[^\s.!?\"“”'(\[:]\s+([A-Z][\w'’-]*)")
_SHORT_NAME = 6  # letters: names that end in "-nya" are short
_WORD_RE = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_ACRONYM_DEF_RE = re.compile(
    r"\b([A-Z][\w'’-]*(?:\s+(?:of|for|and|the|dan|untuk|[A-Z][\w'’-]*)){1,8})\s*\(([A-Z][A-Za-z]{1,9})\)"
)


@dataclass(frozen=True, slots=True)
class _Name:
    words: tuple[str, ...]  # folded tokens
    key: str
    kind: str
    case_sensitive: bool
    capitalised: bool  # the written form starts with a capital


class Gazetteer:
    def __init__(self, data: dict) -> None:  # type: ignore[type-arg]
        self._by_first: dict[str, list[_Name]] = {}
        self.kind_of: dict[str, str] = {}
        for spec in data["entities"]:
            key, kind = spec["key"], spec["kind"]
            self.kind_of[key] = kind
            for name in spec.get("names", []):
                self._add(name, key, kind, case_sensitive=False)
            for name in spec.get("case_sensitive", []):
                self._add(name, key, kind, case_sensitive=True)
        # Titles by their first word, longest first, without dots ("Gen." = "Gen").
        self._titles: dict[str, list[tuple[str, ...]]] = {}
        for lang in ("id", "en"):
            for t in data["titles"][lang]:
                words = tuple(fold_word(w).rstrip(".") for w in t.split())
                bucket = self._titles.setdefault(words[0], [])
                if words not in bucket:
                    bucket.append(words)
                    bucket.sort(key=len, reverse=True)
        self.roles = frozenset(
            fold_word(r) for lang in ("id", "en") for r in data["roles"][lang] if " " not in r
        )
        self.org_markers = frozenset(fold_word(w).rstrip(".") for w in data.get("org_markers", ()))
        # Every word of a title ("Kepala", "Staf", "Marsekal"): where a person's name ends.
        self.title_words = frozenset(
            w for bucket in self._titles.values() for t in bucket for w in t
        )

    def _add(self, name: str, key: str, kind: str, *, case_sensitive: bool) -> None:
        toks = tokenize(name)
        if not toks:
            return
        words = tuple(t.text if case_sensitive else t.lower for t in toks)
        entry = _Name(words, key, kind, case_sensitive, name[:1].isupper())
        bucket = self._by_first.setdefault(words[0] if case_sensitive else toks[0].lower, [])
        bucket.append(entry)
        bucket.sort(key=lambda n: -len(n.words))

    def match(self, tokens: Sequence[Token], i: int) -> _Name | None:
        """The longest gazetteer name starting at token i."""
        tok = tokens[i]
        for bucket_key in (tok.text, tok.lower):
            for name in self._by_first.get(bucket_key, ()):
                n = len(name.words)
                if i + n > len(tokens):
                    continue
                if name.case_sensitive:
                    ok = all(tokens[i + k].text == name.words[k] for k in range(n))
                else:
                    ok = all(tokens[i + k].lower == name.words[k] for k in range(n))
                    ok = ok and (not name.capitalised or tok.is_capitalised)
                if ok:
                    return name
        return None

    def title_length(self, tokens: Sequence[Token], i: int, j: int) -> int:
        """How many tokens from i (before j) form a title such as "Kepala Staf Umum"."""
        for title in self._titles.get(tokens[i].lower.rstrip("."), ()):
            n = len(title)
            if i + n <= j and all(tokens[i + k].lower.rstrip(".") == title[k] for k in range(1, n)):
                return n
        return 0


@cache
def gazetteer() -> Gazetteer:
    with open(lexicon_path("entities.json"), encoding="utf-8") as fh:
        return Gazetteer(json.load(fh))


def _common_word(tok: Token) -> bool:
    if tok.lower in stopwords() or tok.lower in calendar_words():
        return True
    # A glossary term ("Tsunami" in "Bidang Mitigasi Gempabumi dan Tsunami") may stand in
    # a name; the concepts' events and things are the everyday words that end one.
    return any(
        hit.cls != "term"
        for language in ("id", "en")
        for hit in lexicon().concepts([tok], language)
    )


@lru_cache(maxsize=16)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case (each article's text is looked up often)."""
    return frozenset(w for w in _WORD_RE.findall(text) if w[0].islower())


@lru_cache(maxsize=16)
def _capitalised_inside(text: str) -> frozenset[str]:
    """Capitalised words ``text`` writes inside a sentence (after a word or a comma)."""
    return frozenset(m.group(1) for m in _INSIDE_RE.finditer(text))


def _everyday_opening(tok: Token, text: str) -> bool:
    """Whether a lone capitalised word opening a sentence is an everyday word, not a name:
    the article also writes it in lower case ("Nilai proyek itu ..."), it is a long "-nya"
    word ("Rinciannya, kata dia"), or it is an Indonesian word the article never capitalises
    inside a sentence ("Jangan ...", "Ribuan warga ..."; "kata Budi" keeps Budi a name)."""
    if tok.is_acronym:
        return False
    if _seen_lowercase(tok, text) or _possessive(tok):
        return True
    return indonesian_word(tok.lower) and tok.text not in _capitalised_inside(text)


def _seen_lowercase(tok: Token, text: str) -> bool:
    word = tok.text
    return (
        not tok.is_acronym
        and len(word) > 1
        and word[0].lower() + word[1:] in _lowercase_words(text)
    )


def _glued_amount(tok: Token) -> bool:
    """ "Rp502", "USD5": a currency written onto its digits, which names no one."""
    head = tok.lower.rstrip("0123456789.,")
    return head != tok.lower and head in currency_prefixes()


def _possessive(tok: Token) -> bool:
    """A long word ending in "-nya" ("Rinciannya", "Menurutnya"); short names such as
    "Sonya" or "Kenya" keep their capital."""
    return len(tok.lower) > _SHORT_NAME and tok.lower.endswith("nya")


def find_entities(
    tokens: Sequence[Token],
    text: str,
    *,
    heading: bool = False,
    known: Iterable[str] = (),
) -> list[Entity]:
    """Entities in one sentence. ``tokens`` carry offsets into ``text`` (the source text)."""
    gaz = gazetteer()
    known_keys = set(known)
    found: list[Entity] = []
    i = 0
    n = len(tokens)
    while i < n:
        name = gaz.match(tokens, i)
        if name:
            j = i + len(name.words)
            found.append(_entity(tokens, text, i, j, name.key, gaz.kind_of[name.key]))
            i = j
            continue
        tok = tokens[i]
        if not (tok.is_capitalised or tok.is_acronym) or tok.is_number or _glued_amount(tok):
            i += 1
            continue
        j = i + 1
        while j < n and gaz.match(tokens, j) is None:
            nxt = tokens[j]
            # A name is words separated by spaces only: "Agency (KCNA)" or "Utara, KCNA" are two.
            if not text[tokens[j - 1].end : nxt.start].isspace():
                break
            if nxt.is_capitalised and not nxt.is_number:
                j += 1
            elif nxt.lower in _CONNECTORS and j + 1 < n and tokens[j + 1].is_capitalised:
                j += 2
            else:
                break
        entity = _generic(tokens, text, i, j, sentence_start=(i == 0), heading=heading)
        if entity and (not heading or entity.key in known_keys or tokens[i].is_acronym):
            found.append(entity)
        i = j
    return found


def _generic(
    tokens: Sequence[Token], text: str, i: int, j: int, *, sentence_start: bool, heading: bool
) -> Entity | None:
    gaz = gazetteer()
    kind = "other"
    first = i
    # Sentence case capitalises the first word; drop leading everyday words ("Pengakuan", "Namun").
    while i < j and not tokens[i].is_acronym and _common_word(tokens[i]):
        i += 1
    if sentence_start and i == first and j - i > 1 and _seen_lowercase(tokens[i], text):
        i += 1  # "Harga Solarix naik ..." where the article writes "harga": not the name's
    # "Rp 4,8 triliun", "USD 5 million": a currency before its amount names no one.
    if (
        j - i == 1
        and j < len(tokens)
        and tokens[j].is_number
        and tokens[i].lower in currency_prefixes()
    ):
        return None
    if sentence_start and i == first and j - i == 1 and _everyday_opening(tokens[i], text):
        return None
    while i < j:
        t = gaz.title_length(tokens, i, j)
        if t == 0:
            break
        i += t
        kind = "person"
    while j > i and _common_word(tokens[j - 1]) and not tokens[j - 1].is_acronym:
        j -= 1
    if i >= j:
        return None
    if j - i == 1 and not tokens[i].is_acronym and tokens[i].lower in gaz.roles:
        return None
    key = fold(text[tokens[i].start : tokens[j - 1].end])
    key = re.sub(r"'s$", "", key)
    if len(key) < 2:
        return None
    return _entity(tokens, text, i, j, key, kind)


def _entity(tokens: Sequence[Token], text: str, i: int, j: int, key: str, kind: str) -> Entity:
    start, end = tokens[i].start, tokens[j - 1].end
    written = text[start:end]
    if written.endswith(("'s", "’s")):
        end -= 2
        written = written[:-2]
    return Entity(start, end, written, key, written, kind)


def acronym_aliases(text: str) -> dict[str, str]:
    """ "Korean Central News Agency (KCNA)" in a text makes the long form an alias of KCNA."""
    return {fold(m.group(1)): fold(m.group(2)) for m in _ACRONYM_DEF_RE.finditer(text)}


def fold_corpus_entities(
    mentions: dict[str, list[Entity]], aliases: dict[str, str]
) -> dict[str, list[Entity]]:
    """Fold variants across the whole corpus: acronym definitions, and a bare surname ("Putin")
    onto the one full name that ends with it ("Vladimir Putin")."""
    people = {
        aliases.get(e.key, e.key)
        for ents in mentions.values()
        for e in ents
        # A run with an acronym in it ("BNPB Suharyanto") is an office plus a name, and
        # must not swallow the bare acronym.
        if e.kind in ("person", "other")
        and not any(w.isupper() and len(w) > 1 for w in e.text.split())
    }
    long_by_last: dict[str, set[str]] = {}
    for k in people:
        parts = k.split()
        if 2 <= len(parts) <= 4:
            long_by_last.setdefault(parts[-1], set()).add(k)
    for k in people:
        parts = k.split()
        if 2 <= len(parts) <= 4:
            long_by_last.setdefault(f"^{parts[0]}", set()).add(k)
    out: dict[str, list[Entity]] = {}
    for sid, ents in mentions.items():
        folded = []
        for e in ents:
            key = aliases.get(e.key, e.key)
            if e.kind not in ("person", "other"):
                pass  # "Turkey" and "Syria" are no surname of a "Turkey Syria"
            elif " " not in key and not e.text.isupper():
                # "Putin" -> "Vladimir Putin", "ujar Made" -> "Made Suarta", when unambiguous.
                by_last = long_by_last.get(key, set())
                by_first = long_by_last.get(f"^{key}", set())
                candidates = by_last or by_first
                if len(candidates) == 1:
                    key = next(iter(candidates))
            else:
                # "Kepala Basarnas Mataram Made Suarta" -> "Made Suarta" seen elsewhere.
                parts = key.split()
                for cut in range(1, len(parts) - 1):
                    tail = " ".join(parts[cut:])
                    if tail in people:
                        key = tail
                        break
            folded.append(replace(e, key=key) if key != e.key else e)
        out[sid] = folded
    return out
