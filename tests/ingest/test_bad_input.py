"""Broken, hostile and odd inputs: each is refused with the file and the reason named, or
loads; nothing raises, nothing stalls, and the rest of the corpus loads."""

from __future__ import annotations

import errno
import io
import os
import time
import zipfile
from pathlib import Path

import pytest

from gui.ingest import IngestError, load_paths, read_source
from gui.ingest import archive as archive_module
from tests.ingest import fixtures as fx

GOOD = (
    "Jalan Tol Baru Dibuka\n\n"
    "Jalan tol sepanjang 24 kilometer dibuka untuk umum pada Jumat, kata menteri pekerjaan "
    "umum kepada wartawan di lokasi peresmian.\n"
)


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def reason(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        read_source(path, "s1")
    return str(info.value)


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """A copy of a zip with some members' contents replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename not in replace:
                target.writestr(item, source.read(item.filename))
        for name, content in replace.items():
            target.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf", ".csv", ".xlsx",
                                    ".jsonl", ".tsv"])  # fmt: skip
def test_empty_files_of_every_format(tmp_path: Path, suffix: str) -> None:
    assert reason(write(tmp_path / f"empty{suffix}", b"")) == "empty file"
    assert reason(write(tmp_path / f"blank{suffix}", b" \r\n\t \n")) == "empty file"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image, not text"),
        ("noise.csv", bytes(range(256)) * 8, "binary file, not text"),
        ("noise.jsonl", bytes(range(256)) * 8, "binary file, not text"),
        ("backup.txt", b"\x1f\x8b\x08\x00" + bytes(100), "a gzip archive; unpack it first"),
        ("tool.md", b"\x7fELF\x02\x01\x01" + bytes(200), "a program, not an article"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "an old-style Office"),
    ],
)
def test_binary_files_say_what_they_are(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    assert reason(write(tmp_path / name, data)).startswith(expected)


def test_a_zip_of_articles_is_not_read_as_one(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.txt", GOOD)
    assert reason(write(tmp_path / "artikel.docx", out.getvalue())) == (
        "a ZIP archive; unzip it and open the articles inside"
    )


@pytest.mark.parametrize(
    ("name", "data", "title"),
    [
        ("bridge.txt", fx.text_pdf(), fx.BRIDGE_TITLE),  # a PDF named .txt
        ("bridge.docx", fx.text_pdf(), fx.BRIDGE_TITLE),
        ("page.txt", fx.saved_page(), fx.FLOOD_TITLE),  # a saved page named .txt
        ("report.pdf", fx.word_document(), fx.BRIDGE_TITLE),  # a Word file named .pdf
    ],
)
def test_misnamed_files_are_read_by_what_they_hold(
    tmp_path: Path, name: str, data: bytes, title: str
) -> None:
    assert read_source(write(tmp_path / name, data), "s1").title == title


def test_misnamed_workbook_loads_its_rows(tmp_path: Path) -> None:
    result = load_paths([write(tmp_path / "artikel.csv", fx.xlsx_table(fx.table_rows()))])
    assert [s.outlet for s in result.sources] == [r["outlet"] for r in fx.ROWS]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("notes.docx", "not a real Word document (wrong extension?)"),
        ("table.xlsx", "not a real Excel workbook (wrong extension?)"),
        ("paper.pdf", "not a real PDF (wrong extension?)"),
    ],
)
def test_text_with_an_office_extension(tmp_path: Path, name: str, expected: str) -> None:
    assert reason(write(tmp_path / name, GOOD)) == expected


def test_undecodable_bytes_are_read_in_the_likeliest_encoding(tmp_path: Path) -> None:
    # cp1252 bytes that are not UTF-8, in a table and an undeclared page
    rows = [["judul", "isi"], ["Kafé Dibuka", "Kafé itu dibuka lagi pada Senin, kata pemiliknya."]]
    table = fx.csv_table(rows).decode("utf-8-sig").encode("cp1252")
    source = read_source(write(tmp_path / "t.csv", table), "s1")
    assert source.title == "Kafé Dibuka"
    page = b"<html><body><p>Kaf\xe9 itu dibuka lagi pada Senin, kata pemiliknya.</p></body></html>"
    assert "Kafé itu" in read_source(write(tmp_path / "p.html", page), "s1").text


def test_truncated_and_corrupted_office_files(tmp_path: Path) -> None:
    document = fx.word_document()
    workbook = fx.xlsx_table(fx.table_rows())
    assert reason(write(tmp_path / "half.docx", document[: len(document) // 2])) == (
        "damaged Word document (cannot be unzipped)"
    )
    assert reason(write(tmp_path / "half.xlsx", workbook[: len(workbook) // 2])) == (
        "damaged Excel workbook (cannot be unzipped)"
    )
    garbled = rezip(document, {"word/document.xml": b"<w:document><unclosed"})
    assert reason(write(tmp_path / "bad.docx", garbled)) == "damaged or unreadable Word document"
    garbled = rezip(workbook, {"xl/workbook.xml": b"\x00\x01 not xml"})
    assert reason(write(tmp_path / "bad.xlsx", garbled)) == "damaged or unreadable Excel workbook"


def test_zip_bombs_are_refused_from_the_directory_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 8 MB of zeros packs to a few kilobytes: a ratio no office document has
    bomb = rezip(fx.word_document(), {"word/media/image1.png": bytes(8 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert reason(write(tmp_path / "bomb.docx", bomb)) == (
        "suspicious Word document: it would unpack to 9 MB (a zip bomb?)"
    )
    # a total beyond the limit, each member modest
    monkeypatch.setattr(archive_module, "MAX_UNPACKED", 200_000)
    padded = rezip(fx.xlsx_table(fx.table_rows()), {"xl/media/a.bin": os.urandom(300_000)})
    assert reason(write(tmp_path / "big.xlsx", padded)).startswith("suspicious Excel workbook")
    monkeypatch.setattr(archive_module, "MAX_MEMBERS", 5)
    assert reason(write(tmp_path / "parts.docx", fx.word_document())).startswith(
        "suspicious Word document:"
    )


def test_password_protected_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(fx.text_pdf())))
    writer.encrypt(user_password="rahasia", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert reason(write(tmp_path / "locked.pdf", out.getvalue())) == (
        "PDF is encrypted (password protected)"
    )


def test_damaged_pdf(tmp_path: Path) -> None:
    data = fx.text_pdf()
    assert reason(write(tmp_path / "cut.pdf", data[:60])).startswith("damaged or unreadable PDF")


def test_unreadable_files_of_every_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, data in [("a.docx", fx.word_document()), ("b.xlsx", fx.xlsx_table([["t"]]))]:
        write(tmp_path / name, data)
    write(tmp_path / "c.txt", GOOD)

    def refuse(self: Path) -> bytes:
        if self.suffix != ".txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return Path.read_text(self, encoding="utf-8").encode()

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = load_paths([tmp_path])
    assert [Path(s.path).name for s in result.sources] == ["c.txt"]
    assert [(Path(r.path).name, r.reason) for r in result.refused] == [
        ("a.docx", "permission denied"),
        ("b.xlsx", "permission denied"),
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    started = time.monotonic()
    assert reason(tmp_path / "pipe.txt") == "not a regular file"
    assert time.monotonic() - started < 5


def test_a_50_mb_text_file_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as fh:
        fh.write(GOOD.encode())
        fh.truncate(50 * 1024 * 1024)  # sparse: nothing more is written
    write(tmp_path / "ok.txt", GOOD)
    started = time.monotonic()
    result = load_paths([tmp_path])
    assert time.monotonic() - started < 5
    assert [(Path(r.path).name, r.reason) for r in result.refused] == [
        ("dump.txt", "too large: 50 MB; the limit is 20 MB")
    ]
    assert [Path(s.path).name for s in result.sources] == ["ok.txt"]


def test_a_large_text_under_the_limit_loads(tmp_path: Path) -> None:
    paragraph = "Petugas mencatat 1.200 warga mengungsi, kata BPBD pada Senin malam.\n\n"
    path = write(tmp_path / "long.txt", "Laporan Panjang\n\n" + paragraph * 30_000)  # ~2 MB
    started = time.monotonic()
    source = read_source(path, "s1")
    assert time.monotonic() - started < 20
    assert source.text.count("1.200 warga") == 30_000


MILLION = "kata " * 200_000  # a million characters without a line break


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("line.txt", "Judul\n\n" + MILLION),
        ("line.md", "# Judul\n\n" + MILLION),
        ("line.html", f"<html><body><h1>Judul</h1><p>{MILLION}</p></body></html>"),
        ("line.csv", fx.csv_table([["text", "outlet"], [MILLION, "A"]]).decode("utf-8-sig")),
        ("line.jsonl", fx.jsonl_table([{"text": MILLION, "outlet": "A"}]).decode()),
    ],
)
def test_lines_of_a_million_characters(tmp_path: Path, name: str, data: str) -> None:
    started = time.monotonic()
    source = read_source(write(tmp_path / name, data), "s1")
    assert time.monotonic() - started < 20
    assert source.text.count("kata") >= 199_000


def test_control_characters_are_removed_and_the_article_kept(tmp_path: Path) -> None:
    text = (
        "Jalan Tol Baru\x07 Dibuka\n\n"
        "Jalan tol\x00 sepanjang 24\x1b kilometer dibuka, kata menteri.\n"
    )
    for name, data in [
        ("c.txt", text),
        ("c.csv", fx.csv_table([["text"], [text]]).decode("utf-8-sig")),
        ("c.jsonl", fx.jsonl_table([{"text": text}]).decode()),
    ]:
        source = read_source(write(tmp_path / name, data), "s1")
        assert "sepanjang 24 kilometer" in source.text
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in source.text)


RTL = (
    "فيضانات تغمر آلاف المنازل في جاكرتا 🌊\n\n"
    "غمرت الفيضانات نحو 1200 منزل في جاكرتا يوم الاثنين، وفق ما قاله مسؤولون محليون 🙏.\n"
)


@pytest.mark.parametrize("name", ["rtl.txt", "rtl.html", "rtl.csv", "rtl.jsonl"])
def test_right_to_left_and_emoji_text_survives(tmp_path: Path, name: str) -> None:
    title, body = (part.strip() for part in RTL.split("\n\n"))
    data = {
        "rtl.txt": RTL,
        "rtl.html": f"<html><body><h1>{title}</h1><p>{body}</p></body></html>",
        "rtl.csv": fx.csv_table([["title", "text"], [title, body]]).decode("utf-8-sig"),
        "rtl.jsonl": fx.jsonl_table([{"title": title, "text": body}]).decode(),
    }[name]
    source = read_source(write(tmp_path / name, data), "s1")
    assert source.title == title
    assert body in source.text
    assert "🌊" in source.title and "🙏" in source.text


def test_one_bad_file_never_stops_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "01.txt", GOOD)
    write(tmp_path / "02.docx", b"PK\x03\x04 truncated")
    write(tmp_path / "03.pdf", fx.scanned_pdf())
    write(tmp_path / "04.xlsx", b"")
    write(tmp_path / "05.html", fx.saved_page())
    write(tmp_path / "06.jsonl", b"{{{")
    write(tmp_path / "07.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "08.csv", fx.csv_table(fx.table_rows()))
    result = load_paths([tmp_path])
    assert [Path(s.path.split(" (")[0]).name for s in result.sources] == [
        "01.txt", "05.html", "08.csv", "08.csv", "08.csv",
    ]  # fmt: skip
    assert [Path(r.path).name for r in result.refused] == [
        "02.docx", "03.pdf", "04.xlsx", "06.jsonl", "07.png",
    ]  # fmt: skip
    assert all(r.reason for r in result.refused)
