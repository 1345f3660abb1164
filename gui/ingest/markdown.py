"""Markdown -> plain article text: markup goes, the words stay.

Headings, emphasis, links, inline code, block quotes and list markers are reduced to their
text (list items become "• item"; numbered items keep their number). Images, HTML tags and
comments, link definitions, code-fence lines and horizontal rules go. A YAML front matter's
``title`` and ``date`` become the first lines, where the metadata reader looks for them.
"""

from __future__ import annotations

import html
import re

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^(title|date)\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FENCE = re.compile(r"^\s*(?:```|~~~).*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"`+([^`]+?)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_PARKED = 0xE000  # private-use offset for escaped ASCII punctuation
_UNPARK = re.compile("[\ue000-\ue07f]")


def strip_markdown(text: str) -> str:
    """Return the plain text of Markdown ``text`` (``\\n`` line ends expected)."""
    head: list[str] = []
    front = _FRONT_MATTER.match(text)
    if front:
        keys = {k.lower(): v.strip("\"'") for k, v in _FRONT_KEY.findall(front.group(1))}
        head = [keys[k] for k in ("title", "date") if keys.get(k)]
        text = text[front.end() :]
    text = _COMMENT.sub("", text)
    out = [*head, ""] if head else []
    for line in text.split("\n"):
        if _FENCE.match(line) or _RULE.match(line) or _LINK_DEF.match(line):
            continue
        if _TABLE_RULE.match(line) and "-" in line:
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            continue
        out.append(_inline(_block(line)))
    return "\n".join(out)


def _block(line: str) -> str:
    heading = _HEADING.match(line)
    if heading:
        return heading.group(1)
    line = _QUOTE.sub("", line)
    return _BULLET.sub(r"\1• ", line)


def _inline(line: str) -> str:
    # Escaped characters are parked in the private-use area so no rule below sees them.
    line = _ESCAPE.sub(lambda m: chr(_PARKED + ord(m.group(1))), line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _STRIKE.sub(r"\1", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDERSCORE.sub(r"\1", line)
    line = html.unescape(line)
    return _UNPARK.sub(lambda m: chr(ord(m.group()) - _PARKED), line)
