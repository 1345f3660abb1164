"""The stored form of an analysis, and encoding it ahead of the save."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from gui.domain import Analysis
from gui.store import Project, codec
from gui.store.schema import body_digest


def test_encoding_round_trips_every_fact_and_mention(seeds_analysis: Analysis) -> None:
    back = codec.analysis_from_json(
        json.loads(codec.encode_analysis(seeds_analysis)), seeds_analysis.sources
    )
    assert back.facts == seeds_analysis.facts
    assert back.mentions == seeds_analysis.mentions
    assert back.refused == seeds_analysis.refused


def test_the_encoding_is_the_json_of_the_whole(seeds_analysis: Analysis) -> None:
    whole = json.dumps(
        codec.analysis_to_json(seeds_analysis), ensure_ascii=False, separators=(",", ":")
    )
    assert codec.encode_analysis(seeds_analysis) == whole


def test_a_prepared_encoding_is_used_once_and_only_for_its_analysis(
    seeds_analysis: Analysis,
) -> None:
    other = replace(seeds_analysis, facts=seeds_analysis.facts[:3])
    codec.prepare(seeds_analysis)
    # Another analysis (even an equal-looking one) is encoded afresh and leaves it in place.
    assert (
        json.loads(codec.encoded(other)[0])["facts"]
        == json.loads(codec.encode_analysis(other))["facts"]
    )
    body, digest = codec.encoded(seeds_analysis)
    assert body == codec.encode_analysis(seeds_analysis)
    assert digest == body_digest(body)
    assert codec._prepared is None  # taken: the text is not held any longer


def test_a_project_saves_the_prepared_text(tmp_path: Path, seeds_analysis: Analysis) -> None:
    codec.prepare(seeds_analysis)
    project = Project.create(tmp_path / "p.claimgrid")
    project.save_result(seeds_analysis)
    assert codec._prepared is None
    project.close()
    reopened = Project.open(tmp_path / "p.claimgrid")
    assert reopened.analysis is not None
    assert reopened.analysis.facts == seeds_analysis.facts
    reopened.close()
