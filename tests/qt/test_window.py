from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.domain import Agreement, FactKind
from gui.qt.matrix_model import LEADING, Column
from gui.qt.settings import app_settings
from gui.qt.sources_dock import SourceColumn
from gui.qt.window import MainWindow
from tests.qt.fakes import GatedEngine


def header(window: MainWindow, column: int) -> str:
    return window.proxy.headerData(column, Qt.Orientation.Horizontal)


def counts(window: MainWindow) -> str:
    return window.counts.text()


def test_window_shows_the_matrix_with_the_first_conflict_selected(window):
    assert window.proxy.rowCount() == 6
    assert counts(window).startswith("6 of 6 facts shown")
    assert window.current_fact().agreement is Agreement.CONFLICT
    assert "Banjir melanda Kota Lestari" in window.detail.toPlainText()
    assert window.windowTitle() == "Untitled[*] — Claimgrid — 5 outlets, 6 facts"


def test_frozen_columns_stay_in_place_when_scrolling_sideways(window, qtbot):
    frozen = window.matrix_view.frozen_view
    assert frozen.isVisible()
    assert [frozen.isColumnHidden(c) for c in range(window.proxy.columnCount())] == [
        *([False] * LEADING), *([True] * 5)
    ]  # fmt: skip
    window.resize(700, 600)  # now the outlets overflow
    qtbot.waitUntil(lambda: window.matrix_view.horizontalScrollBar().maximum() > 0)
    bar = window.matrix_view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    assert frozen.geometry().left() <= window.matrix_view.frameWidth()
    assert frozen.width() == sum(window.matrix_view.columnWidth(c) for c in range(LEADING))
    assert frozen.horizontalScrollBar().value() == 0
    # the frozen part scrolls with the rows
    window.matrix_view.verticalScrollBar().setValue(1)
    assert frozen.verticalScrollBar().value() == window.matrix_view.verticalScrollBar().value()


def test_clicking_the_frozen_header_sorts_and_cycles_back_to_default(window, qtbot):
    frozen_header = window.matrix_view.frozen_view.horizontalHeader()
    frozen_header.sectionClicked.emit(Column.LABEL)
    assert window.proxy.fact_ids()[0] == "f5"  # "Agency website…"
    frozen_header.sectionClicked.emit(Column.LABEL)
    assert window.proxy.fact_ids()[0] == "f3"  # "Warga mengungsi" first, descending
    frozen_header.sectionClicked.emit(Column.LABEL)
    assert window.proxy.fact_ids() == ("f1", "f3", "f2", "f4", "f5", "f6")
    window.matrix_view.sortByColumn(LEADING + 1, Qt.SortOrder.AscendingOrder)
    assert window.proxy.fact_ids()[:3] == ("f3", "f4", "f1")
    window.view_actions.default_order.trigger()
    assert window.proxy.fact_ids() == ("f1", "f3", "f2", "f4", "f5", "f6")


def test_filter_bar_narrows_rows_and_one_click_clears(window, qtbot):
    bar = window.filter_bar
    assert not bar.active_row.isVisible()
    bar.agreement_chips[Agreement.CONFLICT].trigger()
    assert window.proxy.fact_ids() == ("f1", "f3")
    assert counts(window).startswith("2 of 6 facts shown")
    bar.kind_chips[FactKind.QUANTITY].trigger()
    assert window.proxy.fact_ids() == ("f3",)
    assert bar.active_row.isVisible()
    assert bar.summary.text() == "conflict rows; quantity facts"
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert window.proxy.rowCount() == 6
    assert not bar.active_row.isVisible()
    assert not bar.agreement_chips[Agreement.CONFLICT].isChecked()


def test_search_is_debounced_and_accent_insensitive(window, qtbot):
    bar = window.filter_bar
    bar.search.setText("CAFE")
    assert window.proxy.rowCount() == 6  # not yet: typing may go on
    with qtbot.waitSignal(bar.filterChanged, timeout=2000):
        pass
    assert window.proxy.fact_ids() == ("f6",)
    assert "matching “CAFE”" in bar.summary.text()
    bar.search.clear()
    bar.flush()
    assert window.proxy.rowCount() == 6


def test_minimum_coverage_and_hidden_outlets(window):
    bar = window.filter_bar
    bar.coverage.setValue(4)
    assert window.proxy.fact_ids() == ("f1", "f3")
    bar.coverage.setValue(1)
    assert window.proxy.rowCount() == 6
    kabar = next(a for a in bar.outlets_menu.actions() if a.data() == "s2")
    kabar.setChecked(False)
    assert window.proxy.source_ids() == ("s1", "s3", "s4", "s5")
    assert bar.outlets.text() == "Outlets (1 hidden)"
    # the sources list follows, and ticking it there shows the column again
    index = window.sources_model.index(1, SourceColumn.OUTLET)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    window.sources_model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert window.proxy.source_ids() == ("s1", "s2", "s3", "s4", "s5")
    assert kabar.isChecked()


def test_find_shortcut_focuses_the_search_box(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.matrix_view.setFocus()
    qtbot.keyClick(window.matrix_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.filter_bar.search.hasFocus)
    assert QApplication.focusWidget() is window.filter_bar.search


def test_standard_shortcuts_are_bound(window):
    def keys(action) -> set[str]:
        return {s.toString() for s in action.shortcuts()}

    assert "Ctrl+O" in keys(window.corpus.open_action)
    assert "Ctrl+Q" in keys(window.view_actions.quit)
    assert "Ctrl+E" in keys(window.exporter.actions["xlsx"])
    assert "Ctrl++" in keys(window.view_actions.zoom_in)
    assert "Ctrl+-" in keys(window.view_actions.zoom_out)
    assert "Ctrl+0" in keys(window.view_actions.zoom_reset)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Analysis", "&Help"]


def test_zoom_changes_the_table_font_and_row_height(window):
    view = window.matrix_view
    size, height = view.font().pointSizeF(), view.verticalHeader().defaultSectionSize()
    window.view_actions.zoom_in.trigger()
    window.view_actions.zoom_in.trigger()
    assert view.font().pointSizeF() == size + 2
    assert view.frozen_view.font().pointSizeF() == size + 2
    assert view.verticalHeader().defaultSectionSize() > height
    window.view_actions.zoom_out.trigger()
    assert view.font().pointSizeF() == size + 1
    window.view_actions.zoom_reset.trigger()
    assert view.font().pointSizeF() == size
    assert view.verticalHeader().defaultSectionSize() == height


def test_renaming_an_outlet_changes_its_header_and_keeps_the_selection(window, qtbot):
    window.select_fact("f3", "s2")
    index = window.sources_model.index(1, SourceColumn.OUTLET)
    assert window.sources_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(window.document.matrixChanged):
        window.sources_model.setData(index, "  Kabar   Pagi Daily ", Qt.ItemDataRole.EditRole)
    column = window.proxy.column_of("s2")
    assert header(window, column) == "Kabar Pagi Daily"
    assert [d.text for d in window.document.review.decisions] == ["Kabar Pagi Daily"]
    assert window.current_fact().id == "f3"
    assert "Kabar Pagi Daily" in window.detail.toPlainText()
    assert window.source_pane.outlets.currentText().endswith("Kabar Pagi Daily")
    # Back to the detected name: a decision that drops the rename (and can be undone).
    window.sources_model.setData(index, "Kabar Pagi", Qt.ItemDataRole.EditRole)
    assert header(window, column) == "Kabar Pagi"
    assert window.document.review.decisions[-1].text == ""
    window.document.undo()
    assert header(window, column) == "Kabar Pagi Daily"


def test_rename_survives_a_new_analysis(window, analysis):
    window.document.rename_outlet("s4", "Suara Timur Online")
    window.set_analysis(analysis)
    assert header(window, window.proxy.column_of("s4")) == "Suara Timur Online"


def test_sources_list_shows_outlets_and_opens_an_article(window):
    model = window.sources_model
    assert model.rowCount() == 5
    row = [model.index(2, c).data() for c in range(model.columnCount())]
    assert row == ["Lestari Post", "", "Floods force 1,200 from their homes", "4 Mar 2025, 17:40",
                   f"{len(window.model.matrix.source('s3').text.split()):,}"]  # fmt: skip
    window.sources_dock.view.selectRow(4)
    assert window.source_pane.source_id == "s5"


# ---- export ----------------------------------------------------------------------------


def test_current_export_view_follows_sort_filter_and_hidden_outlets(window):
    view = window.current_export_view()
    assert view.fact_ids == ("f1", "f3", "f2", "f4", "f5", "f6")
    assert view.source_ids == ("s1", "s2", "s3", "s4", "s5")
    assert view.description == "all facts, all outlets"
    window.filter_bar.kind_chips[FactKind.STATEMENT].trigger()
    window.filter_bar.set_source_shown("s5", False)
    window.matrix_view.sortByColumn(Column.LABEL, Qt.SortOrder.AscendingOrder)
    view = window.current_export_view()
    # f6 is stated by the hidden Morning Ledger only, so its row goes too
    assert view.fact_ids == ("f5", "f2")
    assert view.source_ids == ("s1", "s2", "s3", "s4")
    assert view.description == "statement facts; outlets hidden: Morning Ledger"


@pytest.fixture
def fake_export(monkeypatch):
    """A gui.export with a JSON writer that records its call and a missing CSV writer."""
    from gui.export.atomic import ExportError

    calls: list[tuple] = []

    def write_json(matrix, path, view):
        if "readonly" in str(path):
            raise ExportError(f"Cannot write {path}: permission denied")
        Path(path).write_text("{}", encoding="utf-8")
        calls.append((matrix, Path(path), view))
        return Path(path)

    module = types.ModuleType("gui.export")
    module.write_json = write_json  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gui.export", module)
    return calls


def test_export_actions_follow_what_gui_export_offers(window, fake_export):
    window.exporter.update_actions()
    assert window.exporter.actions["json"].isEnabled()
    assert not window.exporter.actions["csv"].isEnabled()
    assert not window.exporter.actions["xlsx"].isEnabled()


def test_export_writes_the_view_and_offers_to_open_the_folder(window, fake_export, tmp_path):
    window.filter_bar.agreement_chips[Agreement.CONFLICT].trigger()
    target = window.export_to("json", tmp_path / "claims.json")
    assert target == tmp_path / "claims.json"
    matrix, path, view = fake_export[0]
    assert path.read_text(encoding="utf-8") == "{}"
    assert matrix is window.model.matrix
    assert view.fact_ids == ("f1", "f3")
    assert view.description == "conflict rows"
    box = window.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "claims.json" in box.text()
    assert [b.text() for b in box.buttons() if b.text() == "Open Folder"] == ["Open Folder"]
    assert box.windowModality() == Qt.WindowModality.NonModal


def test_export_error_is_shown_as_a_message(window, fake_export, tmp_path):
    assert window.export_to("json", tmp_path / "readonly" / "claims.json") is None
    box = window.message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert "permission denied" in box.text()
    assert fake_export == []


def test_real_exporters_write_what_is_on_screen(window, tmp_path):
    pytest.importorskip("gui.export")
    import gui.export

    if not hasattr(gui.export, "write_json"):
        pytest.skip("gui.export.write_json is not there yet")
    window.filter_bar.kind_chips[FactKind.QUANTITY].trigger()
    target = window.export_to("json", tmp_path / "claims.json")
    assert target is not None
    text = target.read_text(encoding="utf-8")
    assert '"f3"' in text and '"f4"' in text and '"f1"' not in text


# ---- corpus, drops, settings ---------------------------------------------------------


def _drop(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([*(QUrl.fromLocalFile(str(p)) for p in paths), QUrl("https://example.com/x")])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)


def test_files_dropped_on_a_project_open_a_new_one_or_join_it_as_chosen(qtbot, analysis, tmp_path):
    engine = GatedEngine(analysis, total=2, pause_at=0)
    window = MainWindow(engine_factory=engine.engine, remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.open_paths([str(tmp_path / "a.txt")])
    first = window.document.project
    _drop(window, tmp_path / "b.html")
    menu = window.drop_menu
    assert menu is not None and menu.isVisible()
    choices = {a.text(): a for a in menu.actions() if a.text()}
    assert set(choices) == {"Open as a New Project", "Add to This Project", "Cancel"}
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        choices["Add to This Project"].trigger()
    # Only the dropped file is read (the web address is no file); the project's five
    # articles are analysed with it, in the same project.
    assert engine.loaded_paths == [[str(tmp_path / "a.txt")], [str(tmp_path / "b.html")]]
    assert engine.analysed == [5, 10]
    assert window.document.project is first

    _drop(window, tmp_path / "c.txt")
    choices = {a.text(): a for a in window.drop_menu.actions() if a.text()}
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        choices["Open as a New Project"].trigger()
    assert engine.analysed[-1] == 5
    assert window.document.project is not first


def test_opening_files_replaces_the_sample_and_adding_grows_the_project(qtbot, analysis, tmp_path):
    engine = GatedEngine(analysis, total=2, pause_at=0)
    window = MainWindow(engine_factory=engine.engine, remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.open_paths(["seeds/"], sample=True)
    # Adding to the sample starts a project of one's own: the sample is never mixed in.
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.add_paths([str(tmp_path / "mine.txt")])
    assert not window.document.is_sample
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.add_paths([str(tmp_path / "more.txt"), str(tmp_path / "mine.txt")])
    assert engine.loaded_paths == [
        ["seeds/"],
        [str(tmp_path / "mine.txt")],
        [str(tmp_path / "more.txt"), str(tmp_path / "mine.txt")],
    ]
    assert engine.analysed == [5, 5, 10]


def test_file_menu_tells_opening_from_adding(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Open Articles…" in texts and "&Add Articles to Project…" in texts
    assert window.corpus.open_action.shortcut().toString() == "Ctrl+O"
    assert window.corpus.add_files_action.shortcut().toString() == "Ctrl+Shift+A"
    assert "new project" in window.corpus.open_action.toolTip()


def test_geometry_splitters_and_zoom_are_remembered_in_isolated_settings(
    qtbot, analysis, _isolated_settings
):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(760, 560)  # within the offscreen screen, which restoreGeometry respects
    first.show()
    first.main_splitter.setSizes([300, 300])
    first.matrix_view.set_zoom(2)
    size = first.size().toTuple()
    first.close()
    settings = app_settings()
    assert Path(settings.fileName()).is_relative_to(_isolated_settings)
    assert settings.value("matrix/zoom") in (2, "2")
    assert QSettings().organizationName() in ("", "Claimgrid")

    second = MainWindow()
    qtbot.addWidget(second)
    assert second.matrix_view.zoom() == 2
    assert second.size().toTuple() == size
    second.show()
    sizes = second.main_splitter.sizes()
    assert abs(sizes[0] - sizes[1]) <= 2


def test_legend_is_non_modal_and_names_every_status(window):
    window.view_actions.legend.trigger()
    legend = window._legend
    assert legend is not None and legend.isVisible() and not legend.isModal()
    text = legend.findChildren(type(window.counts))[0].text()
    for word in ("agree", "conflict", "partial", "absent", "consensus", "single"):
        assert word in text
    strip = window.legend_strip
    assert {w.objectName() for w in strip.children() if w.objectName()} >= {
        "legend-agree", "legend-conflict", "legend-partial", "legend-absent"
    }  # fmt: skip
