from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.domain import Agreement, FactKind
from gui.qt.matrix_filter import MatrixFilter
from gui.qt.matrix_model import LEADING, Column, MatrixModel
from gui.qt.matrix_proxy import MatrixProxy
from gui.review import Matrix

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder
DEFAULT = ["f1", "f3", "f2", "f4", "f5", "f6"]


@pytest.fixture
def proxy(qapp, matrix: Matrix) -> MatrixProxy:
    model = MatrixModel()
    model.set_matrix(matrix)
    proxy = MatrixProxy(model)
    model.setParent(proxy)  # the proxy keeps its model alive
    return proxy


def shown(proxy: MatrixProxy) -> list[str]:
    return list(proxy.fact_ids())


def test_unsorted_and_unfiltered_shows_the_default_order(proxy: MatrixProxy):
    assert shown(proxy) == DEFAULT
    assert proxy.source_ids() == ("s1", "s2", "s3", "s4", "s5")


def test_sort_by_label_and_back_to_default(proxy: MatrixProxy):
    proxy.sort(Column.LABEL, ASC)
    assert shown(proxy) == ["f5", "f1", "f2", "f4", "f6", "f3"]
    proxy.sort(-1, ASC)
    assert shown(proxy) == DEFAULT


def test_sort_by_coverage_is_stable(proxy: MatrixProxy):
    proxy.sort(Column.COVERAGE, ASC)
    # ties keep the default order in both directions
    assert shown(proxy) == ["f5", "f6", "f2", "f4", "f1", "f3"]
    proxy.sort(Column.COVERAGE, DESC)
    assert shown(proxy) == ["f1", "f3", "f2", "f4", "f5", "f6"]


def test_sort_by_kind_and_agreement(proxy: MatrixProxy):
    proxy.sort(Column.KIND, ASC)
    assert shown(proxy) == ["f3", "f4", "f1", "f2", "f5", "f6"]
    # Stable: ties keep the order on screen, so sorting by kind then by agreement leaves
    # each agreement group in kind order (the quantity f3 before the date f1).
    proxy.sort(Column.AGREEMENT, DESC)
    assert shown(proxy) == ["f5", "f6", "f2", "f4", "f3", "f1"]
    proxy.sort(-1, ASC)
    proxy.sort(Column.AGREEMENT, DESC)
    assert shown(proxy) == ["f5", "f6", "f2", "f4", "f1", "f3"]


def test_sort_by_an_outlet_groups_its_statuses(proxy: MatrixProxy):
    kabar = LEADING + 1  # s2: f3 conflict, f4 partial, f1 agree, the rest absent
    proxy.sort(kabar, ASC)
    assert shown(proxy) == ["f3", "f4", "f1", "f2", "f5", "f6"]
    suara = LEADING + 3  # s4: f1 conflict, f3 partial
    proxy.sort(suara, ASC)
    assert shown(proxy)[:2] == ["f1", "f3"]


@pytest.mark.parametrize(
    ("matrix_filter", "expected"),
    [
        (MatrixFilter(agreements=frozenset({Agreement.CONFLICT})), ["f1", "f3"]),
        (MatrixFilter(agreements=frozenset({Agreement.PARTIAL, Agreement.SINGLE})),
         ["f4", "f5", "f6"]),
        (MatrixFilter(agreements=frozenset({Agreement.CONSENSUS})), ["f2"]),
        (MatrixFilter(kinds=frozenset({FactKind.QUANTITY})), ["f3", "f4"]),
        (MatrixFilter(kinds=frozenset({FactKind.DATE, FactKind.STATEMENT})),
         ["f1", "f2", "f5", "f6"]),
        (MatrixFilter(min_coverage=2), ["f1", "f3", "f2", "f4"]),
        (MatrixFilter(min_coverage=4), ["f1", "f3"]),
        (MatrixFilter(text="warga mengungsi"), ["f1", "f3"]),  # label, or an excerpt
        (MatrixFilter(text="hujan deras"), ["f1"]),  # in one excerpt only
        (MatrixFilter(text="  lestari   MARET "), ["f1", "f3"]),  # every word, any case
        (MatrixFilter(text="cafe"), ["f6"]),  # accent-insensitive: "Café"
        (MatrixFilter(text="CAFÉ merdeka"), ["f6"]),
        (MatrixFilter(text="<script>"), ["f5"]),
        (MatrixFilter(text="nothing like this"), []),
        (MatrixFilter(kinds=frozenset({FactKind.QUANTITY}),
                      agreements=frozenset({Agreement.CONFLICT})), ["f3"]),
    ],
)  # fmt: skip
def test_filters_narrow_the_rows_and_clearing_restores_them(
    proxy: MatrixProxy, matrix_filter: MatrixFilter, expected: list[str]
):
    proxy.set_filter(matrix_filter)
    assert shown(proxy) == expected
    assert matrix_filter.is_active
    proxy.set_filter(MatrixFilter())
    assert shown(proxy) == DEFAULT


def test_hiding_outlets_removes_their_columns_only(proxy: MatrixProxy):
    proxy.set_filter(MatrixFilter(hidden_sources=frozenset({"s2", "s4"})))
    assert proxy.source_ids() == ("s1", "s3", "s5")
    assert proxy.columnCount() == LEADING + 3
    assert proxy.column_of("s3") == LEADING + 1
    assert proxy.column_of("s2") == -1
    assert shown(proxy) == DEFAULT
    # a fact stated by hidden outlets only would be a blank row
    proxy.set_filter(MatrixFilter(hidden_sources=frozenset({"s5"})))
    assert shown(proxy) == ["f1", "f3", "f2", "f4", "f5"]
    # the search looks only at the sentences of outlets on screen
    proxy.set_filter(MatrixFilter(text="1.500", hidden_sources=frozenset({"s2"})))
    assert shown(proxy) == []
    proxy.set_filter(MatrixFilter())
    assert proxy.columnCount() == LEADING + 5


def test_sorting_survives_filtering(proxy: MatrixProxy):
    proxy.sort(Column.LABEL, DESC)
    proxy.set_filter(MatrixFilter(min_coverage=2))
    assert shown(proxy) == ["f3", "f4", "f2", "f1"]


def test_the_filter_describes_itself():
    assert MatrixFilter().describe() == "all facts, all outlets"
    assert not MatrixFilter(min_coverage=1).is_active
    text = MatrixFilter(
        text=" troops ",
        agreements=frozenset({Agreement.PARTIAL, Agreement.CONFLICT}),
        kinds=frozenset({FactKind.DATE}),
        min_coverage=3,
        hidden_sources=frozenset({"s2"}),
    ).describe({"s2": "Kabar Pagi"})
    assert text == (
        "conflict or partial rows; date facts; stated by at least 3 outlets; "
        "matching “troops”; outlets hidden: Kabar Pagi"
    )
