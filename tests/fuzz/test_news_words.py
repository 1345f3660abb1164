"""The analysis on sentences made of the words it reacts to: numbers in both notations,
number and date words, hedges, units, currencies, weekday and month names, coordinators,
reporting verbs, names and punctuation, in random order. Random Unicode rarely reaches the
rules these words steer; this does (it found "inflasi Juli dan Agustus." ending a sentence
with a coordinated month, which crashed the clause finder)."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gui.analysis import analyze
from gui.domain import Source, Status

_WORDS = (
    "14.000 14,000 3,5 3.5 12,5 2.300 600 27 28/4/2025 11/3 2026 2024 1.500-an 10.000-12.000 "
    "tiga dua puluh ratusan ribuan puluhan belasan setengah satu ribu juta miliar triliun "
    "three twenty hundreds thousands dozens half million billion "
    "sekitar lebih dari hampir setidaknya sedikitnya hingga sampai antara about nearly "
    "at least more than up to between to of "
    "Rp Rp. USD $ US$ € persen % per cent percent km kilometer hari pekan minggu bulan tahun "
    "days weeks acres hectares magnitudo M SR "
    "Senin Selasa Rabu Kamis Jumat Sabtu Minggu Monday Tuesday Friday "
    "Januari Juli Agustus Desember April June March tahun lalu pekan lalu kemarin besok "
    "yesterday last week pukul 02.18 WIB WITA a.m. "
    "dan serta atau and or termasuk sementara while per as "
    "kata ujar menurut mengatakan melaporkan said according told tewas meninggal "
    "killed injured mengungsi rusak tersangka ditangkap dikerahkan "
    "Korea Utara KCNA BNPB Kim Jong Un Hendra Wibisono Koordinator Kepala Gubernur "
    'orang warga tentara rumah people homes troops , . ; : ( ) " - – ? !'
)
WORDS = tuple(_WORDS.split())


@st.composite
def a_sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10))
    text = " ".join(words)
    return text + draw(st.sampled_from([".", "", "!", "?", ".\n"]))


@example(first=["Dampaknya terlihat pada inflasi Juli dan Agustus."], second=["."], english=False)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.lists(a_sentence(), min_size=1, max_size=6),
    second=st.lists(a_sentence(), min_size=1, max_size=6),
    english=st.booleans(),
)
def test_news_words_in_any_order_analyse(
    first: list[str], second: list[str], english: bool
) -> None:
    sources = [
        Source(
            f"s{n}",
            f"Outlet {n}",
            "Judul",
            datetime(2026, 3, 12, 9, 0) if n == 1 else None,
            "en" if english and n == 2 else "id",
            "Judul\n\n" + " ".join(sentences),
            f"s{n}.txt",
        )
        for n, sentences in enumerate((first, second), start=1)
    ]
    analysis = analyze(sources)
    texts = {s.id: s.text for s in sources}
    for fact in analysis.facts:
        assert fact.cells
        for sid, cell in fact.cells.items():
            if cell.status is not Status.ABSENT:
                assert 0 <= cell.start <= cell.end <= len(texts[sid])
                assert texts[sid][cell.start : cell.end] == cell.excerpt
                assert cell.start <= cell.value_start <= cell.value_end <= cell.end
