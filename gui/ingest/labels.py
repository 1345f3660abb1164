"""Outlet labels when the text names no outlet, and distinct labels for equal outlets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import PurePath

from gui.domain import Source
from gui.i18n import translate

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_PARTS = re.compile(r"[\s_\-]+")
_HASHLIKE = re.compile(r"(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}|[0-9a-f]{16,}|\d{8,}", re.I)
_MAX_LABEL = 40  # characters


def label_from_filename(path: str) -> str:
    """A short readable label from a file name, or "" when only hashes and numbers remain.

    "kompas_banjir-bekasi.txt" -> "Kompas banjir bekasi";
    "02_warta_nusantara.txt" -> "Warta nusantara";
    "000_e2c4a1d36ac20703.txt" -> "".
    """
    stem = PurePath(path).name
    if "." in stem.lstrip("."):
        stem = stem[: stem.rfind(".")]
    parts = [p for p in _PARTS.split(_UUID.sub(" ", stem)) if p and not _HASHLIKE.fullmatch(p)]
    while len(parts) > 1 and parts[0].isdigit():
        parts.pop(0)  # "02_warta_nusantara": the number only orders the files
    label = " ".join(parts).strip(" .")
    if not any(ch.isalpha() for ch in label):
        return ""
    if len(label) > _MAX_LABEL:
        cut = label[:_MAX_LABEL]
        label = cut[: cut.rfind(" ")] if " " in cut else cut
    return label[:1].upper() + label[1:] if label.islower() else label


def fallback_outlet(path: str, source_id: str) -> str:
    """The outlet label of a text that names none: file-name label, else "Source <number>"."""
    label = label_from_filename(path) if path else ""
    if label:
        return label
    leading = re.match(r"\d+", PurePath(path).name) if path else None
    # Named in the interface's language when read: the reviewer may rename it.
    numbered = translate("Labels", "Source {number}")
    if leading:
        return numbered.format(number=leading.group())
    digits = re.sub(r"\D", "", source_id)
    return numbered.format(number=digits) if digits else translate("Labels", "Source")


def distinct_outlets(sources: Sequence[Source], *, taken: Iterable[str] = ()) -> tuple[Source, ...]:
    """Give equal outlet names distinct labels in order: "Kompas", "Kompas (2)", ...

    ``taken`` holds labels already in use (say, sources loaded earlier), compared
    case-insensitively like the new ones.
    """
    used = {name.casefold() for name in taken}
    counts: dict[str, int] = {}
    labelled: list[Source] = []
    for source in sources:
        key = source.outlet.casefold()
        if key not in used:
            used.add(key)
            counts.setdefault(key, 1)
            labelled.append(source)
            continue
        number = counts.get(key, 1)
        while True:
            number += 1
            label = f"{source.outlet} ({number})"
            if label.casefold() not in used:
                break
        counts[key] = number
        used.add(label.casefold())
        labelled.append(replace(source, outlet=label))
    return tuple(labelled)
