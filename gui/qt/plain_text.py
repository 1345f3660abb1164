"""Text from articles (outlet names, labels, values, file names) shown as itself.

Qt reads a tooltip or a label as rich text when it merely looks like markup: an outlet
named ``<img src=/etc/…>`` from a page's site name or a table column would restyle the text
and load local images. Such text is escaped inside ``<qt>``, which makes Qt read it as rich
text that holds nothing but the literal characters. In a menu item an ``&`` marks a
shortcut, so it is doubled.
"""

from __future__ import annotations

import html


def rich_literal(text: str) -> str:
    """``text`` for a tooltip or an auto-format label: shown literally, lines kept."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br/>") + "</qt>"


def menu_literal(text: str) -> str:
    """``text`` for a menu item or a button: no ``&`` turns into a shortcut."""
    return text.replace("&", "&&")
