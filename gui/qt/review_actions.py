"""The reviewer's corrections as actions: Edit menu, matrix and article context menus, keys.

Each action reads what is selected, makes a decision with ``gui.review.commands`` and hands
it to the document; nothing here changes a Matrix itself. Keys that are plain digits or
letters act only while the matrix has the keyboard, so typing in the search box never sets
a status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from gui.domain import Fact, Status
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.qt.icons import icon
from gui.qt.matrix_model import Column, Role
from gui.qt.plain_text import rich_literal
from gui.review import Decision
from gui.review import commands as cmd

if TYPE_CHECKING:
    from gui.qt.window import MainWindow

_STATUS_KEYS = {Status.AGREE: "1", Status.CONFLICT: "2", Status.PARTIAL: "3", Status.ABSENT: "4"}
_STATUS_TEXTS = {  # menu text and tip of each "Mark as" action
    Status.AGREE: (
        QT_TRANSLATE_NOOP("ReviewActions", "Mark as Agree"),
        QT_TRANSLATE_NOOP("ReviewActions", "Set the outlet's cell to agree"),
    ),
    Status.CONFLICT: (
        QT_TRANSLATE_NOOP("ReviewActions", "Mark as Conflict"),
        QT_TRANSLATE_NOOP("ReviewActions", "Set the outlet's cell to conflict"),
    ),
    Status.PARTIAL: (
        QT_TRANSLATE_NOOP("ReviewActions", "Mark as Partial"),
        QT_TRANSLATE_NOOP("ReviewActions", "Set the outlet's cell to partial"),
    ),
    Status.ABSENT: (
        QT_TRANSLATE_NOOP("ReviewActions", "Mark as Absent"),
        QT_TRANSLATE_NOOP("ReviewActions", "Set the outlet's cell to absent (not mentioned)"),
    ),
}


class ReviewActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.document = window.document
        self._local: list[QAction] = []  # keys that act only while the matrix has focus
        view = window.matrix_view
        self.undo_action = self._action(
            translate("ReviewActions", "&Undo"),
            self.document.undo,
            "undo",
            [QKeySequence.StandardKey.Undo, "Ctrl+Z"],
        )
        self.redo_action = self._action(
            translate("ReviewActions", "&Redo"),
            self.document.redo,
            "redo",
            [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"],
        )
        self.rename_action = self._action(
            translate("ReviewActions", "Re&name Fact"),
            self.start_rename,
            "rename",
            ["F2"],
            translate("ReviewActions", "Edit the fact's label"),
        )
        self.delete_action = self._action(
            translate("ReviewActions", "&Delete Fact"),
            self.delete_facts,
            "delete",
            [QKeySequence.StandardKey.Delete],
            translate(
                "ReviewActions", "Remove the selected facts from the matrix (undo brings them back)"
            ),
            local=True,
        )
        self.hide_action = self._action(
            translate("ReviewActions", "&Hide Fact"),
            self.toggle_hidden,
            "hide",
            ["Ctrl+H"],
            translate("ReviewActions", "Keep the fact but leave it out of view and exports"),
        )
        self.show_hidden_action = self._action(
            translate("ReviewActions", "Show &Hidden Facts"),
            self.set_show_hidden,
            "",
            ["Ctrl+Shift+H"],
            translate("ReviewActions", "Show the facts you hid, so you can bring them back"),
        )
        self.show_hidden_action.setCheckable(True)
        self.show_minor_action = self._action(
            translate("ReviewActions", "Show &Minor Rows"),
            self.set_show_minor,
            "",
            ["Ctrl+Shift+M"],
            translate(
                "ReviewActions",
                "Also show the rows one outlet states that are not worth checking on their own",
            ),
        )
        self.show_minor_action.setCheckable(True)
        self.copies_once_action = self._action(
            translate("ReviewActions", "Count &Copies Once"),
            self.toggle_copies_once,
            "",
            [],
            translate(
                "ReviewActions",
                "Outlets that run the same story (a wire copy) count as one in the agreement",
            ),
        )
        self.copies_once_action.setCheckable(True)
        self.status_actions = {
            status: self._action(
                translate("ReviewActions", _STATUS_TEXTS[status][0]),
                lambda s=status: self.set_status(s),
                status.value,
                [_STATUS_KEYS[status]],
                translate("ReviewActions", _STATUS_TEXTS[status][1]),
                local=True,
            )
            for status in (Status.AGREE, Status.CONFLICT, Status.PARTIAL, Status.ABSENT)
        }
        self.cell_reviewed_action = self._action(
            translate("ReviewActions", "Mark &Cell Reviewed"),
            lambda: self.mark_reviewed(row=False),
            "reviewed",
            ["R"],
            translate("ReviewActions", "You checked this outlet's cell"),
            local=True,
        )
        self.row_reviewed_action = self._action(
            translate("ReviewActions", "Mark &Row Reviewed"),
            lambda: self.mark_reviewed(row=True),
            "reviewed",
            ["Shift+R"],
            translate("ReviewActions", "You checked every cell of the fact"),
            local=True,
        )
        self.merge_action = self._action(
            translate("ReviewActions", "&Merge Facts"),
            self.merge,
            "merge",
            ["Ctrl+M"],
            translate(
                "ReviewActions",
                "Make the selected facts one row (the first keeps its cells where both have one)",
            ),
        )
        self.split_action = self._action(
            translate("ReviewActions", "S&plit Cell Out"),
            self.split,
            "split",
            ["Ctrl+Shift+M"],
            translate("ReviewActions", "Move this outlet's cell into a fact of its own"),
        )
        self.note_action = self._action(
            translate("ReviewActions", "Add &Note…"),
            self.ask_note,
            "note",
            ["Ctrl+Shift+N"],
            translate(
                "ReviewActions",
                "A note on the current cell, or on the fact when its label is current",
            ),
        )
        self.new_fact_action = self._action(
            translate("ReviewActions", "New Fact from &Selection"),
            self.fact_from_selection,
            "new-fact",
            ["Ctrl+Shift+F7"],
            translate("ReviewActions", "Make a fact of the words selected in the article"),
        )
        self.attach_action = self._action(
            translate("ReviewActions", "&Attach Selection as Evidence"),
            self.attach_selection,
            "attach",
            ["Ctrl+Shift+E"],
            translate(
                "ReviewActions",
                "The words selected in the article become this outlet's evidence for the fact",
            ),
        )
        for action in self._local:
            view.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._matrix_menu)
        frozen = view.frozen_view
        frozen.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        frozen.customContextMenuRequested.connect(
            lambda pos: self._matrix_menu(view.viewport().mapFromGlobal(frozen.mapToGlobal(pos)))
        )
        article = window.source_pane.article
        article.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        article.customContextMenuRequested.connect(self._article_menu)
        window.model.labelEdited.connect(self.rename)
        self.document.historyChanged.connect(self.update)
        view.selectionModel().selectionChanged.connect(self.update)
        view.selectionModel().currentChanged.connect(self.update)
        article.selectionChanged.connect(self.update)
        self.update()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        icon_name: str,
        keys: Sequence[object],
        tip: str = "",
        *,
        local: bool = False,
    ) -> QAction:
        action = QAction(text, self._window)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setShortcuts([QKeySequence(k) for k in keys])  # type: ignore[arg-type]
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        if local:
            self._local.append(action)
        else:
            self._window.addAction(action)
        return action

    # ---- what is selected ---------------------------------------------------------------

    def current_fact(self) -> Fact | None:
        return self._window.current_fact()

    def current_source(self) -> str | None:
        index = self._window.matrix_view.currentIndex()
        return index.data(Role.SOURCE_ID) if index.isValid() else None

    def selected_facts(self) -> list[Fact]:
        rows = self._window.matrix_view.selectionModel().selectedRows()
        facts = [r.data(Role.FACT) for r in sorted(rows, key=lambda r: r.row())]
        current = self.current_fact()
        if current is not None and current not in facts:
            facts.insert(0, current)
        elif current is not None:
            facts.remove(current)
            facts.insert(0, current)  # the current row is the one the others merge into
        return [f for f in facts if isinstance(f, Fact)]

    def article_selection(self) -> tuple[str, int, int] | None:
        """The source and the Python offsets of the words selected in the article pane."""
        article = self._window.source_pane.article
        cursor = article.textCursor()
        source_id = article.source_id
        if source_id is None or not cursor.hasSelection():
            return None
        start = article.offset_of(cursor.selectionStart())
        end = article.offset_of(cursor.selectionEnd())
        return (source_id, start, end) if end > start else None

    # ---- commands -----------------------------------------------------------------------

    def _decide(self, decision: Decision, select: tuple[str, str | None] | None = None) -> bool:
        done = self.document.decide(decision)
        if done and select is not None:
            self._window.select_fact(*select)
        return done

    def rename(self, fact_id: str, label: str) -> None:
        matrix = self.document.matrix
        if matrix is not None and label.strip():
            self._decide(cmd.rename_fact(matrix, fact_id, label))

    def start_rename(self) -> None:
        fact = self.current_fact()
        if fact is None:
            return
        view = self._window.matrix_view
        row = self._window.proxy.row_of(fact.id)
        index = self._window.proxy.index(row, Column.LABEL)
        view.frozen_view.edit(index)

    def delete_facts(self) -> None:
        matrix = self.document.matrix
        facts = self.selected_facts()
        if matrix is None or not facts:
            return
        for fact in facts:
            if not self.document.decide(cmd.delete_fact(matrix, fact.id)):
                return

    def toggle_hidden(self) -> None:
        matrix, fact = self.document.matrix, self.current_fact()
        if matrix is not None and fact is not None:
            self._decide(cmd.hide_fact(matrix, fact.id, not fact.hidden))

    def set_show_minor(self) -> None:
        self._window.proxy.set_show_minor(self.show_minor_action.isChecked())

    def set_show_hidden(self) -> None:
        self._window.proxy.set_show_hidden(self.show_hidden_action.isChecked())

    def toggle_copies_once(self) -> None:
        on = self.copies_once_action.isChecked()
        matrix = self.document.matrix
        if matrix is not None and matrix.count_copies_once != on:
            self.document.decide(cmd.count_copies_once(on))

    def set_status(self, status: Status) -> None:
        matrix, fact, sid = self.document.matrix, self.current_fact(), self.current_source()
        if matrix is not None and fact is not None and sid is not None:
            self._decide(cmd.set_status(matrix, fact.id, sid, status), (fact.id, sid))

    def mark_reviewed(self, *, row: bool) -> None:
        matrix, fact, sid = self.document.matrix, self.current_fact(), self.current_source()
        if matrix is None or fact is None or (not row and sid is None):
            return
        if row:
            self._decide(cmd.mark_reviewed(matrix, fact.id, None, not fact.reviewed))
        else:
            assert sid is not None
            cell = fact.cell(sid)
            self._decide(cmd.mark_reviewed(matrix, fact.id, sid, not cell.reviewed), (fact.id, sid))

    def merge(self) -> None:
        matrix, facts = self.document.matrix, self.selected_facts()
        if matrix is not None and len(facts) >= 2:
            self._decide(cmd.merge_facts(matrix, [f.id for f in facts]), (facts[0].id, None))

    def split(self) -> None:
        matrix, fact, sid = self.document.matrix, self.current_fact(), self.current_source()
        if matrix is None or fact is None or sid is None or fact.coverage < 2:
            return
        if fact.cell(sid).status is Status.ABSENT:
            return
        if self._decide(cmd.split_cell(matrix, fact.id, sid)):
            self._window.select_fact(f"m{self.document.review.last_seq}", sid)

    def ask_note(self) -> None:
        fact, sid = self.current_fact(), self.current_source()
        if fact is None:
            return
        current = fact.cell(sid).note if sid else fact.note
        if sid and self.document.matrix:
            outlet = self.document.matrix.source(sid).outlet
            prompt = translate("ReviewActions", "Note on this outlet's cell ({outlet}):").format(
                outlet=rich_literal(outlet)  # an outlet's name is shown as written, never as markup
            )
        else:
            prompt = translate("ReviewActions", "Note on this fact:")
        text, ok = QInputDialog.getMultiLineText(
            self._window, translate("ReviewActions", "Note"), prompt, current
        )
        if ok:
            self.note(text, cell=sid is not None)

    def note(self, text: str, *, cell: bool) -> None:
        matrix, fact, sid = self.document.matrix, self.current_fact(), self.current_source()
        if matrix is None or fact is None:
            return
        if cell and sid is not None:
            self._decide(cmd.note_cell(matrix, fact.id, sid, text), (fact.id, sid))
        else:
            self._decide(cmd.note_fact(matrix, fact.id, text), (fact.id, sid))

    def fact_from_selection(self, label: str | None = None) -> None:
        matrix, chosen = self.document.matrix, self.article_selection()
        if matrix is None or chosen is None:
            return
        sid, start, end = chosen
        if label is None:
            suggested = " ".join(matrix.source(sid).text[start:end].split())[:90]
            label, ok = QInputDialog.getText(
                self._window,
                translate("ReviewActions", "New Fact"),
                translate("ReviewActions", "Label:"),
                QLineEdit.EchoMode.Normal,
                suggested,
            )
            if not ok:
                return
        if self._decide(cmd.create_fact(matrix, sid, start, end, label)):
            self._window.select_fact(f"m{self.document.review.last_seq}", sid)

    def attach_selection(self) -> None:
        matrix, fact, chosen = self.document.matrix, self.current_fact(), self.article_selection()
        if matrix is None or fact is None or chosen is None:
            return
        sid, start, end = chosen
        self._decide(cmd.attach_evidence(matrix, fact.id, sid, start, end), (fact.id, sid))

    # ---- menus and enabled states -----------------------------------------------------

    def update(self, *_: object) -> None:
        self.undo_action.setText(self.document.undo_text())
        self.redo_action.setText(self.document.redo_text())
        self.undo_action.setEnabled(self.document.can_undo)
        self.redo_action.setEnabled(self.document.can_redo)
        fact = self.current_fact()
        sid = self.current_source()
        has_fact = fact is not None
        for action in (self.rename_action, self.delete_action, self.hide_action):
            action.setEnabled(has_fact)
        self.hide_action.setText(
            translate("ReviewActions", "Un&hide Fact")
            if fact is not None and fact.hidden
            else translate("ReviewActions", "&Hide Fact")
        )
        self.row_reviewed_action.setEnabled(has_fact)
        self.note_action.setEnabled(has_fact)
        on_cell = has_fact and sid is not None
        for action in (*self.status_actions.values(), self.cell_reviewed_action):
            action.setEnabled(on_cell)
        self.split_action.setEnabled(
            on_cell
            and fact is not None
            and fact.coverage >= 2
            and fact.cell(sid or "").status is not Status.ABSENT
        )
        self.merge_action.setEnabled(len(self.selected_facts()) >= 2)
        matrix = self.document.matrix
        self.copies_once_action.setChecked(bool(matrix and matrix.count_copies_once))
        self.copies_once_action.setEnabled(bool(matrix and matrix.analysis.copies))
        selection = self.article_selection() is not None
        self.new_fact_action.setEnabled(selection)
        self.attach_action.setEnabled(selection and has_fact)

    def edit_menu_actions(self) -> list[QAction | None]:
        """The Edit menu, ``None`` for separators."""
        return [
            self.undo_action,
            self.redo_action,
            None,
            self.rename_action,
            self.note_action,
            self.hide_action,
            self.delete_action,
            None,
            *self.status_actions.values(),
            self.cell_reviewed_action,
            self.row_reviewed_action,
            None,
            self.merge_action,
            self.split_action,
            None,
            self.new_fact_action,
            self.attach_action,
        ]

    def _matrix_menu(self, pos: QPoint) -> None:
        self.update()
        menu = QMenu(self._window)
        for action in self.edit_menu_actions()[3:14]:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.addAction(self.merge_action)
        menu.addAction(self.split_action)
        menu.popup(self._window.matrix_view.viewport().mapToGlobal(pos))

    def _article_menu(self, pos: QPoint) -> None:
        self.update()
        article = self._window.source_pane.article
        menu = article.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addAction(self.new_fact_action)
        menu.addAction(self.attach_action)
        menu.popup(article.viewport().mapToGlobal(pos))
