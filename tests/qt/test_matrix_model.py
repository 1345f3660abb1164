from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from gui.display import cell_text, format_value
from gui.domain import Agreement, Analysis, Cell, Fact, FactKind, Source, Status
from gui.qt import palette
from gui.qt.matrix_model import LEADING, Column, MatrixModel, Role
from gui.qt.matrix_proxy import MatrixProxy
from gui.qt.sources_dock import SourcesModel
from gui.review import Matrix, Review, build_matrix
from gui.review.commands import rename_outlet


@pytest.fixture
def model(qapp, matrix: Matrix) -> MatrixModel:
    model = MatrixModel()
    model.set_matrix(matrix)
    return model


def test_model_has_a_row_per_fact_and_a_column_per_outlet(model: MatrixModel, matrix: Matrix):
    assert model.rowCount() == len(matrix.facts) == 6
    assert model.columnCount() == LEADING + len(matrix.sources) == 9
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Fact", "Kind", "Outlets", "Agreement",
        "Harian Nusantara", "Kabar Pagi", "Lestari Post", "Suara Timur", "Morning Ledger",
    ]  # fmt: skip


def test_models_pass_the_qt_model_tester(qtmodeltester, model: MatrixModel, matrix: Matrix):
    qtmodeltester.check(model)
    qtmodeltester.check(MatrixProxy(model))
    sources = SourcesModel()
    sources.set_matrix(matrix)
    qtmodeltester.check(sources)


def test_default_order_puts_conflicts_first_then_wider_coverage(model: MatrixModel):
    order = [model.fact_at(r).id for r in range(model.rowCount())]
    # f1 and f3 conflict (4 outlets each, analysis order kept); then by coverage: f2, f4 (2)
    # keep analysis order; f5, f6 (1).
    assert order == ["f1", "f3", "f2", "f4", "f5", "f6"]


def test_user_role_hands_back_the_domain_objects(model: MatrixModel, matrix: Matrix):
    row = model.row_of("f3")
    fact = matrix.fact("f3")
    assert model.index(row, Column.LABEL).data(Role.OBJECT) is fact
    kabar = model.column_of("s2")
    cell = model.index(row, kabar).data(Qt.ItemDataRole.UserRole)
    assert isinstance(cell, Cell)
    assert cell is fact.cell("s2")
    assert model.index(row, kabar).data(Role.FACT) is fact
    assert model.index(row, kabar).data(Role.SOURCE_ID) == "s2"
    assert model.headerData(kabar, Qt.Orientation.Horizontal, Role.OBJECT) == matrix.source("s2")


def test_cells_show_glyph_and_value_in_status_colours(model: MatrixModel):
    row = model.row_of("f3")
    expect = {
        "s1": ("✓ 1.200", Status.AGREE),
        "s2": ("≠ 1.500", Status.CONFLICT),
        "s3": ("✓ About 1,200", Status.AGREE),
        "s4": ("~ Ribuan", Status.PARTIAL),
        "s5": ("", Status.ABSENT),
    }
    for sid, (text, status) in expect.items():
        index = model.index(row, model.column_of(sid))
        assert index.data() == text
        assert index.data(Role.STATUS) == status  # Qt hands str enums back as str
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        assert isinstance(brush, QBrush)
        assert brush.color().name().upper() == palette.STATUS[status].fill
        ink = index.data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(ink, QColor)
        assert palette.contrast_ratio(ink.name(), palette.STATUS[status].fill) >= 4.5


def test_leading_columns(model: MatrixModel):
    row = model.row_of("f4")
    assert model.index(row, Column.LABEL).data() == "Rumah terendam"
    assert model.index(row, Column.KIND).data() == "quantity"
    assert not model.index(row, Column.KIND).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(row, Column.COVERAGE).data() == "2/5"
    assert model.index(row, Column.AGREEMENT).data() == "~ partial"
    assert model.index(row, Column.AGREEMENT).data(Role.STATUS) == Agreement.PARTIAL


def test_dates_line_up_across_languages_and_statements_show_a_word(model: MatrixModel):
    row = model.row_of("f1")
    assert model.index(row, model.column_of("s1")).data() == "✓ 3 Mar 2025"
    assert model.index(row, model.column_of("s3")).data() == "✓ 3 Mar 2025"
    assert model.index(row, model.column_of("s4")).data() == "≠ 2 Mar 2025"
    statement = model.row_of("f2")
    assert model.index(statement, model.column_of("s1")).data() == "✓ agree"


def test_format_value_keeps_the_outlets_words_or_falls_back():
    assert format_value(FactKind.DATE, Cell(Status.AGREE, "Juni 2024", "2024-06")) == "Jun 2024"
    assert format_value(FactKind.DATE, Cell(Status.PARTIAL, "tahun lalu", "2024")) == "2024"
    assert format_value(FactKind.DATE, Cell(Status.AGREE, "pekan lalu", "?")) == "pekan lalu"
    assert format_value(FactKind.QUANTITY, Cell(Status.AGREE, "", 4700.0)) == "4,700"
    assert format_value(FactKind.QUANTITY, Cell(Status.AGREE, "sekitar\n 3,5 juta")) == (
        "sekitar 3,5 juta"
    )
    assert cell_text(FactKind.QUANTITY, Cell(Status.ABSENT)) == ""


def test_tooltips_escape_article_text(model: MatrixModel):
    row = model.row_of("f5")
    tip = model.index(row, model.column_of("s3")).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in tip
    assert "<script>" not in tip
    header_tip = model.headerData(model.column_of("s1"), Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.ToolTipRole)  # fmt: skip
    assert "Banjir Besar Rendam Kota Lestari" in header_tip
    assert "4 Mar 2025, 08:15" in header_tip


def test_long_labels_keep_their_full_text_in_the_tooltip(analysis: Analysis):
    long_label = "Jumlah korban jiwa yang dilaporkan oleh berbagai lembaga " * 3
    facts = (replace(analysis.facts[0], label=long_label), *analysis.facts[1:])
    model = MatrixModel()
    model.set_matrix(build_matrix(replace(analysis, facts=facts)))
    tip = model.index(model.row_of("f1"), Column.LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert " ".join(long_label.split()) in tip


def test_renaming_keeps_rows_and_emits_header_change(qtbot, model: MatrixModel, analysis):
    review = Review()
    review.record(rename_outlet(build_matrix(analysis), "s2", "Kabar Pagi Online"))
    column = model.column_of("s2")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.headerDataChanged):
        model.set_matrix(build_matrix(analysis, review))
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Kabar Pagi Online"
    assert "Kabar Pagi Online" in model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)


def test_a_different_corpus_resets_the_model(qtbot, model: MatrixModel):
    source = Source("x1", "Only Outlet", "t", None, "en", "Some text here.", "x.txt")
    cell = Cell(Status.AGREE, "here", None, "Some text here.", 0, 15, 10, 14)
    fact = Fact("g1", FactKind.STATEMENT, "Something", {"x1": cell}, Agreement.SINGLE)
    with qtbot.waitSignal(model.modelReset):
        model.set_matrix(build_matrix(Analysis(sources=(source,), facts=(fact,))))
    assert model.rowCount() == 1
    assert model.columnCount() == LEADING + 1
    model.set_matrix(None)
    assert model.rowCount() == 0
    assert model.columnCount() == LEADING


def test_palette_inks_contrast_with_every_fill():
    for swatch in [*palette.STATUS.values(), *palette.AGREEMENT.values()]:
        assert palette.contrast_ratio(swatch.ink, swatch.fill) >= 4.5, swatch
    assert palette.contrast_ink("#000080") == "#FFFFFF"
    assert palette.contrast_ink("#FFFF00") == "#000000"
