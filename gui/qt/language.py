"""The interface language in the window: chosen in Settings (or the system's), installed as
Qt translators, and a window reopened in it when the reviewer switches.

Two catalogues per language: ``claimgrid_<lang>.qm`` for Claimgrid's own strings and
``qtbase_<lang>.qm`` for the strings Qt's own widgets show (standard buttons, the text
fields' context menu, the file dialog), since Qt ships no Indonesian of its own. Every
string of Claimgrid goes through ``gui.i18n.translate``, which asks Qt's translators here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from gui import i18n
from gui.qt.settings import app_settings, read_str

if TYPE_CHECKING:
    from gui.qt.window import MainWindow

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"  # follow the system's language
CATALOGUES = ("claimgrid", "qtbase")

_installed: list[QTranslator] = []
_windows: list[MainWindow] = []  # parentless windows live while Python holds them


def chosen_language() -> str:
    """What Settings says: "system", "id" or "en"."""
    value = read_str(app_settings(), LANGUAGE_KEY, SYSTEM)
    return value if value in (SYSTEM, *i18n.LANGUAGES) else SYSTEM


def save_choice(choice: str) -> None:
    app_settings().setValue(LANGUAGE_KEY, choice)


def system_language() -> str:
    """The system's interface language if we speak it, else English."""
    for name in QLocale.system().uiLanguages():
        found = i18n.language_of_locale(name)
        if found:
            return found
    return i18n.system_language()


def effective_language(choice: str | None = None) -> str:
    choice = chosen_language() if choice is None else choice
    return system_language() if choice == SYSTEM else choice


def install_language(code: str) -> str:
    """Show every string in ``code`` from now on (windows made from now on); returns the
    language installed ("en" when ``code``'s catalogue is missing)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    code = i18n.set_language(code)
    if code != i18n.DEFAULT and app is not None:
        for stem in CATALOGUES:
            translator = QTranslator(app)
            if translator.load(str(i18n.catalogue_path(code, stem))):
                app.installTranslator(translator)
                _installed.append(translator)
    i18n.set_translator(_qt_translate if app is not None else None)
    return code


def _qt_translate(context: str, text: str, disambiguation: str | None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)


def reopen_in_language(window: MainWindow, code: str) -> MainWindow:
    """A new window in ``code`` in place of ``window``: the same project (every change is
    saved already), filter, order and selected fact; ``window`` closes."""
    from gui.qt.window import MainWindow

    install_language(code)
    document = window.document
    project = document.project.path if document.project is not None else None
    sample = document.is_sample and project is None
    matrix_filter = window.filter_bar.filter
    header = window.matrix_view.horizontalHeader()
    order = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    fact = window.current_fact()
    geometry = window.saveGeometry()
    window.close()

    reopened = MainWindow(engine_factory=window.engine_factory, remember=window.remembers)
    reopened.restoreGeometry(geometry)
    reopened.show()
    if project is not None:
        reopened.projects.open(str(project))
        reopened.filter_bar.set_filter(matrix_filter, notify=True)
        if order[0] >= 0:
            reopened.matrix_view.sortByColumn(*order)
        if fact is not None:
            reopened.select_fact(fact.id)
    elif sample:
        from gui.paths import seeds_dir

        reopened.open_paths([str(seeds_dir())], sample=True)
    follow_language_changes(reopened)
    if window in _windows:
        _windows.remove(window)
    return reopened


def follow_language_changes(window: MainWindow) -> None:
    """When the reviewer picks another language in ``window``'s Settings, reopen it so."""
    if window not in _windows:
        _windows.append(window)
    window.languageChanged.connect(lambda code: reopen_in_language(window, code))


def open_windows() -> list[MainWindow]:
    return list(_windows)
