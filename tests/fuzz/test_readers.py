"""Every reader, given any bytes, returns articles or refuses with IngestError: nothing else
escapes, whatever the file holds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.ingest import IngestError
from gui.ingest.raw import Reading
from gui.ingest.readers import READERS, read_bytes
from tests.fuzz.strategies import MARKUP, TABLEISH, damaged, garbled_office, valid_files

QUICK = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTENSIONS = sorted(READERS)
SAME = {".htm": ".html", ".xhtml": ".html", ".markdown": ".md", ".text": ".txt"}


def check(data: bytes, suffix: str, *, sniffing: bool = True) -> None:
    """The one allowed outcome besides articles is a refusal with a reason."""
    try:
        reading = read_bytes(data, suffix) if sniffing else READERS[suffix](data)
    except IngestError as exc:
        assert str(exc).strip()
        return
    assert isinstance(reading, Reading)
    assert reading.articles
    for article in reading.articles:
        assert isinstance(article.text, str) and article.text.strip()
    for skipped in reading.skipped:
        assert skipped.where and skipped.reason


@pytest.mark.parametrize("suffix", EXTENSIONS)
@QUICK
@given(data=st.binary(max_size=3000))
def test_random_bytes(suffix: str, data: bytes) -> None:
    check(data, suffix)
    check(data, suffix, sniffing=False)


@pytest.mark.parametrize("suffix", EXTENSIONS)
@QUICK
@given(data=st.data())
def test_damaged_valid_files(suffix: str, data: st.DataObject) -> None:
    original = valid_files()[SAME.get(suffix, suffix)]
    bad = data.draw(damaged(original))
    check(bad, suffix)
    check(bad, suffix, sniffing=False)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
@QUICK
@given(data=st.data())
def test_office_files_with_garbled_parts(suffix: str, data: st.DataObject) -> None:
    check(data.draw(garbled_office(valid_files()[suffix])), suffix)


@pytest.mark.parametrize("suffix", [".html", ".txt", ".md"])
@QUICK
@given(text=MARKUP, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_markup_soup(suffix: str, text: str, encoding: str) -> None:
    check(text.encode(encoding, errors="replace"), suffix)


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl"])
@QUICK
@given(text=TABLEISH)
def test_table_soup(suffix: str, text: str) -> None:
    check(text.encode("utf-8", errors="replace"), suffix)
    check(("text,outlet\n" + text).encode("utf-8", errors="replace"), suffix)
