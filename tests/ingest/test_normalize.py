"""Normalisation happens before offsets exist; its output is the text offsets index into."""

from __future__ import annotations

import unicodedata

import pytest

from gui.ingest.normalize import normalize_text


@pytest.mark.parametrize("raw", ["satu\r\ndua\r\ntiga", "satu\rdua\rtiga", "satu\r\ndua\rtiga"])
def test_line_endings_become_lf(raw: str) -> None:
    assert normalize_text(raw) == "satu\ndua\ntiga"


def test_control_characters_go_but_tab_and_newline_stay() -> None:
    raw = "a\x00b\x07c\x1bd\x7fe\x9bf\tg\nh"
    assert normalize_text(raw) == "abcdef\tg\nh"


def test_form_feed_and_unicode_separators_break_lines() -> None:
    assert normalize_text("a\fb\u2028c\u2029d\x85e") == "a\nb\nc\nd\ne"


def test_nfc() -> None:
    decomposed = "Cafe\u0301 di Be\u0301ziers"
    out = normalize_text(decomposed)
    assert out == "Café di Béziers"
    assert unicodedata.is_normalized("NFC", out)


def test_control_between_base_and_accent_still_composes() -> None:
    assert normalize_text("e\x00\u0301") == "é"


def test_trailing_spaces_and_odd_spaces() -> None:
    raw = "kalimat pertama.\u00a0 \t\nangka 14\u202f000 dan\u2009spasi\u200b.  "
    assert normalize_text(raw) == "kalimat pertama.\nangka 14 000 dan spasi."


def test_blank_line_runs_collapse_and_ends_are_trimmed() -> None:
    raw = "\n\n  \njudul\n\n\n\n\nparagraf\n\n \n\t\nakhir\n\n\n"
    assert normalize_text(raw) == "judul\n\nparagraf\n\nakhir"


def test_single_blank_lines_and_indentation_are_kept() -> None:
    raw = "judul\n\n  • butir satu\n  • butir dua"
    assert normalize_text(raw) == raw


def test_idempotent() -> None:
    raw = "a\r\n\r\n\r\n\r\nb \u00a0\r\nc\x00\u0301"
    once = normalize_text(raw)
    assert normalize_text(once) == once
