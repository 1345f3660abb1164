"""Finding a table's columns by their usual names, and the reviewer's own choice."""

from __future__ import annotations

import pytest

from gui.ingest.columns import (
    apply_choice,
    field_name,
    fold,
    guess_columns,
    parse_column_spec,
    unique_columns,
)

LONG = "Pemerintah kota menambah 40 bus listrik untuk jalur baru mulai bulan depan, kata dinas."


@pytest.mark.parametrize(
    ("header", "folded"),
    [
        ("publishedAt", "published_at"),
        ("Isi Berita", "isi_berita"),
        ("source.name", "source_name"),
        ("  Media-Name ", "media_name"),
        ("URL", "url"),
    ],
)
def test_fold(header: str, folded: str) -> None:
    assert fold(header) == folded


def test_usual_names_in_indonesian_and_english() -> None:
    guess = guess_columns(["No", "Judul", "Isi", "Media", "Tautan", "Tanggal"], [])
    assert guess.sure
    assert dict(guess.mapping) == {
        "text": "Isi",
        "title": "Judul",
        "outlet": "Media",
        "url": "Tautan",
        "published": "Tanggal",
    }
    guess = guess_columns(["headline", "body", "publisher", "link", "publish_date"], [])
    assert dict(guess.mapping) == {
        "text": "body",
        "title": "headline",
        "outlet": "publisher",
        "url": "link",
        "published": "publish_date",
    }


def test_names_with_extra_words_are_found() -> None:
    guess = guess_columns(["Judul Artikel", "Isi Berita Lengkap", "Nama Media"], [])
    assert guess.mapping["text"] == "Isi Berita Lengkap"
    assert guess.mapping["title"] == "Judul Artikel"
    assert guess.mapping["outlet"] == "Nama Media"


def test_a_column_named_for_another_field_is_not_the_text() -> None:
    sample = [["https://a.example.id/x", LONG]]
    guess = guess_columns(["article_url", "kolom2"], sample)
    assert guess.mapping.get("url") == "article_url"
    assert guess.text == "kolom2"
    assert not guess.sure  # found by length, not by name


def test_unknown_names_fall_back_on_the_longest_column_unsurely() -> None:
    sample = [["Kompas", LONG, "2025-01-02"], ["Tempo", LONG + " Lagi.", "2025-01-03"]]
    guess = guess_columns(["a", "b", "c"], sample)
    assert guess.text == "b"
    assert not guess.sure


def test_no_long_column_means_no_text() -> None:
    guess = guess_columns(["a", "b"], [["x", "y"], ["1", "2"]])
    assert guess.text == ""
    assert not guess.sure


def test_summary_stands_in_only_when_there_is_no_text_column() -> None:
    assert guess_columns(["description", "content"], [["short", LONG]]).text == "content"
    weak = guess_columns(["title", "description"], [["T", LONG]])
    assert weak.text == "description"
    assert not weak.sure


def test_two_comparable_text_columns_are_unsure() -> None:
    sample = [[LONG, LONG + " Tambahan."]]
    guess = guess_columns(["content", "body"], sample)
    assert guess.text == "body"  # the longer
    assert not guess.sure
    clear = guess_columns(["content", "body"], [["Cuplikan.", LONG]])
    assert clear.text == "body" and clear.sure


def test_choice_wins_and_names_a_missing_column() -> None:
    guess = guess_columns(["a", "Isi", "Media"], [])
    chosen = apply_choice(guess, {"text": "A", "outlet": "", "title": "isi"})
    assert dict(chosen.mapping) == {"text": "a", "title": "Isi"}
    assert chosen.sure
    with pytest.raises(ValueError, match=r"no column named “konten” \(columns: a, Isi, Media\)"):
        apply_choice(guess, {"text": "konten"})


def test_one_column_feeds_one_field() -> None:
    guess = guess_columns(["Isi", "Judul"], [])
    chosen = apply_choice(guess, {"title": "Isi"})
    assert dict(chosen.mapping) == {"title": "Isi"}


def test_parse_column_spec() -> None:
    assert parse_column_spec("text=isi, outlet=media ,date=tanggal") == {
        "text": "isi",
        "outlet": "media",
        "published": "tanggal",
    }
    assert parse_column_spec("url=") == {"url": ""}
    for bad, message in [
        ("isi", "expected FIELD=COLUMN"),
        ("colour=red", "unknown field “colour”"),
        (" , ", "expected FIELD=COLUMN pairs"),
    ]:
        with pytest.raises(ValueError, match=message):
            parse_column_spec(bad)


def test_field_aliases() -> None:
    assert [field_name(n) for n in ("Date", "headline", "source", "BODY", "link")] == [
        "published",
        "title",
        "outlet",
        "text",
        "url",
    ]


def test_unique_columns() -> None:
    assert unique_columns([None, "x", "X", "", " two  words "]) == (
        "Column 1",
        "x",
        "X (2)",
        "Column 4",
        "two words",
    )
