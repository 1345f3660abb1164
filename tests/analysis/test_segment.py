from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from gui.analysis.segment import segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def test_numbers_dates_and_abbreviations_do_not_split() -> None:
    text = (
        "Sebanyak 14.000 tentara tiba pada Senin (28/4/2025) di perbatasan. "
        "Jend. Sudirman dan Dr. A. Rahman hadir. Mereka bertemu pejabat AS. Rapat selesai."
    )
    assert texts(text) == [
        "Sebanyak 14.000 tentara tiba pada Senin (28/4/2025) di perbatasan.",
        "Jend. Sudirman dan Dr. A. Rahman hadir.",
        "Mereka bertemu pejabat AS.",
        "Rapat selesai.",
    ]


def test_english_abbreviations_and_quotes() -> None:
    text = (
        'The U.S. envoy met Mr. Lee at 3 p.m. on Monday. "We agreed," he said. Talks resume today.'
    )
    assert texts(text) == [
        "The U.S. envoy met Mr. Lee at 3 p.m. on Monday.",
        '"We agreed," he said.',
        "Talks resume today.",
    ]


def test_quote_ending_sentence_splits_after_the_quote() -> None:
    text = "Ia berkata, “Kami siap.” Lalu ia pergi."
    assert texts(text) == ["Ia berkata, “Kami siap.”", "Lalu ia pergi."]


def test_lines_bullets_and_headings() -> None:
    text = "Judul Berita Hari Ini\n\n  • Poin pertama yang penting.\n1. Sub Judul\n- Poin kedua."
    sentences = segment(text)
    assert [s.text for s in sentences] == [
        "Judul Berita Hari Ini",
        "Poin pertama yang penting.",
        "Sub Judul",
        "Poin kedua.",
    ]
    assert [s.heading for s in sentences] == [True, False, True, False]


def test_offsets_are_half_open_into_the_text() -> None:
    text = "Satu kalimat.  Dua kalimat!\r\nTiga?"
    for s in segment(text, "s1"):
        assert text[s.start : s.end] == s.text
        assert s.source_id == "s1"


@given(st.text())
def test_segmentation_never_raises_and_keeps_offsets(text: str) -> None:
    previous_end = 0
    for s in segment(text):
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= previous_end
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        previous_end = s.end


def test_a_line_of_a_million_characters_segments_in_linear_time() -> None:
    # Every sentence end used to search back to the line's start for the word before the
    # dot: 200,000 characters took 20 s, a million would take minutes. The bound is loose
    # (the run takes a fraction of a second); tests/benchmarks/bench_hostile.py measures it.
    line = "Harga naik menjadi Rp 12.500 per liter, kata Dr. Rahman pada Senin. " * 15_000
    started = time.monotonic()
    sentences = segment(line)
    assert time.monotonic() - started < 20
    assert len(sentences) == 15_000
    assert (
        sentences[-1].text == "Harga naik menjadi Rp 12.500 per liter, kata Dr. Rahman pada Senin."
    )


def test_a_run_of_end_marks_without_a_sentence_after_it_costs_no_retries() -> None:
    started = time.monotonic()
    assert texts("Awal. Lalu " + "." * 500_000 + "x") == ["Awal.", "Lalu " + "." * 500_000 + "x"]
    assert time.monotonic() - started < 20


def test_a_dotted_currency_before_its_amount_ends_no_sentence() -> None:
    found = [
        s.text for s in segment("Judul\n\nHarga naik menjadi Rp. 9.900 per liter. Lalu turun.")
    ]
    assert found == ["Judul", "Harga naik menjadi Rp. 9.900 per liter.", "Lalu turun."]
