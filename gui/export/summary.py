"""The claims matrix as terminal text: one line per fact, one glyph per outlet, conflicts first."""

from __future__ import annotations

import textwrap

from gui.domain import Agreement, FactKind, Status
from gui.i18n import translate
from gui.palette import agreement_word, kind_word, status_word
from gui.review.matrix import Matrix, reading_order

_GLYPHS = {Status.AGREE: "✓", Status.CONFLICT: "≠", Status.PARTIAL: "~", Status.ABSENT: "·"}
_ASCII = {Status.AGREE: "+", Status.CONFLICT: "x", Status.PARTIAL: "~", Status.ABSENT: "."}


def _can_encode(text: str, encoding: str | None) -> bool:
    try:
        text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def render_summary(
    matrix: Matrix, *, limit: int | None = 60, encoding: str | None = "utf-8"
) -> str:
    glyphs = _GLYPHS if _can_encode("✓≠·", encoding) else _ASCII
    sources = matrix.sources
    facts = reading_order(matrix.facts)
    counts = {a: sum(1 for f in facts if f.agreement is a) for a in Agreement}
    lines = [
        translate("Summary", "{sources} sources, {facts} facts: {counts}").format(
            sources=len(sources),
            facts=len(facts),
            counts=", ".join(f"{counts[a]} {agreement_word(a)}" for a in Agreement),
        ),
        "",
    ]
    for n, s in enumerate(sources, start=1):
        date = s.published.strftime("%Y-%m-%d") if s.published else translate("Summary", "no date")
        lines.append(f"  [{n}] {s.outlet} ({date}): {textwrap.shorten(s.title, 70)}")
    lines.append("")
    lines.append(
        "  " + " ".join(f"{n:<1}" for n in range(1, len(sources) + 1)) if len(sources) < 10 else ""
    )
    shown = facts if limit is None else facts[:limit]
    words = [agreement_word(a) for a in Agreement] + [kind_word(k) for k in FactKind]
    width = max(9, *(len(w) for w in words))
    for f in shown:
        row = " ".join(glyphs[f.cell(s.id).status] for s in sources)
        values = "; ".join(
            f"{s.outlet}: {c.value}"
            for s in sources
            if (c := f.cell(s.id)).status is not Status.ABSENT and c.value
        )
        detail = f"  [{values}]" if values and f.agreement is not Agreement.CONSENSUS else ""
        label = textwrap.shorten(f.label, 70, placeholder=" …")
        agreement, kind = agreement_word(f.agreement), kind_word(f.kind)
        lines.append(f"  {row}  {agreement:<{width}} {kind:<{width}} {label}{detail}")
    if limit is not None and len(facts) > limit:
        more = translate("Summary", "  … {count} more facts (use --all)")
        lines.append(more.format(count=len(facts) - limit))
    legend = ", ".join(f"{glyphs[s]} {status_word(s)}" for s in Status)
    lines += ["", f"  {legend}"]
    return "\n".join(lines)
