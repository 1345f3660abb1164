"""Read one article written for a test and list its numbers', dates' and times' slots."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from gui.analysis.claims import claims_of, whole_features
from gui.analysis.pipeline import _read_source, reference_dates
from gui.domain import Source


@dataclass(frozen=True)
class Read:
    words: str  # the anchor as written
    unit_kind: str
    measure: str
    qualifiers: frozenset[str]
    roles: frozenset[str]
    counted: str = ""  # the counted noun's concept, if any


def slots(text: str, language: str = "id", published: datetime | None = None) -> list[Read]:
    source = Source(
        id="s1",
        outlet="Test",
        title="",
        text=text,
        path="",
        language=language,
        published=published or datetime(2025, 3, 12),
    )
    sentences = _read_source(source, reference_dates([source])["s1"])
    out: list[Read] = []
    n = 0
    for k, sf in enumerate(sentences):
        found = claims_of(
            sf, source, 0, n, whole_features(sf, language), {}, sentences[k - 1] if k else None
        )
        n += len(found)
        for c in found:
            if c.slot is not None and c.anchor is not None:
                s = c.slot
                out.append(
                    Read(c.anchor.text, s.unit_kind, s.measure, s.qualifiers, s.roles, s.counted)
                )
    return out


def slot_of(text: str, words: str, language: str = "id") -> Read:
    """The slot of the anchor written ``words`` (the first one)."""
    found = [r for r in slots(text, language) if r.words == words]
    assert found, f"no anchor {words!r} in {[r.words for r in slots(text, language)]}"
    return found[0]


def written_source(
    k: int, text: str, language: str = "id", published: datetime = datetime(2025, 3, 12)
) -> Source:
    """Outlet ``k`` of a corpus written for a test, published on one fixed day."""
    return Source(
        id=f"s{k}",
        outlet=f"Outlet {k}",
        title="",
        text=text,
        path="",
        language=language,
        published=published,
    )
