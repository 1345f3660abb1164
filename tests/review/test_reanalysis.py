"""Decisions outlive the analysis they were made on: a sixth article, a removed one, a
fact the machine no longer finds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gui.analysis import analyze
from gui.domain import Analysis, Fact, Origin, Status
from gui.ingest import load_paths
from gui.paths import seeds_dir
from gui.review import Review, build_matrix, source_key
from gui.review import commands as cmd
from gui.review.matrix import Matrix

SIXTH = """Pasukan Asing di Garis Depan: Pengakuan yang Terlambat

Jakarta, Selasa (29/4/2025) - Pengakuan resmi soal pengiriman pasukan ke luar negeri
akhirnya datang setelah berbulan-bulan dibantah. Sejumlah analis pertahanan menilai
pengumuman itu mengubah hitungan diplomatik di kawasan.

Seorang peneliti keamanan di Seoul mengatakan kepada wartawan bahwa angka korban yang
beredar belum dapat diverifikasi secara independen. Pemerintah setempat belum memberikan
tanggapan resmi atas permintaan konfirmasi hingga Selasa sore.

Para diplomat Eropa menyerukan penyelidikan internasional dan meminta semua pihak menahan
diri. Pertemuan darurat dijadwalkan berlangsung pekan depan di Jenewa.
"""


def _evidence(matrix: Matrix, fact: Fact) -> set[tuple[str, int, int, int, int]]:
    return {
        (matrix.key(sid), c.start, c.end, c.value_start, c.value_end)
        for sid, c in fact.cells.items()
        if c.status is not Status.ABSENT
    }


def _holding(matrix: Matrix, evidence: set[tuple[str, int, int, int, int]]) -> Fact:
    """The row that holds most of ``evidence``."""
    return max(matrix.facts, key=lambda f: len(_evidence(matrix, f) & evidence))


def test_a_sixth_article_keeps_the_decisions_on_the_five(
    tmp_path: Path, seeds_analysis: Analysis
) -> None:
    base = build_matrix(seeds_analysis)
    multi = [f for f in base.facts if f.coverage >= 3]
    renamed, statused, deleted = multi[0], multi[1], multi[2]
    sid = next(iter(statused.cells))
    review = Review()
    review.record(cmd.rename_fact(base, renamed.id, "Confirmed by the reviewer"))
    review.record(cmd.set_status(base, statused.id, sid, Status.CONFLICT))
    review.record(cmd.delete_fact(base, deleted.id))
    review.record(cmd.rename_outlet(base, sid, "Outlet Renamed"))
    source = seeds_analysis.sources[3]
    start = source.text.index("\n") + 1
    review.record(cmd.create_fact(base, source.id, start, start + 120, "A reviewer's fact"))

    # The new article sorts first, so every seed gets another source id.
    (tmp_path / "000_sixth.txt").write_text(SIXTH, encoding="utf-8")
    loaded = load_paths([tmp_path / "000_sixth.txt", seeds_dir()])
    assert len(loaded.sources) == 6
    again = analyze(loaded.sources)
    assert again.sources[0].path.endswith("000_sixth.txt")
    after = build_matrix(again, review)
    moved = {s.id: after.key(s.id) for s in after.sources}
    assert moved != base.keys  # ids and keys no longer line up the same way

    row = _holding(after, _evidence(base, renamed))
    assert row.label == "Confirmed by the reviewer"
    key = base.key(sid)
    new_sid = next(s for s, k in after.keys.items() if k == key)
    row = _holding(after, _evidence(base, statused))
    assert row.cell(new_sid).status is Status.CONFLICT and row.cell(new_sid).reviewed
    assert after.source(new_sid).outlet == "Outlet Renamed"
    gone = _evidence(base, deleted)
    assert not any(_evidence(after, f) == gone for f in after.facts)
    created = [f for f in after.facts if f.label == "A reviewer's fact"]
    assert len(created) == 1 and created[0].origin is Origin.MANUAL
    new_source = next(s for s in after.sources if source_key(s.text) == base.key(source.id))
    assert created[0].cell(new_source.id).excerpt == source.text[start : start + 120].strip()
    assert not [f for f in after.facts if f.origin is Origin.ORPHANED]


def test_a_decision_whose_fact_is_gone_becomes_a_flagged_row(seeds_analysis: Analysis) -> None:
    base = build_matrix(seeds_analysis)
    fact = next(f for f in base.facts if f.coverage >= 3)
    review = Review()
    review.record(cmd.rename_fact(base, fact.id, "Kept by the reviewer"))
    review.record(cmd.note_fact(base, fact.id, "why it matters"))
    without = replace(seeds_analysis, facts=tuple(f for f in base.facts if f.id != fact.id))
    after = build_matrix(without, review)
    orphans = [f for f in after.facts if f.origin is Origin.ORPHANED]
    assert len(orphans) == 1, "one row, found again by the second decision"
    orphan = orphans[0]
    assert orphan.label == "Kept by the reviewer"
    assert orphan.note == "why it matters"
    assert {s: c.excerpt for s, c in orphan.cells.items()} == {
        s: c.excerpt for s, c in fact.cells.items() if c.status is not Status.ABSENT
    }


def test_removing_a_source_keeps_decisions_on_the_others(seeds_analysis: Analysis) -> None:
    base = build_matrix(seeds_analysis)
    fact = next(f for f in base.facts if f.coverage >= 3)
    dropped, kept = list(fact.cells)[:2]
    review = Review()
    review.record(cmd.set_status(base, fact.id, kept, Status.PARTIAL))
    fewer = [s for s in seeds_analysis.sources if s.id != dropped]
    after = build_matrix(analyze(fewer), review)
    row = _holding(after, _evidence(base, fact))
    assert row.cell(kept).status is Status.PARTIAL
    assert dropped not in {s.id for s in after.sources}
