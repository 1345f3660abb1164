"""The measure lexicon: which concepts say what a number counts or measures, and how to name it.

``resources/lexicons/measures.json`` gives the concepts of ``concepts.json`` roles: *states*
(what happened to what is counted: DIE makes a count of people a count of the dead), *things*
(a population, a subset, a role or an object), *dimensions* (what a length, an amount of money
or a share is of), the kind and size of every unit, and a label for every measure in both
languages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from gui.paths import lexicon_path

POPULATION, SUBSET, ROLE, OBJECT = "population", "subset", "role", "object"


@dataclass(frozen=True, slots=True)
class State:
    measure: str  # "DEAD"
    rank: int  # the higher wins when a clause names two states


@dataclass(frozen=True, slots=True)
class MeasureLexicon:
    states: dict[str, State]  # concept -> state
    things: dict[str, str]  # concept -> population | subset | role | object
    counting_words: frozenset[str]  # concepts that classify without naming a thing
    dimensions: dict[str, frozenset[str]]  # concept -> kinds of unit it can measure
    units: dict[str, tuple[str, float]]  # unit -> (kind, size in the kind's base unit)
    labels: dict[str, dict[str, str]]  # measure or qualifier -> language -> label
    events: dict[str, dict[str, str]]  # event concept -> language -> noun ("hilang kontak")
    per_units: dict[str, str]  # word an amount is per -> one key ("bulan", "month": MONTH)

    def unit_kind(self, unit: str) -> str:
        """ "count", "share", "money:IDR", "length", "time", ... for a quantity's unit."""
        if not unit:
            return "count"
        if len(unit) == 3 and unit.isupper():
            return f"money:{unit}"
        return self.units.get(unit, (unit, 1.0))[0]

    def base_value(self, value: float, unit: str) -> float:
        """``value`` in its kind's base unit: 3 km -> 3000 (metres), 2 weeks -> 14 (days)."""
        return value * self.units.get(unit, ("", 1.0))[1]

    def label(self, key: str, language: str) -> str:
        names = self.labels.get(key)
        if names is None:
            return ""
        return names.get(language) or names.get("en", "")

    def event(self, concept: str, language: str) -> str:
        names = self.events.get(concept)
        if names is None:
            return concept.lower().replace("_", " ")
        return names.get(language) or names.get("en", "")


@cache
def measures() -> MeasureLexicon:
    with open(lexicon_path("measures.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return MeasureLexicon(
        states={c: State(s["measure"], int(s["rank"])) for c, s in data["states"].items()},
        things=dict(data["things"]),
        counting_words=frozenset(data["counting_words"]),
        dimensions={c: frozenset(kinds) for c, kinds in data["dimensions"].items()},
        units={u: (kind, float(size)) for u, (kind, size) in data["units"].items()},
        labels={k: dict(v) for k, v in data["labels"].items()},
        events={k: dict(v) for k, v in data["events"].items()},
        per_units=dict(data["per_units"]),
    )
