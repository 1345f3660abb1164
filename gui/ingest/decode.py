"""Bytes of a text file -> str, guessing the encoding the way real scraped files need.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a mark, recognised by its
pattern of NUL bytes; strict UTF-8; charset-normalizer's guess; cp1252, then latin-1, which
never fail. One exception to that order: text that cp1252 reads as mostly ASCII letters is
Western text in cp1252, because charset-normalizer misreads short Western texts (it takes a
French paragraph for mac_latin2). Bytes that are not text at all raise :class:`IngestError`.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ingest.errors import IngestError

BINARY = QT_TRANSLATE_NOOP("Ingest", "binary file, not text")

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 8192  # bytes inspected for the UTF-16 NUL pattern
_DETECT = 1 << 20  # bytes handed to charset-normalizer; it samples anyway
_MAX_ODD_SHARE = 0.10  # above this share of control/replacement characters it is not text
_STRAY_NULS = 1 / 1000  # a scraped UTF-8 file may carry a stray NUL or two, not more
_MAX_ACCENTED = 0.3  # share of non-ASCII letters above which cp1252 is not a safe reading
_CHECK = 100_000  # characters inspected for the not-text share


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to text; raise ``IngestError("binary file, not text")`` if it is not."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return check_text(data[len(bom) :].decode(encoding, errors="replace"))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return check_text(data.decode(utf16, errors="replace"))
    nuls = data.count(0)
    if nuls:
        text = _strict(data, "utf-8")
        if text is None or nuls > max(1, len(data) * _STRAY_NULS):
            raise IngestError(translate("Ingest", BINARY))
        return check_text(text)
    text = _strict(data, "utf-8")
    if text is not None:
        return check_text(text)
    return check_text(_guess(data))


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str:
    """``"utf-16-le"``/``"utf-16-be"`` when NULs sit on one side of each byte pair."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(sample) % 2:
        sample = sample[:-1]
    pairs = len(sample) // 2
    if pairs < 2:
        return ""
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    # Latin-script UTF-16 has a NUL in most high bytes and almost none in the low ones.
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return ""


def _guess(data: bytes) -> str:
    western = _strict(data, "cp1252")
    if western is not None and _mostly_ascii_letters(western):
        return western
    best = from_bytes(data[:_DETECT]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return western if western is not None else data.decode("latin-1")


def _mostly_ascii_letters(text: str) -> bool:
    """Latin-script prose: accented letters are a minority (a Cyrillic file read as cp1252
    would be nearly all accented letters)."""
    letters = [ch for ch in text[:_CHECK] if ch.isalpha()]
    accented = sum(1 for ch in letters if ord(ch) > 0x7F)
    return bool(letters) and accented / len(letters) < _MAX_ACCENTED


def check_text(text: str) -> str:
    """``text`` itself, unless its start is mostly control or replacement characters."""
    sample = text[:_CHECK]
    if not sample:
        return text
    odd = sum(1 for ch in sample if ch == "\ufffd" or _is_control(ch))
    if odd / len(sample) > _MAX_ODD_SHARE:
        raise IngestError(translate("Ingest", BINARY))
    return text


def _is_control(ch: str) -> bool:
    return ch not in "\n\r\t\f\v" and unicodedata.category(ch) == "Cc"
