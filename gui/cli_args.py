"""The command line's parsers, their help in the interface's language, and the language itself.

The language is the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) unless ``--language``
names one; it is read before any parser is made, so the help is in it too. argparse's own
words ("usage:", "options", its error messages) are translated through the same catalogue.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from gui import __version__, i18n
from gui.i18n import QT_TRANSLATE_NOOP, translate

COMMANDS = ("analyze", "export", "share")

# argparse's own messages that a user of these commands can meet.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def choose_language(args: Sequence[str]) -> str:
    """Set the interface language from ``--language X`` among ``args``, else the system's."""
    chosen = None
    for i, arg in enumerate(args):
        if arg == "--language" and i + 1 < len(args):
            chosen = args[i + 1]
        elif arg.startswith("--language="):
            chosen = arg.split("=", 1)[1]
    return i18n.set_language(chosen if chosen in i18n.LANGUAGES else i18n.system_language())


def _argparse_gettext(message: str) -> str:
    return translate("argparse", message)


def _translated_argparse() -> None:
    # argparse looks its words up through the module-level name ``_`` at call time.
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]


def _language_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        help=translate("Cli", "the language of messages and exports (id or en); by default the "
                              "system's"),
    )  # fmt: skip


def analyze_parser() -> argparse.ArgumentParser:
    _translated_argparse()
    p = argparse.ArgumentParser(
        prog="claimgrid analyze",
        description=translate(
            "Cli", "Analyse articles and print the claims matrix; optionally export it."
        ),
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help=translate("Cli", "article files or folders")
    )
    _export_options(p)
    p.add_argument(
        "--project",
        metavar="FILE",
        help=translate("Cli", "keep the articles and the analysis as a Claimgrid project "
                              "(.claimgrid, or the postgresql:// address of a shared project); "
                              "an existing project is analysed again with the reviewers' "
                              "decisions kept"),
    )  # fmt: skip
    p.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "with --project: start the existing project afresh, discarding "
                              "its decisions"),
    )  # fmt: skip
    p.add_argument(
        "--columns",
        metavar="SPEC",
        type=_column_spec,
        help=translate("Cli", "the columns of tables of articles (.csv, .tsv, .xlsx, .jsonl) "
                              "when their names are not the usual ones, e.g. "
                              "text=isi,outlet=media,date=tanggal (fields: text, title, outlet, "
                              "url, date)"),
    )  # fmt: skip
    p.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help=translate("Cli", "show progress on stderr: auto (when stderr is a terminal), "
                              "always or never"),
    )  # fmt: skip
    _language_option(p)
    return p


def export_parser() -> argparse.ArgumentParser:
    _translated_argparse()
    p = argparse.ArgumentParser(
        prog="claimgrid export",
        description=translate(
            "Cli", "Export a Claimgrid project, with the reviewer's decisions applied."
        ),
    )
    p.add_argument(
        "project",
        metavar="PROJECT",
        help=translate("Cli", "a .claimgrid project file, or the postgresql:// address (or "
                              "service=NAME) of a shared project"),
    )  # fmt: skip
    _export_options(p)
    _language_option(p)
    return p


def share_parser() -> argparse.ArgumentParser:
    _translated_argparse()
    p = argparse.ArgumentParser(
        prog="claimgrid share",
        description=translate("Cli", "Copy a project file to a PostgreSQL database, where "
                                     "several reviewers work on it at once. The password comes "
                                     "from libpq's password file or service file, never from "
                                     "Claimgrid."),
    )  # fmt: skip
    p.add_argument("file", metavar="FILE", help=translate("Cli", "a .claimgrid project file"))
    p.add_argument(
        "address",
        metavar="ADDRESS",
        help=translate("Cli", "postgresql://user@host/database (TLS options such as "
                              "?sslmode=verify-full pass through), or service=NAME"),
    )  # fmt: skip
    p.add_argument(
        "--reviewer",
        metavar="NAME",
        help=translate("Cli", "the name the project's decisions so far are credited to; by "
                              "default CLAIMGRID_REVIEWER or your login"),
    )  # fmt: skip
    _language_option(p)
    return p


def _export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", metavar="FILE", help=translate("Cli", "write the claimgrid/1 JSON "
                                                                   "export"))  # fmt: skip
    p.add_argument(
        "--csv", metavar="FILE", help=translate("Cli", "write a long CSV table (one line per cell)")
    )
    p.add_argument("--xlsx", metavar="FILE", help=translate("Cli", "write the Excel workbook"))
    p.add_argument(
        "--all",
        action="store_true",
        help=translate("Cli", "print every fact, not only the first 60"),
    )
    p.add_argument(
        "--all-rows",
        action="store_true",
        help=translate("Cli", "export also the rows one outlet states that are not "
                              "check-worthy on their own"),
    )  # fmt: skip


def _column_spec(spec: str) -> dict[str, str]:
    from gui.ingest.columns import parse_column_spec

    try:
        return parse_column_spec(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def gui_parser() -> argparse.ArgumentParser:
    _translated_argparse()
    p = argparse.ArgumentParser(
        prog="claimgrid",
        description=translate("Cli", "Comparative source review: see where news outlets agree "
                                     "and contradict each other. Without PATH, opens the bundled "
                                     "sample articles."),
        epilog=translate("Cli", "Without a window: claimgrid analyze PATH... [--json FILE] "
                                "[--csv FILE] [--xlsx FILE] [--project FILE]; claimgrid export "
                                "PROJECT [--json FILE] [--csv FILE] [--xlsx FILE]; claimgrid share "
                                "FILE postgresql://… (team review on a server). "
                                "claimgrid analyze --help tells more."),
    )  # fmt: skip
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=translate("Cli", "article files or folders to open, or a .claimgrid project"),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"claimgrid {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    p.add_argument(
        "--screenshot",
        metavar="FILE",
        help=translate("Cli", "render the window offscreen at 1400x900 with the first conflict "
                              "selected, save it as PNG and exit"),
    )  # fmt: skip
    _language_option(p)
    return p
