"""The scorer: a perfect analysis built from the truth scores perfectly, and each kind of
mistake an engine can make lowers the score that should measure it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from gui.domain import Analysis, Cell, Fact, FactKind, Source, Status, derive_agreement
from tests.synth.generator import article_paths, generate
from tests.synth.score import score
from tests.synth.truth import PlantedFact, Report, Truth


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[tuple[Source, ...], Truth]:
    out = tmp_path_factory.mktemp("scored")
    truth = generate(out, articles=24, outlets=10, seed=7, words=250)
    sources = tuple(
        Source(
            id=f"s{n}",
            outlet=a.outlet,
            title=a.title,
            published=datetime.fromisoformat(a.published),
            language=a.language,
            text=path.read_text(encoding="utf-8"),
            path=str(path),
        )
        for n, (a, path) in enumerate(
            zip(truth.articles, article_paths(out, truth), strict=True), 1
        )
    )
    return sources, truth


def _row(
    fact: PlantedFact,
    sources: tuple[Source, ...],
    status_of: Callable[[Report], str] | None = None,
) -> Fact:
    sid = {Path(s.path).name: s.id for s in sources}
    cells = {}
    for r in fact.reports:
        m = next(m for m in r.mentions if not m.headline)
        status = Status(status_of(r) if status_of else r.status)
        vs = m.start + m.value_offset
        cells[sid[r.file]] = Cell(
            status=status,
            value=m.value,
            normalized=r.normalized,
            excerpt=m.sentence,
            start=m.start,
            end=m.end,
            value_start=vs,
            value_end=vs + len(m.value),
        )
    return Fact(fact.id, FactKind(fact.kind), fact.label, cells, derive_agreement(cells))


def _analysis(sources: tuple[Source, ...], rows: list[Fact]) -> Analysis:
    return Analysis(sources=sources, facts=tuple(rows))


def test_a_perfect_analysis_scores_perfectly(corpus: tuple[tuple[Source, ...], Truth]) -> None:
    sources, truth = corpus
    s = score(_analysis(sources, [_row(f, sources) for f in truth.facts]), truth)
    assert s.fact_recall == 1.0
    assert s.conflict_recall == 1.0 and s.conflicts_planted > 0
    assert s.partial_recall == 1.0
    assert s.agree_accuracy == 1.0
    assert s.false_conflict_cells == 0 and s.false_conflict_rows == 0
    assert s.purity == 1.0 and s.rows_per_fact == 1.0
    assert s.located == 1.0 and s.value_accuracy == 1.0
    assert s.published_accuracy == s.outlet_accuracy == s.language_accuracy == 1.0
    assert "fact_recall" in s.summary() and all(f.found for f in s.per_fact)


def test_a_fact_split_over_two_rows_is_not_found(corpus: tuple[tuple[Source, ...], Truth]) -> None:
    sources, truth = corpus
    big = max(truth.facts, key=lambda f: len(f.reports))
    assert len(big.reports) >= 4
    whole = _row(big, sources)
    ids = list(whole.cells)
    half = len(ids) // 2
    first = replace(whole, id="a", cells={k: whole.cells[k] for k in ids[:half]})
    second = replace(whole, id="b", cells={k: whole.cells[k] for k in ids[half:]})
    rows = [_row(f, sources) for f in truth.facts if f is not big] + [first, second]
    s = score(_analysis(sources, rows), truth)
    assert s.facts_found == len(truth.facts) - 1
    assert not next(f for f in s.per_fact if f.id == big.id).found


def test_a_conflict_on_an_agreeing_report_is_a_false_conflict(
    corpus: tuple[tuple[Source, ...], Truth],
) -> None:
    sources, truth = corpus
    calm = next(f for f in truth.facts if not f.contested and f.kind != "statement")
    victim = next(r for r in calm.reports if r.status == "agree")
    rows = [_row(f, sources) for f in truth.facts if f is not calm]
    rows.append(_row(calm, sources, lambda r: "conflict" if r is victim else r.status))
    s = score(_analysis(sources, rows), truth)
    assert s.false_conflict_cells == 1
    assert s.false_conflict_rows == 1
    assert s.agrees_kept == s.agrees_planted - 1
    assert s.confusion["agree"]["conflict"] == 1


def test_missed_conflicts_lower_conflict_recall(corpus: tuple[tuple[Source, ...], Truth]) -> None:
    sources, truth = corpus
    rows = [_row(f, sources, lambda r: "agree") for f in truth.facts]
    s = score(_analysis(sources, rows), truth)
    assert s.conflict_recall == 0.0 and s.partial_recall == 0.0
    assert s.fact_recall == 1.0  # the rows are right, only the statuses are not


def test_two_facts_in_one_row_lower_purity(corpus: tuple[tuple[Source, ...], Truth]) -> None:
    sources, truth = corpus
    a, b = [f for f in truth.facts if f.kind == "quantity"][:2]
    ra, rb = _row(a, sources), _row(b, sources)
    shared = set(ra.cells) & set(rb.cells)
    mixed_cells = {**ra.cells, **{k: v for k, v in rb.cells.items() if k not in shared}}
    mixed = replace(ra, cells=mixed_cells)
    rows = [_row(f, sources) for f in truth.facts if f not in (a, b)] + [mixed]
    s = score(_analysis(sources, rows), truth)
    assert s.purity < 1.0
    assert s.facts_found <= len(truth.facts) - 1


def test_a_cell_on_the_wrong_words_is_missed(corpus: tuple[tuple[Source, ...], Truth]) -> None:
    sources, truth = corpus
    fact = next(f for f in truth.facts if f.kind == "quantity")
    row = _row(fact, sources)
    sid, cell = next(iter(row.cells.items()))
    # Point the cell at the headline line instead of the planted sentence.
    moved = replace(cell, start=0, end=5, value_start=0, value_end=5)
    row = replace(row, cells={**row.cells, sid: moved})
    rows = [_row(f, sources) for f in truth.facts if f is not fact] + [row]
    s = score(_analysis(sources, rows), truth)
    result = next(f for f in s.per_fact if f.id == fact.id)
    assert result.best_cells == len(fact.reports) - 1
    assert sum(n for d in result.statuses.values() for k, n in d.items() if k == "missed") == 1
