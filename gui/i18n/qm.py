"""Reads Qt's compiled translation files (.qm) without Qt, for the layers that must not
import it (exports, the command line, the review's descriptions).

The project compiles its .qm files with ``lrelease -nocompress`` so that every message
carries its context, source text and comment; the file is then a plain list of messages,
read here in one pass. Qt's QTranslator reads the same files in the window.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF

Key = tuple[str, str, str]  # (context, source text, comment or disambiguation)


class BadCatalogue(ValueError):
    """The file is not a .qm file this reader understands."""


def read_qm(path: str | Path) -> dict[Key, tuple[str, ...]]:
    """Every message in ``path``: its key and its translations (more than one for plurals)."""
    return parse_qm(Path(path).read_bytes())


def parse_qm(data: bytes) -> dict[Key, tuple[str, ...]]:
    if not data.startswith(MAGIC):
        raise BadCatalogue("not a Qt translation file")
    pos = len(MAGIC)
    messages = b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == _MESSAGES:
            messages = data[pos : pos + length]
        pos += length
    return _messages(messages)


def _messages(block: bytes) -> dict[Key, tuple[str, ...]]:
    found: dict[Key, tuple[str, ...]] = {}
    pos = 0
    translations: list[str] = []
    fields = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            key = (fields[_CONTEXT], fields[_SOURCE], fields[_COMMENT])
            if any(translations):
                found[key] = tuple(translations)
            translations = []
            fields = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
        elif tag == _TRANSLATION:
            (length,) = struct.unpack_from(">I", block, pos)
            pos += 4
            if length != _NULL:
                translations.append(block[pos : pos + length].decode("utf-16-be"))
                pos += length
        elif tag == _OBSOLETE1:
            pos += 4
        elif tag in fields:
            (length,) = struct.unpack_from(">I", block, pos)
            pos += 4
            fields[tag] = block[pos : pos + length].decode("utf-8")
            pos += length
        else:
            raise BadCatalogue(f"unknown message field {tag:#x}")
    return found
