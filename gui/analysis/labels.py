"""Short readable row labels built from the outlets' own words.

A label names what the row is about without its value, so it reads the same whichever outlet
is right: "Jumlah: tentara Korea Utara dikerahkan ke Rusia", "Tanggal: Korea Utara
mengonfirmasi …"; a statement is "who: what", "KCNA: pasukan membantu merebut kembali
Kursk".
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.analysis.claims import Claim
from gui.analysis.entities import gazetteer
from gui.analysis.lexicon import stopwords
from gui.analysis.numbers import currency_prefixes
from gui.analysis.qualifiers import BEFORE
from gui.analysis.text import Token, fold
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
    while (
        tokens
        and tokens[-1].lower not in DEGREE_WORDS
        and (tokens[-1].lower in _DANGLING or tokens[-1].lower in stopwords())
    ):
        tokens = tokens[:-1]
    return tokens


# Words that say how much and may end a phrase ("kerugian besar", "hujan deras"), though
# the stopword list holds some of them.
DEGREE_WORDS = frozenset(
    {
        "besar",
        "kecil",
        "berat",
        "ringan",
        "parah",
        "deras",
        "lebat",
        "heavy",
        "severe",
        "major",
        "minor",
        "serious",
    }
)


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
    return statement_label(rep, text)


_SUBORDINATE = frozenset(
    {"saat", "ketika", "sewaktu", "setelah", "sebelum", "sejak", "jika", "bila", "meski",
     "meskipun", "walaupun", "agar", "supaya", "when", "while", "after", "before", "since",
     "if", "although", "as", "sementara", "whereas"}
)  # fmt: skip
_FRAMES = frozenset({"in", "on", "at", "during", "pada", "dalam", "di"})
_CONNECTORS = frozenset(
    {"namun", "tetapi", "sementara", "itu", "adapun", "kemudian", "selain", "however", "but",
     "meanwhile", "also", "dalam", "hal", "ini", "pun", "lalu", "sedangkan", "and", "dan"}
)  # fmt: skip
_STATEMENT_WORDS = 9


def statement_label(rep: Claim, text: str) -> str:
    """Who said it, then what, in a few of the outlet's words: "Rahmat: pintu sel tahanan
    terkunci". The words are the clause that carries the sentence's event (not one
    opened by "saat"/"when"), without the attribution, cut after a few words."""
    lo, hi = rep.speaker_span
    words = [t for t in rep.words if not lo <= t.start < hi]
    clauses = _clauses(words, text)
    event = rep.event_token
    clauses = [_what_was_said(c) for c in clauses]
    main = [c for c in clauses if c and c[0].lower not in _SUBORDINATE and _content(c) >= 3]
    # "In a written reply on Friday, X said ...": a frame, no clause of its own
    main = [c for c in main if c[0].lower not in _FRAMES] or main
    with_event = [c for c in main if event is not None and any(t.start == event.start for t in c)]
    chosen = (with_event or sorted(main, key=_content, reverse=True) or clauses or [words])[0]
    while chosen and chosen[0].lower in _CONNECTORS:
        chosen = chosen[1:]  # "Sementara itu, ...", "Namun ..."
    chosen = _trim(chosen, front=False)
    if not chosen:
        return rep.sentence.text[:80]
    shown = _trim(chosen[:_STATEMENT_WORDS], front=False) or chosen[:_STATEMENT_WORDS]
    body = text[shown[0].start : shown[-1].end]
    if lo < shown[-1].end and shown[0].start < hi:
        body = _render(shown, text)  # the attribution stood inside: leave it out
    body = _balanced(" ".join(body.split())) + (" …" if len(chosen) > len(shown) else "")
    return f"{_short_speaker(rep.speaker)}: {body}" if rep.speaker else body


def _short_speaker(name: str) -> str:
    """The person's name at the end of a title chain ("East Java Police Chief Inspector
    General Budi Santosa" -> "Budi Santosa"): the words after the last title word, when at
    least two are left; the name as written otherwise."""
    words = name.split()
    titles = gazetteer().title_words
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and fold(words[k - 1]) not in titles:
        k -= 1
    tail = words[k:]
    return " ".join(tail) if len(tail) >= 2 and k > 0 else name


def _balanced(body: str) -> str:
    """Without a bracket the cut left open ("di Lembaga Pemasyarakatan (Lapas") or a closing
    one whose opening the clause left behind ("Ditjen PAS) Kementerian")."""
    close = body.find(")")
    if close >= 0 and "(" not in body[:close]:
        body = body[close + 1 :].strip()
    opening = body.rfind("(")
    if opening > 0 and ")" not in body[opening:]:
        body = body[:opening].strip()
    return body


_THAT = frozenset({"bahwa", "jika", "kalau", "that"})


def _what_was_said(clause: list[Token]) -> list[Token]:
    """ "Reynhard menjelaskan jika lapas itu terdiri dari tujuh blok": what follows the
    saying, when the saying opens the clause."""
    for k, t in enumerate(clause[:6]):
        if t.lower in _THAT and k + 1 < len(clause) and _content(clause[k + 1 :]) >= 2:
            return clause[k + 1 :]
    return clause


def _clauses(words: Sequence[Token], text: str) -> list[list[Token]]:
    """Runs of words between commas, semicolons, colons and quotation marks."""
    out: list[list[Token]] = [[]]
    for k, t in enumerate(words):
        gap = text[words[k - 1].end : t.start] if k else ""
        if gap in (",", ".") and words[k - 1].is_number and t.is_number:
            pass  # "42,000": one amount, however the tokens split it
        elif any(c in ',;:"“”' for c in gap):
            out.append([])
        out[-1].append(t)
    return [c for c in out if c]


def _content(words: Sequence[Token]) -> int:
    return sum(1 for t in words if t.lower not in stopwords() and not t.is_number)


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
