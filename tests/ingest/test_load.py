"""Files and folders in, Sources and Refusals out."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from gui.ingest import IngestError, LoadResult, load_paths, read_source, supported_extensions
from gui.ingest.load import MAX_BYTES

ARTICLE = (
    "Banjir Rendam Ribuan Rumah di Bekasi\n\n"
    "Banjir merendam ribuan rumah di Bekasi sejak Senin malam, kata petugas setempat.\n"
)


def write(path: Path, content: str | bytes = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def reason(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        read_source(path, "s1")
    return str(info.value)


def test_reads_a_text_file(tmp_path: Path) -> None:
    source = read_source(write(tmp_path / "bekasi.txt"), "s9")
    assert source.id == "s9"
    assert source.title == "Banjir Rendam Ribuan Rumah di Bekasi"
    assert source.path == str(tmp_path / "bekasi.txt")
    assert source.outlet == "Bekasi"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("cp1252", b"")],
)
def test_file_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = (
        "Kafe Dibuka Lagi\r\n\r\n"
        "Kafe itu dibuka lagi, kata pemiliknya: ’kami siap’ dan café penuh.\r\n"
    )
    source = read_source(write(tmp_path / "a.txt", prefix + text.encode(encoding)), "s1")
    assert source.text == (
        "Kafe Dibuka Lagi\n\nKafe itu dibuka lagi, kata pemiliknya: ’kami siap’ dan café penuh."
    )
    assert "\ufeff" not in source.text and "\r" not in source.text


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\n"])
def test_line_endings(tmp_path: Path, ending: str) -> None:
    source = read_source(write(tmp_path / "a.txt", ARTICLE.replace("\n", ending)), "s1")
    assert source.text == ARTICLE.strip()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\r\n  \n", "empty file"),
        ("blank16.txt", "  \n\n ".encode("utf-16"), "empty file"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00",
            "a PNG image, not text (Claimgrid reads text, not pictures)",
        ),
        ("data.txt", bytes(range(256)) * 4, "binary file, not text"),
        ("report.pdf", b"%PDF-1.7", "damaged or unreadable PDF"),
        ("README", b"Banjir", "unsupported format (no extension)"),
        ("notes.rtf", b"{\\rtf1 Banjir}", "unsupported format (RTF document; save it as .docx)"),
        (
            "old.doc",
            b"\xd0\xcf\x11\xe0",
            "unsupported format (old Word format (.doc); save it as .docx)",
        ),
        ("page.TXT.html", b"<html>", "no article text found in the page"),
        (
            "only.txt",
            b"Share\nADVERTISEMENT\nScroll to Top\n",
            "no article text (only page furniture)",
        ),
    ],
)
def test_refusal_reasons(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    assert reason(write(tmp_path / name, content)) == expected


def test_missing_file(tmp_path: Path) -> None:
    assert reason(tmp_path / "nope.txt") == "file not found"
    assert reason(tmp_path / "nope.pdf") == "file not found"
    assert reason(tmp_path / "nope.rtf") == "file not found"


def test_folder_given_to_read_source(tmp_path: Path) -> None:
    (tmp_path / "d.txt").mkdir()
    assert reason(tmp_path / "d.txt") == "a folder, not a file"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(52 * 1024 * 1024)  # sparse: nothing is written
    assert reason(path) == "too large: 52 MB; the limit is 20 MB"
    assert MAX_BYTES == 20 * 1024 * 1024


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt")

    def refuse(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert reason(path) == "permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt")
    path.chmod(0)
    try:
        assert reason(path) == "permission denied"
    finally:
        path.chmod(0o644)


def test_supported_extensions() -> None:
    assert supported_extensions() == (
        ".csv", ".docx", ".htm", ".html", ".jsonl", ".markdown", ".md", ".pdf", ".text",
        ".tsv", ".txt", ".xhtml", ".xlsx",
    )  # fmt: skip


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "corpus"
    for name in ["b.txt", "a.md", "10_kompas.txt", "2_detik.txt", "sub/c.text", "sub/z/d.markdown"]:
        write(root / name)
    write(root / "notes.rtf", b"{\\rtf1}")
    write(root / ".hidden.txt")
    write(root / ".git" / "config.txt")
    (root / "empty").mkdir()
    return root


def test_folder_order_ids_and_refusals(corpus: Path) -> None:
    result = load_paths(["corpus"])
    assert isinstance(result, LoadResult)
    assert [s.path for s in result.sources] == [
        os.path.join("corpus", "2_detik.txt"),
        os.path.join("corpus", "10_kompas.txt"),
        os.path.join("corpus", "a.md"),
        os.path.join("corpus", "b.txt"),
        os.path.join("corpus", "sub", "c.text"),
        os.path.join("corpus", "sub", "z", "d.markdown"),
    ]
    assert [s.id for s in result.sources] == ["s1", "s2", "s3", "s4", "s5", "s6"]
    assert [(r.path, r.reason) for r in result.refused] == [
        (
            os.path.join("corpus", "notes.rtf"),
            "unsupported format (RTF document; save it as .docx)",
        ),
        (os.path.join("corpus", "empty"), "empty folder"),
    ]


def test_first_id_and_mixed_paths_as_given(corpus: Path) -> None:
    result = load_paths(
        ["corpus/b.txt", Path("corpus/sub"), "corpus/missing.txt", "corpus/a.md"], first_id=7
    )
    assert [(s.id, s.path) for s in result.sources] == [
        ("s7", "corpus/b.txt"),
        ("s8", os.path.join("corpus", "sub", "c.text")),
        ("s9", os.path.join("corpus", "sub", "z", "d.markdown")),
        ("s10", "corpus/a.md"),
    ]
    assert [(r.path, r.reason) for r in result.refused] == [
        ("corpus/missing.txt", "file not found")
    ]


def test_same_file_twice_is_loaded_once(corpus: Path) -> None:
    result = load_paths(["corpus/b.txt", "corpus/./b.txt", str(corpus / "b.txt")])
    assert len(result.sources) == 1


def test_progress_per_file(corpus: Path) -> None:
    calls: list[tuple[int, int]] = []
    result = load_paths(["corpus"], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, 7) for i in range(8)]
    assert len(result.sources) == 6


def test_cancel_stops_before_the_next_file(corpus: Path) -> None:
    calls: list[tuple[int, int]] = []
    result = load_paths(
        ["corpus"],
        progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: len(calls) > 2,
    )
    assert [s.id for s in result.sources] == ["s1", "s2"]
    assert calls == [(0, 7), (1, 7), (2, 7)]


def test_cancel_at_once(corpus: Path) -> None:
    result = load_paths(["corpus"], cancelled=lambda: True)
    assert result.sources == ()


def test_equal_outlets_get_distinct_labels(tmp_path: Path) -> None:
    lead = "JAKARTA, KOMPAS.com - Presiden meresmikan bendungan baru di Jawa Barat, Senin.\n"
    write(tmp_path / "one.txt", "Bendungan Diresmikan\n\n" + lead)
    write(tmp_path / "two.txt", "Bendungan Baru Beroperasi\n\n" + lead)
    result = load_paths([tmp_path])
    assert [s.outlet for s in result.sources] == ["KOMPAS.com", "KOMPAS.com (2)"]


def test_unreadable_file_does_not_stop_loading(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "b.txt")
    result = load_paths([tmp_path])
    assert [s.id for s in result.sources] == ["s1"]
    assert [r.reason for r in result.refused] == ["empty file"]
