"""Relations stated in passing meet across outlets and languages (sentences written for the
test): who suffered what, and which named group a force includes or comes from."""

from __future__ import annotations

from gui.analysis import analyze
from gui.domain import Agreement, FactKind
from tests.analysis.test_align import source


def test_heavy_losses_told_in_passing_meet_across_languages() -> None:
    corpus = [
        source(
            "a",
            "Laporan garis depan\n\nLaporan dari garis depan menunjukkan bahwa pasukan bayaran "
            "itu mengalami kerugian besar akibat minimnya pelatihan.",
        ),
        source(
            "b",
            "Frontline report\n\nDespite poor equipment, the mercenary troops adapted quickly "
            "although they suffered heavy losses, officials said.",
            "en",
        ),
        source("c", "Cuaca\n\nHujan deras mengguyur kota itu sepanjang hari."),
    ]
    a = analyze(corpus)
    losses = [
        f
        for f in a.facts
        if f.kind is FactKind.STATEMENT and f.coverage == 2 and "kerugian" in f.cell("a").excerpt
    ]
    assert len(losses) == 1, [f.label for f in a.facts]
    assert "losses" in losses[0].cell("b").excerpt
    assert losses[0].agreement is Agreement.CONSENSUS
    assert "kerugian besar" in losses[0].label


def test_a_named_unit_a_force_includes_meets_the_one_it_comes_from() -> None:
    corpus = [
        source(
            "a",
            "Pasukan dikirim\n\nPasukan itu, termasuk unit khusus seperti Korps Petir, "
            "dilaporkan ikut bertempur di perbatasan.",
        ),
        source(
            "b",
            "Troops\n\nThe troops sent to the border, who come from the elite Thunder Corps, "
            "were ordered never to surrender.",
            "en",
        ),
    ]
    a = analyze(corpus)
    unit = [f for f in a.facts if f.kind is FactKind.STATEMENT and f.coverage == 2]
    assert len(unit) == 1, [f.label for f in a.facts]
    assert "Petir" in unit[0].label or "Thunder" in unit[0].label


def test_a_relation_one_outlet_states_makes_no_row() -> None:
    corpus = [
        source("a", "Banjir\n\nWarga desa itu mengalami kerugian besar akibat banjir."),
        source("b", "Harga\n\nHarga beras naik di pasar kota itu pekan ini."),
    ]
    a = analyze(corpus)
    assert not any(
        f.kind is FactKind.STATEMENT and f.coverage == 2 and "kerugian" in f.label for f in a.facts
    )


def test_a_cause_named_in_passing_meets_across_languages() -> None:
    corpus = [
        source(
            "a",
            "Kapal tertunda\n\nKapal feri itu baru berangkat pukul 09.10 setelah tertunda "
            "gara-gara hujan deras di pelabuhan.",
        ),
        source(
            "b",
            "Ferry delayed\n\nThe ferry left port 40 minutes late due to bad weather, "
            "the operator said.",
            "en",
        ),
        source(
            "c",
            "Kebakaran\n\nSebanyak 12 kios hangus akibat kebakaran tersebut, kata polisi.",
        ),
    ]
    a = analyze(corpus)
    weather = [
        f
        for f in a.facts
        if f.kind is FactKind.STATEMENT and f.coverage == 2 and "hujan" in f.cell("a").excerpt
    ]
    assert len(weather) == 1, [f.label for f in a.facts]
    assert "hujan deras" in weather[0].label
    # "akibat kebakaran tersebut": the happening itself is no cause
    assert not any("akibat kebakaran" in f.label for f in a.facts)
