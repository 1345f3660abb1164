"""How a cell that reviewers set differently looks: a mark before its value, and who said
what in its tooltip (``gui.review.disagreements`` finds them)."""

from __future__ import annotations

import html

from gui.i18n import translate
from gui.palette import status_word
from gui.review.disagreements import Disagreement

MARK = "⇄ "  # not "≠", which already marks a conflict


def marked(text: str) -> str:
    return MARK + text


def tooltip_lines(disagreement: Disagreement) -> str:
    """ "Reviewers disagree: Ana: conflict; Budi: agree", escaped for a rich tooltip."""
    said = "; ".join(
        f"{html.escape(who or '?')}: {html.escape(status_word(status))}"
        for who, status in disagreement.positions
    )
    head = translate("Disputes", "Reviewers disagree")
    return f"<br/><b>{html.escape(head)}</b>: {said}"
