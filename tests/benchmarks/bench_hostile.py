"""What hostile inputs cost: a long line, a workbook claiming its last cell, a zip that
understates its members, and the analysis per million characters that sets the text limits.

    python -m tests.benchmarks.bench_hostile                     # everything (a few minutes)
    python -m tests.benchmarks.bench_hostile --only line,workbook,zip
    python -m tests.benchmarks.bench_hostile --only cost --sizes 0.5,1,2

Targets: sentence splitting linear in the line's length (growth exponent near 1.0) and a
line of a million characters in seconds; the sparse workbook read in under a second; the
lying zip refused in well under a second and 20 MB. ``cost`` analyses synthetic text in a
fresh interpreter per size (peak memory is that run's own) as many articles and as one
article, and prints seconds and megabytes per million characters: the figures behind
``gui/ingest/budget.py``. Its last row analyses a text as large as the file limit allows,
through the limits, to show what they bound.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Harga naik menjadi Rp 12.500 per liter, kata Dr. Rahman pada Senin. "


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def _exponent(n1: float, t1: float, n2: float, t2: float) -> float:
    return math.log(t2 / t1) / math.log(n2 / n1) if t1 > 0 and t2 > 0 else math.nan


def bench_line() -> list[str]:
    from gui.analysis.segment import segment

    print("long line: sentence splitting of one line (best of 3)")
    print(f"{'characters':>12} {'sentences':>10} {'seconds':>9} {'exponent':>9}")
    missed = []
    previous: tuple[int, float] | None = None
    for n in (125_000, 250_000, 500_000, 1_000_000, 2_000_000):
        line = (SENTENCE * (n // len(SENTENCE) + 1))[:n]
        count = len(segment(line))
        seconds = _best(lambda line=line: segment(line))
        growth = _exponent(*previous, n, seconds) if previous else math.nan
        print(f"{n:>12,} {count:>10,} {seconds:>9.3f} {growth:>9.2f}")
        previous = (n, seconds)
        if n == 1_000_000 and seconds > 5:
            missed.append(f"a line of a million characters took {seconds:.1f} s")
    whole = _child("line", 1.0)  # before the zip section grows this process: see main()
    print(
        f"load + analyse one article of one 1,000,000-character line: "
        f"{whole['seconds']:.1f} s, peak {whole['peak_mb']:.0f} MB, {whole['facts']} rows\n"
    )
    return missed


def bench_workbook() -> list[str]:
    from gui.ingest.tables import read_xlsx, table_guess
    from tests.ingest.test_containers import sparse_workbook

    data = sparse_workbook()
    read = statistics.median(_best(lambda: read_xlsx(data), 1) for _ in range(5))
    guess = statistics.median(_best(lambda: table_guess(data, ".xlsx"), 1) for _ in range(5))
    print(f"sparse workbook ({len(data):,} bytes claiming XFD1048576), median of 5:")
    print(f"  read its articles {read * 1000:.1f} ms, guess its columns {guess * 1000:.1f} ms\n")
    return [f"the sparse workbook took {read:.2f} s"] if max(read, guess) > 1 else []


def bench_zip() -> list[str]:
    import io
    import zipfile

    from gui.ingest import IngestError
    from gui.ingest.word import read_docx
    from tests.ingest import fixtures as fx
    from tests.ingest.test_bad_input import rezip
    from tests.ingest.test_containers import understate

    document = fx.word_document()
    xml = zipfile.ZipFile(io.BytesIO(document)).read("word/document.xml")
    lying = understate(
        rezip(document, {"word/document.xml": xml + b" " * (256 * 1024 * 1024)}),
        "word/document.xml",
        xml,
    )
    tracemalloc.start()
    started = time.perf_counter()
    try:
        read_docx(lying)
        outcome = "read (!)"
    except IngestError as exc:
        outcome = f"refused: {exc}"
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    tracemalloc.stop()
    print(f"zip declaring 2 KB for a 256 MB member ({len(lying):,} bytes on disk):")
    print(f"  {outcome}\n  {seconds * 1000:.1f} ms, {peak:.1f} MB traced at the peak\n")
    return [] if seconds < 1 and peak < 20 and outcome.startswith("refused") else [outcome]


def bench_cost(sizes: list[float]) -> list[str]:
    from gui.ingest.budget import MAX_ARTICLE_CHARS, MAX_CORPUS_CHARS

    print("analysis cost per million characters (fresh interpreter per run)")
    print(f"{'shape':>9} {'characters':>12} {'articles':>9} {'seconds':>8} {'peak MB':>8}")
    base = _child("empty", 0)
    rows: dict[str, list[dict[str, float]]] = {"corpus": [], "article": []}
    for shape in rows:
        for mb in sizes:
            r = _child(shape, mb)
            rows[shape].append(r)
            print(
                f"{shape:>9} {r['characters']:>12,.0f} {r['articles']:>9,.0f} "
                f"{r['seconds']:>8.1f} {r['peak_mb']:>8.0f}"
            )
    print(f"(an interpreter with the analysis imported: {base['peak_mb']:.0f} MB)")
    for shape, runs in rows.items():
        if len(runs) >= 2:
            a, b = runs[0], runs[-1]
            per = (b["characters"] - a["characters"]) / 1e6
            print(
                f"{shape}: {(b['seconds'] - a['seconds']) / per:.1f} s and "
                f"{(b['peak_mb'] - a['peak_mb']) / per:.0f} MB per further million characters"
            )
    print(f"limits: {MAX_ARTICLE_CHARS:,} characters an article, {MAX_CORPUS_CHARS:,} a corpus")
    for shape, what in (("limits", "one article"), ("table", "a CSV table of articles")):
        r = _child(shape, 19.5)
        left = str(r["refused"])
        print(
            f"  19.5 million characters as {what}: {r['characters']:,.0f} analysed in "
            f"{r['seconds']:.1f} s, peak {r['peak_mb']:.0f} MB; left out: "
            f"{left if len(left) < 160 else left[:157] + '...'}"
        )
    print()
    return []


def _child(shape: str, mb: float) -> dict[str, float]:
    cmd = [sys.executable, "-m", "tests.benchmarks.bench_hostile", "--child", shape, str(mb)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_child(shape: str, mb: float) -> dict[str, object]:
    """One load and analysis in this interpreter: ``shape`` "corpus" (articles of about 500
    words), "article" (the same text as one article), "line" (one line), "limits" (the
    text of one file at the size limit, through the load limits), "table" (that much text
    as a table of articles), "empty" (imports only)."""
    from gui.analysis import analyze
    from gui.ingest import load_paths
    from tests.synth.generator import generate

    with tempfile.TemporaryDirectory(prefix="claimgrid-hostile-") as tmp:
        folder = Path(tmp)
        paths: list[Path] = []
        if shape != "empty":
            articles = max(int(mb * 1_000_000 / 3_300), 2)
            generate(folder / "synth", articles=min(articles, 3_000), words=500, seed=3)
            texts = [
                p.read_text(encoding="utf-8") for p in sorted((folder / "synth").glob("*.txt"))
            ]
            paths = _shaped(folder, shape, texts, int(mb * 1_000_000))
        started = time.perf_counter()
        loaded = load_paths(paths) if paths else None
        sources = loaded.sources if loaded else ()
        facts = len(analyze(sources).facts) if sources else 0
        seconds = time.perf_counter() - started
    return {
        "characters": sum(len(s.text) for s in sources),
        "articles": len(sources),
        "seconds": seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "facts": facts,
        "refused": "; ".join(str(r) for r in loaded.refused) if loaded else "",
    }


def _shaped(folder: Path, shape: str, texts: list[str], chars: int) -> list[Path]:
    if shape == "corpus":
        kept, total = [], 0
        for i, text in enumerate(texts * (chars // max(sum(map(len, texts)), 1) + 1)):
            if total >= chars:
                break
            path = folder / f"{i:05}.txt"
            path.write_text(text, encoding="utf-8")
            kept.append(path)
            total += len(text)
        return kept
    if shape == "table":
        import csv

        path = folder / "table.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["outlet", "text"])
            total, i = 0, 0
            while total < chars:
                text = texts[i % len(texts)]
                writer.writerow([f"Outlet {i}", text])
                total, i = total + len(text), i + 1
        return [path]
    body = "\n\n".join(texts)
    body = (body * (chars // len(body) + 1))[:chars]
    if shape == "line":
        body = " ".join(body.split())
    path = folder / f"{shape}.txt"
    path.write_text(body, encoding="utf-8")
    return [path]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_hostile")
    parser.add_argument("--only", default="line,workbook,zip,cost", help="sections to run")
    parser.add_argument("--sizes", default="0.5,1,2", help="millions of characters (cost)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_child(args.child[0], float(args.child[1]))))
        return 0
    sections = {s.strip() for s in args.only.split(",")}
    missed: list[str] = []
    # The runs in fresh interpreters first: a child's peak memory (ru_maxrss) starts from
    # this process's size when it forks, which the zip section would inflate.
    if "cost" in sections:
        missed += bench_cost([float(s) for s in args.sizes.split(",") if s.strip()])
    if "line" in sections:
        missed += bench_line()
    if "workbook" in sections:
        missed += bench_workbook()
    if "zip" in sections:
        missed += bench_zip()
    print("targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
