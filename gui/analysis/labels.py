"""Short readable row labels built from the outlets' own words.

A label names what the row is about without its value, so it reads the same whichever outlet
is right: "Jumlah: tentara Korea Utara dikerahkan ke Rusia", "Tanggal: Korea Utara
mengonfirmasi …", "Menurut KCNA".
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.analysis.claims import Claim
from gui.analysis.lexicon import stopwords
from gui.analysis.text import Token
from gui.domain import Attribution, DateMention, FactKind, Quantity

_PREFIX = {
    ("id", FactKind.QUANTITY): "Jumlah",
    ("en", FactKind.QUANTITY): "Number",
    ("id", FactKind.DATE): "Tanggal",
    ("en", FactKind.DATE): "Date",
}
_MAX_WORDS = 10
_DANGLING = frozenset("pada sejak di ke dari dan yang bahwa on in at since from to and that the of".split())


def _render(tokens: Sequence[Token], text: str) -> str:
    """Join tokens with the source's own punctuation between neighbours, single spaces elsewhere."""
    out: list[str] = []
    for k, t in enumerate(tokens):
        if k and tokens[k - 1].end == t.start:
            out.append(t.text)
            continue
        if k:
            gap = text[tokens[k - 1].end : t.start]
            adjacent = tokens[k - 1].end <= t.start and len(gap) <= 3 and gap.strip() in {"", ",", "-"}
            out.append(gap if adjacent and gap.strip() == "-" else " ")
        out.append(t.text)
    return "".join(out).strip()


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].lower in _DANGLING or tokens[0].lower in stopwords()):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower in _DANGLING or tokens[-1].lower in stopwords()):
        tokens = tokens[:-1]
    return tokens


def label(claims: Sequence[Claim], text_of: dict[str, str]) -> str:
    """A label for the row made of ``claims``; ``text_of`` maps source id to source text."""
    rep = min(claims, key=lambda c: (c.sentence.heading, c.source_index, c.sentence.start))
    text = text_of[rep.source_id]
    anchor = rep.anchor
    if isinstance(anchor, Attribution):
        return ("According to " if rep.language == "en" else "Menurut ") + anchor.name
    words = list(rep.words)
    if isinstance(anchor, Quantity | DateMention):
        words = [t for t in words if not (anchor.start <= t.start < anchor.end)]
        if rep.event_token is not None and rep.event_token in words:
            centre = words.index(rep.event_token)
        else:
            centre = next((k for k, t in enumerate(words) if t.start >= anchor.end), len(words) // 2)
        if isinstance(anchor, Quantity):
            after = next((k for k, t in enumerate(words) if t.start >= anchor.end), 0)
            lo = min(after, centre)
            hi = max(after, centre) + 3
        else:
            lo, hi = centre - 4, centre + 5
        words = _trim(words[max(lo, 0) : hi])[:_MAX_WORDS]
        body = _render(words, text)
        prefix = _PREFIX[("en" if rep.language == "en" else "id", rep.kind)]
        return f"{prefix}: {body}" if body else prefix
    words = _trim(words)
    truncated = len(words) > 14
    body = _render(words[:14], text)
    return body + (" …" if truncated else "")
