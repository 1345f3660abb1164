"""Every string the window shows is marked for translation: text handed to a widget, an
action, a dialog or a message is a ``translate(...)`` call (or built from one), never a bare
literal or an f-string, and every ``translate`` call names its context literally, since
``pyside6-lupdate`` collects only literal contexts."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Calls whose text arguments reach the screen.
SHOWN = {
    "setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText",
    "showMessage", "addMenu", "setPrefix", "setSuffix", "setSpecialValueText", "setFormat",
    "show_message", "QAction", "QLabel", "QMenu", "QToolBar", "QDockWidget", "QPushButton",
    "setItemText", "addItem", "addRow", "addButton", "setTabText", "setWhatsThis",
    "getText", "getMultiLineText", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory", "about", "information", "warning", "critical", "question",
    "setHeaderLabels", "setTitle", "_show",
}  # fmt: skip
# Texts that are not words: symbols, separators, markup without words.
ALLOWED = {"", " ", " · ", " — ", "…", ":", "Claimgrid"}


def _shown_literals(node: ast.Call) -> list[ast.AST]:
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    if name not in SHOWN:
        return []
    bad = []
    for arg in [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "tip"))]:
        if (
            isinstance(arg, ast.JoinedStr)
            and any(isinstance(v, ast.Constant) and _has_words(str(v.value)) for v in arg.values)
        ) or (
            isinstance(arg, ast.Constant)
            and isinstance(arg.value, str)
            and arg.value not in ALLOWED
            and any(c.isalpha() for c in arg.value)
            and not arg.value.startswith(("mdi6.", "<", "Ctrl+", "Shift+", "source:"))
        ):
            bad.append(arg)
    return bad


def _has_words(text: str) -> bool:
    """Letters outside HTML tags and entities."""
    return any(c.isalpha() for c in re.sub(r"<[^>]*>|&\w+;", "", text))


def _inside_fstrings(tree: ast.AST) -> set[int]:
    """The nodes within f-strings: lupdate does not look inside them, so a literal text
    translated there never reaches the .ts."""
    return {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for inner in ast.walk(node)
    }


def _python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_text_handed_to_the_screen_is_translated() -> None:
    found = []
    for path in _python_files("gui/qt"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for arg in _shown_literals(node):
                    found.append(f"{path.relative_to(ROOT)}:{arg.lineno}: {ast.unparse(arg)}")
    assert not found, "untranslated text on screen:\n" + "\n".join(found)


def test_translate_calls_name_their_context_literally() -> None:
    found = []
    for path in _python_files("gui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstrings = _inside_fstrings(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate"):
                continue
            if len(node.args) < 2:
                continue
            context, text = node.args[0], node.args[1]
            literal_text = isinstance(text, ast.Constant | ast.BinOp)
            if isinstance(text, ast.JoinedStr):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: f-string in translate()")
            elif literal_text and id(node) in in_fstrings:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: translate() in f-string")
            elif literal_text and not isinstance(context, ast.Constant):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: context not literal")
    assert not found, "\n".join(found)
