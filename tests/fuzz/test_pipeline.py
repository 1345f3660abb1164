"""From bytes on disk to a claims matrix: whatever the files hold, loading, analysing and
building the matrix finish, and each file ends as Sources or as a Refusal naming it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.analysis import analyze
from gui.domain import Status
from gui.ingest import load_paths
from gui.ingest.readers import READERS
from gui.review import build_matrix
from tests.fuzz.strategies import MARKUP, TABLEISH, damaged, valid_files

GOOD = (
    "Banjir Rendam 300 Rumah di Sorong\n\n"
    "Banjir merendam 300 rumah di Kota Sorong pada Senin, 3 Maret 2025, kata Kepala BPBD "
    "Sorong kepada wartawan. Sekitar 1.200 warga mengungsi ke gedung sekolah.\n"
)


@st.composite
def a_file(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(sorted(READERS)))
    kind = draw(st.sampled_from(["damaged", "valid", "markup", "table", "bytes"]))
    base = valid_files().get(suffix, valid_files()[".html"])
    if kind == "damaged":
        data = draw(damaged(base))
    elif kind == "valid":
        data = base
    elif kind == "markup":
        data = draw(MARKUP).encode("utf-8", "replace")
    elif kind == "table":
        data = draw(TABLEISH).encode("utf-8", "replace")
    else:
        data = draw(st.binary(max_size=2000))
    return suffix, data


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(files=st.lists(a_file(), min_size=1, max_size=3))
def test_bytes_to_matrix(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "00_good.txt").write_text(GOOD, encoding="utf-8")
        names = []
        for i, (suffix, data) in enumerate(files, start=1):
            name = f"{i:02d}_fuzz{suffix}"
            (root / name).write_bytes(data)
            names.append(name)
        loaded = load_paths([root])
        analysis = analyze(loaded.sources, refused=loaded.refused)
        matrix = build_matrix(analysis)

    loaded_names = {Path(s.path.split(" (")[0]).name for s in loaded.sources}
    refused_names = {Path(r.path.split(" (")[0]).name for r in loaded.refused}
    assert "00_good.txt" in loaded_names
    for name in names:  # every file is accounted for
        assert name in loaded_names | refused_names
    assert all(r.reason.strip() for r in loaded.refused)
    assert [s.id for s in matrix.sources] == [s.id for s in loaded.sources]
    texts = {s.id: s.text for s in matrix.sources}
    for fact in matrix.facts:
        for source_id, cell in fact.cells.items():
            if cell.status is not Status.ABSENT and cell.excerpt:
                assert texts[source_id][cell.start : cell.end] == cell.excerpt
