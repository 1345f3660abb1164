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
from gui.visible import readable_path

if TYPE_CHECKING:  # the CLI imports the engine and the exporters only when a command needs them
    from gui.review.matrix import Matrix

_HEADLESS = ("analyze", "export")


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
        "--all-rows",
        action="store_true",
        help="export also the rows one outlet states that are not check-worthy on their own",
    )
    p.add_argument(
        "--project",
        metavar="FILE",
        help="keep the articles and the analysis as a Claimgrid project (.claimgrid); an "
        "existing project is analysed again with the reviewer's decisions kept",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="with --project: start the existing project afresh, discarding its decisions",
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
    p.add_argument(
        "--all-rows",
        action="store_true",
        help="export also the rows one outlet states that are not check-worthy on their own",
    )
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
    if args and args[0] in _HEADLESS:
        parser = _analyze_parser()
        ns = parser.parse_args(args[1:])
        if ns.replace and not ns.project:
            parser.error("--replace goes with --project")
        return run_analyze(ns)
    ns = _gui_parser().parse_args(args)
    from gui.qt.app import run

    return run(ns.paths, screenshot=ns.screenshot)


def _label_language() -> str:
    """The language of the labels the analysis writes: Indonesian where the user's locale is."""
    for name in ("CLAIMGRID_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "id" if value.lower().startswith(("id", "in_")) else "en"
    return "en"


def run_analyze(ns: argparse.Namespace) -> int:
    from gui.analysis import analyze
    from gui.cli_project import ProjectTarget
    from gui.export.summary import render_summary
    from gui.ingest import load_paths
    from gui.store import ProjectError

    # The project is checked before the work: a file it must not touch ends the run at once.
    try:
        keeper = ProjectTarget(ns.project, replace=ns.replace) if ns.project else None
    except ProjectError as exc:
        _say(f"claimgrid: {readable_path(exc.path)}: {exc.reason}")
        return 1
    try:
        loaded = load_paths(ns.paths, columns=ns.columns)
        for refusal in loaded.refused:
            _say(f"skipped {refusal}")  # the ingest has made its paths safe to print
        if not loaded.sources:
            _say("claimgrid: no readable article in the given paths")
            return 2
        analysis = analyze(loaded.sources, refused=loaded.refused, label_language=_label_language())
        if keeper is None:
            from gui.review import build_matrix

            matrix = build_matrix(analysis)
        else:
            try:
                matrix = keeper.save(analysis)
            except ProjectError as exc:
                _say(f"claimgrid: {readable_path(exc.path)}: {exc.reason}")
                return 1
            _say(keeper.report)
        print(render_summary(matrix, limit=None if ns.all else 60, encoding=sys.stdout.encoding))
        return _write_exports(matrix, ns)
    finally:
        if keeper is not None:
            keeper.close()


def run_export(ns: argparse.Namespace) -> int:
    from gui.export.summary import render_summary
    from gui.store import ProjectError
    from gui.store.project import Project
    from gui.store.session import ReviewSession

    try:
        project = Project.open(ns.project, writable=False)
    except ProjectError as exc:
        _say(f"claimgrid: {readable_path(exc.path)}: {exc.reason}")
        return 2
    try:
        matrix = ReviewSession(project).matrix
    finally:
        project.close()
    if matrix is None:
        _say(f"claimgrid: {readable_path(ns.project)}: the project has no analysis yet")
        return 2
    print(render_summary(matrix, limit=None if ns.all else 60, encoding=sys.stdout.encoding))
    return _write_exports(matrix, ns)


def _write_exports(matrix: Matrix, ns: argparse.Namespace) -> int:
    from gui import export
    from gui.export.view import ExportView
    from gui.review.matrix import reading_order

    # The window's default order, so a workbook from the command line reads like the window.
    every = getattr(ns, "all_rows", False)
    shown = reading_order(f for f in matrix.facts if not f.hidden and (every or not f.secondary))
    view = ExportView(fact_ids=tuple(f.id for f in shown))
    status = 0
    targets = [("json", ns.json), ("csv", ns.csv), ("xlsx", ns.xlsx)]
    for kind, path in targets:
        if not path:
            continue
        writer = getattr(export, f"write_{kind}", None)
        if writer is None:
            _say(f"claimgrid: {kind} export is not available in this build")
            status = 1
            continue
        try:
            written = writer(matrix, path, view)
        except export.ExportError as exc:
            _say(f"claimgrid: {exc}")
            status = 1
        else:
            _say(f"wrote {readable_path(written)}")
    return status


def _say(message: str) -> None:
    """A line on stderr; file names in it arrive escaped (``readable_path``)."""
    print(message, file=sys.stderr)
