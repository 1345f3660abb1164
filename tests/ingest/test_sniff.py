"""What a file is, from its first bytes."""

from __future__ import annotations

import pytest

from gui.ingest import IngestError
from gui.ingest.sniff import sniff
from tests.ingest import fixtures as fx


def test_strong_signatures() -> None:
    assert sniff(fx.text_pdf()) == "pdf"
    assert sniff(b"junk before\n" + fx.text_pdf()) == "pdf"
    assert sniff(fx.word_document()) == "docx"
    assert sniff(fx.xlsx_table([["text"], ["a"]])) == "xlsx"
    assert sniff(b"\xef\xbb\xbf  <!DOCTYPE html><html></html>") == "html"
    assert sniff(b"\n<HTML><body>x</body></HTML>") == "html"


def test_text_has_no_signature() -> None:
    assert sniff(b"Banjir <b>di</b> Bekasi, kata <html> petugas.") == ""
    assert sniff(b"text,outlet\nA,B\n") == ""
    assert sniff(b"PK\x03\x04 not really a zip") == ""  # the reader names the damage
    assert sniff(b"") == ""


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n....", "PNG image"),
        (b"GIF89a....", "GIF image"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image or media"),
        (b"Rar!\x1a\x07\x00", "RAR archive"),
        (b"{\\rtf1\\ansi Banjir}", "RTF document"),
    ],
)
def test_not_articles(data: bytes, words: str) -> None:
    with pytest.raises(IngestError, match=words):
        sniff(data)
