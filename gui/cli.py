"""Command line: ``claimgrid [PATH...]`` opens the window (articles or a project file);
``claimgrid analyze PATH...`` runs headless, prints the claims matrix and can keep it as a
project; ``claimgrid export PROJECT`` writes a project with its decisions; ``--version`` and
``--screenshot`` for scripts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gui import __version__

if TYPE_CHECKING:  # the CLI imports the engine and the exporters only when a command needs them
    from gui.review.matrix import Matrix

COMMANDS = ("analyze", "export")


def _analyze_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="claimgrid analyze",
        description="Analyse articles and print the claims matrix; optionally export it.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--json", metavar="FILE", help="write the claimgrid/1 JSON export")
    p.add_argument("--csv", metavar="FILE", help="write a long CSV table (one line per cell)")
    p.add_argument("--xlsx", metavar="FILE", help="write the Excel workbook")
    p.add_argument("--all", action="store_true", help="print every fact, not only the first 60")
    p.add_argument(
        "--project",
        metavar="FILE",
        help="keep the articles and the analysis as a Claimgrid project (.claimgrid)",
    )
    p.add_argument(
        "--columns",
        metavar="SPEC",
        type=_column_spec,
        help="the columns of tables of articles (.csv, .tsv, .xlsx, .jsonl) when their names "
        "are not the usual ones, e.g. text=isi,outlet=media,date=tanggal "
        "(fields: text, title, outlet, url, date)",
    )
    return p


def _export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="claimgrid export",
        description="Export a Claimgrid project, with the reviewer's decisions applied.",
    )
    p.add_argument("project", metavar="PROJECT", help="a .claimgrid project file")
    p.add_argument("--json", metavar="FILE", help="write the claimgrid/1 JSON export")
    p.add_argument("--csv", metavar="FILE", help="write a long CSV table (one line per cell)")
    p.add_argument("--xlsx", metavar="FILE", help="write the Excel workbook")
    p.add_argument("--all", action="store_true", help="print every fact, not only the first 60")
    return p


def _column_spec(spec: str) -> dict[str, str]:
    from gui.ingest.columns import parse_column_spec

    try:
        return parse_column_spec(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="claimgrid",
        description="Comparative source review: see where news outlets agree and contradict "
        "each other. Without PATH, opens the bundled sample articles.",
        epilog="Headless: claimgrid analyze PATH... [--json FILE] [--csv FILE] [--xlsx FILE] "
        "[--project FILE]; claimgrid export PROJECT [--json FILE] [--csv FILE] [--xlsx FILE]",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders to open")
    p.add_argument("--version", action="version", version=f"claimgrid {__version__}")
    p.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the window offscreen at 1400x900 with the first conflict selected, "
        "save it as PNG and exit",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "export":
        return run_export(_export_parser().parse_args(args[1:]))
    if args and args[0] == "analyze":
        return run_analyze(_analyze_parser().parse_args(args[1:]))
    ns = _gui_parser().parse_args(args)
    problem = _unusable_paths(ns.paths) or _window_problem(screenshot=bool(ns.screenshot))
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from gui.qt.app import run

    return run(ns.paths, screenshot=ns.screenshot)


def _unusable_paths(paths: Sequence[str]) -> str:
    """Why the window would open nothing of ``paths``: a word that is no command and no
    file ("analyse"), or a file that does not exist; empty when all is well."""
    from difflib import get_close_matches
    from pathlib import Path

    for path in paths:
        if Path(path).exists():
            continue
        if path == paths[0] and "/" not in path and os.sep not in path and "." not in path:
            close = get_close_matches(path, COMMANDS, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            return (
                f"claimgrid: unknown command '{path}'{hint}\n"
                f"Commands: {', '.join(COMMANDS)}; or give article files or folders to open "
                "in the window. See claimgrid --help."
            )
        return f"claimgrid: no such file or folder: {path}"
    return ""


def _window_problem(*, screenshot: bool) -> str:
    """Why Qt could not start the window here (no display, missing system libraries)."""
    from gui.preflight import check_window

    environ = dict(os.environ)
    if screenshot:
        environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # as gui.qt.app.run renders it
    return check_window(environ) or ""


def run_analyze(ns: argparse.Namespace) -> int:
    from gui.analysis import analyze
    from gui.export.summary import render_summary
    from gui.ingest import load_paths
    from gui.review import build_matrix

    loaded = load_paths(ns.paths, columns=ns.columns)
    for refusal in loaded.refused:
        print(f"skipped {refusal}", file=sys.stderr)
    if not loaded.sources:
        print("claimgrid: no readable article in the given paths", file=sys.stderr)
        return 2
    analysis = analyze(loaded.sources, refused=loaded.refused)
    matrix = build_matrix(analysis)
    print(render_summary(matrix, limit=None if ns.all else 60, encoding=sys.stdout.encoding))
    status = _write_exports(matrix, ns)
    if ns.project:
        from gui.store import Project, ProjectError

        try:
            project = Project.create(ns.project)
            project.save_result(analysis)
            project.close()
        except ProjectError as exc:
            print(f"claimgrid: {exc}", file=sys.stderr)
            return 1
        print(f"wrote {ns.project}", file=sys.stderr)
    return status


def run_export(ns: argparse.Namespace) -> int:
    from gui.export.summary import render_summary
    from gui.store import ProjectError
    from gui.store.project import Project
    from gui.store.session import ReviewSession

    try:
        project = Project.open(ns.project)
    except ProjectError as exc:
        print(f"claimgrid: {exc}", file=sys.stderr)
        return 2
    try:
        matrix = ReviewSession(project).matrix
    finally:
        project.close()
    if matrix is None:
        print(f"claimgrid: {ns.project}: the project has no analysis yet", file=sys.stderr)
        return 2
    print(render_summary(matrix, limit=None if ns.all else 60, encoding=sys.stdout.encoding))
    return _write_exports(matrix, ns)


def _write_exports(matrix: Matrix, ns: argparse.Namespace) -> int:
    from gui import export
    from gui.export.view import ExportView
    from gui.review.matrix import reading_order

    # The window's default order, so a workbook from the command line reads like the window.
    shown = reading_order(f for f in matrix.facts if not f.hidden)
    view = ExportView(fact_ids=tuple(f.id for f in shown))
    status = 0
    targets = [("json", ns.json), ("csv", ns.csv), ("xlsx", ns.xlsx)]
    for kind, path in targets:
        if not path:
            continue
        writer = getattr(export, f"write_{kind}", None)
        if writer is None:
            print(f"claimgrid: {kind} export is not available in this build", file=sys.stderr)
            status = 1
            continue
        try:
            written = writer(matrix, path, view)
        except export.ExportError as exc:
            print(f"claimgrid: {exc}", file=sys.stderr)
            status = 1
        else:
            print(f"wrote {written}", file=sys.stderr)
    return status
