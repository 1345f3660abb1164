"""Statement rows are labelled "who: what", in a few of the outlets' own words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from gui.analysis import analyze
from gui.domain import Agreement, Analysis, FactKind, Source, Status
from tests.analysis.slot_probe import written_source

# Written for this test: two outlets credit the police chief, two the fire chief.
_TEXTS = (
    "Menurut Kapolres Bogor Arif Santoso, saat kebakaran terjadi, pintu gudang terkunci dari "
    "luar sehingga pekerja terjebak.",
    "Kapolres Bogor Arif Santoso mengatakan, saat kebakaran terjadi pintu gudang terkunci dari "
    "luar sehingga para pekerja terjebak di dalam.",
    "Dalam kasus itu, Kepala Dinas Damkar Bogor Wawan menjelaskan bahwa api berasal dari "
    "korsleting listrik di lantai dua gudang.",
    "Kepala Dinas Damkar Bogor Wawan menjelaskan, api berasal dari korsleting listrik di lantai "
    "dua gudang tersebut.",
)


def _sources(texts: Sequence[tuple[str, str]]) -> tuple[Source, ...]:
    """One source per (language, text), all published the same day."""
    return tuple(
        written_source(i, text, language, datetime(2025, 3, 3))
        for i, (language, text) in enumerate(texts)
    )


def _analysis() -> Analysis:
    return analyze(_sources([("id", text) for text in _TEXTS]))


def test_a_statement_label_names_who_said_it_then_the_main_clause() -> None:
    labels = [f.label for f in _analysis().facts if f.kind is FactKind.STATEMENT]
    locked = next(label for label in labels if "terkunci" in label)
    # the speaker first; the clause opened by "saat" and the attribution itself left out
    who, what = locked.split(": ", 1)
    assert "Arif Santoso" in who
    assert what.startswith("pintu gudang terkunci")
    assert "Menurut" not in locked and "saat" not in what
    cause = next(label for label in labels if "korsleting" in label)
    # what was explained, not the connector before it nor the saying
    assert cause.split(": ", 1)[1].startswith("api berasal dari korsleting")
    assert len(cause.split()) <= 16


def test_a_floor_named_by_a_number_word_is_no_count() -> None:
    assert not [f for f in _analysis().facts if f.kind is FactKind.QUANTITY]


def test_a_cause_stated_in_both_languages_is_one_row() -> None:
    # Written for this test; "korsleting listrik" and "short circuit" meet through the
    # glossary, which nothing else in these sentences would do.
    texts = (
        ("id", "Polisi menduga kebakaran gudang di Cikarang dipicu korsleting listrik."),
        ("en", "Police suspect the warehouse fire in Cikarang was caused by a short circuit."),
        ("id", "Penyebab kebakaran gudang di Cikarang diduga korsleting listrik, kata polisi."),
    )  # fmt: skip
    sources = _sources(texts)
    rows = [f for f in analyze(sources).facts if f.kind is FactKind.STATEMENT]
    assert any(set(f.cells) == {"s0", "s1", "s2"} for f in rows), [f.label for f in rows]


def test_a_denial_and_a_confirmation_of_one_act_are_a_conflict_in_one_row() -> None:
    texts = (
        ("id", "Kementerian Pertahanan Arvania membantah telah mengirim pasukan ke Velmora."),
        ("en", "Arvania's defence ministry confirmed it had sent troops to Velmora."),
        ("id", "Kementerian Pertahanan Arvania mengonfirmasi pengiriman pasukan ke Velmora."),
    )
    sources = _sources(texts)
    (row,) = [f for f in analyze(sources).facts if f.kind is FactKind.STATEMENT]
    assert set(row.cells) == {"s0", "s1", "s2"}
    assert row.agreement is Agreement.CONFLICT
    assert row.cells["s0"].status is Status.CONFLICT  # the denial departs from the others
    assert {row.cells["s1"].status, row.cells["s2"].status} == {Status.AGREE}


def test_a_speaker_s_title_chain_is_cut_to_the_name() -> None:
    from gui.analysis.labels import _short_speaker

    assert _short_speaker(
        "Central Sulawesi Provincial Police Deputy Inspector General Budi Santosa"
    ) == ("Budi Santosa")
    assert _short_speaker("Kapolda Jawa Barat Irjen Pol Budi Santosa") == "Budi Santosa"
    assert _short_speaker("BMKG") == "BMKG"
    assert _short_speaker("Santosa") == "Santosa"
