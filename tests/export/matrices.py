"""Hand-built matrices for the export tests: a few outlets, every kind, status and agreement."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from gui.domain import Analysis, Cell, Fact, FactKind, Refusal, Source, Status, derive_agreement
from gui.review import Matrix, Review, build_matrix

KOMPAS_TEXT = (
    "Pemerintah mengirim sekitar 12.000 personel ke wilayah banjir. "
    "Pengumuman itu disampaikan pada 3 Maret 2023 di Jakarta. "
    "Menteri membantah tuduhan bahwa bantuan terlambat."
)
TEMPO_TEXT = (
    "Sebanyak 15.000 personel dikerahkan, kata juru bicara. Keputusan diumumkan Jumat (3/3/2023)."
    " Tanggul jebol sekitar pukul 02.00 WIB."
)
REUTERS_TEXT = (
    "About 12,000 troops were sent to the flooded region. "
    "The decision was announced last week. "
    "The minister denied that aid had been delayed. "
    "The dike broke at about 2 a.m. local time."
)
ANTARA_TEXT = "Sebanyak 27 orang luka-luka akibat banjir tersebut."


def evidence(text: str, sentence: str, status: Status, value: str, normalized=None) -> Cell:
    start = text.index(sentence)
    value_start = start + sentence.find(value) if value in sentence else start
    return Cell(
        status=status,
        value=value,
        normalized=normalized,
        excerpt=sentence,
        start=start,
        end=start + len(sentence),
        value_start=value_start,
        value_end=value_start + len(value),
    )


def fact(fact_id: str, kind: FactKind, label: str, cells: dict[str, Cell]) -> Fact:
    return Fact(id=fact_id, kind=kind, label=label, cells=cells, agreement=derive_agreement(cells))


def sample_sources() -> tuple[Source, ...]:
    wib = timezone(timedelta(hours=7))
    return (
        Source("s1", "Kompas", "Ribuan personel dikirim", datetime(2023, 3, 4, 9, 30), "id",
               KOMPAS_TEXT, "corpus/kompas.txt"),
        Source("s2", "Tempo", "Pemerintah kerahkan 15.000 personel",
               datetime(2023, 3, 4, 11, 5, tzinfo=wib), "id", TEMPO_TEXT, "corpus/tempo.html"),
        Source("s3", "Reuters", "Thousands of troops sent to flood zone", None, "en",
               REUTERS_TEXT, "corpus/reuters.txt"),
        Source("s4", "Antara", "27 orang luka", datetime(2023, 3, 5), "id", ANTARA_TEXT,
               "corpus/antara.txt"),
    )  # fmt: skip


def sample_facts() -> tuple[Fact, ...]:
    k, t, r, a = KOMPAS_TEXT, TEMPO_TEXT, REUTERS_TEXT, ANTARA_TEXT
    troops_k = "Pemerintah mengirim sekitar 12.000 personel ke wilayah banjir."
    troops_t = "Sebanyak 15.000 personel dikerahkan, kata juru bicara."
    troops_r = "About 12,000 troops were sent to the flooded region."
    date_k = "Pengumuman itu disampaikan pada 3 Maret 2023 di Jakarta."
    date_t = "Keputusan diumumkan Jumat (3/3/2023)."
    date_r = "The decision was announced last week."
    deny_k = "Menteri membantah tuduhan bahwa bantuan terlambat."
    deny_r = "The minister denied that aid had been delayed."
    hurt_a = "Sebanyak 27 orang luka-luka akibat banjir tersebut."
    time_t = "Tanggul jebol sekitar pukul 02.00 WIB."
    time_r = "The dike broke at about 2 a.m. local time."
    return (
        fact("f1", FactKind.QUANTITY, "Personel yang dikirim", {
            "s1": evidence(k, troops_k, Status.AGREE, "sekitar 12.000", 12000.0),
            "s2": evidence(t, troops_t, Status.CONFLICT, "15.000", 15000.0),
            "s3": evidence(r, troops_r, Status.AGREE, "About 12,000", 12000.0),
        }),
        fact("f2", FactKind.DATE, "Tanggal pengumuman", {
            "s1": evidence(k, date_k, Status.AGREE, "3 Maret 2023", "2023-03-03"),
            "s2": evidence(t, date_t, Status.AGREE, "Jumat (3/3/2023)", "2023-03-03"),
            "s3": evidence(r, date_r, Status.PARTIAL, "last week", "2023-02"),
        }),
        fact("f3", FactKind.STATEMENT, "Menteri membantah bantuan terlambat", {
            "s1": evidence(k, deny_k, Status.AGREE, "membantah"),
            "s3": evidence(r, deny_r, Status.AGREE, "denied"),
        }),
        fact("f4", FactKind.QUANTITY, "Korban luka", {
            "s4": evidence(a, hurt_a, Status.AGREE, "27 orang", 27.0),
        }),
        fact("f5", FactKind.TIME, "Waktu tanggul jebol", {
            "s2": evidence(t, time_t, Status.AGREE, "sekitar pukul 02.00 WIB", "02:00 WIB"),
            "s3": evidence(r, time_r, Status.AGREE, "at about 2 a.m.", "02:00"),
        }),
    )  # fmt: skip


def sample_matrix(review: Review | None = None) -> Matrix:
    analysis = Analysis(
        sources=sample_sources(),
        facts=sample_facts(),
        refused=(Refusal("corpus/scan.pdf", "no text could be read from it"),),
    )
    return build_matrix(analysis, review)


# Values an article might carry that a spreadsheet would take for formulas or errors.
HOSTILE_VALUES = ("=1+2", '=HYPERLINK("http://example.com","klik")', "+62 21 555", "-5 derajat",
                  "@SUM(A1:A3)", "\tindented", "\rreturn", "#N/A")  # fmt: skip
LONG_SENTENCE = "Kalimat yang sangat panjang. " * 2000  # 58,000 characters, past the cell limit


def hostile_matrix() -> Matrix:
    """Formula-like values, control characters and over-long text from a scraped page."""
    dirty = "Angka\x07 itu\x0b dibantah\x1f pejabat =SUM(1)."
    text = " ".join([dirty, *HOSTILE_VALUES, LONG_SENTENCE])
    source = Source("s1", "=Outlet", "@judul\x00 berita", None, "id", text, "-dirty.txt")
    other = Source("s2", "Outlet\x08 B", "Kedua", None, "id", LONG_SENTENCE, "b.txt")
    facts = [
        fact(f"h{i}", FactKind.STATEMENT, value, {
            "s1": Cell(Status.CONFLICT, value, value, value, text.index(value),
                       text.index(value) + len(value)),
            "s2": Cell(Status.AGREE, "benar", None, dirty, 0, len(dirty)),
        })
        for i, value in enumerate(HOSTILE_VALUES)
    ]  # fmt: skip
    facts.append(
        fact("long", FactKind.STATEMENT, LONG_SENTENCE, {
            "s1": Cell(Status.PARTIAL, LONG_SENTENCE, None, LONG_SENTENCE,
                       text.index(LONG_SENTENCE), len(text)),
        })
    )  # fmt: skip
    return build_matrix(Analysis(sources=(source, other), facts=tuple(facts)))
