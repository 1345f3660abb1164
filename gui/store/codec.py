"""Analyses to JSON and back, for the project file: facts, mentions and refusals.

Sources are stored in their own table (their text is the project's substance): a source's
row is written and read here (:func:`source_row`, :func:`source_from_row`) for the project
file and the shared database alike. This codec writes everything else an Analysis holds, so
a reopened project shows exactly what was saved without running the analysis again.
"""

from __future__ import annotations

import json
import threading
from dataclasses import fields, replace
from datetime import date, datetime
from functools import partial
from typing import Any

from gui.domain import (
    Agreement,
    Analysis,
    Attribution,
    Cell,
    DateMention,
    Entity,
    Fact,
    FactKind,
    Mention,
    Origin,
    Quantity,
    Refusal,
    Source,
    Status,
    TimeMention,
    Value,
)
from gui.i18n import translate
from gui.review.decisions import source_key
from gui.store.schema import body_digest

_MENTIONS: dict[str, type] = {
    "quantity": Quantity,
    "date": DateMention,
    "time": TimeMention,
    "entity": Entity,
    "attribution": Attribution,
}
_TAGS = {cls: tag for tag, cls in _MENTIONS.items()}
_CELL_DEFAULTS = {f.name: f.default for f in fields(Cell)}
# Read field by field rather than through ``asdict``, which deep-copies every value: a large
# project has hundreds of thousands of cells, and saving it runs on the window's thread.
_CELL_OPTIONAL = tuple((k, v) for k, v in _CELL_DEFAULTS.items() if k != "status")
_MENTION_FIELDS = {cls: tuple(f.name for f in fields(cls)) for cls in _MENTIONS.values()}


_dumps = partial(json.dumps, ensure_ascii=False, separators=(",", ":"))


def source_row(source: Source, position: int) -> tuple[object, ...]:
    """A source as the sources table stores it, in its columns' order."""
    return (
        source.id,
        position,
        source_key(source.text),
        source.outlet,
        source.title,
        source.published.isoformat() if source.published else None,
        source.language,
        source.text,
        source.path,
        source.url,
    )


def source_from_row(row: tuple[Any, ...]) -> Source:
    """The source a row of the sources table holds (raises on an unparsable date)."""
    sid, _position, _key, outlet, title, published, language, text, where, url = row
    return Source(
        id=str(sid),
        outlet=str(outlet),
        title=str(title),
        published=datetime.fromisoformat(published) if published else None,
        language=str(language),
        text=str(text),
        path=str(where),
        url=str(url or ""),
    )


def encode_analysis(analysis: Analysis) -> str:
    """The stored form of ``analysis``: compact JSON text.

    Written a fact and a source's mentions at a time, the same text ``json.dumps`` makes of
    the whole: one call over a large result holds the interpreter for a fifth of a second,
    and the analysis worker that encodes it shares the interpreter with the window.
    """
    parts = []
    for key, value in analysis_to_json(analysis).items():
        if isinstance(value, list):
            body = "[" + ",".join(map(_dumps, value)) + "]"
        elif isinstance(value, dict):
            body = "{" + ",".join(f"{_dumps(k)}:{_dumps(v)}" for k, v in value.items()) + "}"
        else:
            body = _dumps(value)
        parts.append(f"{_dumps(key)}:{body}")
    return "{" + ",".join(parts) + "}"


# One result encoded ahead of its save (see ``prepare``): the analysis, its text and the
# text's digest (``gui.store.schema.body_digest``).
_prepared: tuple[Analysis, str, str] | None = None
_prepared_lock = threading.Lock()


def prepare(analysis: Analysis) -> None:
    """Encode ``analysis`` now, on this thread, for the save expected to follow.

    A large result takes about a second to encode; the analysis worker does it, so the
    window's thread, which saves the result when it shows it, only writes the text. One
    result is kept, and only until it is taken.
    """
    global _prepared
    body = encode_analysis(analysis)
    digest = body_digest(body)
    with _prepared_lock:
        _prepared = (analysis, body, digest)


def encoded(analysis: Analysis) -> tuple[str, str]:
    """``analysis`` encoded, and the digest of that text: prepared if this very object was."""
    global _prepared
    with _prepared_lock:
        prepared = _prepared
        if prepared is not None and prepared[0] is analysis:
            _prepared = None
            return prepared[1], prepared[2]
    body = encode_analysis(analysis)
    return body, body_digest(body)


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "created": analysis.created.isoformat() if analysis.created else None,
        "facts": [_fact_out(f) for f in analysis.facts],
        "mentions": {
            sid: [[_TAGS[type(m)], _mention_out(m)] for m in mentions]
            for sid, mentions in analysis.mentions.items()
        },
        "refused": [[r.path, r.reason] for r in analysis.refused],
        "copies": dict(getattr(analysis, "copies", {}) or {}),
        # where each publication date was read; the sources table keeps the date itself
        "published_from": {s.id: s.published_from for s in analysis.sources if s.published_from},
    }


def analysis_from_json(data: dict[str, Any], sources: tuple[Source, ...]) -> Analysis:
    """The analysis ``data`` describes over ``sources``; ``ValueError`` if it is not one."""
    try:
        created = data.get("created")
        extra: dict[str, Any] = {}
        if "copies" in {f.name for f in fields(Analysis)}:
            extra["copies"] = {str(k): str(v) for k, v in data.get("copies", {}).items()}
        origins = {str(k): str(v) for k, v in data.get("published_from", {}).items()}
        if origins:
            sources = tuple(
                replace(s, published_from=origins[s.id]) if s.id in origins else s for s in sources
            )
        return Analysis(
            sources=sources,
            facts=tuple(_fact_in(f) for f in data["facts"]),
            mentions={
                sid: tuple(_mention_in(tag, m) for tag, m in items)
                for sid, items in data.get("mentions", {}).items()
            },
            refused=tuple(Refusal(str(p), str(r)) for p, r in data.get("refused", [])),
            created=datetime.fromisoformat(created) if created else None,
            **extra,
        )
    except (KeyError, TypeError, ValueError) as exc:
        damaged = translate("Store", "the stored analysis is damaged ({error})")
        raise ValueError(damaged.format(error=exc)) from exc


def _fact_out(f: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": f.id,
        "kind": str(f.kind),
        "label": f.label,
        "agreement": str(f.agreement),
        "cells": {sid: _cell_out(c) for sid, c in f.cells.items()},
    }
    if f.origin is not Origin.MACHINE:
        out["origin"] = str(f.origin)
    if f.secondary:
        out["secondary"] = True
    return out


def _fact_in(d: dict[str, Any]) -> Fact:
    return Fact(
        id=str(d["id"]),
        kind=FactKind(d["kind"]),
        label=str(d["label"]),
        cells={str(sid): _cell_in(c) for sid, c in d["cells"].items()},
        agreement=Agreement(d["agreement"]),
        origin=Origin(d.get("origin", Origin.MACHINE)),
        secondary=bool(d.get("secondary", False)),
    )


def _cell_out(c: Cell) -> dict[str, Any]:
    # Only what differs from the defaults: a project of 800 articles has many cells.
    out: dict[str, Any] = {"status": c.status.value}
    for name, default in _CELL_OPTIONAL:
        value = getattr(c, name)
        if value != default:
            out[name] = [_value_out(v) for v in value] if name == "others" else value
    return out


def _value_out(v: Value) -> list[Any]:
    return [v.value, v.normalized, v.start, v.end, v.value_start, v.value_end, v.excerpt]


def _cell_in(d: dict[str, Any]) -> Cell:
    known = {k: v for k, v in d.items() if k in _CELL_DEFAULTS}
    known["status"] = Status(known["status"])
    if "others" in known:
        known["others"] = tuple(Value(*v) for v in known["others"])
    return Cell(**known)


def _mention_out(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _MENTION_FIELDS[type(m)]:
        value = getattr(m, name)
        out[name] = value.isoformat() if isinstance(value, date) else value
    return out


def _mention_in(tag: str, d: dict[str, Any]) -> Mention:
    cls = _MENTIONS[tag]
    if cls is DateMention:
        d = {**d, "low": date.fromisoformat(d["low"]), "high": date.fromisoformat(d["high"])}
    return cls(**d)  # type: ignore[no-any-return]
