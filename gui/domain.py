"""The records every layer shares: sources, mentions, cells, facts and one analysis.

All records are frozen: an :class:`Analysis` is the immutable result of one run, and the
reviewer's corrections live apart from it (see ``gui.review``). Every ``start``/``end`` pair
is a half-open range of Python string offsets into the owning ``Source.text``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Status(StrEnum):
    """One outlet's take on one fact."""

    AGREE = "agree"  # states the fact with the prevailing value
    CONFLICT = "conflict"  # states a value that cannot also be true
    PARTIAL = "partial"  # compatible but vaguer or hedged
    ABSENT = "absent"  # does not mention it


class Agreement(StrEnum):
    """How the outlets that state a fact relate to each other."""

    CONSENSUS = "consensus"  # two or more outlets, no conflict, no partial
    CONFLICT = "conflict"
    PARTIAL = "partial"
    SINGLE = "single"  # one outlet only


class FactKind(StrEnum):
    QUANTITY = "quantity"
    DATE = "date"
    TIME = "time"  # a time of day: "pukul 14.47 WIB", "1:30 pm"
    STATEMENT = "statement"


@dataclass(frozen=True, slots=True)
class Source:
    """One article. ``text`` is what every offset in the program indexes into."""

    id: str  # stable within a corpus: "s1", "s2", ...
    outlet: str  # the column header
    title: str
    published: datetime | None
    language: str  # "id" or "en"
    text: str  # normalised article text (furniture removed, "\n" line ends)
    path: str  # where it was read from, as the user named it
    url: str = ""
    # Where ``published`` was read, "<how>\t<the words>": how is "dateline" (a line of the
    # article), "lead" (a date in its first paragraph) or "file" (the file's metadata or a
    # table's date column); "" when unknown. ``gui.display.published_origin`` words it.
    published_from: str = ""

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Refusal:
    """An input that could not be used, and why, in words a reviewer understands."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Sentence:
    source_id: str
    index: int  # position within the source, from 0
    start: int  # half-open offsets into Source.text
    end: int
    text: str  # == Source.text[start:end]
    heading: bool = False  # a headline, sub-heading or list caption rather than prose


@dataclass(frozen=True, slots=True)
class Quantity:
    """A counted amount: "sekitar 14.000 tentara", "3,5 juta", "ratusan", "10,000 to 12,000"."""

    start: int  # half-open offsets into Source.text, covering number and qualifiers
    end: int
    text: str
    value: float  # point estimate (midpoint of a range)
    low: float  # inclusive bounds of what the words allow
    high: float
    approx: bool  # hedged: "sekitar", "about", "lebih dari", "hampir"
    vague: bool  # an order of magnitude only: "ratusan", "thousands"
    head: str  # the counted thing as written ("tentara", "orang"), "" if none
    unit: str = ""  # "%", "pp", a currency code ("IDR"), a measure ("km", "day"), "" a count


@dataclass(frozen=True, slots=True)
class DateMention:
    """A point or period in time, resolved against the article's publication date."""

    start: int  # half-open offsets into Source.text
    end: int
    text: str
    low: date  # first day the words allow
    high: date  # last day the words allow
    precision: str  # "day" | "week" | "month" | "season" | "year"
    relative: bool  # "tahun lalu", "Sabtu pekan lalu": resolved, so less certain


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day: "pukul 14.47 WIB", "1:30 pm local time", "pukul 02.00 dini hari"."""

    start: int  # half-open offsets into Source.text
    end: int
    text: str
    low: int  # minutes after midnight, first the words allow ("between 1 and 2 am": 60)
    high: int  # last minute the words allow (120); equal to ``low`` for one reading
    zone: str  # "WIB", "UTC+8", "" when the outlet names no zone (local time)
    approx: bool  # "sekitar", "around", "just after"
    ambiguous: bool  # "at 1:45" with no am/pm in English: 01:45 or 13:45


@dataclass(frozen=True, slots=True)
class Entity:
    """A named actor or place; ``key`` folds spelling variants and languages together."""

    start: int  # half-open offsets into Source.text
    end: int
    text: str
    key: str  # fold key shared by variants: "north korea", "kim jong un"
    name: str  # display form
    kind: str  # "country" | "person" | "org" | "place" | "other"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a statement is credited to: "menurut KCNA", "kata Putin", "according to Reuters"."""

    start: int  # half-open offsets into Source.text, covering cue and source
    end: int
    text: str
    key: str  # fold key of who is credited
    name: str  # display form of who is credited
    cue: str  # the words that mark the attribution ("menurut", "said")


Mention = Quantity | DateMention | TimeMention | Entity | Attribution


@dataclass(frozen=True, slots=True)
class Value:
    """One more value an outlet gives for a fact it states (a revision, a headline's figure)."""

    value: str  # as the outlet writes it
    normalized: float | str | None
    start: int  # half-open offsets of the sentence into Source.text
    end: int
    value_start: int  # half-open offsets of the decisive words into Source.text
    value_end: int
    excerpt: str = ""  # the sentence


@dataclass(frozen=True, slots=True)
class Cell:
    """One outlet's evidence for one fact."""

    status: Status
    value: str = ""  # the value as the outlet writes it ("sekitar 14.000", "27 April 2025")
    normalized: float | str | None = None  # 14000.0, "2025-04-27", "2024-06"; None for statements
    excerpt: str = ""  # the outlet's sentence
    start: int = 0  # half-open offsets of the excerpt into Source.text
    end: int = 0
    value_start: int = 0  # half-open offsets of the decisive words into Source.text
    value_end: int = 0
    reviewed: bool = False  # a reviewer set or confirmed this cell (provenance, exported)
    note: str = ""  # the reviewer's note on this cell
    # who made the latest decision about this cell, and when ("Dewi, 2025-03-04 10:42"); set
    # on a shared project, where every decision names its reviewer
    decided_by: str = ""
    # The outlet's other values for this fact, in text order: an earlier count it revised, a
    # headline's figure, another official's number. The cell's own value is the decisive one.
    others: tuple[Value, ...] = ()


ABSENT = Cell(Status.ABSENT)


class Origin(StrEnum):
    """Where a row comes from, so every export can tell machine from reviewer."""

    MACHINE = "machine"  # found by the analysis
    MANUAL = "manual"  # made by the reviewer (a new fact, a split, a merge)
    ORPHANED = "orphaned"  # a reviewer's row whose evidence the analysis no longer finds


@dataclass(frozen=True, slots=True)
class Fact:
    """One row of the claims matrix."""

    id: str
    kind: FactKind
    label: str
    cells: Mapping[str, Cell]  # source id -> cell; sources not listed are absent
    agreement: Agreement
    origin: Origin = Origin.MACHINE
    note: str = ""  # the reviewer's note on the whole row
    reviewed: bool = False  # the reviewer marked the whole row as checked
    hidden: bool = False  # the reviewer hid the row: kept, but out of view and exports
    decided_by: str = ""  # the latest decision about the row as a whole: see Cell.decided_by
    # One outlet's claim that is not check-worthy on its own (a count of something the
    # lexicon does not know, a statement without an actor): one click away, not in the
    # default view or the default exports.
    secondary: bool = False

    def cell(self, source_id: str) -> Cell:
        return self.cells.get(source_id, ABSENT)

    @property
    def coverage(self) -> int:
        return sum(1 for c in self.cells.values() if c.status is not Status.ABSENT)


@dataclass(frozen=True, slots=True)
class Analysis:
    """The immutable result of one run over a corpus."""

    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]
    mentions: Mapping[str, tuple[Mention, ...]] = field(default_factory=dict)  # by source id
    refused: tuple[Refusal, ...] = ()
    created: datetime | None = None
    # copy's source id -> id of the source it copies (its group's earliest); see
    # gui.analysis.copies. Sources that are their own article are not listed.
    copies: Mapping[str, str] = field(default_factory=dict)

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)


def derive_agreement(cells: Mapping[str, Cell]) -> Agreement:
    """A row's agreement follows from its cells alone, so a reviewer's edit can recompute it."""
    stated = [c.status for c in cells.values() if c.status is not Status.ABSENT]
    if len(stated) <= 1:
        return Agreement.SINGLE
    if Status.CONFLICT in stated:
        return Agreement.CONFLICT
    if Status.PARTIAL in stated:
        return Agreement.PARTIAL
    return Agreement.CONSENSUS
