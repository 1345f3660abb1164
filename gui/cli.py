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

from gui import i18n
from gui.cli_args import (
    COMMANDS,
    analyze_parser,
    choose_language,
    export_parser,
    gui_parser,
    share_parser,
)
from gui.cli_progress import ANALYSING, READING, Progress
from gui.i18n import plural, translate
from gui.visible import readable_path

if TYPE_CHECKING:  # the CLI imports the engine and the exporters only when a command needs them
    from gui.domain import Analysis
    from gui.review.matrix import Matrix


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    choose_language(args)
    if args and args[0] == "export":
        return run_export(export_parser().parse_args(args[1:]))
    if args and args[0] == "share":
        return run_share(share_parser().parse_args(args[1:]))
    if args and args[0] == "analyze":
        parser = analyze_parser()
        ns = parser.parse_args(args[1:])
        if ns.replace and not ns.project:
            parser.error(translate("Cli", "--replace goes with --project"))
        return run_analyze(ns)
    ns = gui_parser().parse_args(args)
    problem = _unusable_paths(ns.paths) or _window_problem(screenshot=bool(ns.screenshot))
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from gui.qt.app import run

    return run(ns.paths, screenshot=ns.screenshot, language=ns.language)


def _unusable_paths(paths: Sequence[str]) -> str:
    """Why the window would open nothing of ``paths``: a word that is no command and no
    file ("analyse"), or a file that does not exist; empty when all is well."""
    from difflib import get_close_matches
    from pathlib import Path

    from gui.store.address import is_address

    for path in paths:
        if Path(path).exists() or is_address(path):  # a shared project on a server
            continue
        if path == paths[0] and "/" not in path and os.sep not in path and "." not in path:
            close = get_close_matches(path, COMMANDS, n=1, cutoff=0.6)
            unknown = translate("Cli", "claimgrid: unknown command '{command}'").format(
                command=path
            )
            if close:
                unknown += translate("Cli", " (did you mean '{command}'?)").format(command=close[0])
            commands = translate(
                "Cli",
                "Commands: {commands}; or give article files or folders "
                "to open in the window. See claimgrid --help.",
            )
            return unknown + "\n" + commands.format(commands=", ".join(COMMANDS))
        return translate("Cli", "claimgrid: no such file or folder: {path}").format(path=path)
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
        progress = Progress(mode=ns.progress)
        loaded = load_paths(ns.paths, columns=ns.columns, progress=progress.phase(READING))
        progress.finish()
        for refusal in loaded.refused:
            # the ingest has made its paths safe to print
            _say(
                translate("Cli", "skipped {file}: {reason}").format(
                    file=refusal.path, reason=refusal.reason
                )
            )
        if not loaded.sources:
            _say(translate("Cli", "claimgrid: no readable article in the given paths"))
            return 2
        analysis = analyze(
            loaded.sources,
            refused=loaded.refused,
            progress=progress.phase(ANALYSING),
            label_language=i18n.language(),  # the rows' labels speak the interface's language
        )
        progress.finish()
        _warn_short(analysis)
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


def _warn_short(analysis: Analysis) -> None:
    """Name the files too short to be articles: they make an outlet stating nothing."""
    from gui.review.short import MIN_WORDS, names, short_sources

    for name, source in zip(names(short := short_sources(analysis)), short, strict=True):
        words = plural(source.words, translate("Cli", "{n} word"), translate("Cli", "{n} words"))
        message = translate(
            "Cli",
            "claimgrid: warning: {file} has only {words} (fewer than {least}); it is analysed, "
            "but is it an article?",
        )
        print(message.format(file=name, words=words, least=MIN_WORDS), file=sys.stderr)


def run_export(ns: argparse.Namespace) -> int:
    from gui.export.summary import render_summary
    from gui.store import ProjectError
    from gui.store.opening import open_project
    from gui.store.session import ReviewSession

    try:
        project = open_project(ns.project, writable=False)
    except ProjectError as exc:
        _say(f"claimgrid: {readable_path(exc.path)}: {exc.reason}")
        return 2
    try:
        matrix = ReviewSession(project).matrix
    finally:
        project.close()
    if matrix is None:
        message = translate("Cli", "claimgrid: {file}: the project has no analysis yet")
        _say(message.format(file=readable_path(project.path)))
        return 2
    print(render_summary(matrix, limit=None if ns.all else 60, encoding=sys.stdout.encoding))
    return _write_exports(matrix, ns)


def run_share(ns: argparse.Namespace) -> int:
    from gui.store import ProjectError
    from gui.store.address import display, is_address
    from gui.store.share import share

    if not is_address(ns.address):
        message = translate(
            "Cli", "claimgrid: {address}: not a database address (postgresql://… or service=NAME)"
        )
        _say(message.format(address=display(ns.address)))
        return 2
    try:
        shared = share(ns.file, ns.address, reviewer=ns.reviewer or "")
    except ProjectError as exc:
        _say(f"claimgrid: {readable_path(exc.path)}: {exc.reason}")
        return 1
    message = translate(
        "Cli", "shared {file} as {address}: {sources} articles, {decisions} decisions"
    )
    _say(
        message.format(
            file=readable_path(ns.file),
            address=shared.address,
            sources=shared.sources,
            decisions=shared.decisions,
        )
    )
    return 0


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
            message = translate("Cli", "claimgrid: {format} export is not available in this build")
            _say(message.format(format=kind))
            status = 1
            continue
        try:
            written = writer(matrix, path, view)
        except export.ExportError as exc:
            _say(f"claimgrid: {exc}")
            status = 1
        else:
            _say(translate("Cli", "wrote {file}").format(file=readable_path(written)))
    return status


def _say(message: str) -> None:
    """A line on stderr; file names in it arrive escaped (``readable_path``)."""
    print(message, file=sys.stderr)
