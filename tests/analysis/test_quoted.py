"""Who the outlets quote: one row per person two or more outlets credit, on articles written
for the test."""

from __future__ import annotations

from gui.analysis import analyze
from tests.analysis.test_align import source


def _quoted(corpus: list) -> dict[str, set[str]]:  # type: ignore[type-arg]
    return {
        f.label: {sid for sid, c in f.cells.items() if c.status.value != "absent"}
        for f in analyze(corpus).facts
        if f.label.startswith(("Quoted:", "Narasumber:"))
    }


def test_one_official_quoted_under_two_titles_is_one_row() -> None:
    corpus = [
        source(
            "a",
            "Banjir\n\nKorban banjir bertambah menjadi 9 orang, kata Kepala Pusat Data BPBD "
            "Rahmat Sudirja di Bandung.",
        ),
        source(
            "b",
            "Flood\n\nNine people died in the flood, disaster agency spokesman Rahmat Sudirja "
            "told reporters.",
            "en",
        ),
        source("c", "Banjir\n\nSembilan orang tewas akibat banjir di Bandung."),
    ]
    rows = _quoted(corpus)
    assert list(rows) == ["Quoted: Rahmat Sudirja"], rows
    assert rows["Quoted: Rahmat Sudirja"] == {"a", "b"}


def test_agencies_places_and_offices_are_no_person() -> None:
    corpus = [
        source(
            "a",
            "Banjir\n\nBadan Nasional Penanggulangan Bencana (BNPB) menyebut 9 orang tewas, "
            "kata warga di Sumatera Barat.",
        ),
        source(
            "b",
            "Banjir\n\nBadan Nasional Penanggulangan Bencana (BNPB) mengatakan 9 orang tewas "
            "di Sumatera Barat.",
        ),
        source(
            "c",
            "Flood\n\nThe Regional Rescue Office chairman said nine died in West Sumatra.",
            "en",
        ),
        source(
            "d",
            "Flood\n\nNine died, the Regional Rescue Office chairman told reporters.",
            "en",
        ),
    ]
    assert _quoted(corpus) == {}


def test_a_person_named_by_one_outlet_only_makes_no_row() -> None:
    corpus = [
        source("a", "Banjir\n\nSembilan orang tewas, kata Rahmat Sudirja."),
        source("b", "Flood\n\nNine people died, officials said.", "en"),
    ]
    assert _quoted(corpus) == {}


def test_a_title_in_apposition_stands_between_name_and_verb() -> None:
    corpus = [
        source(
            "a",
            "Flood\n\nRahmat Sudirja, head of the district's search and rescue office, said "
            "nine people died.",
            "en",
        ),
        source("b", "Banjir\n\nSembilan orang tewas, ujar Rahmat Sudirja kepada wartawan."),
    ]
    assert _quoted(corpus) == {"Quoted: Rahmat Sudirja": {"a", "b"}}


def test_a_word_outlets_write_in_lower_case_is_no_name() -> None:
    corpus = [
        source(
            "a",
            "Flood\n\nNine died, according to Archive Data. The data is preliminary.",
            "en",
        ),
        source("b", "Flood\n\nArchive Data said nine died. More data will follow.", "en"),
    ]
    assert _quoted(corpus) == {}


def test_companies_and_offices_with_long_names_are_no_person() -> None:
    corpus = [
        source(
            "a",
            "Bus\n\nPT Sinar Rahayu memastikan santunan dibayar, kata Koordinator Bidang "
            "Mitigasi Bencana dan Tsunami BMKG kepada wartawan.",
        ),
        source(
            "b",
            "Bus\n\nPT Sinar Rahayu menyatakan santunan dibayar, ujar Koordinator Bidang "
            "Mitigasi Bencana dan Tsunami BMKG.",
        ),
    ]
    assert _quoted(corpus) == {}


def test_the_whole_name_is_the_decisive_words() -> None:
    corpus = [
        source("a", "Banjir\n\nSembilan orang tewas, kata Kepala BPBD Rahmat Sudirja."),
        source("b", "Flood\n\nNine died, Rahmat Sudirja told reporters.", "en"),
    ]
    analysis = analyze(corpus)
    row = next(f for f in analysis.facts if f.label.startswith("Quoted"))
    text = {s.id: s.text for s in analysis.sources}
    for sid, cell in row.cells.items():
        assert text[sid][cell.value_start : cell.value_end] == "Rahmat Sudirja"


def test_one_person_spelled_two_ways_after_a_long_title_is_one_row() -> None:
    corpus = [
        source(
            "a",
            'Banjir\n\n"Korban bertambah," kata Kepala Seksi Hubungan Masyarakat Badan '
            "Penanggulangan Kementerian Dalam Negeri Rina Sulistyani melalui pesan singkat.",
        ),
        source(
            "b",
            "Flood\n\nNine people died, Rina Sulistiyani, a spokeswoman for the ministry, told "
            "reporters.",
            "en",
        ),
    ]
    rows = _quoted(corpus)
    assert len(rows) == 1 and list(rows.values()) == [{"a", "b"}], rows
