"""Articles added to a project count against the corpus limit with the project's own, which
are always kept: a new analysis never drops what the project holds."""

from __future__ import annotations

import pytest

from gui.domain import Refusal, Source
from gui.ingest import LoadResult, budget
from gui.ingest.budget import corpus_full
from gui.qt.worker import Engine, run_pipeline


def _source(i: int, chars: int) -> Source:
    return Source(f"s{i}", f"Media {i}", "", None, "id", "x" * chars, f"{i}.txt")


def test_articles_added_to_a_full_project_are_named_and_the_project_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(budget, "MAX_CORPUS_CHARS", 1_000)
    existing = (_source(1, 900), _source(2, 300))  # already over: kept all the same
    added = (_source(3, 10),)
    seen: list[object] = []

    def load(paths: object, **_: object) -> object:
        return LoadResult(sources=added, refused=())

    def analyze(sources: tuple[Source, ...], **options: object) -> object:
        seen.append((sources, options["refused"]))
        return None

    engine = Engine(load_paths=load, analyze=analyze)  # type: ignore[arg-type]
    run_pipeline(["3.txt"], engine, existing=existing)
    assert seen == [(existing, (Refusal("3.txt", corpus_full()),))]
