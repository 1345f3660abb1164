"""The detail pane's HTML: every outlet's sentence for one fact, decisive words highlighted.

Article text is always escaped here, and only here: a source containing ``<script>`` shows
those characters. Marks are ranges of Python string offsets into ``Source.text``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from gui.display import format_published, format_value, published_origin_word
from gui.domain import Attribution, Cell, Fact, FactKind, Mention, Origin, Source, Status
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.qt import palette
from gui.review.matrix import Matrix


@dataclass(frozen=True, slots=True)
class Mark:
    start: int  # half-open offsets into the source text
    end: int
    style: str  # inline CSS for the span
    priority: int = 0  # higher wins where marks overlap


def value_style(status: Status) -> str:
    """How a cell's decisive words are highlighted: its status fill, contrasting ink."""
    swatch = palette.STATUS[status]
    return f"background-color:{swatch.fill}; color:{swatch.ink}; font-weight:600;"


def chip_html(swatch: palette.Swatch) -> str:
    style = f"background-color:{swatch.fill}; color:{swatch.ink}; font-weight:600;"
    return f'<span style="{style}">&nbsp;{html.escape(swatch.chip)}&nbsp;</span>'


MENTION_STYLE = f"background-color:{palette.MENTION_TINT};"
ATTRIBUTION_STYLE = f"background-color:{palette.MENTION_TINT}; font-style:italic;"


def marked_html(text: str, start: int, end: int, marks: Iterable[Mark]) -> str:
    """Escaped ``text[start:end]`` with each mark's range wrapped in one styled span."""
    clipped = [
        Mark(max(m.start, start), min(m.end, end), m.style, m.priority)
        for m in marks
        if m.start < end and m.end > start and m.end > m.start
    ]
    cuts = sorted({start, end, *(m.start for m in clipped), *(m.end for m in clipped)})
    pieces: list[tuple[str | None, str]] = []  # (style, raw text), neighbours merged
    for a, b in pairwise(cuts):
        covering = [m for m in clipped if m.start <= a and m.end >= b]
        style = max(covering, key=lambda m: m.priority).style if covering else None
        if pieces and pieces[-1][0] == style:
            pieces[-1] = (style, pieces[-1][1] + text[a:b])
        else:
            pieces.append((style, text[a:b]))
    out = []
    for style, raw in pieces:
        escaped = html.escape(raw).replace("\n", "<br/>")
        out.append(f'<span style="{style}">{escaped}</span>' if style else escaped)
    return "".join(out)


def mention_marks(mentions: Sequence[Mention], start: int, end: int) -> list[Mark]:
    marks = []
    for mention in mentions:
        if mention.start < end and mention.end > start:
            style = ATTRIBUTION_STYLE if isinstance(mention, Attribution) else MENTION_STYLE
            marks.append(Mark(mention.start, mention.end, style))
    return marks


def _evidence(source: Source, cell: Cell, mentions: Sequence[Mention]) -> str:
    """The outlet's sentence, from its offsets when they are sound, else the excerpt as is."""
    text = source.text
    sound = 0 <= cell.start < cell.end <= len(text)
    if not sound:
        return html.escape(cell.excerpt)
    marks = mention_marks(mentions, cell.start, cell.end)
    if cell.start <= cell.value_start < cell.value_end <= cell.end:
        marks.append(Mark(cell.value_start, cell.value_end, value_style(cell.status), 10))
    return marked_html(text, cell.start, cell.end, marks)


def _others(fact: Fact, source: Source, cell: Cell, mentions: Sequence[Mention]) -> str:
    """The outlet's other values for the fact (a figure it revised, a headline's), in the
    order it wrote them, each in its own sentence: the cell shows the decisive one."""
    if not cell.others:
        return ""
    rows = []
    for other in cell.others:
        shown = replace(
            cell,
            value=other.value,
            normalized=other.normalized,
            excerpt=other.excerpt,
            start=other.start,
            end=other.end,
            value_start=other.value_start,
            value_end=other.value_end,
            others=(),
        )
        value = html.escape(format_value(fact.kind, shown))
        rows.append(f"<li><b>{value}</b> · {_evidence(source, shown, mentions)}</li>")
    heading = translate("DetailPane", "Also gives (in the order written):")
    return (
        f"<div style='color:#555; margin-top:3px'><i>{heading}</i>"
        f"<ul style='margin:0'>{''.join(rows)}</ul></div>"
    )


def detail_html(
    matrix: Matrix,
    fact: Fact,
    *,
    source_ids: Sequence[str] | None = None,
    current_source: str | None = None,
) -> str:
    """One fact across outlets: heading, then a card per outlet stating it, absent ones last."""
    sources = [s for s in matrix.sources if source_ids is None or s.id in source_ids]
    agreement = palette.AGREEMENT[fact.agreement]
    n = len(matrix.sources)
    out = [
        f"<h3 style='margin:0'>{html.escape(fact.label)}</h3>",
        f"<p style='margin-top:4px'>{chip_html(agreement)} &nbsp;{palette.kind_word(fact.kind)}"
        " · "
        + translate("DetailPane", "stated by {count} of {total} outlets").format(
            count=fact.coverage, total=n
        )
        + f"{_provenance(fact)}</p>",
    ]
    if fact.note:
        out.append(_note(fact.note))
    if fact.decided_by:
        out.append(f"<p>{_decided_by(fact.decided_by)}</p>")
    out.append("<table width='100%' cellspacing='0' cellpadding='4'>")
    absent: list[Source] = []
    for source in sources:
        cell = fact.cell(source.id)
        if cell.status is Status.ABSENT:
            absent.append(source)
            continue
        out.append(_card(matrix, fact, source, cell, current=source.id == current_source))
    out.append("</table>")
    if absent:
        names = ", ".join(_outlet_link(s) for s in absent)
        heading = translate("DetailPane", "Not mentioned by:")
        out.append(f"<p style='margin-top:6px'><i>{heading}</i> {names}</p>")
    for source in absent:
        cell = fact.cell(source.id)
        if cell.note or cell.reviewed:
            what = (
                translate("DetailPane", "checked: not mentioned")
                if cell.reviewed
                else translate("DetailPane", "not mentioned")
            )
            out.append(f"<p>{_outlet_link(source, bold=True)} ({what}){_note(cell.note)}</p>")
    return "\n".join(out)


_ORIGINS = {
    Origin.MANUAL: QT_TRANSLATE_NOOP("DetailPane", "made by the reviewer"),
    Origin.ORPHANED: QT_TRANSLATE_NOOP(
        "DetailPane", "no longer found by the analysis; kept from the reviewer's decisions"
    ),
}


def _provenance(fact: Fact) -> str:
    words = [translate("DetailPane", _ORIGINS[fact.origin])] if fact.origin in _ORIGINS else []
    if fact.reviewed:
        words.append(translate("DetailPane", "reviewed"))
    if fact.hidden:
        words.append(translate("DetailPane", "hidden"))
    return "".join(f" · <i>{w}</i>" for w in words)


def _decided_by(who: str) -> str:
    """ "decided by Dewi, 2025-03-04 10:42": a shared project names the reviewer."""
    text = translate("DetailPane", "decided by {who}").format(who=who)
    return f"<span style='color:gray'>{html.escape(text)}</span>"


def _note(text: str) -> str:
    if not text:
        return ""
    body = html.escape(text).replace("\n", "<br/>")
    return (
        "<p style='margin:4px 0; padding:2px 6px; background-color:#FFF8DC; color:#333'>"
        + "<b>"
        + translate("DetailPane", "Note:")
        + f"</b> {body}</p>"
    )


def _outlet_link(source: Source, *, bold: bool = False) -> str:
    name = html.escape(source.outlet)
    name = f"<b>{name}</b>" if bold else name
    return f"<a href='source:{html.escape(source.id)}' style='text-decoration:none'>{name}</a>"


def _card(matrix: Matrix, fact: Fact, source: Source, cell: Cell, *, current: bool) -> str:
    swatch = palette.STATUS[cell.status]
    value = format_value(fact.kind, cell) if fact.kind is not FactKind.STATEMENT else ""
    head = [_outlet_link(source, bold=True), chip_html(swatch)]
    if value:
        head.append(f"<b>{html.escape(value)}</b>")
    if source.published:
        when = format_published(source.published)
        origin = published_origin_word(source)
        when = f"{when} · {origin}" if origin else when
        head.append(f"<span style='color:gray'>{html.escape(when)}</span>")
    if cell.reviewed or fact.reviewed:
        head.append("<i>" + translate("DetailPane", "reviewed") + "</i>")
    if cell.decided_by:
        head.append(_decided_by(cell.decided_by))
    if current:
        shown = translate("DetailPane", "(shown in the article pane)")
        head.append(f"<span style='color:gray'>{shown}</span>")
    mentions = matrix.analysis.mentions.get(source.id, ())
    return (
        f"<tr><td width='4' style='background-color:{swatch.fill}'></td>"
        f"<td>{' &nbsp;'.join(head)}<br/>{_evidence(source, cell, mentions)}"
        f"{_others(fact, source, cell, mentions)}"
        f"{_note(cell.note) if cell.note else ''}</td></tr>"
        "<tr><td colspan='2' style='font-size:4px'>&nbsp;</td></tr>"
    )
