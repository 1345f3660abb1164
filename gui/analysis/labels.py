"""Short readable row labels built from the outlets' own words.

A label names what the row is about without its value, so it reads the same whichever outlet
is right: "Jumlah: tentara Korea Utara dikerahkan ke Rusia", "Tanggal: Korea Utara
mengonfirmasi …", "Menurut KCNA".
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.analysis.claims import Claim
from gui.analysis.lexicon import stopwords
from gui.analysis.numbers import currency_prefixes
from gui.analysis.qualifiers import BEFORE
from gui.analysis.text import Token
from gui.domain import DateMention, FactKind, Quantity, TimeMention

_PREFIX = {
    ("id", FactKind.QUANTITY): "Jumlah",
    ("en", FactKind.QUANTITY): "Number",
    ("id", FactKind.DATE): "Tanggal",
    ("en", FactKind.DATE): "Date",
    ("id", FactKind.TIME): "Waktu",
    ("en", FactKind.TIME): "Time",
}
_MAX_WORDS = 10
_DANGLING = frozenset(
    [
        "pada",
        "sejak",
        "di",
        "ke",
        "dari",
        "dan",
        "yang",
        "bahwa",
        "on",
        "in",
        "at",
        "since",
        "from",
        "to",
        "and",
        "that",
        "the",
        "of",
    ]
)


def _render(tokens: Sequence[Token], text: str) -> str:
    """Join tokens with the source's own punctuation between neighbours, single spaces elsewhere."""
    out: list[str] = []
    for k, t in enumerate(tokens):
        if k and tokens[k - 1].end == t.start:
            out.append(t.text)
            continue
        if k:
            gap = text[tokens[k - 1].end : t.start]
            adjacent = (
                tokens[k - 1].end <= t.start and len(gap) <= 3 and gap.strip() in {"", ",", "-"}
            )
            out.append(gap if adjacent and gap.strip() == "-" else " ")
        out.append(t.text)
    return "".join(out).strip()


def _trim(tokens: list[Token], *, front: bool = True) -> list[Token]:
    while front and tokens and (tokens[0].lower in _DANGLING or tokens[0].lower in stopwords()):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower in _DANGLING or tokens[-1].lower in stopwords()):
        tokens = tokens[:-1]
    return tokens


def label(claims: Sequence[Claim], text_of: dict[str, str]) -> str:
    """A label for the row made of ``claims``; ``text_of`` maps source id to source text."""
    rep = min(claims, key=lambda c: (c.sentence.heading, c.source_index, c.sentence.start))
    text = text_of[rep.source_id]
    anchor = rep.anchor
    if isinstance(anchor, Quantity | DateMention | TimeMention):
        prefix = _PREFIX[("en" if rep.language == "en" else "id", rep.kind)]
        if BEFORE in rep.qualifiers:
            prefix += " (before)" if rep.language == "en" else " (sebelumnya)"
        body = _anchored_body(rep, anchor, text)
        return f"{prefix}: {body}" if body else prefix
    # A quotation is cut at its end only: "Namun, klaim ini dibantah ..." reads as the outlet
    # wrote it, where "klaim ini dibantah ..." would start mid-sentence.
    words = _trim(list(rep.words), front=False)
    if not words:
        return rep.sentence.text[:80]
    shown = words[:14]
    # Statements keep the outlet's own punctuation: a label is a quotation, shortened.
    body = text[shown[0].start : shown[-1].end]
    return body + (" …" if len(words) > len(shown) else "")


def _amount_word(t: Token) -> bool:
    """Digits, or a currency written before them: the label leaves every amount out."""
    return t.is_number or t.lower in currency_prefixes()


def _phrase(words: Sequence[Token], at: int, length: int, skip: tuple[int, int]) -> list[Token]:
    """Up to ``length`` words from index ``at``, leaving out the value itself."""
    out = [t for t in words[at:] if not skip[0] <= t.start < skip[1] and not _amount_word(t)]
    return out[:length]


def _anchored_body(rep: Claim, anchor: Quantity | DateMention | TimeMention, text: str) -> str:
    """What a number counts and what happened ("tentara Korea Utara … dikerahkan ke Rusia"),
    or who did what on a date ("Korea Utara … mengonfirmasi")."""
    words = [t for t in rep.sentence_tokens if not anchor.start <= t.start < anchor.end]
    skip = (anchor.start, anchor.end)
    index = {t.start: k for k, t in enumerate(words)}
    parts: list[list[Token]] = []
    if isinstance(anchor, DateMention) and rep.agent_token is not None:
        parts.append(_phrase(words, index.get(rep.agent_token.start, 0), 3, skip))
    event = rep.event_token
    if event is not None and event.start in index:
        parts.append(_phrase(words, index[event.start], 4, skip))
    chosen: list[Token] = []
    for part in parts:
        for t in _trim(part):
            if t not in chosen:
                chosen.append(t)
    chosen.sort(key=lambda t: t.start)
    if not chosen:
        near = [
            t for t in rep.words if not anchor.start <= t.start < anchor.end and not _amount_word(t)
        ]
        chosen = _trim(near)[:_MAX_WORDS]
    pieces: list[str] = []
    for k, t in enumerate(chosen[:_MAX_WORDS]):
        if k and index.get(t.start, -2) != index.get(chosen[k - 1].start, -3) + 1:
            pieces.append("…")
        pieces.append(t.text)
    return " ".join(pieces)
