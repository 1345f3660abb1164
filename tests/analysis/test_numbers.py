"""Number parsing and the combined date-then-quantity pass, with property tests."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.analysis.mentions import find_numeric_mentions
from gui.analysis.numbers import (
    number_words,
    parse_number,
    parse_number_words,
    reads_as_year,
)

P = date(2025, 4, 28)


@pytest.mark.parametrize(
    ("token", "language", "expected"),
    [
        ("14.000", "id", 14000),
        ("14,000", "en", 14000),
        ("14,000", "id", 14000),  # an English-formatted count copied into Indonesian text
        ("14.000", "en", 14000),
        ("12.500", "id", 12500),
        ("12,500", "en", 12500),
        ("12.500", "en", 12.5),
        ("12,500", "id", 12.5),
        ("3,5", "id", 3.5),
        ("3.5", "id", 3.5),  # a dot that cannot group thousands is a decimal point
        ("3.5", "en", 3.5),
        ("0,5", "id", 0.5),
        ("0.500", "id", 0.5),
        ("1.234.567", "id", 1234567),
        ("1,234,567", "id", 1234567),
        ("1.234,5", "id", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("2025", "id", 2025),
        ("3,5 juta", "id", 3.5e6),
        ("1,2 miliar", "id", 1.2e9),
        ("18 ribu", "id", 18000),
        ("3.5 million", "en", 3.5e6),
        ("dua", "id", 2),
        ("enam", "id", 6),
        ("sepuluh", "id", 10),
        ("sebelas", "id", 11),
        ("tiga belas", "id", 13),
        ("seratus", "id", 100),
        ("dua puluh lima", "id", 25),
        ("dua ratus lima puluh ribu", "id", 250000),
        ("seribu lima ratus", "id", 1500),
        ("setengah", "id", 0.5),
        ("setengah juta", "id", 5e5),
        ("satu setengah juta", "id", 1.5e6),
        ("five", "en", 5),
        ("twenty-one", "en", 21),
        ("twenty one", "en", 21),
        ("a dozen", "en", 12),
        ("two dozen", "en", 24),
        ("one hundred and six", "en", 106),
        ("fifteen hundred", "en", 1500),
        ("half a million", "en", 5e5),
        ("two and a half million", "en", 2.5e6),
        ("a thousand", "en", 1000),
    ],
)
def test_parse_number(token: str, language: str, expected: float) -> None:
    assert parse_number(token, language=language) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("token", "language"),
    [
        ("", "id"),
        ("1.2.3", "id"),
        ("1,23,4", "en"),
        ("12.34.567", "id"),
        ("dua kucing", "id"),
        ("kucing", "id"),
        ("puluh", "id"),
        ("hundred", "en"),
        ("3,5 kucing", "id"),
        ("1234567890123456", "en"),
    ],
)
def test_parse_number_rejects(token: str, language: str) -> None:
    assert parse_number(token, language=language) is None


def test_parse_number_words_reports_the_prefix_it_used() -> None:
    assert parse_number_words(["dua", "puluh", "lima", "orang"], "id") == (25, 3)
    assert parse_number_words(["dua", "tiga"], "id") == (2, 1)
    assert parse_number_words(["seribu", "dua", "ratus", "ribu"], "id") == (1200, 3)
    assert parse_number_words(["troops"], "en") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("pada 2022 lalu", "id", True),
        ("Pemilu 2024 digelar", "id", True),
        ("sejak 2014 ratusan orang", "id", True),
        ("sebanyak 2000 relawan", "id", False),
        ("mereka 2000 tentara", "id", False),
        ("naik 2000 persen", "id", False),
        ("the 2022 election", "en", True),
        ("in 2000 polling stations", "en", True),
        ("about 2000 were", "en", False),
        ("$2000 in cash", "en", False),
        ("nomor 2500 itu", "id", False),
    ],
)
def test_reads_as_year(text: str, language: str, expected: bool) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert reads_as_year(text, start, start + 4, language) is expected


def test_lexicons_load_once_per_language() -> None:
    assert number_words("id") is number_words("id")
    assert number_words("en") is not number_words("id")
    # any other language reads both lexicons
    assert "dua" in number_words("xx").units and "two" in number_words("xx").units


def test_dates_are_found_first_and_kept_out_of_quantities() -> None:
    text = "Pada 28 April 2025, sekitar 14.000 tentara dikirim sejak musim gugur tahun lalu."
    quantities, dates, _ = find_numeric_mentions(text, offset=100, published=P, language="id")
    assert [d.text for d in dates] == ["28 April 2025", "musim gugur tahun lalu"]
    assert [(q.text, q.value, q.head) for q in quantities] == [("sekitar 14.000", 14000, "tentara")]
    assert quantities[0].start == 100 + text.index("sekitar")


def test_unresolved_relative_dates_still_hide_their_numbers() -> None:
    quantities, dates, _ = find_numeric_mentions(
        "Ia pindah dua tahun lalu bersama 3 anaknya.", published=None, language="id"
    )
    assert dates == []
    assert [(q.text, q.head) for q in quantities] == [("3", "anaknya")]


def test_date_words_are_not_heads() -> None:
    quantities, _, _ = find_numeric_mentions(
        "Ekonomi tumbuh 5 persen tahun depan.", published=P, language="id"
    )
    assert [(q.text, q.head, q.unit) for q in quantities] == [("5 persen", "", "%")]


def test_seed_style_sentences() -> None:
    text = (
        "Korea Utara disebut mengerahkan 18.000 tentara dalam dua tahap, "
        "termasuk 3.000 pasukan pengganti, pada Senin (28/4/2025)."
    )
    quantities, dates, _ = find_numeric_mentions(text, published=P, language="id")
    assert [(q.text, q.head) for q in quantities] == [
        ("18.000", "tentara"),
        ("dua", "tahap"),
        ("3.000", "pasukan"),
    ]
    assert [(d.text, d.low) for d in dates] == [("Senin (28/4/2025)", P)]


def test_typical_sentences_are_fast() -> None:
    sentences = [
        "Sekitar 14.000 tentara Korea Utara dikerahkan ke Rusia sejak musim gugur tahun lalu.",
        "Menurut laporan KCNA pada Senin (28/4/2025), keputusan itu diperintahkan langsung.",
        "Total korban diperkirakan mencapai 4.700 orang, termasuk 600 yang kehilangan nyawa.",
        "About 14,000 North Korean troops were deployed last autumn, officials said on Monday.",
        "Pemerintah menyiapkan anggaran Rp 3,5 triliun, naik 25 persen dari tahun lalu.",
        "Kim Jong Un memuji para tentaranya sebagai pahlawan dan menyatakan dukungan penuh.",
    ] * 50
    find_numeric_mentions(sentences[0], published=P)  # load lexicons and patterns
    started = time.perf_counter()
    for s in sentences:
        find_numeric_mentions(s, published=P, language="en" if "troops" in s else "id")
    per_sentence = (time.perf_counter() - started) / len(sentences)
    assert per_sentence < 0.002  # a generous bound; typically well under 0.5 ms


# --- properties -----------------------------------------------------------------------------

# Pieces of number-ish text: a context word, digits with marks, a scale or date word.
_PREFIXES = [
    "",
    "(",
    "sekitar ",
    "about ",
    "lebih dari ",
    "Rp",
    "US$",
    "$",
    "€",
    "antara ",
    "between ",
    "pukul ",
    "No. ",
    "Pasal ",
    "ke-",
    "F-",
    "Senin ",
    "Monday ",
    "Sabtu pekan lalu ",
    "last ",
    "April ",
    "Juni ",
    "tahun ",
    "dua ",
    "twenty-",
]
_SUFFIXES = [
    "",
    ".",
    ",",
    ")",
    " ribu",
    " juta",
    " million",
    " persen",
    " percent",
    "%",
    " lalu",
    " dan",
    " and",
    " hingga",
    " to",
    " April 2025",
    " orang",
    " troops",
    " WIB",
]
_PIECE = st.tuples(
    st.sampled_from(_PREFIXES),
    st.from_regex(r"[0-9]{1,5}(?:[.,:/-][0-9]{1,4}){0,3}", fullmatch=True),
    st.sampled_from(_SUFFIXES),
).map("".join)
_NUMBERISH = st.lists(_PIECE, max_size=6).flatmap(
    lambda pieces: st.sampled_from([" ", "", "\n", "-", " – "]).map(lambda sep: sep.join(pieces))
)


def _check_offsets(text: str, language: str, published: date | None) -> None:
    prefix = "Judul\n\n"
    source = prefix + text
    quantities, dates, _ = find_numeric_mentions(
        text, offset=len(prefix), published=published, language=language
    )
    for mentions in (quantities, dates):
        previous_end = len(prefix)
        for m in mentions:
            assert previous_end <= m.start < m.end <= len(source)
            assert source[m.start : m.end] == m.text
            previous_end = m.end
    for q in quantities:
        assert q.low <= q.value <= q.high
    for d in dates:
        assert d.low <= d.high
        assert d.precision in ("day", "week", "month", "season", "year")


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(
    text=st.text(),
    language=st.sampled_from(["id", "en", "fr"]),
    published=st.one_of(st.none(), st.dates()),
)
def test_any_text_keeps_offsets_inside_the_text(
    text: str, language: str, published: date | None
) -> None:
    _check_offsets(text, language, published)


@_SETTINGS
@given(
    text=_NUMBERISH,
    language=st.sampled_from(["id", "en"]),
    published=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1))),
)
def test_numberish_text_keeps_offsets_inside_the_text(
    text: str, language: str, published: date | None
) -> None:
    _check_offsets(text, language, published)


@_SETTINGS
@given(st.text(alphabet="0123456789.,", min_size=1, max_size=20), st.sampled_from(["id", "en"]))
def test_parse_number_never_raises(token: str, language: str) -> None:
    value = parse_number(token, language=language)
    assert value is None or value >= 0
