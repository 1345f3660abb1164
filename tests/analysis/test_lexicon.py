"""The bilingual concept lexicon: stems must not tie two concepts together by accident."""

from __future__ import annotations

import json

import pytest

from gui.analysis.lexicon import lexicon, stem
from gui.analysis.text import fold_word, tokenize
from gui.paths import lexicon_path


def test_no_stem_is_shared_by_two_concepts() -> None:
    with open(lexicon_path("concepts.json"), encoding="utf-8") as fh:
        concepts = json.load(fh)["concepts"]
    owners: dict[str, set[str]] = {}
    for concept, spec in concepts.items():
        for language in ("id", "en"):
            for word in spec.get(language, []):
                if " " in word:
                    continue
                exact = word.startswith("=")
                folded = fold_word(word.lstrip("="))
                for key in {folded} if exact else {folded, stem(folded, language)}:
                    owners.setdefault(key, set()).add(concept)
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert shared == {}


def concepts(text: str, language: str = "id") -> list[str]:
    return [h.concept for h in lexicon().concepts(tokenize(text), language)]


def test_inflections_and_languages_meet_in_one_concept() -> None:
    for text, language in [
        ("mengonfirmasi", "id"),
        ("dikonfirmasi", "id"),
        ("konfirmasi", "id"),
        ("mengakui", "id"),
        ("confirmed", "en"),
        ("acknowledged", "en"),
    ]:
        assert concepts(text, language) == ["CONFIRM"], text
    assert concepts("dikerahkan") == concepts("mengerahkan") == ["DEPLOY"]
    assert concepts("deployed", "en") == ["DEPLOY"]
    assert concepts("tewas") == concepts("gugur") == concepts("killed", "en") == ["DIE"]


def test_longest_phrase_wins_and_everyday_words_stay_out() -> None:
    assert concepts("merebut kembali wilayah") == ["RECAPTURE", "REGION"]
    assert concepts("korban meninggal dunia") == ["CASUALTY", "DIE"]
    assert concepts("kehilangan nyawa") == ["DIE"]
    # Stems of news verbs that are everyday words must not fire.
    assert concepts("Kepala Staf Umum") == []  # "umum" is the stem of "mengumumkan"
    assert concepts("akhirnya semuanya baik") == []  # "akhir" of "berakhir"
    assert concepts("para pejabat") == []  # "jabat" of "menjabat"


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # Sastrawi stems these to everyday words that are no news verb or noun.
        ("Warga memilih tinggal dan bertahan di tenda.", {"DIE", "ELECT", "PRISONER"}),
        ("Satu orang ditolong oleh relawan bagi warga.", {"TROOPS", "GAIN", "PART"}),
        ("Listrik terputus dan jalan di tempat itu tingkat rusaknya tinggi.", {"DECIDE", "DEPLOY"}),
        ("Harga sesuai berita, kata kuasa hukum yang bebas bicara.", {"ADAPT", "REPORT"}),
    ],
)
def test_everyday_words_do_not_stem_into_news_concepts(sentence: str, absent: set[str]) -> None:
    found = {h.concept for h in lexicon().concepts(tokenize(sentence), "id")}
    assert not found & absent, found & absent


def test_no_glossary_term_repeats_a_concepts_words() -> None:
    # a word in both would match one of them only, and silently lose the other
    with open(lexicon_path("concepts.json"), encoding="utf-8") as fh:
        concepts = json.load(fh)["concepts"]
    with open(lexicon_path("glossary.json"), encoding="utf-8") as fh:
        terms = json.load(fh)["terms"]
    words = {
        w.lstrip("=").casefold()
        for spec in concepts.values()
        for language in ("id", "en")
        for w in spec.get(language, [])
    }
    repeated = sorted(
        w
        for spec in terms.values()
        for language in ("id", "en")
        for w in spec.get(language, [])
        if w.lstrip("=").casefold() in words
    )
    assert repeated == []
