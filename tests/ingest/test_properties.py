"""source_from_text accepts any text and always yields clean, consistent output."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.ingest import source_from_text

NEWS_LINES = st.sampled_from(
    [
        "Banjir Rendam Bekasi",
        "Senin, 28 April 2025 - 07:46",
        "JAKARTA, KOMPAS.com - Banjir merendam ribuan rumah di Bekasi, Senin (28/4/2025).",
        "BACA JUGA:",
        "Share",
        "Global | sindonews | Senin, 28 April 2025 - 07:46",
        "Uploaded ImageGambar : Antara",
        "1. Dampak Banjir",
        "  • Ratusan warga mengungsi.",
        "",
        "Scroll to Top",
        "KYIV, April 28 (Reuters) - Officials said the strike killed 12 people on Monday.",
    ]
)


def _clean(text: str) -> None:
    for ch in text:
        assert ch in "\n\t" or unicodedata.category(ch) != "Cc", repr(ch)
    assert "\r" not in text
    assert "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert text == text.strip("\n")
    assert unicodedata.is_normalized("NFC", text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text(raw: str) -> None:
    source = source_from_text(raw, source_id="s1")
    _clean(source.text)
    assert source.language in {"id", "en"}
    assert "\n" not in source.title


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(NEWS_LINES, st.text(max_size=40)), max_size=15))
def test_any_mix_of_news_lines(lines: list[str]) -> None:
    source = source_from_text("\r\n".join(lines), source_id="s1", path="x.txt")
    _clean(source.text)
    assert source.outlet
    if source.title and not source.title.endswith("…"):
        assert source.title in source.text
