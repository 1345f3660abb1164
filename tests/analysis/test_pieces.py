"""The one scan of a sentence and the layers over it: pieces, words, finder anchors."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.analysis import pieces as pieces_module
from gui.analysis.dates import find_dates
from gui.analysis.mentions import find_numeric_mentions
from gui.analysis.pieces import scan
from gui.analysis.sentence import read_sentence
from gui.analysis.text import WORD_RE, Token, fold_word, tokenize, words
from gui.analysis.times import find_times
from gui.domain import Sentence, Source

P = date(2025, 4, 28)


def test_pieces_are_numbers_words_and_symbols_with_local_offsets() -> None:
    got = [(p.start, p.end, p.text, p.low, p.kind) for p in scan("Rp14.000, kira-kira 3,5%")]
    assert got == [
        (0, 2, "Rp", "rp", "w"),
        (2, 8, "14.000", "14.000", "n"),
        (8, 9, ",", ",", "s"),
        (10, 19, "kira-kira", "kira-kira", "w"),
        (20, 23, "3,5", "3,5", "n"),
        (23, 24, "%", "%", "s"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C2, G20 dan U.S.-led", ["C2", "G20", "dan", "U.S.", "led"]),
        ("Boeing 737-500 COVID-19", ["Boeing", "737-500", "COVID-19"]),
        ("14.000 tentara", ["14", "000", "tentara"]),  # a number's marks end a word
        ("kira-kira Xi's Jong-un", ["kira-kira", "Xi's", "Jong-un"]),
        ("A.B.C 5a.b.c. _x", ["A.B.", "C", "5a", "b.c.", "x"]),
    ],
)
def test_words_join_the_pieces_a_reader_calls_one_word(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


def _word_re_tokens(text: str, offset: int) -> list[Token]:
    return [
        Token(m.start() + offset, m.end() + offset, m.group(), fold_word(m.group()))
        for m in WORD_RE.finditer(text)
    ]


# ASCII letters, digits and marks, plus an accented letter, a combining accent, a superscript
# (a "letter" to \w), a long s, an Arabic-Indic digit and a Unicode hyphen.
_CHARS = st.sampled_from([*"aAbUSxK-'’.,_ 019()$%:/\n", "é", "\u0301", "²", "ſ", "٣", "‐"])


@given(st.text(_CHARS, max_size=24), st.integers(0, 500))
@settings(max_examples=400, deadline=None)
def test_words_over_pieces_are_the_words_the_word_pattern_finds(text: str, offset: int) -> None:
    # copies.py reads whole articles with WORD_RE; both must see the same words.
    assert words(scan(text), offset) == _word_re_tokens(text, offset)


def test_times_start_after_a_hyphen_and_at_a_hedge() -> None:
    assert [t.text for t in find_times("Rapat-pukul 10.00 WIB dimulai.")] == ["pukul 10.00 WIB"]
    got = find_times("kira-kira pukul 02.00 dini hari")
    assert [(t.text, t.low) for t in got] == [("kira-kira pukul 02.00 dini hari", 120)]


def test_dates_anchor_on_the_words_inside_a_hyphenated_piece() -> None:
    got = find_dates("mid-March 2024", published=P, language="en")
    assert [(d.text, d.low, d.high) for d in got] == [
        ("mid-March 2024", date(2024, 3, 11), date(2024, 3, 20))
    ]


def test_finders_read_the_pieces_they_are_given() -> None:
    text = "Pada Senin (28/4/2025) pukul 10.00 WIB, sekitar 14.000 tentara tiba."
    assert find_numeric_mentions(
        text, offset=7, published=P, pieces=scan(text)
    ) == find_numeric_mentions(text, offset=7, published=P)


def test_a_sentence_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Pada Senin (28/4/2025) pukul 10.00 WIB, sekitar 14.000 tentara tiba di Jakarta."
    source = Source("s1", "Outlet", "", None, "id", text, "a.txt")
    sentence = Sentence("s1", 0, 0, len(text), text)
    read_sentence(sentence, source, reference=P)  # the lexicons scan their phrases on first use
    scanned: list[str] = []
    real = pieces_module._PIECE_RE

    class Counting:
        def findall(self, s: str) -> list[tuple[str, ...]]:
            scanned.append(s)
            return real.findall(s)

    monkeypatch.setattr(pieces_module, "_PIECE_RE", Counting())
    facts = read_sentence(sentence, source, reference=P)
    assert scanned == [text]
    assert [q.text for q in facts.quantities] == ["sekitar 14.000"]
    assert [d.text for d in facts.dates] == ["Senin (28/4/2025)"]
    assert [t.text for t in facts.times] == ["pukul 10.00 WIB"]
    assert "Jakarta" in [t.text for t in facts.tokens]
