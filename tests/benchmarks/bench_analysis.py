"""How fast and how big the analysis runs as the corpus grows.

For each size it writes a synthetic corpus to a temporary folder, then loads and analyses it
in a fresh interpreter (so the peak resident memory, ``ru_maxrss``, belongs to that run
alone), and prints a table with the growth exponent between consecutive sizes,
``log(t2 / t1) / log(n2 / n1)``: 1.0 is linear, 2.0 quadratic.

    python -m tests.benchmarks.bench_analysis                       # 50 100 200 400 800
    python -m tests.benchmarks.bench_analysis --sizes 50,200 --score
    python -m tests.benchmarks.bench_analysis --profile 200         # where the time goes

Targets: 200 articles in 10 s, 800 in 60 s, exponent at most about 1.3, peak memory under
1.5 GB at 800 articles.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import math
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from tests.synth.generator import article_paths, generate
from tests.synth.truth import Truth

ROOT = Path(__file__).resolve().parents[2]
TARGET_SECONDS = {200: 10.0, 800: 60.0}
TARGET_EXPONENT = 1.3
TARGET_PEAK_MB = 1536.0
TARGET_PEAK_AT = 800


def _maxrss_mb() -> float:
    # Linux reports kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_once(corpus: Path, *, with_score: bool) -> dict[str, object]:
    """Load and analyse one corpus in this process; the figures of that one run."""
    t0 = time.perf_counter()
    from gui.analysis import analyze
    from gui.ingest import load_paths

    truth = Truth.load(corpus)
    paths = article_paths(corpus, truth)
    t1 = time.perf_counter()
    rss_imported = _maxrss_mb()
    loaded = load_paths(paths)
    t2 = time.perf_counter()
    analysis = analyze(loaded.sources, refused=loaded.refused)
    t3 = time.perf_counter()
    out: dict[str, object] = {
        "articles": len(paths),
        "sources": len(loaded.sources),
        "words": sum(s.words for s in loaded.sources),
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "analyze_s": t3 - t2,
        "rows": len(analysis.facts),
        "rss_imported_mb": rss_imported,
        "peak_mb": _maxrss_mb(),
    }
    if with_score:
        from tests.synth.score import score

        out["scores"] = score(analysis, truth).as_dict()
    return out


@dataclass(frozen=True, slots=True)
class Run:
    """The figures of one size."""

    articles: int
    words: int
    generate_s: float
    load_s: float
    analyze_s: float
    rows: int
    rss_imported_mb: float  # after the imports, before any work
    peak_mb: float
    scores: dict[str, object] | None = None

    @property
    def total_s(self) -> float:
        return self.load_s + self.analyze_s


def _child(corpus: Path, with_score: bool, timeout: float) -> dict[str, object]:
    cmd = [sys.executable, "-m", "tests.benchmarks.bench_analysis", "--child", str(corpus)]
    if with_score:
        cmd.append("--score")
    try:
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"no result within {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _exponent(n1: int, t1: float, n2: int, t2: float) -> float:
    return math.log(t2 / t1) / math.log(n2 / n1) if t1 > 0 and t2 > 0 and n2 != n1 else math.nan


def measure(n: int, *, words: int, seed: int, with_score: bool, timeout: float) -> Run | str:
    """One size: a corpus in a temporary folder, analysed in a fresh interpreter."""
    with tempfile.TemporaryDirectory(prefix=f"claimgrid-bench-{n}-") as tmp:
        g0 = time.perf_counter()
        generate(Path(tmp), articles=n, words=words, seed=seed)
        gen_s = time.perf_counter() - g0
        r = _child(Path(tmp), with_score, timeout)
    if "error" in r:
        return str(r["error"])
    scores = r.get("scores")
    return Run(
        articles=n,
        words=int(str(r["words"])),
        generate_s=gen_s,
        load_s=float(str(r["load_s"])),
        analyze_s=float(str(r["analyze_s"])),
        rows=int(str(r["rows"])),
        rss_imported_mb=float(str(r["rss_imported_mb"])),
        peak_mb=float(str(r["peak_mb"])),
        scores=scores if isinstance(scores, dict) else None,
    )


def _line(run: Run, previous: Run | None) -> str:
    exp = ""
    if previous is not None:
        exp = f"{_exponent(previous.articles, previous.total_s, run.articles, run.total_s):.2f}"
    line = (
        f"{run.articles:>8} {run.words:>8} {run.generate_s:>6.1f} {run.load_s:>7.2f} "
        f"{run.analyze_s:>9.2f} {run.total_s:>8.2f} {run.rows:>6} {run.peak_mb:>8.0f} {exp:>5}"
    )
    if run.scores is not None:
        s = run.scores
        line += (
            f" {s['fact_recall']:>6} {s['conflict_recall']:>6} {s['partial_recall']:>7}"
            f" {s['false_conflict_cells']:>6} {s['purity']:>6}"
        )
    return line


def _missed_targets(runs: list[Run]) -> list[str]:
    missed: list[str] = []
    for a, b in itertools.pairwise(runs):
        e = _exponent(a.articles, a.total_s, b.articles, b.total_s)
        if e > TARGET_EXPONENT and b.total_s > 1.0:
            missed.append(f"growth {a.articles}->{b.articles} exponent {e:.2f} > {TARGET_EXPONENT}")
    by_n = {r.articles: r for r in runs}
    for n, limit in TARGET_SECONDS.items():
        if n in by_n and by_n[n].total_s > limit:
            missed.append(f"{n} articles took {by_n[n].total_s:.1f} s > {limit:.0f} s")
    big = by_n.get(TARGET_PEAK_AT)
    if big is not None and big.peak_mb > TARGET_PEAK_MB:
        missed.append(f"peak {big.peak_mb:.0f} MB at {TARGET_PEAK_AT} > {TARGET_PEAK_MB:.0f} MB")
    return missed


def benchmark(sizes: list[int], *, words: int, seed: int, with_score: bool, timeout: float) -> int:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"corpus: synthetic, seed {seed}, about {words} words per article; load average {load}")
    header = (
        f"{'articles':>8} {'words':>8} {'gen s':>6} {'load s':>7} {'analyze s':>9} "
        f"{'total s':>8} {'rows':>6} {'peak MB':>8} {'exp':>5}"
    )
    if with_score:
        header += f" {'facts':>6} {'confl':>6} {'partial':>7} {'falseC':>6} {'purity':>6}"
    print(header)
    runs: list[Run] = []
    errors: list[str] = []
    for n in sizes:
        run = measure(n, words=words, seed=seed, with_score=with_score, timeout=timeout)
        if isinstance(run, str):
            print(f"{n:>8}  error: {run}", flush=True)
            errors.append(f"{n} articles: {run}")
            continue
        print(_line(run, runs[-1] if runs else None), flush=True)
        runs.append(run)
    print()
    for a, b in itertools.pairwise(runs):
        e_total = _exponent(a.articles, a.total_s, b.articles, b.total_s)
        e_analyze = _exponent(a.articles, a.analyze_s, b.articles, b.analyze_s)
        print(
            f"growth {a.articles:>4} -> {b.articles:<4}: "
            f"total {e_total:.2f}, analyze {e_analyze:.2f}"
        )
    if runs:
        print(f"memory after imports: {runs[0].rss_imported_mb:.0f} MB")
    missed = errors + _missed_targets(runs)
    print("targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    return 1 if missed else 0


def profile(n: int, *, words: int, seed: int, top: int) -> None:
    """cProfile one load + analysis of ``n`` articles; where the time goes, by function and file."""
    from gui.analysis import analyze
    from gui.ingest import load_paths

    with tempfile.TemporaryDirectory(prefix=f"claimgrid-profile-{n}-") as tmp:
        truth = generate(Path(tmp), articles=n, words=words, seed=seed)
        paths = article_paths(Path(tmp), truth)
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.enable()
        loaded = load_paths(paths)
        analysis = analyze(loaded.sources)
        prof.disable()
        elapsed = time.perf_counter() - t0
    print(f"{n} articles, {len(analysis.facts)} rows, {elapsed:.1f} s under the profiler\n")
    stats = pstats.Stats(prof)
    by_file: dict[str, float] = defaultdict(float)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    for (filename, _, _), (_, _, tottime, _, _) in raw.items():
        path = Path(filename)
        if "gui" in path.parts:
            key = ".".join(path.with_suffix("").parts[path.parts.index("gui") :])
        elif filename == "~":
            key = "(built-in functions)"
        else:
            key = f"(outside gui) {path.name}"
        by_file[key] += tottime
    total = sum(by_file.values()) or 1.0
    print("own time by module:")
    for key, t in sorted(by_file.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {t:>7.2f} s {100 * t / total:>5.1f} %  {key}")
    for order in ("tottime", "cumulative"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(order).print_stats(top)
        print(f"\nby {order}:")
        print("\n".join(buf.getvalue().splitlines()[4:]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_analysis")
    parser.add_argument(
        "--sizes", default="50,100,200,400,800", help="article counts, comma-separated"
    )
    parser.add_argument("--words", type=int, default=500, help="words per article")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--score", action="store_true", help="also score against the planted truth")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds allowed per size")
    parser.add_argument("--profile", type=int, metavar="N", help="profile one run of N articles")
    parser.add_argument("--top", type=int, default=25, help="lines of profile output")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(run_once(args.child, with_score=args.score)))
        return 0
    if args.profile:
        profile(args.profile, words=args.words, seed=args.seed, top=args.top)
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    return benchmark(
        sizes, words=args.words, seed=args.seed, with_score=args.score, timeout=args.timeout
    )


if __name__ == "__main__":
    raise SystemExit(main())
