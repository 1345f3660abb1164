"""File names and labels from articles, made safe to show and to store.

A file name is bytes on most systems: one that is not UTF-8 reaches Python as lone
surrogates, which no UTF-8 writer (JSON, CSV, SQLite) accepts. A file name or a page's site
name may also carry terminal escapes (which retitle or clear a terminal when echoed) or
right-to-left overrides (which reorder the label around them). :func:`readable_path` shows
every such character as an escape; :func:`one_line` drops them from a label.
"""

from __future__ import annotations

import os
import re

# Characters that change how the text around them is shown rather than showing themselves:
# C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_HIDDEN = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}]")
_UNSHOWABLE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}\\ud800-\\udfff]")
_UNDECODED = range(0xDC80, 0xDD00)  # a byte that was not UTF-8, as surrogateescape keeps it


def readable_path(path: str | os.PathLike[str]) -> str:
    """``path`` as text any writer can store and any terminal can print: a byte that was not
    UTF-8 reads ``\\xe9``, a control or bidirectional character ``\\x1b`` or ``\\u202e``."""
    text = os.fspath(path)
    if not _UNSHOWABLE.search(text):
        return text
    return _UNSHOWABLE.sub(_escape, text)


def one_line(text: str) -> str:
    """A label (an outlet's name, a headline) on one line: runs of white space become one
    space, and control and bidirectional characters go."""
    if _HIDDEN.search(text):
        text = _HIDDEN.sub(" ", text)
    return " ".join(text.split())


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _UNDECODED:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
