"""Make scraped text fit a workbook cell: legal XML characters, within Excel's length limit.

Article text is untrusted input. It may carry control characters that workbook XML cannot
hold, run past the 32,767 characters a cell can show, or begin with ``=`` and be taken for a
formula. The first two are fixed here; the third is the writer's job (it stores every piece
of text as a string cell), and :func:`looks_like_formula` says when that matters.
"""

from __future__ import annotations

import re

CELL_LIMIT = 32_767  # characters Excel keeps in one cell
TRUNCATION_MARK = " … [cut at the spreadsheet cell limit]"

# What workbook XML cannot hold: C0 controls except tab, LF and CR (openpyxl's
# ILLEGAL_CHARACTERS_RE), lone surrogates left by undecodable bytes, and U+FFFE/U+FFFF.
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037\ud800-\udfff\ufffe\uffff]")
# Spreadsheet programs read cells starting with these as formulas when typed or imported.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Strings Excel would store as error values rather than text.
ERROR_CODES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})


def clean_text(text: str) -> str:
    """``text`` with illegal characters replaced by spaces and cut to :data:`CELL_LIMIT`.

    Replacement is one character for one, so a sentence keeps the length its offsets say.
    """
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub(" ", text)
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return text


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula or an error value."""
    return text.startswith(FORMULA_PREFIXES) or text in ERROR_CODES
