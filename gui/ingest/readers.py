"""One reader per file format, keyed by extension: bytes of a file -> raw article text.

A reader raises :class:`IngestError` for bytes it cannot use. The text it returns is raw:
``source_from_text`` normalises it and removes the page furniture. New formats register here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from gui.ingest.decode import decode_bytes
from gui.ingest.markdown import strip_markdown
from gui.ingest.normalize import normalize_text

Reader = Callable[[bytes], str]


def read_plain(data: bytes) -> str:
    return decode_bytes(data)


def read_markdown(data: bytes) -> str:
    text = decode_bytes(data)
    if not text.strip():
        return text
    return strip_markdown(normalize_text(text))


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_markdown,
    ".markdown": read_markdown,
}


def reader_for(path: str | PurePath) -> Reader | None:
    return READERS.get(PurePath(path).suffix.lower())


def supported_extensions() -> tuple[str, ...]:
    """The extensions a file dialog may offer, e.g. for a "*.txt *.md" filter."""
    return tuple(sorted(READERS))
