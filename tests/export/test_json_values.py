"""The JSON export names each cell's decisive words and the outlet's other values for the fact."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from gui.analysis import analyze
from gui.domain import Source
from gui.export.json_export import write_json
from gui.review import build_matrix

# Written for this test: one outlet gives the toll twice (the headline's figure and the body's),
# the other once, with another figure.
_TWICE = (
    "Kebakaran gudang di Cikarang menewaskan 12 orang, Senin (3/2/2025). "
    "Warga melaporkan korban tewas 12 orang setelah api padam."
)
_ONCE = "Sebanyak 14 orang tewas dalam kebakaran gudang di Cikarang pada Senin (3/2/2025)."


def _source(sid: str, text: str) -> Source:
    return Source(
        id=sid,
        outlet=f"Outlet {sid}",
        title="",
        text=text,
        path="",
        language="id",
        published=datetime(2025, 2, 3),
    )


def test_cells_carry_value_offsets_and_other_values(tmp_path: Path) -> None:
    matrix = build_matrix(analyze((_source("s1", _TWICE), _source("s2", _ONCE))))
    data = json.loads(write_json(matrix, tmp_path / "m.json").read_text(encoding="utf-8"))
    texts = {s["id"]: s["text"] for s in data["sources"]}
    toll = next(f for f in data["facts"] if {"s1", "s2"} <= set(f["cells"]) and "14" in f["label"])
    assert toll["agreement"] == "conflict"
    for sid, cell in toll["cells"].items():
        words = texts[sid][cell["value_start"] : cell["value_end"]]
        assert words and words in cell["value"] and words in cell["excerpt"]
    first, again = toll["cells"]["s1"], toll["cells"]["s1"]["others"]
    assert len(again) == 1 and again[0]["normalized"] == first["normalized"] == 12
    other = again[0]
    assert texts["s1"][other["value_start"] : other["value_end"]] == "12"
    assert other["value_start"] != first["value_start"]
    assert texts["s1"][other["start"] : other["end"]] == other["excerpt"]
    assert toll["cells"]["s2"]["others"] == []
