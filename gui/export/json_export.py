"""The ``claimgrid/1`` JSON export: a stable contract that other tools read.

``text[start:end]`` of a source is the evidence of each of its cells and
``text[value_start:value_end]`` its decisive words; absent cells are left out. A cell whose
outlet gives more than one value for the fact (a revised toll, a headline's figure) lists the
others in ``others``, in text order, each with the same offsets. Fields are only ever added, so a
reader written for the first ``claimgrid/1`` files keeps working.
A source that is a near copy of another (one agency story run by several outlets) names the
id of the article it copies in ``copy_of`` (its group's earliest, which a view that hides
sources may leave out of the file); ``copy_of`` is null for an article of its own.
``decided_by`` on a fact or a cell names the reviewer of the latest decision about it, and
when ("Dewi, 2025-03-04 10:42"); it is empty in a single-file project.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gui.domain import Status, Value
from gui.export.atomic import atomic_write
from gui.export.view import ExportView
from gui.review.matrix import Matrix

SCHEMA = "claimgrid/1"


def to_json_dict(matrix: Matrix, view: ExportView | None = None) -> dict[str, Any]:
    view = view or ExportView()
    sources = view.sources(matrix)
    visible = {s.id for s in sources}
    copies = matrix.analysis.copies
    return {
        "schema": SCHEMA,
        "sources": [
            {
                "id": s.id,
                "outlet": s.outlet,
                "title": s.title,
                "published": s.published.isoformat() if s.published else None,
                "language": s.language,
                "path": s.path,
                "url": s.url,
                "text": s.text,
                "copy_of": copies.get(s.id),
                # where "published" was read: how ("dateline", "lead", "file") and the words
                "published_from": _origin(s.published_from),
            }
            for s in sources
        ],
        "facts": [
            {
                "id": f.id,
                "label": f.label,
                "kind": str(f.kind),
                "agreement": str(f.agreement),
                "origin": str(f.origin),
                "reviewed": f.reviewed,
                "note": f.note,
                "decided_by": f.decided_by,
                "cells": {
                    sid: {
                        "status": str(c.status),
                        "value": c.value,
                        "normalized": c.normalized,
                        "excerpt": c.excerpt,
                        "start": c.start,
                        "end": c.end,
                        "value_start": c.value_start,
                        "value_end": c.value_end,
                        "others": [_other(v) for v in c.others],
                        "reviewed": c.reviewed or f.reviewed,
                        "note": c.note,
                        "decided_by": c.decided_by,
                    }
                    for sid, c in f.cells.items()
                    if sid in visible and (c.status is not Status.ABSENT or c.reviewed or c.note)
                },
            }
            for f in view.facts(matrix)
        ],
    }


def _other(v: Value) -> dict[str, Any]:
    return {
        "value": v.value,
        "normalized": v.normalized,
        "excerpt": v.excerpt,
        "start": v.start,
        "end": v.end,
        "value_start": v.value_start,
        "value_end": v.value_end,
    }


def write_json(matrix: Matrix, path: str | Path, view: ExportView | None = None) -> Path:
    data = to_json_dict(matrix, view)

    def write(tmp: Path) -> None:
        # "replace": a lone surrogate (from bytes that were not UTF-8) must not stop the export
        with open(tmp, "w", encoding="utf-8", errors="replace") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    return atomic_write(path, write)


def _origin(published_from: str) -> dict[str, str] | None:
    how, _, words = published_from.partition("\t")
    return {"how": how, "words": words} if how else None
