"""Asking which column of a table of articles holds what, when the guess is unsure.

A table whose text column is found by its name loads without a question. One whose
columns carry unusual names ("kolom1", "isi_lengkap_v2") opens :class:`ColumnsDialog`:
one choice per field, pre-set to the guess, above a preview of the first rows. The
choices travel to the loader through :func:`with_columns`, which wraps the engine the
analysis runs with.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.qt.plain_text import rich_literal
from gui.qt.worker import Engine

if TYPE_CHECKING:
    from gui.ingest import ColumnGuess

NONE = QT_TRANSLATE_NOOP("ColumnsDialog", "(none)")
_QUICK = 0.3  # seconds a table's columns may take before a progress dialog shows

log = logging.getLogger(__name__)


class ColumnChoices:
    """The columns chosen per table path (field -> column, "" for none). Written on the GUI
    thread, read by the worker when a run starts, hence the lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_path: dict[str, dict[str, str]] = {}

    def __contains__(self, path: object) -> bool:
        with self._lock:
            return path in self._by_path

    def set(self, path: str, choice: dict[str, str]) -> None:
        with self._lock:
            self._by_path[path] = dict(choice)

    def snapshot(self) -> dict[str, dict[str, str]]:
        with self._lock:
            return {path: dict(choice) for path, choice in self._by_path.items()}


class ColumnsDialog(QDialog):
    """Which column holds the article text, headline, outlet, address and date."""

    def __init__(self, path: str, guess: ColumnGuess, parent: QWidget | None = None) -> None:
        from gui.ingest import FIELDS
        from gui.ingest.columns import FIELD_LABELS

        super().__init__(parent)
        self.setObjectName("columnsDialog")
        self.setWindowTitle(translate("ColumnsDialog", "Columns of a Table of Articles"))
        self.guess = guess
        intro = QLabel(
            translate(
                "ColumnsDialog",
                "Which column of <b>{file}</b> holds what? Each row is "
                "read as one article; rows without text are left out.",
            ).format(file=html.escape(Path(path).name)),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for name in FIELDS:
            box = QComboBox(self)
            box.setObjectName(f"column_{name}")
            box.addItem(translate("ColumnsDialog", NONE), "")
            for column in guess.columns:
                box.addItem(column, column)
            chosen = guess.mapping.get(name, "")
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.currentIndexChanged.connect(self._update_ok)
            self.boxes[name] = box
            label = translate("Columns", FIELD_LABELS[name])
            if name == "text":
                label = translate("ColumnsDialog", "{field} (required)").format(field=label)
            form.addRow(translate("ColumnsDialog", "{field}:").format(field=label), box)
        self.preview = _preview_table(guess, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ColumnsDialog", "First rows:"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        self._update_ok()

    def choice(self) -> dict[str, str]:
        """Field -> column for every field; "" where the reviewer chose none."""
        return {name: str(box.currentData() or "") for name, box in self.boxes.items()}

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.boxes["text"].currentData()))


def _preview_table(guess: ColumnGuess, parent: QWidget) -> QTableWidget:
    table = QTableWidget(len(guess.sample), len(guess.columns), parent)
    table.setObjectName("columnsPreview")
    table.setHorizontalHeaderLabels(list(guess.columns))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setDefaultSectionSize(160)
    for r, row in enumerate(guess.sample):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setToolTip(rich_literal(value))
            table.setItem(r, c, item)
    return table


def _ask(dialog: ColumnsDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_columns(
    parent: QWidget | None,
    paths: Sequence[str],
    choices: ColumnChoices,
    *,
    ask: Callable[[ColumnsDialog], bool] = _ask,
) -> list[str]:
    """``paths`` with a column choice made for every table whose guess is unsure; a table
    whose question the reviewer cancels is left out. A table that cannot be read is kept:
    loading it names the reason with the other refusals."""
    # The readers load on first use, not with the window (start-up stays light).
    from gui.ingest import is_table

    kept: list[str] = []
    for path in paths:
        if not is_table(path) or path in choices:
            kept.append(path)
            continue
        guess, cancelled = read_guess(parent, path)
        if cancelled:
            continue
        if guess is None or guess.sure:
            kept.append(path)
            continue
        dialog = ColumnsDialog(path, guess, parent)
        try:
            if ask(dialog):
                choices.set(path, dialog.choice())
                kept.append(path)
        finally:
            dialog.deleteLater()
    return kept


def read_guess(parent: QWidget | None, path: str) -> tuple[ColumnGuess | None, bool]:
    """The column guess of the table at ``path`` and whether the reviewer cancelled it.

    Read on a thread, never on the window's: a large workbook takes seconds. Past a moment
    a progress dialog offers Cancel, which leaves the table out; the read, bounded by the
    ingest's limits, finishes unseen. None for a table that cannot be read: loading it
    names the reason with the other refusals."""
    from gui.ingest import IngestError, table_columns

    found: list[ColumnGuess | None] = []

    def work() -> None:
        try:
            found.append(table_columns(path))
        except IngestError:
            found.append(None)
        except Exception:  # a reader's bug costs the question; loading reports the table
            log.exception("reading the columns of %s failed", path)
            found.append(None)

    thread = threading.Thread(target=work, name="table columns", daemon=True)
    thread.start()
    thread.join(_QUICK)
    if thread.is_alive():
        text = QCoreApplication.translate("ColumnsDialog", "Reading the columns of {name}…")
        progress = QProgressDialog(
            text.format(name=Path(path).name),
            QCoreApplication.translate("ColumnsDialog", "Cancel"),
            0,
            0,
            parent,
        )
        progress.setObjectName("columnsProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        while thread.is_alive() and not progress.wasCanceled():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            thread.join(0.02)
        cancelled = progress.wasCanceled()
        progress.close()
        progress.deleteLater()
        if cancelled:
            return None, True
    return (found[0] if found else None), False


def with_columns(factory: Callable[[], Engine], choices: ColumnChoices) -> Callable[[], Engine]:
    """An engine factory whose loader reads each table with the columns chosen for it."""

    def make() -> Engine:
        engine = factory()
        chosen = choices.snapshot()
        if not chosen:
            return engine
        load = functools.partial(engine.load_paths, columns_for=chosen)
        return dataclasses.replace(engine, load_paths=load)

    return make
