"""The embedded corpus: five real scraped articles, furniture and all."""

from __future__ import annotations

from datetime import datetime

import pytest

from gui.domain import Source
from gui.ingest import load_paths, source_from_text
from gui.ingest.furniture import is_furniture
from gui.paths import seeds_dir

FURNITURE = [
    "Uploaded Image",
    "Gambar :",
    "BACA JUGA",
    "Seteru Memanas, Menteri Pakistan",
    "share",
    "Topik Menarik",
    "Scroll to Top",
    "LAGI TRENDING",
    "Global | sindonews",
    "Tanggal:",
    "IKOLOM.NEWS",
]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Source]:
    result = load_paths([seeds_dir()])
    assert result.refused == ()
    return {s.path.rsplit("/", 1)[-1][:3]: s for s in result.sources}


def _first_line(name: str) -> str:
    path = next(seeds_dir().glob(f"{name}_*.txt"))
    return path.read_text(encoding="utf-8").split("\n", 1)[0].strip()


def test_five_sources_in_file_order(seeds: dict[str, Source]) -> None:
    assert list(seeds) == ["000", "001", "002", "003", "004"]
    assert [s.id for s in seeds.values()] == ["s1", "s2", "s3", "s4", "s5"]


@pytest.mark.parametrize("name", ["000", "002", "003", "004"])
def test_titles_are_the_headline_lines(seeds: dict[str, Source], name: str) -> None:
    source = seeds[name]
    assert source.title == _first_line(name)
    assert source.text.split("\n", 1)[0] == source.title
    assert source.text.count(source.title) == 1


def test_article_without_headline_is_titled_from_its_lead(seeds: dict[str, Source]) -> None:
    source = seeds["001"]
    first = source.text.split("\n", 1)[0]
    assert source.title.rstrip("…") and first.startswith(source.title.rstrip("…"))
    assert not first.startswith("IKOLOM")


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_no_furniture_remains(seeds: dict[str, Source], name: str) -> None:
    text = seeds[name].text
    for line in text.split("\n"):
        assert not is_furniture(line), line
        assert line.strip().casefold() != "share"
    for marker in FURNITURE:
        if marker != "share":
            assert marker not in text, marker


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("000", datetime(2025, 4, 28, 11, 7)),
        ("001", datetime(2025, 4, 28)),
        ("002", datetime(2025, 4, 28, 7, 46)),
        ("003", datetime(2025, 4, 29, 10, 21)),
        ("004", None),
    ],
)
def test_published(seeds: dict[str, Source], name: str, published: datetime | None) -> None:
    assert seeds[name].published == published


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("000", "Source 000"),
        ("001", "IKOLOM.NEWS"),
        ("002", "Sindonews"),  # all lowercase in the byline, so capitalised
        ("003", "Source 003"),
        ("004", "Source 004"),
    ],
)
def test_outlets(seeds: dict[str, Source], name: str, outlet: str) -> None:
    assert seeds[name].outlet == outlet


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_content_survives(seeds: dict[str, Source], name: str) -> None:
    source = seeds[name]
    assert source.language == "id"
    raw = next(seeds_dir().glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    prose = [line.strip() for line in raw.split("\n") if len(line.split()) >= 25]
    assert prose
    for line in prose:  # every paragraph survives, at most losing a wire-style prefix
        assert line.split(" – ", 1)[-1] in source.text


def test_section_headings_and_bullets_stay(seeds: dict[str, Source]) -> None:
    text = seeds["000"].text
    assert "\nKesimpulan\n" in text and "\nRefleksi\n" in text
    assert text.count("\n  • ") == 5
    assert "\nJumlah Pasukan dan Korban\n" in seeds["001"].text


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_cleaning_is_stable(seeds: dict[str, Source], name: str) -> None:
    source = seeds[name]
    again = source_from_text(source.text, source_id=source.id, path=source.path)
    assert again.text == source.text
