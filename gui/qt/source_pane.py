"""One outlet's whole article, every fact it states highlighted and clickable.

The article is set as plain text (never parsed as markup) and highlights are extra
selections, so what the reviewer reads is exactly ``Source.text``. Domain offsets count code
points; the document counts UTF-16 units, hence :class:`Utf16Map` at both borders.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.display import format_published, published_origin, published_origin_word
from gui.domain import Fact, Source, Status
from gui.i18n import translate
from gui.qt import palette
from gui.qt.textmap import Utf16Map
from gui.review.matrix import Matrix


@dataclass(frozen=True, slots=True)
class FactSpan:
    """Where one fact's decisive words sit in one article (Python offsets)."""

    fact_id: str
    status: Status
    start: int  # decisive words, half-open
    end: int
    excerpt_start: int  # the whole sentence, half-open
    excerpt_end: int


def fact_spans(source_id: str, facts: Sequence[Fact], text_length: int) -> list[FactSpan]:
    """Every stated fact's span in one source, in text order; unsound offsets are skipped."""
    spans = []
    for fact in facts:
        cell = fact.cell(source_id)
        if cell.status is Status.ABSENT:
            continue
        start, end = cell.value_start, cell.value_end
        if not 0 <= start < end <= text_length:
            start, end = cell.start, cell.end
        if not 0 <= start < end <= text_length:
            continue
        spans.append(FactSpan(fact.id, cell.status, start, end, cell.start, cell.end))
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def span_at(spans: Sequence[FactSpan], offset: int, current: str | None = None) -> str | None:
    """The fact whose span holds the character at ``offset``.

    Where spans overlap, the narrowest wins; clicking again on the span of the current fact
    steps to the next fact sharing those words.
    """
    hits = [s for s in spans if s.start <= offset < s.end]
    if not hits:
        return None
    hits.sort(key=lambda s: (s.end - s.start, s.start))
    ids = [s.fact_id for s in hits]
    if current in ids:
        return ids[(ids.index(current) + 1) % len(ids)]
    return ids[0]


class ArticleView(QPlainTextEdit):
    factClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMouseTracking(True)
        self._source_id: str | None = None
        self._map = Utf16Map("")
        self._spans: list[FactSpan] = []
        self._starts: list[int] = []
        self._selected: str | None = None

    @property
    def source_id(self) -> str | None:
        return self._source_id

    @property
    def spans(self) -> list[FactSpan]:
        return list(self._spans)

    def set_article(self, source: Source | None, spans: list[FactSpan]) -> None:
        if source is None:
            self._source_id = None
            self._map = Utf16Map("")
            self.setPlainText("")
        elif source.id != self._source_id or self.toPlainText() != source.text:
            self._source_id = source.id
            self._map = Utf16Map(source.text)
            self.setPlainText(source.text)
        self._spans = spans
        self._starts = [s.start for s in spans]
        self._paint()

    def offset_of(self, position: int) -> int:
        """The Python string offset into the source text of a Qt document position."""
        return self._map.to_py(position)

    def select_fact(self, fact_id: str | None, *, scroll: bool = True) -> None:
        if fact_id != self._selected:
            # The highlights only change with the chosen fact (set_article repaints for new
            # spans): a filter that keeps the row selected must not redo them.
            self._selected = fact_id
            self._paint()
        span = self._span_of(fact_id)
        if span is not None and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(span.excerpt_start))
            self.setTextCursor(cursor)
            self.centerCursor()

    def _span_of(self, fact_id: str | None) -> FactSpan | None:
        for span in self._spans:
            if span.fact_id == fact_id:
                return span
        return None

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = fmt  # type: ignore[attr-defined]
        return selection

    def _paint(self) -> None:
        selections = []
        chosen = self._span_of(self._selected)
        if chosen is not None:
            sentence = QTextCharFormat()
            sentence.setBackground(palette.tint(palette.STATUS[chosen.status].fill, 45))
            sentence.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(self._selection(chosen.excerpt_start, chosen.excerpt_end, sentence))
        for span in self._spans:
            swatch = palette.STATUS[span.status]
            fmt = QTextCharFormat()
            if chosen is not None and span.fact_id == chosen.fact_id:
                fmt.setBackground(palette.qcolor(swatch.fill))
                fmt.setForeground(palette.qcolor(swatch.ink))
                fmt.setFontWeight(QFont.Weight.Bold)
            else:
                fmt.setBackground(palette.tint(swatch.fill, 80))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(palette.qcolor(swatch.fill))
            click = translate("SourcePane", "click to select this fact")
            fmt.setToolTip(f"<qt>{html.escape(swatch.chip)} — {click}</qt>")
            selections.append(self._selection(span.start, span.end, fmt))
        if chosen is not None:  # drawn last so shared words show the chosen fact
            selections.append(selections.pop(1 + self._spans.index(chosen)))
        self.setExtraSelections(selections)

    # ---- clicks -----------------------------------------------------------------------

    def offset_at(self, pos: QPoint) -> int:
        """The Python offset of the character under ``pos`` (viewport coordinates)."""
        cursor = self.cursorForPosition(pos)
        position = cursor.position()
        # The cursor sits between characters; left of its caret is the previous character.
        if pos.x() < self.cursorRect(cursor).left() and position > 0:
            position -= 1
        return self._map.to_py(position)

    def fact_at(self, pos: QPoint, *, cycle: bool = True) -> str | None:
        """The fact under ``pos``; with ``cycle``, stepping past the selected fact."""
        offset = self.offset_at(pos)
        return span_at(self._near(offset), offset, self._selected if cycle else None)

    def _near(self, offset: int) -> list[FactSpan]:
        # Spans are sorted by start; only those starting at or before the offset can hold it.
        return self._spans[: bisect_right(self._starts, offset)]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over = self.fact_at(event.position().toPoint(), cycle=False)
        shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            # Selecting words picks the fact at the start of the selection.
            offset = self._map.to_py(cursor.selectionStart())
            fact_id = span_at(self._near(offset), offset, self._selected)
        else:
            fact_id = self.fact_at(event.position().toPoint())
        if fact_id is not None:
            self.factClicked.emit(fact_id)


class SourcePane(QWidget):
    """An outlet picker over the article of the outlet shown."""

    factClicked = Signal(str, str)  # fact id, source id
    sourceChanged = Signal(str)  # source id picked in the combo box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePane")
        self._matrix: Matrix | None = None
        self._fact: Fact | None = None
        self.outlets = QComboBox(self)
        self.outlets.setObjectName("outletPicker")
        self.outlets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outlets.setToolTip(translate("SourcePane", "The outlet whose article is shown"))
        self.meta = QLabel(self)
        self.meta.setObjectName("articleMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.article = ArticleView(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.outlets)
        top.addWidget(self.meta, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.article, 1)
        self.outlets.currentIndexChanged.connect(self._on_outlet_picked)
        self.article.factClicked.connect(self._on_fact_clicked)

    @property
    def source_id(self) -> str | None:
        return self.article.source_id

    def set_matrix(self, matrix: Matrix | None) -> None:
        self._matrix = matrix
        current = self.source_id
        self.outlets.blockSignals(True)
        self.outlets.clear()
        for source in matrix.sources if matrix else ():
            self.outlets.addItem(source.outlet, source.id)
        self.outlets.blockSignals(False)
        if matrix is None or not matrix.sources:
            self.article.set_article(None, [])
            self.meta.clear()
            return
        ids = [s.id for s in matrix.sources]
        self.show_source(current if current in ids else ids[0])

    def show_source(self, source_id: str) -> None:
        if self._matrix is None:
            return
        try:
            source = self._matrix.source(source_id)
        except KeyError:
            return
        index = self.outlets.findData(source_id)
        if index >= 0 and index != self.outlets.currentIndex():
            self.outlets.blockSignals(True)
            self.outlets.setCurrentIndex(index)
            self.outlets.blockSignals(False)
        spans = fact_spans(source.id, self._matrix.facts, len(source.text))
        self.article.set_article(source, spans)
        self._describe(source)
        self.article.select_fact(self._fact.id if self._fact else None)

    def show_fact(self, fact: Fact | None) -> None:
        self._fact = fact
        self._label_outlets()
        if self._matrix is not None and self.source_id is not None:
            self._describe(self._matrix.source(self.source_id))
        self.article.select_fact(fact.id if fact else None)

    def _label_outlets(self) -> None:
        if self._matrix is None:
            return
        for i, source in enumerate(self._matrix.sources):
            glyph = ""
            if self._fact is not None:
                glyph = palette.STATUS[self._fact.cell(source.id).status].glyph
            self.outlets.setItemText(i, f"{glyph}  {source.outlet}" if glyph else source.outlet)

    def _describe(self, source: Source) -> None:
        parts = [source.title] if source.title else []
        if source.published:
            when = format_published(source.published)
            word = published_origin_word(source)
            parts.append(f"{when} ({word})" if word else when)
        parts.append(translate("SourcePane", "{count} words").format(count=f"{source.words:,}"))
        if self._fact is not None and self._fact.cell(source.id).status is Status.ABSENT:
            parts.append(translate("SourcePane", "does not mention the selected fact"))
        self.meta.setText(" · ".join(parts))
        lines = [*parts, published_origin(source)] if source.published else parts
        self.meta.setToolTip(f"<qt>{'<br/>'.join(html.escape(p) for p in lines if p)}</qt>")

    def _on_outlet_picked(self, index: int) -> None:
        source_id = self.outlets.itemData(index)
        if isinstance(source_id, str):
            self.show_source(source_id)
            self.sourceChanged.emit(source_id)

    def _on_fact_clicked(self, fact_id: str) -> None:
        if self.source_id is not None:
            self.factClicked.emit(fact_id, self.source_id)
