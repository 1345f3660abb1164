"""Bytes -> text: every encoding real scraped files come in, and what is not text."""

from __future__ import annotations

import codecs
import random

import pytest

from gui.ingest import IngestError
from gui.ingest.decode import decode_bytes

TEXT = "Presiden mengatakan “pasukan” tiba di café Kyiv – kata dia.\nBaris kedua."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16"),  # the platform's own BOM and byte order
        TEXT.encode("utf-16-le"),  # no BOM: recognised by its NUL bytes
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
    ],
    ids=[
        "utf-8",
        "utf-8-sig",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_cp1252_curly_quote_and_accent() -> None:
    text = "Le café était fermé, a dit l’élu à la presse: ’non’ pour l’instant."
    assert decode_bytes(text.encode("cp1252")) == text


def test_short_cp1252_text_keeps_its_accent() -> None:
    decoded = decode_bytes("Café’s".encode("cp1252"))
    assert "é" in decoded and "’" in decoded


def test_cyrillic_cp1251_is_not_read_as_cp1252() -> None:
    text = "Президент России заявил, что войска вернулись на базы после учений. " * 3
    assert decode_bytes(text.encode("cp1251")) == text


def test_stray_nul_in_utf8_is_text() -> None:
    data = ("Paragraf pertama. " * 200).encode() + b"\x00" + b"Paragraf kedua."
    assert decode_bytes(data).endswith("\x00Paragraf kedua.")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200),
        random.Random(7).randbytes(4096).replace(b"\x00", b"\x01"),  # noise without NULs
        b"\x01\x02\x03\x04\x05\x06\x07\x08" * 100,
    ],
    ids=["png", "zip", "noise", "controls"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(IngestError, match=r"^binary file, not text$"):
        decode_bytes(data)
