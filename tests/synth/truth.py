"""The planted truth of a synthetic corpus, and its ``truth.json`` form.

The truth is kept per article, because the analysis treats every article as its own source
(column), even when several articles come from one outlet. Each planted sentence is stored
as written, so a scorer can find it in whatever text the ingest keeps (furniture removed,
lines normalised) by searching for it rather than trusting raw-file offsets.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

TRUTH_FILE = "truth.json"
SCHEMA = "claimgrid-synth/1"


@dataclass(frozen=True, slots=True)
class Mention:
    """One planted sentence stating a fact in one article."""

    sentence: str  # the sentence as written into the file
    value: str  # the decisive words inside it (the whole sentence for a statement)
    value_offset: int  # where ``value`` starts inside ``sentence``
    start: int  # half-open offsets of ``sentence`` in the raw file text
    end: int
    headline: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """What one article says about one fact."""

    file: str
    status: str  # planted status: "agree" | "conflict" | "partial"
    value: str  # the decisive words of the first mention
    normalized: (
        float | str | None
    )  # precise value stated (14000, "2025-04-28", "2024-06"); None if vague
    low: float | str | None  # bounds the words allow; None for statements
    high: float | str | None
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class PlantedFact:
    id: str  # "F01"
    key: str  # "dead", "start", "emergency"
    kind: str  # "quantity" | "date" | "statement"
    label: str
    value: float | str  # the true value (normalized form); the statement's label for statements
    rival: float | str | None  # the conflicting value some articles state, if any
    reports: tuple[Report, ...]

    def report(self, file: str) -> Report | None:
        return next((r for r in self.reports if r.file == file), None)

    @property
    def contested(self) -> bool:
        return any(r.status == "conflict" for r in self.reports)


@dataclass(frozen=True, slots=True)
class Article:
    file: str
    outlet: str
    language: str  # "id" | "en"
    published: str  # ISO date-time
    title: str
    words: int


@dataclass(frozen=True, slots=True)
class Truth:
    seed: int
    event: str  # the event type ("earthquake")
    place: str
    event_date: str  # ISO date
    articles: tuple[Article, ...]
    facts: tuple[PlantedFact, ...]

    def article(self, file: str) -> Article:
        return next(a for a in self.articles if a.file == file)

    def to_json(self) -> dict[str, object]:
        return {"schema": SCHEMA, **asdict(self)}

    def save(self, directory: Path) -> Path:
        path = directory / TRUTH_FILE
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        return path

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Truth:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} truth file")
        articles = tuple(Article(**a) for a in data["articles"])  # type: ignore[attr-defined]
        facts = tuple(
            PlantedFact(
                **{
                    **f,
                    "reports": tuple(
                        Report(**{**r, "mentions": tuple(Mention(**m) for m in r["mentions"])})
                        for r in f["reports"]
                    ),
                }
            )
            for f in data["facts"]  # type: ignore[attr-defined]
        )
        return cls(
            seed=int(data["seed"]),  # type: ignore[call-overload]
            event=str(data["event"]),
            place=str(data["place"]),
            event_date=str(data["event_date"]),
            articles=articles,
            facts=facts,
        )

    @classmethod
    def load(cls, directory: Path) -> Truth:
        return cls.from_json(json.loads((directory / TRUTH_FILE).read_text(encoding="utf-8")))
