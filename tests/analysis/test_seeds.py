"""What the embedded seed corpus must show: its real conflicts and its shared facts."""

from __future__ import annotations

import re

import pytest

from gui.analysis import analyze
from gui.domain import Agreement, Analysis, Fact, FactKind, Status
from gui.ingest import load_paths
from gui.paths import seeds_dir


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    loaded = load_paths([seeds_dir()])
    assert len(loaded.sources) == 5
    return analyze(loaded.sources)


def sid(analysis: Analysis, prefix: str) -> str:
    return next(s.id for s in analysis.sources if s.path.rsplit("/", 1)[-1].startswith(prefix))


def rows_with(analysis: Analysis, kind: FactKind, prefix: str, normalized: object) -> list[Fact]:
    source = sid(analysis, prefix)
    return [f for f in analysis.facts if f.kind is kind and f.cell(source).normalized == normalized]


def test_troop_numbers_conflict_with_004_the_outlier(analysis: Analysis) -> None:
    rows = rows_with(analysis, FactKind.QUANTITY, "004", 18000)
    assert len(rows) == 1
    row = rows[0]
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "004")).status is Status.CONFLICT
    for prefix in ("000", "001"):
        cell = row.cell(sid(analysis, prefix))
        assert cell.status is Status.AGREE
        assert cell.normalized == 14000


def test_confirmation_date_conflict(analysis: Analysis) -> None:
    rows = rows_with(analysis, FactKind.DATE, "003", "2025-04-27")
    assert len(rows) == 1
    row = rows[0]
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "003")).status is Status.CONFLICT
    for prefix in ("001", "002"):
        cell = row.cell(sid(analysis, prefix))
        assert cell.normalized == "2025-04-28"
        assert cell.status is Status.AGREE


def test_treaty_signing_and_entry_into_force_are_not_a_conflict(analysis: Analysis) -> None:
    signed = rows_with(analysis, FactKind.DATE, "000", "2024-06")
    in_force = rows_with(analysis, FactKind.DATE, "002", "2024-12")
    assert signed and in_force
    assert not set(f.id for f in signed) & set(f.id for f in in_force)
    for row in signed + in_force:
        assert row.agreement is not Agreement.CONFLICT


def _five_outlet_rows(analysis: Analysis) -> list[Fact]:
    return [f for f in analysis.facts if f.coverage == 5]


def test_facts_all_five_report_share_a_row(analysis: Analysis) -> None:
    rows = _five_outlet_rows(analysis)
    excerpts = [" ".join(c.excerpt.lower() for c in f.cells.values()) for f in rows]
    labels = [f.label for f in rows]
    # North Korea confirms the deployment.
    assert any(
        sum(
            ("onfirmasi" in c.excerpt.lower() or "akui" in c.excerpt.lower())
            for c in f.cells.values()
        )
        >= 4
        for f in rows
    ), labels
    # KCNA named as the source, inside the cells: who said it is no row of its own.
    assert any(sum("kcna" in c.excerpt.lower() for c in f.cells.values()) >= 3 for f in rows)
    assert not any(re.fullmatch(r"(Menurut|According to) [^,.]+", f.label) for f in analysis.facts)
    # Helping Russia retake the region: every outlet's sentence names it.
    assert any(all("kursk" in c.excerpt.lower() for c in f.cells.values()) for f in rows), excerpts


def test_004_exclusive_numbers_are_single_rows(analysis: Analysis) -> None:
    for value in (600, 4700, 2000):
        rows = rows_with(analysis, FactKind.QUANTITY, "004", value)
        assert len(rows) == 1, (value, [f.label for f in rows])
        assert rows[0].agreement is Agreement.SINGLE
        assert rows[0].coverage == 1


def test_every_cell_points_at_its_evidence(analysis: Analysis) -> None:
    texts = {s.id: s.text for s in analysis.sources}
    for fact in analysis.facts:
        assert fact.cells, fact
        for source_id, cell in fact.cells.items():
            text = texts[source_id]
            assert text[cell.start : cell.end] == cell.excerpt
            assert cell.start <= cell.value_start <= cell.value_end <= cell.end


def test_deterministic(analysis: Analysis) -> None:
    again = analyze(analysis.sources)
    assert [(f.label, dict(f.cells)) for f in again.facts] == [
        (f.label, dict(f.cells)) for f in analysis.facts
    ]


def test_the_elite_unit_and_the_heavy_losses_each_meet_in_one_row(analysis: Analysis) -> None:
    def outlets_saying(*words: str) -> list[set[str]]:
        return [
            {k for k, c in f.cells.items() if any(w in c.excerpt for w in words)}
            for f in analysis.facts
            if f.kind is FactKind.STATEMENT
        ]

    # The unit is named in English by one outlet and in Indonesian by another.
    unit = {sid(analysis, "000"), sid(analysis, "004")}
    assert unit in outlets_saying("Storm Corps", "Korps Badai")
    losses = {sid(analysis, "000"), sid(analysis, "001")}
    assert losses in outlets_saying("kerugian besar")
