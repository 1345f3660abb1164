"""A court story's sentences: what the court gave is not what the prosecutors sought, and two
defendants' sentences are two facts, on sentences written for the test."""

from __future__ import annotations

from gui.analysis import analyze
from gui.domain import Agreement, FactKind
from tests.analysis.slot_probe import slot_of, written_source


def test_a_sentence_sought_is_not_the_sentence_given() -> None:
    sought = slot_of("Sedangkan Dewi dituntut 6 tahun penjara.", "6 tahun")
    given = slot_of("Dewi Lestari divonis pidana penjara 11 tahun.", "11 tahun")
    assert (sought.measure, given.measure) == ("DEMANDED", "SENTENCED")
    text = "She was jailed for 11 years, although prosecutors had sought six."
    assert slot_of(text, "six", "en").measure == "DEMANDED"


def test_two_defendants_sentences_are_two_facts_and_one_defendants_meet() -> None:
    texts = [
        "Majelis hakim menjatuhkan vonis. Dewi Lestari divonis pidana penjara 11 tahun. "
        "Sementara itu, Bagus Santoso divonis penjara 7 tahun.",
        "Dewi Lestari mendapat vonis pidana penjara 11 tahun dari majelis hakim.",
        "Bagus Santoso, mantan ajudan terdakwa lain, divonis 9 tahun penjara.",
    ]
    analysis = analyze(tuple(written_source(k, t) for k, t in enumerate(texts, 1)))
    rows = [
        f
        for f in analysis.facts
        if f.kind is FactKind.QUANTITY and f.label.startswith(("Divonis", "Sentenced"))
    ]
    values = [sorted(c.value for c in f.cells.values() if c.value) for f in rows]
    assert ["11 tahun", "11 tahun"] in values  # Dewi, in two outlets: one row, agreeing
    bagus = next(f for f, v in zip(rows, values, strict=True) if v == ["7 tahun", "9 tahun"])
    assert bagus.agreement is Agreement.CONFLICT
    assert not any("11 tahun" in v and len(set(v)) > 1 for v in values)  # never against Bagus


def test_a_term_is_the_sentence_s_whatever_crime_follows_and_no_proposal() -> None:
    text = "Bagus Santoso dijatuhi vonis penjara 2,5 tahun dalam perkara pembunuhan berencana itu."
    term = slot_of(text, "2,5 tahun")
    assert term.measure == "SENTENCED"
    sought = slot_of("Sedangkan, Dewi mendapatkan tuntutan enam tahun penjara.", "enam tahun")
    assert sought.measure == "DEMANDED" and "PROPOSED" not in sought.qualifiers


def test_and_not_denies_what_follows_it_not_the_sentence_before() -> None:
    texts = [
        "Hakim memvonis Bagus Santoso 12 tahun kurungan.",
        "Sebenarnya Bagus Santoso divonis 16 tahun kurungan, dan bukan seumur hidup.",
    ]
    analysis = analyze(tuple(written_source(k, t) for k, t in enumerate(texts, 1)))
    (row,) = [
        f
        for f in analysis.facts
        if f.kind is FactKind.QUANTITY and f.label.startswith(("Divonis", "Sentenced"))
    ]
    assert row.agreement is Agreement.CONFLICT


def test_a_contrast_with_and_not_negates_nothing_before_it() -> None:
    from gui.analysis.clauses import flags
    from gui.analysis.pipeline import _read_source, reference_dates

    def negated(text: str) -> bool:
        source = written_source(1, text)
        (sf,) = _read_source(source, reference_dates([source])["s1"])
        return flags(sf, 0, len(sf.tokens))[0]

    assert not negated("Bagus divonis 16 tahun kurungan dan bukan seumur hidup.")
    assert negated("Bagus tidak dijatuhi hukuman mati oleh hakim.")
