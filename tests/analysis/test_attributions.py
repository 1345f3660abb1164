from __future__ import annotations

import pytest

from gui.analysis.attributions import find_attributions
from gui.analysis.entities import find_entities
from gui.analysis.lexicon import lexicon
from gui.analysis.text import tokenize


def credited(text: str, language: str = "id") -> list[str]:
    tokens = tokenize(text)
    entities = find_entities(tokens, text)
    concepts = lexicon().concepts(tokens, language)
    return [a.key for a in find_attributions(tokens, text, entities, concepts, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Menurut BMKG, gempa terjadi pukul 10.00.", "id", ["bmkg"]),
        ("Menurut laporan kantor berita Jepang, Kyodo, kapal itu tenggelam.", "id", ["kyodo"]),
        ("Banjir merendam 300 rumah, kata Bupati Sleman Ahmad Yani.", "id", ["sleman ahmad yani"]),
        ("BNPB menyatakan bahwa 12 orang hilang.", "id", ["bnpb"]),
        ("Seperti dikutip dari Reuters, harga minyak naik.", "id", ["reuters"]),
        ("According to Reuters, the ship sank at dawn.", "en", ["reuters"]),
        ("The agency said 40 people were rescued, Kyodo reported.", "en", ["kyodo"]),
        ("Hujan turun sejak pagi di Bogor.", "id", []),
        (
            "Warga diminta tenang, ujar Koordinator Bidang Mitigasi Gempabumi dan Tsunami "
            "BMKG, Hendra Wibisono, kepada wartawan.",
            "id",
            ["hendra wibisono"],
        ),
        (
            '"Belum ada prediksi," kata Koordinator Bidang Mitigasi Gempabumi dan Tsunami '
            "BMKG Hendra Wibisono.",
            "id",
            ["hendra wibisono"],
        ),
        (
            "Kepala dinas Nurhayati Sose di Majene, Kamis, mengatakan dana cair.",
            "id",
            ["nurhayati sose"],
        ),
        ("Rinciannya, kata dia, masih diverifikasi petugas.", "id", []),
    ],
)
def test_attributions(text: str, language: str, expected: list[str]) -> None:
    assert credited(text, language) == expected


def test_anonymous_roles_are_kept_with_their_country() -> None:
    keys = credited("Pejabat Ukraina memperkirakan bahwa 500 tentara tewas.")
    assert keys == ["pejabat ukraine"]
