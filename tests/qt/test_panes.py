from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor

from gui.domain import Analysis, Entity, Status
from gui.qt import palette
from gui.qt.detail_html import Mark, detail_html, marked_html, value_style
from gui.qt.source_pane import ArticleView, FactSpan, fact_spans, span_at
from gui.qt.textmap import Utf16Map, fold
from gui.review import Matrix
from tests.qt.conftest import HTML_LIKE, LEDGER

AGREE_FILL = "#1B9E77"
CONFLICT_FILL = "#D55E00"


def highlighted(html: str, fill: str, words: str) -> bool:
    """``words`` wrapped in one span whose background is ``fill``."""
    pattern = (
        rf'<span style="background-color:{fill};[^"]*font-weight:600;">{re.escape(words)}</span>'
    )
    return re.search(pattern, html) is not None


# ---- detail pane ---------------------------------------------------------------------


def test_conflict_row_highlights_both_values_in_their_colours(window):
    assert window.select_fact("f3")  # 1.200 (agree) against 1.500 (conflict)
    html = window.detail.html
    assert highlighted(html, AGREE_FILL, "1.200")
    assert highlighted(html, CONFLICT_FILL, "1.500")
    assert highlighted(html, AGREE_FILL, "About 1,200")
    assert highlighted(html, palette.STATUS[Status.PARTIAL].fill, "Ribuan")
    text = window.detail.toPlainText()
    for outlet in ("Harian Nusantara", "Kabar Pagi", "Lestari Post", "Suara Timur"):
        assert outlet in text
    assert "Not mentioned by: Morning Ledger" in text
    # Qt really renders the colours, not just our string.
    assert CONFLICT_FILL.lower() in window.detail.toHtml().lower()


def test_other_mentions_are_marked_subtly(matrix: Matrix):
    html = detail_html(matrix, matrix.fact("f3"))
    # "1.200 warga": the value 1.200 wins over the quantity mention, " warga" stays shaded
    assert f'<span style="background-color:{palette.MENTION_TINT};"> warga</span>' in html
    # the attribution is shaded and in italics
    assert 'font-style:italic;">Menurut Badan Penanggulangan Bencana Daerah (BPBD)</span>' in html


def test_article_text_is_escaped_in_the_detail_pane(window):
    assert window.select_fact("f5")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in window.detail.html
    assert "<script>" not in window.detail.html
    assert HTML_LIKE in window.detail.toPlainText()


def test_marked_html_merges_and_prioritises_overlapping_marks():
    text = "Sekitar 350 rumah <rusak> parah."
    marks = [
        Mark(0, 17, "M;"),  # the whole quantity mention
        Mark(8, 11, "V;", priority=10),  # the decisive number wins inside it
        Mark(18, 25, "X;"),
    ]
    out = marked_html(text, 0, len(text), marks)
    assert out == (
        '<span style="M;">Sekitar </span><span style="V;">350</span>'
        '<span style="M;"> rumah</span> <span style="X;">&lt;rusak&gt;</span> parah.'
    )
    # marks outside the range are clipped away; newlines become line breaks
    assert marked_html("ab\ncd", 1, 4, [Mark(0, 2, "Y;")]) == '<span style="Y;">b</span><br/>c'


def test_unsound_offsets_fall_back_to_the_escaped_excerpt(analysis: Analysis, matrix: Matrix):
    from dataclasses import replace

    fact = matrix.fact("f5")
    broken = replace(fact.cell("s3"), start=10_000, end=10_050)
    html = detail_html(matrix, replace(fact, cells={"s3": broken}))
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; after" in html
    assert f'{value_style(Status.AGREE)}">&lt;b&gt;' not in html


def test_detail_pane_lists_only_the_outlets_shown(matrix: Matrix):
    html = detail_html(matrix, matrix.fact("f3"), source_ids=["s1", "s3"])
    assert "1.500" not in html
    assert "Harian Nusantara" in html and "Lestari Post" in html


def test_clicking_an_outlet_in_the_detail_pane_opens_its_article(window, qtbot):
    window.select_fact("f3")
    with qtbot.waitSignal(window.detail.sourceRequested) as blocker:
        window.detail.anchorClicked.emit(QUrl("source:s4"))
    assert blocker.args == ["s4"]
    assert window.source_pane.source_id == "s4"


# ---- source pane -----------------------------------------------------------------------


def test_article_with_markup_is_shown_literally(window):
    window.select_fact("f5")
    assert window.source_pane.source_id == "s3"
    text = window.source_pane.article.toPlainText()
    assert HTML_LIKE in text
    assert "<script>alert(1)</script>" in text
    assert text == window.model.matrix.source("s3").text


def test_selecting_a_fact_emphasises_its_span_in_the_article(window):
    window.select_fact("f3", "s2")
    article = window.source_pane.article
    assert window.source_pane.source_id == "s2"
    chosen = [s for s in article.extraSelections() if s.format.fontWeight() > 500]
    assert len(chosen) == 1
    assert chosen[0].cursor.selectedText() == "1.500"
    assert chosen[0].format.background().color().name().upper() == CONFLICT_FILL
    # every fact the outlet states is highlighted: f1 (date), f3 (number), f4 (houses)
    spans = {s.fact_id for s in article.spans}
    assert spans == {"f1", "f3", "f4"}


def _click_on(qtbot, article: ArticleView, offset: int) -> None:
    cursor = QTextCursor(article.document())
    cursor.setPosition(article._map.to_qt(offset))
    rect = article.cursorRect(cursor)
    point = QPoint(rect.left() + 3, rect.center().y())
    qtbot.mouseClick(article.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_highlighted_span_selects_its_row(window, qtbot):
    window.select_fact("f1", "s2")  # show Kabar Pagi with the date fact selected
    article = window.source_pane.article
    kabar = window.model.matrix.source("s2")
    offset = kabar.text.index("1.500") + 1
    with qtbot.waitSignal(window.source_pane.factClicked) as blocker:
        _click_on(qtbot, article, offset)
    assert blocker.args == ["f3", "s2"]
    assert window.current_fact().id == "f3"
    assert window.matrix_view.currentIndex().data(0) == "≠ 1.500"  # the Kabar Pagi cell


def test_clicking_after_astral_characters_still_finds_the_span(window, qtbot):
    window.show_source("s5")  # "🌊" twice before the fact
    article = window.source_pane.article
    offset = LEDGER.index("two-week")
    with qtbot.waitSignal(window.source_pane.factClicked) as blocker:
        _click_on(qtbot, article, offset)
    assert blocker.args == ["f6", "s5"]
    assert window.current_fact().id == "f6"


def test_clicking_plain_words_selects_nothing(window, qtbot):
    window.select_fact("f1", "s2")
    article = window.source_pane.article
    kabar = window.model.matrix.source("s2")
    with qtbot.assertNotEmitted(window.source_pane.factClicked):
        _click_on(qtbot, article, kabar.text.index("mengeluhkan") + 2)
    assert window.current_fact().id == "f1"


def test_selecting_words_in_the_article_selects_their_fact(window, qtbot):
    window.select_fact("f1", "s1")
    article = window.source_pane.article
    harian = window.model.matrix.source("s1").text
    start = harian.index("Sekitar 350")
    cursor = QTextCursor(article.document())
    cursor.setPosition(start + 2)
    cursor.setPosition(start + 9, QTextCursor.MoveMode.KeepAnchor)
    article.setTextCursor(cursor)
    with qtbot.waitSignal(window.source_pane.factClicked) as blocker:
        qtbot.mouseRelease(article.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(1, 1))
    assert blocker.args == ["f4", "s1"]


def test_span_lookup_prefers_the_narrowest_and_cycles_through_shared_words():
    spans = [
        FactSpan("wide", Status.AGREE, 0, 20, 0, 20),
        FactSpan("a", Status.AGREE, 5, 10, 0, 20),
        FactSpan("b", Status.CONFLICT, 5, 10, 0, 20),
    ]
    assert span_at(spans, 2) == "wide"
    assert span_at(spans, 7) == "a"
    assert span_at(spans, 7, current="a") == "b"
    assert span_at(spans, 7, current="b") == "wide"  # every fact on those words, in turn
    assert span_at(spans, 7, current="wide") == "a"
    assert span_at(spans, 10) == "wide"
    assert span_at(spans, 20) is None


def test_fact_spans_skip_absent_cells_and_bad_offsets(matrix: Matrix):
    spans = fact_spans("s3", matrix.facts, len(matrix.source("s3").text))
    assert [s.fact_id for s in spans] == ["f1", "f3", "f2", "f5"]
    assert fact_spans("s3", matrix.facts, 10) == []


def test_utf16_map_round_trips():
    text = "a🌊b😀😀c"
    mapping = Utf16Map(text)
    qt = [mapping.to_qt(i) for i in range(len(text) + 1)]
    assert qt == [0, 1, 3, 4, 6, 8, 9]
    assert [mapping.to_py(p) for p in qt] == list(range(len(text) + 1))
    plain = Utf16Map("plain")
    assert plain.to_qt(3) == 3 == plain.to_py(3)


def test_fold_ignores_case_and_accents():
    assert fold("Café ÉLYSÉE Ñusa") == "cafe elysee nusa"
    assert fold("Straße") == "strasse"


def test_mentions_inside_the_value_do_not_split_it(matrix: Matrix):
    # An entity covering part of the decisive words must not break their highlight.
    analysis = matrix.analysis
    text = analysis.source("s1").text
    start = text.index("Maret 2025")
    extra = Entity(start, start + 5, "Maret", key="maret", name="Maret", kind="other")
    from dataclasses import replace

    from gui.review import build_matrix

    mentions = dict(analysis.mentions)
    mentions["s1"] = (*mentions["s1"], extra)
    html = detail_html(build_matrix(replace(analysis, mentions=mentions)), matrix.fact("f1"))
    assert highlighted(html, AGREE_FILL, "3 Maret 2025")
