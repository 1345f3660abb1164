"""Named icons from qtawesome's font sets, drawn in the theme's text colour."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

# Logical names keep icon choices in one place; values are qtawesome names.
NAMES: dict[str, str] = {
    "open": "mdi6.folder-open-outline",
    "open-folder": "mdi6.folder-outline",
    "add-articles": "mdi6.file-plus-outline",
    "add-folder": "mdi6.folder-plus-outline",
    "settings": "mdi6.cog-outline",
    "export-xlsx": "mdi6.microsoft-excel",
    "export-json": "mdi6.code-json",
    "export-csv": "mdi6.file-delimited-outline",
    "quit": "mdi6.exit-to-app",
    "search": "mdi6.magnify",
    "clear-filter": "mdi6.filter-remove-outline",
    "cancel": "mdi6.close-circle-outline",
    "zoom-in": "mdi6.magnify-plus-outline",
    "zoom-out": "mdi6.magnify-minus-outline",
    "zoom-reset": "mdi6.magnify-remove-outline",
    "legend": "mdi6.palette-swatch-outline",
    "about": "mdi6.information-outline",
    "sources": "mdi6.newspaper-variant-outline",
    "outlets": "mdi6.view-column-outline",
    "warning": "mdi6.alert-outline",
    "done": "mdi6.check-circle-outline",
    "default-order": "mdi6.sort",
    "close": "mdi6.close",
    "new": "mdi6.file-outline",
    "open-project": "mdi6.folder-open",
    "save-as": "mdi6.content-save-edit-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "rename": "mdi6.rename-box",
    "delete": "mdi6.delete-outline",
    "hide": "mdi6.eye-off-outline",
    "reviewed": "mdi6.check-decagram-outline",
    "merge": "mdi6.table-merge-cells",
    "split": "mdi6.table-split-cell",
    "note": "mdi6.note-edit-outline",
    "new-fact": "mdi6.text-box-plus-outline",
    "attach": "mdi6.paperclip",
    "agree": "mdi6.check",
    "conflict": "mdi6.not-equal-variant",
    "partial": "mdi6.tilde",
    "absent": "mdi6.checkbox-blank-outline",
}


def icon(name: str) -> QIcon:
    """The icon for a logical name (or a qtawesome name); an empty icon if fonts are missing."""
    found = _icon(name)
    if found.isNull():
        _icon.cache_clear()  # e.g. asked before the QApplication existed: try again next time
    return found


@lru_cache(maxsize=128)
def _icon(name: str) -> QIcon:
    try:
        import qtawesome
    except ImportError:  # the app stays usable without icon fonts
        return QIcon()
    try:
        return qtawesome.icon(NAMES.get(name, name))
    except Exception:  # an unknown glyph name, or no QApplication yet
        return QIcon()
