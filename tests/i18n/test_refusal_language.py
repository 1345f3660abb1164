"""The reasons the ingest and the project store give for refusing a file speak the
interface's language: a reviewer working in Indonesian reads why a file was left out in
Indonesian, and the English interface keeps its English reasons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gui import i18n
from gui.ingest import load_paths
from gui.ingest.budget import corpus_full
from gui.store import Project, ProjectError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def indonesian() -> Iterator[None]:
    assert i18n.set_language("id") == "id"
    try:
        yield
    finally:
        i18n.set_language("en")


def _refusals(folder: Path) -> dict[str, str]:
    (folder / "kosong.txt").write_bytes(b"  \n\n ")
    (folder / "foto.txt").write_bytes(PNG)  # an image saved under a text name
    (folder / "catatan.doc").write_bytes(b"old Word")
    result = load_paths([folder])
    return {Path(r.path).name: r.reason for r in result.refused}


def test_refusal_reasons_are_indonesian_when_the_interface_is(
    tmp_path: Path, indonesian: None
) -> None:
    reasons = _refusals(tmp_path)
    assert reasons == {
        "kosong.txt": "berkas kosong",
        "foto.txt": "gambar PNG, bukan teks (Claimgrid membaca teks, bukan gambar)",
        "catatan.doc": "format tidak didukung (format Word lama (.doc); simpan sebagai .docx)",
    }
    # Indonesian groups thousands with dots: "5,000,000" would read as five there
    assert "5.000.000 karakter" in corpus_full()


def test_refusal_reasons_stay_english_in_the_english_interface(tmp_path: Path) -> None:
    assert i18n.language() == "en"
    reasons = _refusals(tmp_path)
    assert reasons == {
        "kosong.txt": "empty file",
        "foto.txt": "a PNG image, not text (Claimgrid reads text, not pictures)",
        "catatan.doc": "unsupported format (old Word format (.doc); save it as .docx)",
    }
    assert "5,000,000 characters" in corpus_full()


def test_an_empty_word_document_is_refused_in_the_interface_language(
    tmp_path: Path, indonesian: None
) -> None:
    import docx

    path = tmp_path / "kosong.docx"
    docx.Document().save(str(path))
    [refusal] = load_paths([path]).refused
    assert refusal.reason == "dokumen kosong (tidak ada teks di dalamnya)"


def test_project_errors_speak_the_interface_language(tmp_path: Path, indonesian: None) -> None:
    not_project = tmp_path / "laporan.claimgrid"
    not_project.write_text("bukan proyek", encoding="utf-8")
    with pytest.raises(ProjectError) as raised:
        Project.open(not_project)
    assert raised.value.reason == "bukan proyek Claimgrid"
    with pytest.raises(ProjectError) as raised:
        Project.open(tmp_path)
    assert raised.value.reason == "sebuah folder, bukan berkas proyek"
