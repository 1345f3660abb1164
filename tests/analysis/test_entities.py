from __future__ import annotations

from gui.analysis.entities import acronym_aliases, find_entities, fold_corpus_entities
from gui.analysis.text import tokenize


def keys(text: str, **kw: object) -> list[str]:
    return [e.key for e in find_entities(tokenize(text), text, **kw)]  # type: ignore[arg-type]


def keys_by_sentence(text: str) -> set[str]:
    """Entity keys of ``text`` read one sentence at a time, as the pipeline reads them."""
    keys: set[str] = set()
    start = 0
    for sentence in text.split(". "):
        keys |= {e.key for e in find_entities(tokenize(sentence, offset=start), text)}
        start += len(sentence) + 2
    return keys


def test_spelling_variants_and_languages_fold_to_one_key() -> None:
    assert keys("Pemimpin Korea Utara Kim Jong Un tiba.") == ["north korea", "kim jong un"]
    assert keys("Pasukan Korut dikirim oleh Kim Jong-un.") == ["north korea", "kim jong un"]
    assert keys("North Korean leader Kim Jong-un arrived.") == ["north korea", "kim jong un"]
    assert keys("Pejabat di Moskow dan Washington menolak.") == ["russia", "united states"]


def test_titles_are_stripped_and_mark_people() -> None:
    text = "Menurut Presiden Rusia Vladimir Putin, Jenderal Valery Gerasimov melapor."
    ents = find_entities(tokenize(text), text)
    assert [(e.key, e.kind) for e in ents] == [
        ("russia", "country"),
        ("vladimir putin", "other"),
        ("valery gerasimov", "person"),
    ]


def test_sentence_initial_common_words_are_not_names() -> None:
    assert keys("Namun Badan Pusat Statistik belum merilis data.") == ["badan pusat statistik"]
    assert keys("Pengakuan itu mengejutkan banyak pihak.") == []


def test_case_sensitive_acronyms() -> None:
    assert keys("Pemerintah AS mengecam langkah itu.") == ["united states"]
    assert keys("Ia datang as usual.") == []


def test_headline_only_accepts_known_names() -> None:
    head = "Banjir Besar Melanda Kota Sorong Papua"
    assert keys(head, heading=True, known=["sorong"]) == []
    assert keys(head, heading=True, known=["kota sorong papua"]) == []
    assert "north korea" in keys("Korut Kirim Pasukan Lagi", heading=True)


def test_acronym_definitions_and_surnames_fold_across_the_corpus() -> None:
    text = "Badan Nasional Penanggulangan Bencana (BNPB) melapor."
    aliases = acronym_aliases(text)
    assert aliases == {"badan nasional penanggulangan bencana": "bnpb"}
    a = "Kepala BNPB Suharyanto tiba. Presiden Joko Widodo hadir."
    b = "Widodo meninjau lokasi bersama Badan Nasional Penanggulangan Bencana."
    found = {
        "a": find_entities(tokenize(a), a),
        "b": find_entities(tokenize(b), b),
    }
    folded = fold_corpus_entities(found, aliases)
    assert "joko widodo" in {e.key for e in folded["b"]}
    assert "bnpb" in {e.key for e in folded["b"]}


def test_everyday_words_at_a_sentence_start_and_currencies_are_not_actors() -> None:
    text = (
        "Rinciannya, kata dia, masih diverifikasi. Data itu memuat rinciannya per desa. "
        "Nilai proyek mencapai Rp 4,8 triliun, menurut nilai kontrak. "
        "Rahmat Hidayat mengatakan USD 5 juta disita."
    )
    keys = keys_by_sentence(text)
    assert "rinciannya" not in keys and "nilai" not in keys
    assert "rp" not in keys and "usd" not in keys
    assert "rahmat hidayat" in keys


def test_indonesian_words_opening_a_sentence_are_names_only_if_capitalised_elsewhere() -> None:
    text = "Jangan panik. Ribuan warga mengungsi. Budi memimpin evakuasi, kata Budi kemudian."
    found = keys_by_sentence(text)
    assert "jangan" not in found and "ribuan" not in found
    assert "budi" in found  # "kata Budi": written with a capital inside a sentence


def test_an_everyday_word_opening_a_name_is_left_out_of_it() -> None:
    text = "Harga Pertalite naik. Kenaikan harga itu diumumkan Rahmat Hidayat."
    found = keys_by_sentence(text)
    assert "pertalite" in found and "harga pertalite" not in found
    assert "rahmat hidayat" in found


def test_an_indonesian_name_of_everyday_words_meets_its_english_form() -> None:
    from datetime import datetime

    from gui.analysis import analyze
    from gui.analysis.name_words import english_readings, translated_aliases
    from gui.domain import Entity, Source

    assert "security council" in english_readings("dewan keamanan")
    assert english_readings("gunung lokon") == []  # a proper name has no equivalent
    aliases = translated_aliases(["dewan keamanan", "security council", "dewan pers"])
    assert aliases == {"dewan keamanan": "security council"}  # "press council" is not written
    when = datetime(2025, 3, 4)
    corpus = [
        Source(
            "a",
            "a",
            "t",
            when,
            "id",
            "Judul\n\nUnit Korps Petir ikut dikerahkan ke perbatasan.",
            "a.txt",
        ),
        Source(
            "b",
            "b",
            "t",
            when,
            "en",
            "Title\n\nThe Thunder Corps unit was also sent to the border.",
            "b.txt",
        ),
    ]
    keys = {
        sid: {m.key for m in found if isinstance(m, Entity)}
        for sid, found in analyze(corpus).mentions.items()
    }
    assert keys["a"] & keys["b"], keys  # "(Korps) Petir" and "Thunder (Corps)": one actor
