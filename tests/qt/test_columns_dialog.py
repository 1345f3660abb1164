"""The column question for tables with unusual headers, and how the choice reaches the loader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from gui.ingest import FIELDS, load_paths
from gui.ingest.columns import ColumnGuess
from gui.qt.columns_dialog import (
    NONE,
    ColumnChoices,
    ColumnsDialog,
    ask_columns,
    with_columns,
)
from gui.qt.window import MainWindow
from gui.qt.worker import Engine, default_engine
from tests.ingest import fixtures as fx

BODY_A = "Harga beras naik 8 persen di Pasar Induk pekan ini, kata pedagang kepada wartawan."
BODY_B = "Rice prices rose 8 percent at the main wholesale market this week, traders said."


def unusual_table(tmp_path: Path, name: str = "ekspor.csv") -> Path:
    rows = [["kolom1", "kolom2", "kolom3"], ["Pos Kota", BODY_A, "a"], ["Metro", BODY_B, "b"]]
    path = tmp_path / name
    path.write_bytes(fx.csv_table(rows))
    return path


def guess() -> ColumnGuess:
    return ColumnGuess(
        ("kolom1", "kolom2"), {"text": "kolom2"}, sure=False, sample=(("Pos Kota", "Harga…"),)
    )


def test_dialog_starts_from_the_guess_and_needs_a_text_column(qtbot) -> None:
    dialog = ColumnsDialog("/data/ekspor.csv", guess())
    qtbot.addWidget(dialog)
    assert set(dialog.boxes) == set(FIELDS)
    assert dialog.boxes["text"].currentText() == "kolom2"
    assert dialog.boxes["outlet"].currentText() == NONE
    assert dialog.choice() == {"text": "kolom2", "title": "", "outlet": "", "url": "",
                               "published": ""}  # fmt: skip
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.boxes["text"].setCurrentIndex(0)
    assert not ok.isEnabled()
    dialog.boxes["text"].setCurrentText("kolom1")
    dialog.boxes["outlet"].setCurrentText("kolom2")
    assert ok.isEnabled()
    assert dialog.choice()["outlet"] == "kolom2"
    assert dialog.preview.rowCount() == 1 and dialog.preview.columnCount() == 2
    assert dialog.preview.item(0, 0).text() == "Pos Kota"


def test_only_unsure_tables_are_asked_about(qtbot, tmp_path: Path) -> None:
    usual = tmp_path / "biasa.csv"
    usual.write_bytes(fx.csv_table(fx.table_rows()))
    odd = unusual_table(tmp_path)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"not a workbook")
    text = tmp_path / "a.txt"
    asked: list[str] = []

    def ask(dialog: ColumnsDialog) -> bool:
        qtbot.addWidget(dialog)
        asked.append(dialog.guess.text)
        dialog.boxes["outlet"].setCurrentText("kolom1")
        return True

    choices = ColumnChoices()
    paths = [str(usual), str(odd), str(broken), str(text)]
    assert ask_columns(None, paths, choices, ask=ask) == paths
    assert asked == ["kolom2"]
    assert choices.snapshot() == {
        str(odd): {"text": "kolom2", "title": "", "outlet": "kolom1", "url": "", "published": ""}
    }
    # asked once: the choice is remembered for the table
    assert ask_columns(None, [str(odd)], choices, ask=ask) == [str(odd)]
    assert len(asked) == 1


def test_cancelling_the_question_leaves_the_table_out(qtbot, tmp_path: Path) -> None:
    odd = unusual_table(tmp_path)
    other = tmp_path / "b.txt"

    def cancel(dialog: ColumnsDialog) -> bool:
        qtbot.addWidget(dialog)
        return False

    choices = ColumnChoices()
    assert ask_columns(None, [str(odd), str(other)], choices, ask=cancel) == [str(other)]
    assert choices.snapshot() == {}


def test_the_choice_reaches_the_loader(tmp_path: Path) -> None:
    odd = unusual_table(tmp_path)
    calls: list[dict[str, object]] = []

    def factory() -> Engine:
        def load(paths, **options):  # type: ignore[no-untyped-def]
            calls.append(options)
            return load_paths(paths, **options)

        return Engine(load_paths=load, analyze=default_engine().analyze)

    choices = ColumnChoices()
    plain = with_columns(factory, choices)()
    plain.load_paths([str(odd)])
    assert calls[-1] == {}  # nothing chosen: the loader is called as before
    choices.set(str(odd), {"text": "kolom2", "outlet": "kolom1"})
    loaded = with_columns(factory, choices)().load_paths([str(odd)])
    assert calls[-1] == {"columns_for": {str(odd): {"text": "kolom2", "outlet": "kolom1"}}}
    assert [s.outlet for s in loaded.sources] == ["Pos Kota", "Metro"]


def test_window_asks_then_analyses_the_table_with_the_choice(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    odd = unusual_table(tmp_path)

    def accept(self: ColumnsDialog) -> int:
        self.boxes["outlet"].setCurrentText("kolom1")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnsDialog, "exec", accept)
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.open_paths([str(odd)])
    matrix = window.document.matrix
    assert matrix is not None
    assert [s.outlet for s in matrix.sources] == ["Pos Kota", "Metro"]
    assert [s.path for s in matrix.sources] == [f"{odd} (row 2)", f"{odd} (row 3)"]
