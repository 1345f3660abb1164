"""Keep the interface's translations in step with the code.

    python build/translations.py           # collect new strings into the .ts, compile the .qm
    python build/translations.py --check   # report what is missing or stale; exit 1 if any

``resources/translations/claimgrid_id.ts`` is the catalogue of every string Claimgrid shows,
collected from ``gui/`` by ``pyside6-lupdate`` (without line numbers, so moving code leaves
it alone), with its Indonesian translation. ``qtbase_id.ts`` holds, by hand, the strings of
Qt's own widgets a reviewer meets (standard buttons, the text fields' menu, the file
dialog), as Qt ships no Indonesian. ``pyside6-lrelease -nocompress`` compiles each into the
``.qm`` the program reads; the .qm files are committed, so installing needs no Qt tools.
The test suite runs ``--check``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGE = "id"
CATALOGUE = FOLDER / f"claimgrid_{LANGUAGE}.ts"
QT_CATALOGUE = FOLDER / f"qtbase_{LANGUAGE}.ts"
PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)[sdr]|%[sdr]|<[^>]+>")

Key = tuple[str, str]  # context, source text


def tool(name: str) -> str:
    """A Qt tool installed with PySide6, next to this interpreter or on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def code_files() -> list[str]:
    return sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))


def collect(ts: Path) -> None:
    """Add the strings of ``gui/`` to ``ts`` and drop the ones no longer there."""
    subprocess.run(
        [tool("pyside6-lupdate"), *code_files(), "-ts", str(ts), "-no-obsolete",
         "-locations", "none", "-source-language", "en", "-target-language", LANGUAGE],
        check=True, capture_output=True,
    )  # fmt: skip


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-nocompress", str(ts), "-qm", str(qm)],
        check=True, capture_output=True,
    )  # fmt: skip


def read_ts(ts: Path) -> dict[Key, str | None]:
    """Every message: its translation, or None while it is unfinished or empty."""
    found: dict[Key, str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = node.text if node is not None else None
            unfinished = node is not None and node.get("type") in ("unfinished", "obsolete")
            found[name, source] = None if unfinished or not text else text
    return found


def problems() -> list[str]:
    """What keeps the catalogue from matching the code; empty when all is well."""
    from gui.i18n.qm import read_qm

    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / CATALOGUE.name
        shutil.copy(CATALOGUE, fresh)
        collect(fresh)
        committed, current = read_ts(CATALOGUE), read_ts(fresh)
        for key in current.keys() - committed.keys():
            found.append(f"not in {CATALOGUE.name} (run build/translations.py): {key}")
        for key in committed.keys() - current.keys():
            found.append(f"no longer in the code (run build/translations.py): {key}")
        for catalogue in (CATALOGUE, QT_CATALOGUE):
            messages = read_ts(catalogue)
            for (context, source), text in messages.items():
                if text is None:
                    found.append(f"no Indonesian for {context}: {source!r}")
                elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    found.append(f"fields or markup differ in {context}: {source!r} -> {text!r}")
            compiled = Path(tmp) / catalogue.with_suffix(".qm").name
            compile_qm(catalogue, compiled)
            shipped = catalogue.with_suffix(".qm")
            if not shipped.exists() or read_qm(shipped) != read_qm(compiled):
                found.append(f"{shipped.name} is older than {catalogue.name}: run "
                             "build/translations.py")  # fmt: skip
    return found


def update() -> None:
    collect(CATALOGUE)
    for catalogue in (CATALOGUE, QT_CATALOGUE):
        compile_qm(catalogue, catalogue.with_suffix(".qm"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    ns = parser.parse_args(argv)
    if ns.check:
        found = problems()
        print("\n".join(found) or "translations are up to date")
        return 1 if found else 0
    update()
    print(f"updated {CATALOGUE.relative_to(ROOT)} and compiled the .qm files")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
