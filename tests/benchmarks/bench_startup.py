"""How long Claimgrid takes from process start to a painted window, and what it imports first.

Each run starts a fresh interpreter the way the ``claimgrid`` command does (``gui.cli.main``
with no arguments: the window on the bundled seed articles), offscreen, and records

- the first paint of the main window (empty, the analysis of the seeds just started);
- the first paint of the claims matrix holding the seeds' facts (the analysis done on the
  worker thread, the result shown);

both measured from just before the interpreter was started. It then lists what had been
imported by the first paint: the heavy packages (pandas, openpyxl, numpy, the analysis and
the ingest, which the window needs only later or never) must not be among them.

    python -m tests.benchmarks.bench_startup                  # 3 runs
    python -m tests.benchmarks.bench_startup --runs 5 --imports 25

``--imports N`` also runs one start with ``-X importtime`` and prints the N costliest
top-level imports made before the first paint.

Target: none of the deferred packages imported before the first paint (the times are
reported; the issue sets no number for them).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Not imported before the first paint: needed later (the analysis runs on the worker after
# the window shows) or only on demand (exports).
DEFERRED = (
    "pandas",
    "numpy",
    "openpyxl",
    "gui.analysis",
    "gui.ingest",
    "gui.export.xlsx",
    "Sastrawi",
    "charset_normalizer",
    "trafilatura",
)


def _child() -> int:
    """Start the app as ``claimgrid`` does, and report when the window and the matrix paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    marks: dict[str, object] = {}

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            window = _main_window()
            if window is None:
                return False
            if "window_painted" not in marks:
                marks["window_painted"] = time.time()
                marks["modules"] = sorted(sys.modules)
            if (
                "matrix_painted" not in marks
                and watched is window.matrix_view.viewport()
                and window.model.rowCount() > 0
            ):
                marks["matrix_painted"] = time.time()
                marks["rows"] = window.model.rowCount()
                QTimer.singleShot(0, QApplication.quit)
            return False

    def _main_window() -> object | None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "claimgridMainWindow":
                return widget
        return None

    watch = Watch()
    original_exec = QApplication.exec

    def exec_watched() -> int:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(watch)
        QTimer.singleShot(60_000, QApplication.quit)  # never hang a benchmark
        return original_exec()

    QApplication.exec = staticmethod(exec_watched)  # type: ignore[method-assign,assignment]
    from gui.cli import main

    marks["imported_cli"] = time.time()
    code = main([])
    marks["exit"] = code
    print(json.dumps(marks))
    return 0


def _start(importtime: bool, env: dict[str, str]) -> tuple[float, dict[str, object], str]:
    import subprocess

    cmd = [sys.executable]
    if importtime:
        cmd += ["-X", "importtime"]
    cmd += ["-m", "tests.benchmarks.bench_startup", "--child"]
    began = time.time()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    marks: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return began, marks, done.stderr


def _import_costs(stderr: str, loaded: set[str]) -> list[tuple[float, str]]:
    """Cumulative microseconds of each top-level import made before the first paint."""
    costs: list[tuple[float, str]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()[1:]  # "| gui.cli", nested ones indented further
        if name.startswith(" ") or name not in loaded:
            continue  # nested under another import, or made after the first paint
        costs.append((int(parts[1]) / 1e6, name))
    return sorted(costs, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_startup")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--imports", type=int, default=15, help="top imports to list; 0: none")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child()
    # Imported here, not at the top: the child's imports are what the audit lists.
    import statistics
    import tempfile

    with tempfile.TemporaryDirectory(prefix="claimgrid-startup-") as tmp:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            CLAIMGRID_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),  # settings of this run only
            PYTHONDONTWRITEBYTECODE="1",
        )
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"claimgrid on the seeds, offscreen, {args.runs} runs; load average {load}")
        firsts, matrices, imports = [], [], []
        marks: dict[str, object] = {}
        for _ in range(args.runs):
            began, marks, _ = _start(False, env)
            imports.append(float(str(marks["imported_cli"])) - began)
            firsts.append(float(str(marks["window_painted"])) - began)
            if "matrix_painted" in marks:
                matrices.append(float(str(marks["matrix_painted"])) - began)
        print(f"{'':<36}{'median':>8}{'best':>8}{'worst':>8}")
        for name, values in (
            ("interpreter and gui.cli imported", imports),
            ("first paint of the window", firsts),
            ("matrix painted with the seeds' facts", matrices),
        ):
            if values:
                print(
                    f"{name:<36}{statistics.median(values):>7.2f}s{min(values):>7.2f}s"
                    f"{max(values):>7.2f}s"
                )
        print(f"rows shown: {marks.get('rows', 0)}")

        loaded = set(map(str, marks.get("modules", [])))  # type: ignore[call-overload]
        early = sorted(
            name for name in DEFERRED if any(m == name or m.startswith(name + ".") for m in loaded)
        )
        gui_modules = sorted(m for m in loaded if m == "gui" or m.startswith("gui."))
        print(
            f"\nimported before the first paint: {len(loaded)} modules, {len(gui_modules)} of gui"
        )
        print("  of the deferred ones: " + (", ".join(early) if early else "none"))
        if args.imports:
            _, marks, stderr = _start(True, env)
            loaded = set(map(str, marks.get("modules", [])))  # type: ignore[call-overload]
            print("\ncostliest imports before the first paint (-X importtime, one run):")
            for seconds, name in _import_costs(stderr, loaded)[: args.imports]:
                print(f"  {1000 * seconds:7.0f} ms  {name}")

    missed = []
    if early:
        missed.append("imported before the first paint: " + ", ".join(early))
    print("targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
