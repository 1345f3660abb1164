"""One way to make a window action: text, icon, keys and tip, its shortcut live whether or not
a menu shows it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from gui.qt.icons import icon

Keys = Sequence[QKeySequence | QKeySequence.StandardKey | str]


def make_action(
    window: QWidget,
    text: str,
    slot: Callable[[], object],
    *,
    icon_name: str = "",
    shortcuts: Keys = (),
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work with menus and toolbar hidden
    return action


def dedupe_shortcuts(action: QAction) -> None:
    """Standard keys often equal the explicit ones; a shortcut listed twice is ambiguous."""
    seen: list[QKeySequence] = []
    for shortcut in action.shortcuts():
        if not shortcut.isEmpty() and shortcut not in seen:
            seen.append(shortcut)
    action.setShortcuts(seen)
