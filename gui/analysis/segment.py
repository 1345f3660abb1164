"""Sentence segmentation that keeps half-open offsets into the source text.

Lines are hard boundaries (headlines, list items and paragraphs are separate lines in news
text). Inside a line a sentence ends at ".", "!" or "?" (with any closing quotes or brackets)
followed by white space and a capital, a digit or an opening quote, unless the word before the
dot is an abbreviation or an initial. Numbers such as "14.000" or "28/4/2025" never contain
white space after the dot, so they never split.
"""

from __future__ import annotations

import re

from gui.domain import Sentence

# Lower-cased, without the dot. Titles and common abbreviations of both languages.
_ABBREVIATIONS = frozenset(
    [
        "rp",  # "Rp. 10.000": the currency, never the end of a sentence
        "dr",
        "drs",
        "dra",
        "prof",
        "ir",
        "h",
        "hj",
        "sdr",
        "jend",
        "jen",
        "kol",
        "letjen",
        "mayjen",
        "brigjen",
        "kapt",
        "lettu",
        "serda",
        "st",
        "no",
        "nomor",
        "hlm",
        "tel",
        "telp",
        "dll",
        "dsb",
        "dst",
        "tsb",
        "yth",
        "a.n",
        "u.p",
        "mr",
        "mrs",
        "ms",
        "jr",
        "sr",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "gov",
        "sgt",
        "adm",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "fig",
        "vs",
        "etc",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "agu",
        "okt",
        "des",
        "mt",
        "ft",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
    ]
)

_BULLET_RE = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–—]|\d{1,2}[.)]|[a-zA-Z][.)])\s+")
# Only at the start of a run of end marks, and without backtracking: a run that cannot end a
# sentence from its first mark cannot from a later one, and retrying each would be quadratic.
_END_RE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
_NEXT_START_RE = re.compile(r"\s+[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ]")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
_WORD_WINDOW = 64  # characters looked back for the word before a dot, widened when needed


def _is_heading(line: str) -> bool:
    stripped = line.rstrip()
    if not stripped:
        return False
    if stripped[-1] in ".!?\"'”’:;":
        return False
    return len(stripped.split()) <= 25


def _word_before(line: str, end: int) -> re.Match[str] | None:
    """The word of letters, digits and dots ending at ``end``. Searched in a window that
    widens only while the word fills it: searching from the line's start at every sentence
    end made a long line cost the square of its length."""
    width = _WORD_WINDOW
    while True:
        lo = max(0, end - width)
        before = _WORD_BEFORE_RE.search(line, lo, end)
        if lo == 0 or before is None or before.start() > lo:
            return before
        width *= 2


def _split_line(line: str, base: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(line):
        nxt = _NEXT_START_RE.match(line, m.end())
        if not nxt:
            continue
        if line[m.start()] == ".":
            before = _word_before(line, m.start())
            word = before.group(1).lower().rstrip(".") if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((base + start, base + m.end()))
        start = nxt.start() + (len(nxt.group()) - len(nxt.group().lstrip()))
    spans.append((base + start, base + len(line)))
    return spans


def segment(text: str, source_id: str = "") -> list[Sentence]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for every sentence."""
    sentences: list[Sentence] = []
    pos = 0
    for raw_line in text.split("\n"):
        line_start = pos
        pos += len(raw_line) + 1
        if not raw_line.strip():
            continue
        bullet = _BULLET_RE.match(raw_line)
        body_from = bullet.end() if bullet else 0
        body = raw_line[body_from:]
        spans = _split_line(body, line_start + body_from)
        # The first line is the headline; elsewhere a heading or caption is a short line that
        # is one unpunctuated sentence.
        heading = _is_heading(body) and (len(spans) == 1 or not sentences)
        for s, e in spans:
            # Trim white space so spans start and end on visible characters.
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                sentences.append(
                    Sentence(source_id, len(sentences), s, e, text[s:e], heading=heading)
                )
    return sentences
