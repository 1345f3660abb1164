"""What a reader hands back: raw article text plus the metadata the file itself carries.

A reader knows things the text may not say: an HTML page's ``og:site_name`` and publication
time, a Word document's title, the outlet column of a table. ``source_from_raw`` (in
``article``) turns each :class:`RawArticle` into a Source, letting this metadata win over
what the cleaning guesses from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as a reader found it; every field but ``text`` may be empty."""

    text: str  # raw text: normalised and cleaned of furniture later
    title: str = ""
    outlet: str = ""
    published: datetime | None = None  # naive, in the time as written
    url: str = ""
    where: str = ""  # place inside a file that holds several articles: "row 3", "line 7"
    # ``title`` is the file's own property (whoever saved the file typed it), so the
    # article's printed headline wins over it.
    from_properties: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """A part of a file left out, and why: ``Skipped("rows 4, 9", "no article text")``."""

    where: str
    reason: str


@dataclass(frozen=True, slots=True)
class Reading:
    """What one file yielded: its articles in order, and the parts left out."""

    articles: tuple[RawArticle, ...]
    skipped: tuple[Skipped, ...] = ()


_SAVED_AS = re.compile(
    r"^(?:microsoft\s+\w+\s+-\s+|untitled\b|document\d*$|dokumen\d*$)"
    r"|\.(?:docx?|pdf|odt|rtf|txt|html?|indd|pages)$",
    re.IGNORECASE,
)


def property_title(value: object) -> str:
    """A file's title property, or "" when it names the file rather than the article
    ("Microsoft Word - laporan.docx", "Untitled", "Document1")."""
    if not isinstance(value, str):
        return ""
    title = " ".join(value.split())
    return "" if _SAVED_AS.search(title) else title
