"""How long the styled Excel export takes next to pandas writing the same matrix unstyled.

    python -m gui.export.bench [--facts 5000] [--outlets 100] [--density 0.3] [--seed 1]

Builds a synthetic matrix, writes it with :func:`write_xlsx` (all four sheets, styled and
linked) and with ``to_frame(matrix).to_excel(engine="openpyxl")`` (the wide table alone,
unstyled), in one run, and prints both times and their ratio.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from gui.domain import Analysis, Cell, Fact, FactKind, Source, Status, derive_agreement
from gui.review.matrix import Matrix, build_matrix

_WORDS = [
    "pemerintah",
    "menyatakan",
    "bahwa",
    "sekitar",
    "ribu",
    "personel",
    "telah",
    "dikirim",
    "ke",
    "wilayah",
    "tersebut",
    "menurut",
    "juru",
    "bicara",
    "the",
    "ministry",
    "said",
    "troops",
    "were",
    "sent",
    "last",
    "week",
    "after",
    "talks",
]
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus")


@dataclass(frozen=True, slots=True)
class BenchResult:
    facts: int
    outlets: int
    stated_cells: int  # non-absent cells: rows of the Evidence sheet
    styled_seconds: float  # write_xlsx, the whole workbook
    unstyled_seconds: float  # DataFrame.to_excel of the wide table
    styled_bytes: int
    unstyled_bytes: int

    @property
    def ratio(self) -> float:
        return self.styled_seconds / self.unstyled_seconds

    def report(self) -> str:
        return "\n".join(
            [
                f"matrix: {self.facts} facts x {self.outlets} outlets, "
                f"{self.stated_cells} stated cells",
                f"styled workbook (write_xlsx):   {self.styled_seconds:8.2f} s"
                f"  {self.styled_bytes / 1e6:7.1f} MB",
                f"unstyled DataFrame.to_excel:    {self.unstyled_seconds:8.2f} s"
                f"  {self.unstyled_bytes / 1e6:7.1f} MB",
                f"ratio styled / unstyled:        {self.ratio:8.2f}",
            ]
        )


def _sentence(rng: random.Random, value: str) -> str:
    words = rng.choices(_WORDS, k=rng.randint(10, 24))
    words.insert(rng.randint(0, len(words)), value)
    return " ".join(words).capitalize() + "."


def _value(rng: random.Random, kind: FactKind) -> tuple[str, float | str | None]:
    if kind is FactKind.QUANTITY:
        n = rng.randint(1, 50) * 1000
        return f"sekitar {n:,}".replace(",", "."), float(n)
    if kind is FactKind.DATE:
        day, month = rng.randint(1, 28), rng.randint(1, len(_MONTHS))
        return f"{day} {_MONTHS[month - 1]} 2024", f"2024-{month:02d}-{day:02d}"
    return " ".join(rng.choices(_WORDS, k=3)), None


def synthetic_matrix(facts: int, outlets: int, *, density: float = 0.3, seed: int = 1) -> Matrix:
    """A matrix of ``facts`` x ``outlets`` where about ``density`` of the cells are stated."""
    rng = random.Random(seed)
    start = datetime(2024, 6, 1, 8, 0)
    sources = tuple(
        Source(
            id=f"s{j + 1}",
            outlet=f"Outlet {j + 1}",
            title=f"Laporan {j + 1}",
            published=start + timedelta(hours=j),
            language="id" if j % 3 else "en",
            text=" ".join(rng.choices(_WORDS, k=400)),
            path=f"corpus/{j + 1:03d}.txt",
        )
        for j in range(outlets)
    )
    kinds = list(FactKind)
    rows = []
    for i in range(facts):
        kind = kinds[i % len(kinds)]
        stated = [s for s in sources if rng.random() < density] or [rng.choice(sources)]
        cells: dict[str, Cell] = {}
        offset = 0
        for source in stated:
            value, normalized = _value(rng, kind)
            status = rng.choices(
                (Status.AGREE, Status.CONFLICT, Status.PARTIAL), weights=(6, 2, 1)
            )[0]
            sentence = _sentence(rng, value)
            cells[source.id] = Cell(status, value, normalized, sentence, offset, offset + 120)
            offset += 7
        label = f"{kind.value} {i + 1}: " + " ".join(rng.choices(_WORDS, k=5))
        rows.append(Fact(f"f{i + 1}", kind, label, cells, derive_agreement(cells)))
    return build_matrix(Analysis(sources=sources, facts=tuple(rows)))


def run(
    facts: int, outlets: int, *, density: float = 0.3, seed: int = 1, folder: Path | None = None
) -> BenchResult:
    # pandas and openpyxl only here: the window bench builds its matrix with this module.
    from gui.export.frame import to_frame
    from gui.export.xlsx import write_xlsx

    matrix = synthetic_matrix(facts, outlets, density=density, seed=seed)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        styled, unstyled = Path(tmp) / "styled.xlsx", Path(tmp) / "unstyled.xlsx"
        frame = to_frame(matrix)

        began = time.perf_counter()
        frame.to_excel(unstyled, engine="openpyxl", index=False, sheet_name="Matrix")
        unstyled_seconds = time.perf_counter() - began

        began = time.perf_counter()
        write_xlsx(matrix, styled)
        styled_seconds = time.perf_counter() - began

        return BenchResult(
            facts=facts,
            outlets=outlets,
            stated_cells=sum(f.coverage for f in matrix.facts),
            styled_seconds=styled_seconds,
            unstyled_seconds=unstyled_seconds,
            styled_bytes=styled.stat().st_size,
            unstyled_bytes=unstyled.stat().st_size,
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gui.export.bench", description=__doc__)
    parser.add_argument("--facts", type=int, default=5000)
    parser.add_argument("--outlets", type=int, default=100)
    parser.add_argument(
        "--density", type=float, default=0.3, help="share of cells an outlet states (0-1]"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.facts < 0 or args.outlets < 1 or not 0 < args.density <= 1:
        parser.error("need --facts >= 0, --outlets >= 1 and 0 < --density <= 1")
    print(run(args.facts, args.outlets, density=args.density, seed=args.seed).report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
