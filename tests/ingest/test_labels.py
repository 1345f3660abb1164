"""Outlet labels from file names, and distinct labels for equal outlets."""

from __future__ import annotations

import pytest

from gui.domain import Source
from gui.ingest.labels import distinct_outlets, fallback_outlet, label_from_filename


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("000_e2c4a1d36ac20703.txt", ""),
        ("kompas_korut-kirim-pasukan.txt", "Kompas korut kirim pasukan"),
        ("corpus/BBC News - Floods 3f9a1c2b7d.md", "BBC News Floods"),
        ("a3f9c2e1b4d5f6a7b8c9d0e1f2a3b4c5.txt", ""),
        ("20250428_detik.txt", "Detik"),
        ("tempo.co_berita.markdown", "Tempo.co berita"),
        ("Antara-2.txt", "Antara 2"),
        ("02_warta_nusantara.txt", "Warta nusantara"),
        ("007 - 2 - kabar mandar.txt", "Kabar mandar"),
        ("123e4567-e89b-12d3-a456-426614174000.txt", ""),
        (
            "laporan_yang_sangat_panjang_tentang_banjir_di_kota_besar.txt",
            "Laporan yang sangat panjang tentang",
        ),
        ("facade.txt", "Facade"),
    ],
)
def test_label_from_filename(path: str, label: str) -> None:
    assert label_from_filename(path) == label
    assert len(label) <= 40


@pytest.mark.parametrize(
    ("path", "source_id", "outlet"),
    [
        ("seeds/000_e2c4a1d36ac20703.txt", "s1", "Source 000"),
        ("e2c4a1d36ac20703.txt", "s4", "Source 4"),
        ("", "s12", "Source 12"),
        ("kompas_1.txt", "s1", "Kompas 1"),
    ],
)
def test_fallback_outlet(path: str, source_id: str, outlet: str) -> None:
    assert fallback_outlet(path, source_id) == outlet


def _source(i: int, outlet: str) -> Source:
    return Source(
        id=f"s{i}", outlet=outlet, title="", published=None, language="id", text="x", path=""
    )


def test_distinct_outlets() -> None:
    sources = [
        _source(1, "Kompas"),
        _source(2, "Detik"),
        _source(3, "Kompas"),
        _source(4, "kompas"),
        _source(5, "Kompas (2)"),
    ]
    labels = [s.outlet for s in distinct_outlets(sources)]
    assert labels == ["Kompas", "Detik", "Kompas (2)", "kompas (3)", "Kompas (2) (2)"]


def test_distinct_outlets_respects_names_in_use() -> None:
    labels = [s.outlet for s in distinct_outlets([_source(6, "Reuters")], taken=["reuters"])]
    assert labels == ["Reuters (2)"]
