"""The interface's languages: English (the source strings) and Indonesian.

Every user-visible string is written in English and marked with ``translate(context,
text)``; ``pyside6-lupdate`` collects the marked strings into
``resources/translations/claimgrid_id.ts`` and ``lrelease`` compiles them
(``build/translations.py``). In the window, Qt's translator answers (``gui.qt.language``
installs one and routes ``translate`` through it); without Qt (the command line, exports)
the same .qm file is read by ``gui.i18n.qm``.

Strings with values use ``str.format`` fields (``"{count} facts"``), never f-strings, so the
source text is the same on every call; plurals are two messages chosen by ``plural``.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from gui.i18n.qm import BadCatalogue, Key, read_qm

LANGUAGES = ("id", "en")  # Indonesian first: most reviewers work in Indonesian newsrooms
DEFAULT = "en"  # the source strings' language, used when the system asks for another
NAMES = {"id": "Bahasa Indonesia", "en": "English"}

Translator = Callable[[str, str, str | None], str]

_language = DEFAULT
_catalogue: dict[Key, tuple[str, ...]] = {}
_translator: Translator | None = None


def translations_dir() -> Path:
    from gui.paths import resources_dir

    return resources_dir() / "translations"


def catalogue_path(language: str, stem: str = "claimgrid") -> Path:
    return translations_dir() / f"{stem}_{language}.qm"


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the current language (itself when there is no translation)."""
    if _translator is not None:
        return _translator(context, text, disambiguation)
    if not _catalogue:
        return text
    found = _catalogue.get((context, text, disambiguation or ""))
    return found[0] if found else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for the catalogue where it is defined; translate it where it is shown."""
    del context
    return text


def plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated), with ``{n}`` filled in."""
    return (one if count == 1 else many).format(n=count)


def grouped(number: int) -> str:
    """``number`` with its thousands grouped as the current language writes them: "1,000,000"
    in English, "1.000.000" in Indonesian (where a comma is the decimal mark)."""
    text = f"{number:,}"
    return text.replace(",", ".") if _language == "id" else text


def language() -> str:
    """The language strings are shown in: "id" or "en"."""
    return _language


def set_language(code: str) -> str:
    """Show strings in ``code`` ("id", "en"; anything else falls back to English) from now
    on, from the catalogue read here (the window then routes through Qt's translator, see
    ``set_translator``); returns the language actually set."""
    global _language, _catalogue, _translator
    code = code if code in LANGUAGES else DEFAULT
    catalogue: dict[Key, tuple[str, ...]] = {}
    if code != DEFAULT:
        try:
            catalogue = read_qm(catalogue_path(code))
        except (OSError, BadCatalogue):
            code = DEFAULT  # a damaged installation still speaks English
    _language, _catalogue, _translator = code, catalogue, None
    return code


def set_translator(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (Qt's, in the window); None for the
    catalogue read here."""
    global _translator
    _translator = translator


def language_of_locale(name: str | None) -> str | None:
    """The language code for a locale name: "id" for an Indonesian one ("id_ID.UTF-8",
    "in", "Indonesian_Indonesia"), "en" for an English one, None otherwise."""
    if not name:
        return None
    head = name.replace("-", "_").split(".", 1)[0].split("_", 1)[0].lower()
    if head in ("id", "in", "indonesian"):
        return "id"
    if head in ("en", "english"):
        return "en"
    return None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language the system asks for: the first of LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG we speak; then the process locale; else English."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value:
            continue
        if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
            return DEFAULT
        for part in value.split(":"):
            found = language_of_locale(part)
            if found:
                return found
        if var != "LANGUAGE":
            return DEFAULT  # the first locale variable set decides
    if environ is None:
        try:
            found = language_of_locale(locale.getlocale()[0])
        except ValueError:
            found = None
        return found or DEFAULT
    return DEFAULT
