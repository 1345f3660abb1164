"""Score an Analysis of a synthetic corpus against its planted truth.

Cells are matched to planted facts by position: every planted sentence is searched for in the
source text as the ingest stored it, and a cell belongs to the planted fact whose decisive
words its own decisive words overlap (value level), or failing that whose sentence its
excerpt overlaps (sentence level). Only value-level matches in a row of the fact's own kind
count as carrying the reported value.

- fact recall: a planted fact is found when one row of its kind holds value-level cells from
  at least two thirds of the articles that report it (and at least two).
- the fact's best row is the row of its kind with the most such cells; the planted status of
  every report is compared with that row's cell for the article (the confusion matrix).
- conflict recall: planted conflicting reports whose cell in the best row is ``conflict``
  while the row's agreement is ``conflict``.
- false conflicts: ``conflict`` cells anywhere on a report planted as agreeing, and conflict
  rows whose conflict cells are no planted conflict of the row's own fact.
- purity: in every row with two or more stated cells and a planted one, the share of stated
  cells that belong to the row's most common planted fact (cell-weighted mean).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from gui.domain import Agreement, Analysis, Cell, Fact, Source, Status
from tests.synth.truth import PlantedFact, Report, Truth

STATUSES = ("agree", "conflict", "partial")
DETECTED = ("agree", "conflict", "partial", "missed")


@dataclass(frozen=True, slots=True)
class _Span:
    fact: PlantedFact
    report: Report
    start: int  # sentence, in Source.text
    end: int
    value_start: int  # decisive words, in Source.text
    value_end: int
    headline: bool


@dataclass(frozen=True, slots=True)
class FactResult:
    id: str
    key: str
    kind: str
    reporters: int
    found: bool
    best_row: str  # fact id of the best row in the Analysis, "" if none
    best_cells: int  # value-level cells of this fact in the best row
    rows: int  # rows of its kind holding two or more of its value-level cells
    statuses: dict[str, dict[str, int]]  # planted status -> detected status -> count


@dataclass(frozen=True, slots=True)
class Scores:
    facts: int
    facts_found: int
    conflicts_planted: int
    conflicts_found: int
    partials_planted: int
    partials_found: int
    agrees_planted: int
    agrees_kept: int
    false_conflict_cells: int  # conflict cells on reports planted as agreeing
    false_conflict_rows: int  # conflict rows without a planted conflict of their own fact
    conflict_rows: int
    rows: int
    planted_rows: int  # rows holding at least one planted cell
    purity: float
    purity_by_kind: dict[str, float]
    rows_per_fact: float  # rows of its kind a found fact is spread over (1.0 is ideal)
    located: float  # share of planted body sentences found in the ingested text
    value_accuracy: float  # precise values whose cell's normalized value is the reported one
    published_accuracy: float  # sources whose publication day is the article's
    outlet_accuracy: float  # sources whose outlet is the article's outlet
    language_accuracy: float
    confusion: dict[str, dict[str, int]]  # planted -> detected (in the fact's best row)
    per_fact: tuple[FactResult, ...] = field(default=())

    @property
    def fact_recall(self) -> float:
        return _ratio(self.facts_found, self.facts)

    @property
    def conflict_recall(self) -> float:
        return _ratio(self.conflicts_found, self.conflicts_planted)

    @property
    def partial_recall(self) -> float:
        return _ratio(self.partials_found, self.partials_planted)

    @property
    def agree_accuracy(self) -> float:
        return _ratio(self.agrees_kept, self.agrees_planted)

    @property
    def false_conflict_rate(self) -> float:
        return _ratio(self.false_conflict_cells, self.agrees_planted)

    def as_dict(self) -> dict[str, object]:
        return {
            "fact_recall": round(self.fact_recall, 3),
            "facts": f"{self.facts_found}/{self.facts}",
            "conflict_recall": round(self.conflict_recall, 3),
            "conflicts": f"{self.conflicts_found}/{self.conflicts_planted}",
            "partial_recall": round(self.partial_recall, 3),
            "agree_accuracy": round(self.agree_accuracy, 3),
            "false_conflict_cells": self.false_conflict_cells,
            "false_conflict_rate": round(self.false_conflict_rate, 3),
            "false_conflict_rows": self.false_conflict_rows,
            "conflict_rows": self.conflict_rows,
            "rows": self.rows,
            "planted_rows": self.planted_rows,
            "purity": round(self.purity, 3),
            "purity_by_kind": {k: round(v, 3) for k, v in self.purity_by_kind.items()},
            "rows_per_fact": round(self.rows_per_fact, 2),
            "located": round(self.located, 3),
            "value_accuracy": round(self.value_accuracy, 3),
            "published_accuracy": round(self.published_accuracy, 3),
            "outlet_accuracy": round(self.outlet_accuracy, 3),
            "language_accuracy": round(self.language_accuracy, 3),
        }

    def summary(self) -> str:
        d = self.as_dict()
        lines = [f"{k:>22}: {v}" for k, v in d.items()]
        header = "planted / detected"
        lines.append(f"{header:>22}: " + " ".join(f"{s:>8}" for s in DETECTED))
        for planted in STATUSES:
            row = self.confusion.get(planted, {})
            lines.append(f"{planted:>22}: " + " ".join(f"{row.get(s, 0):>8}" for s in DETECTED))
        return "\n".join(lines)

    def fact_table(self) -> str:
        out = [f"{'fact':<5} {'key':<16} {'kind':<9} {'rep':>4} {'best':>5} {'rows':>4}  statuses"]
        for f in self.per_fact:
            st = "; ".join(
                f"{p}->" + ",".join(f"{d}:{n}" for d, n in sorted(v.items()))
                for p, v in f.statuses.items()
            )
            mark = " " if f.found else "!"
            out.append(
                f"{f.id:<5}{mark}{f.key:<16} {f.kind:<9} {f.reporters:>4} {f.best_cells:>5} "
                f"{f.rows:>4}  {st}"
            )
        return "\n".join(out)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _file_of(source: Source) -> str:
    return PurePath(source.path).name


def _locate(truth: Truth, sources: Sequence[Source]) -> tuple[dict[str, list[_Span]], int, int]:
    """Planted spans per source id, and (located, total) body mentions."""
    by_file = {_file_of(s): s for s in sources}
    spans: dict[str, list[_Span]] = defaultdict(list)
    located = total = 0
    for fact in truth.facts:
        for report in fact.reports:
            source = by_file.get(report.file)
            for m in report.mentions:
                total += not m.headline
                if source is None:
                    continue
                pos = source.text.find(m.sentence)
                if pos < 0:
                    continue
                located += not m.headline
                vs = pos + m.value_offset
                spans[source.id].append(
                    _Span(
                        fact, report, pos, pos + len(m.sentence), vs, vs + len(m.value), m.headline
                    )
                )
    return spans, located, total


def _match(cell: Cell, spans: Sequence[_Span], kind: str) -> tuple[_Span, bool] | None:
    """The planted span a cell stands on, and whether it matches at value level."""
    if cell.value_end > cell.value_start:
        hits = [
            s
            for s in spans
            if _overlap(cell.value_start, cell.value_end, s.value_start, s.value_end)
        ]
        if hits:
            hits.sort(key=lambda s: s.fact.kind != kind)
            return hits[0], True
    hits = [s for s in spans if _overlap(cell.start, cell.end, s.start, s.end)]
    if not hits:
        return None
    hits.sort(key=lambda s: (s.fact.kind != kind, s.headline))
    return hits[0], False


def _same_value(a: float | str | None, b: float | str | None) -> bool:
    if a is None or b is None:
        return False
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    return abs(float(a) - float(b)) <= 0.005 * max(abs(float(a)), abs(float(b)), 1.0)


_DOMAIN_SUFFIX = re.compile(r"\.(?:com|co\.id|id|net|org)$")


def _fold(name: str) -> str:
    """Outlet names compared without case, spaces or a web-domain ending."""
    name = _DOMAIN_SUFFIX.sub("", name.strip().casefold())
    return "".join(ch for ch in name if ch.isalnum())


def score(analysis: Analysis, truth: Truth) -> Scores:
    """Compare ``analysis`` of the corpus written with ``truth`` against that truth."""
    sources = analysis.sources
    spans, located, total = _locate(truth, sources)
    file_to_sid = {_file_of(s): s.id for s in sources}

    # Every stated cell, matched to a planted span when it stands on one.
    matched: dict[str, dict[str, tuple[_Span, bool] | None]] = {}
    for row in analysis.facts:
        matched[row.id] = {
            sid: _match(cell, spans.get(sid, ()), row.kind.value)
            for sid, cell in row.cells.items()
            if cell.status is not Status.ABSENT
        }

    def value_cells(row: Fact, fact: PlantedFact) -> int:
        if row.kind.value != fact.kind:
            return 0
        return sum(1 for m in matched[row.id].values() if m and m[1] and m[0].fact.id == fact.id)

    per_fact: list[FactResult] = []
    confusion: dict[str, Counter[str]] = {s: Counter() for s in STATUSES}
    found = c_found = p_found = a_kept = 0
    c_planted = p_planted = a_planted = 0
    value_ok = value_total = 0
    spread: list[int] = []
    for fact in truth.facts:
        counts = [(value_cells(row, fact), row) for row in analysis.facts]
        best_n, best = max(counts, key=lambda t: t[0], default=(0, None))
        need = max(2, math.ceil(len(fact.reports) * 2 / 3))
        is_found = best_n >= need
        found += is_found
        rows = sum(1 for n, _ in counts if n >= 2)
        if is_found:
            spread.append(rows)
        statuses: dict[str, Counter[str]] = defaultdict(Counter)
        for report in fact.reports:
            sid = file_to_sid.get(report.file)
            detected = "missed"
            cell = best.cells.get(sid) if (best is not None and best_n and sid) else None
            m = matched[best.id].get(sid) if (best is not None and sid) else None
            if cell is not None and m is not None and m[1] and m[0].fact.id == fact.id:
                detected = cell.status.value
                if report.normalized is not None and fact.kind != "statement":
                    value_total += 1
                    value_ok += _same_value(cell.normalized, report.normalized)
            statuses[report.status][detected] += 1
            confusion[report.status][detected] += 1
            if report.status == "conflict":
                c_planted += 1
                ok = best is not None and best.agreement is Agreement.CONFLICT
                c_found += ok and detected == "conflict"
            elif report.status == "partial":
                p_planted += 1
                p_found += detected == "partial"
            else:
                a_planted += 1
                a_kept += detected == "agree"
        per_fact.append(
            FactResult(
                id=fact.id,
                key=fact.key,
                kind=fact.kind,
                reporters=len(fact.reports),
                found=is_found,
                best_row=best.id if best is not None and best_n else "",
                best_cells=best_n,
                rows=rows,
                statuses={k: dict(v) for k, v in statuses.items()},
            )
        )

    false_cells = false_rows = conflict_rows = planted_rows = 0
    purity_num: Counter[str] = Counter()
    purity_den: Counter[str] = Counter()
    for row in analysis.facts:
        cells = matched[row.id]
        facts_here = Counter(m[0].fact.id for m in cells.values() if m)
        if facts_here:
            planted_rows += 1
        for sid, m in cells.items():
            if m and row.cells[sid].status is Status.CONFLICT and m[0].report.status == "agree":
                false_cells += 1
        if row.agreement is Agreement.CONFLICT:
            conflict_rows += 1
            dominant = facts_here.most_common(1)[0][0] if facts_here else ""
            genuine = any(
                m
                and m[0].fact.id == dominant
                and m[0].report.status == "conflict"
                and row.cells[sid].status is Status.CONFLICT
                for sid, m in cells.items()
            )
            false_rows += not genuine
        if len(cells) >= 2 and facts_here:
            kind = row.kind.value
            purity_num[kind] += facts_here.most_common(1)[0][1]
            purity_den[kind] += len(cells)

    articles = {a.file: a for a in truth.articles}
    pub_ok = outlet_ok = lang_ok = 0
    for s in sources:
        a = articles.get(_file_of(s))
        if a is None:
            continue
        pub_ok += s.published is not None and s.published.date().isoformat() == a.published[:10]
        outlet_ok += _fold(s.outlet) == _fold(a.outlet)
        lang_ok += s.language == a.language
    n_sources = sum(1 for s in sources if _file_of(s) in articles) or 1

    all_num, all_den = sum(purity_num.values()), sum(purity_den.values())
    return Scores(
        facts=len(truth.facts),
        facts_found=found,
        conflicts_planted=c_planted,
        conflicts_found=c_found,
        partials_planted=p_planted,
        partials_found=p_found,
        agrees_planted=a_planted,
        agrees_kept=a_kept,
        false_conflict_cells=false_cells,
        false_conflict_rows=false_rows,
        conflict_rows=conflict_rows,
        rows=len(analysis.facts),
        planted_rows=planted_rows,
        purity=_ratio(all_num, all_den),
        purity_by_kind={k: _ratio(purity_num[k], purity_den[k]) for k in sorted(purity_den)},
        rows_per_fact=sum(spread) / len(spread) if spread else 0.0,
        located=_ratio(located, total),
        value_accuracy=_ratio(value_ok, value_total),
        published_accuracy=pub_ok / n_sources,
        outlet_accuracy=outlet_ok / n_sources,
        language_accuracy=lang_ok / n_sources,
        confusion={k: dict(v) for k, v in confusion.items()},
        per_fact=tuple(per_fact),
    )


def explain(analysis: Analysis, truth: Truth, fact_id: str) -> str:
    """Where the engine put each report of one planted fact: which row, which status."""
    fact = next(f for f in truth.facts if f.id == fact_id)
    spans, _, _ = _locate(truth, analysis.sources)
    file_to_sid = {_file_of(s): s.id for s in analysis.sources}
    placed: dict[str, list[str]] = defaultdict(list)
    for row in analysis.facts:
        for sid, cell in row.cells.items():
            if cell.status is Status.ABSENT:
                continue
            m = _match(cell, spans.get(sid, ()), row.kind.value)
            if m and m[0].fact.id == fact.id:
                level = "value" if m[1] else "sentence"
                placed[sid].append(
                    f"{row.id} [{row.kind.value}/{row.agreement.value}] {cell.status.value} "
                    f"{cell.value!r} ({level}) label={row.label!r}"
                )
    lines = [f"{fact.id} {fact.key} ({fact.kind}) true={fact.value!r} rival={fact.rival!r}"]
    for r in fact.reports:
        sid = file_to_sid.get(r.file, "?")
        body = next(m for m in r.mentions if not m.headline)
        lines.append(f"  {sid:>4} {r.status:<8} {r.value!r}: {body.sentence}")
        for p in placed.get(sid, []) or ["-- in no row"]:
            lines.append(f"         -> {p}")
    return "\n".join(lines)


def pooled(runs: Sequence[Scores]) -> dict[str, float]:
    """Ratios over several corpora at once: counts summed, purity averaged per corpus."""

    def total(name: str) -> int:
        return sum(int(getattr(s, name)) for s in runs)

    n = len(runs) or 1
    return {
        "fact_recall": _ratio(total("facts_found"), total("facts")),
        "conflict_recall": _ratio(total("conflicts_found"), total("conflicts_planted")),
        "partial_recall": _ratio(total("partials_found"), total("partials_planted")),
        "agree_accuracy": _ratio(total("agrees_kept"), total("agrees_planted")),
        "false_conflict_rate": _ratio(total("false_conflict_cells"), total("agrees_planted")),
        "false_conflict_rows": total("false_conflict_rows") / n,
        "purity": sum(s.purity for s in runs) / n,
        "rows_per_fact": sum(s.rows_per_fact for s in runs) / n,
        "located": min((s.located for s in runs), default=1.0),
        "value_accuracy": sum(s.value_accuracy for s in runs) / n,
        "published_accuracy": min((s.published_accuracy for s in runs), default=1.0),
        "language_accuracy": min((s.language_accuracy for s in runs), default=1.0),
    }
