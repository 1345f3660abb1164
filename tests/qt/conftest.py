"""Qt test set-up: offscreen, settings in a temporary folder, no worker left running.

The ``analysis`` fixture is a small hand-built corpus with exact offsets: five outlets, facts
of every kind, cells of every status, rows of every agreement, an article whose text looks
like HTML and one with characters outside the Basic Multilingual Plane.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.domain import (
    Agreement,
    Analysis,
    Attribution,
    Cell,
    DateMention,
    Entity,
    Fact,
    FactKind,
    Mention,
    Quantity,
    Refusal,
    Source,
    Status,
)
from gui.review import Matrix, build_matrix

HARIAN = (
    "Banjir Besar Rendam Kota Lestari, 1.200 Warga Mengungsi\n\n"
    "Banjir besar melanda Kota Lestari pada Senin, 3 Maret 2025, setelah hujan deras semalaman. "
    "Menurut Badan Penanggulangan Bencana Daerah (BPBD), sebanyak 1.200 warga mengungsi ke "
    "gedung sekolah. Sekitar 350 rumah terendam air setinggi satu meter. "
    "Wali Kota Rina Hartati mengatakan bantuan logistik akan tiba dalam dua hari.\n"
)
KABAR = (
    "Ribuan Warga Kota Lestari Mengungsi Akibat Banjir\n\n"
    "Sebanyak 1.500 warga Kota Lestari mengungsi akibat banjir yang terjadi pada 3 Maret 2025, "
    "kata petugas BPBD. Ratusan rumah dilaporkan terendam. "
    "Warga mengeluhkan listrik padam selama dua hari.\n"
)
POST = (
    "Floods force 1,200 from their homes in Lestari\n\n"
    "Floods hit the city of Lestari on Monday, March 3, 2025, the disaster agency said. "
    "About 1,200 residents were evacuated, according to the BPBD. "
    "Mayor Rina Hartati said aid would arrive within two days. "
    "The agency's website briefly displayed the text <b>bold</b> & <script>alert(1)</script> "
    "after the outage.\n"
)
SUARA = (
    "Banjir di Kota Lestari Mulai Surut\n\n"
    "Banjir yang melanda Kota Lestari sejak Minggu, 2 Maret 2025, mulai surut. "
    "Ribuan warga masih bertahan di pengungsian.\n"
)
LEDGER = (
    "Lestari clean-up begins 🌊\n\n"
    "Residents shared photos 🌊 of flooded streets. "
    "Mayor Rina Hartati declared a two-week state of emergency at the Café Merdeka on Tuesday.\n"
)
HTML_LIKE = "<b>bold</b> & <script>alert(1)</script>"


def span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def cell(
    text: str,
    status: Status,
    sentence: str,
    value_words: str,
    *,
    value: str | None = None,
    normalized: float | str | None = None,
) -> Cell:
    start, end = span(text, sentence)
    value_start, value_end = span(text, value_words, start)
    assert value_end <= end, (value_words, sentence)
    return Cell(
        status=status,
        value=value if value is not None else value_words,
        normalized=normalized,
        excerpt=sentence,
        start=start,
        end=end,
        value_start=value_start,
        value_end=value_end,
    )


def entity(text: str, words: str, key: str, kind: str) -> Entity:
    start, end = span(text, words)
    return Entity(start, end, words, key=key, name=words, kind=kind)


def quantity(text: str, words: str, value: float, head: str, *, vague: bool = False) -> Quantity:
    start, end = span(text, words)
    low, high = (value / 2, value * 5) if vague else (value, value)
    return Quantity(start, end, words, value, low, high, approx=vague, vague=vague, head=head)


def when(text: str, words: str, day: str) -> DateMention:
    start, end = span(text, words)
    d = datetime.fromisoformat(day).date()
    return DateMention(start, end, words, d, d, precision="day", relative=False)


def build_analysis() -> Analysis:
    sources = (
        Source("s1", "Harian Nusantara", "Banjir Besar Rendam Kota Lestari",
               datetime(2025, 3, 4, 8, 15), "id", HARIAN, "harian.txt"),
        Source("s2", "Kabar Pagi", "Ribuan Warga Kota Lestari Mengungsi",
               datetime(2025, 3, 4), "id", KABAR, "kabar.txt"),
        Source("s3", "Lestari Post", "Floods force 1,200 from their homes",
               datetime(2025, 3, 4, 17, 40), "en", POST, "post.html"),
        Source("s4", "Suara Timur", "Banjir di Kota Lestari Mulai Surut",
               None, "id", SUARA, "suara.txt"),
        Source("s5", "Morning Ledger", "Lestari clean-up begins",
               datetime(2025, 3, 6, 6, 0), "en", LEDGER, "ledger.txt"),
    )  # fmt: skip
    h_date = (
        "Banjir besar melanda Kota Lestari pada Senin, 3 Maret 2025, setelah hujan deras semalaman."
    )
    h_evac = (
        "Menurut Badan Penanggulangan Bencana Daerah (BPBD), sebanyak 1.200 warga mengungsi ke "
        "gedung sekolah."
    )
    h_houses = "Sekitar 350 rumah terendam air setinggi satu meter."
    h_aid = "Wali Kota Rina Hartati mengatakan bantuan logistik akan tiba dalam dua hari."
    k_evac = (
        "Sebanyak 1.500 warga Kota Lestari mengungsi akibat banjir yang terjadi pada 3 Maret 2025, "
        "kata petugas BPBD."
    )
    k_houses = "Ratusan rumah dilaporkan terendam."
    p_date = "Floods hit the city of Lestari on Monday, March 3, 2025, the disaster agency said."
    p_evac = "About 1,200 residents were evacuated, according to the BPBD."
    p_aid = "Mayor Rina Hartati said aid would arrive within two days."
    p_markup = f"The agency's website briefly displayed the text {HTML_LIKE} after the outage."
    s_date = "Banjir yang melanda Kota Lestari sejak Minggu, 2 Maret 2025, mulai surut."
    s_evac = "Ribuan warga masih bertahan di pengungsian."
    l_emergency = (
        "Mayor Rina Hartati declared a two-week state of emergency at the Café Merdeka on Tuesday."
    )

    facts = (
        Fact("f1", FactKind.DATE, "Banjir melanda Kota Lestari", {
            "s1": cell(HARIAN, Status.AGREE, h_date, "3 Maret 2025", normalized="2025-03-03"),
            "s2": cell(KABAR, Status.AGREE, k_evac, "3 Maret 2025", normalized="2025-03-03"),
            "s3": cell(POST, Status.AGREE, p_date, "March 3, 2025", normalized="2025-03-03"),
            "s4": cell(SUARA, Status.CONFLICT, s_date, "2 Maret 2025", normalized="2025-03-02"),
        }, Agreement.CONFLICT),
        Fact("f2", FactKind.STATEMENT, "Bantuan logistik tiba dalam dua hari", {
            "s1": cell(HARIAN, Status.AGREE, h_aid, "bantuan logistik akan tiba dalam dua hari"),
            "s3": cell(POST, Status.AGREE, p_aid, "aid would arrive within two days"),
        }, Agreement.CONSENSUS),
        Fact("f3", FactKind.QUANTITY, "Warga mengungsi", {
            "s1": cell(HARIAN, Status.AGREE, h_evac, "1.200", normalized=1200.0),
            "s2": cell(KABAR, Status.CONFLICT, k_evac, "1.500", normalized=1500.0),
            "s3": cell(POST, Status.AGREE, p_evac, "About 1,200", normalized=1200.0),
            "s4": cell(SUARA, Status.PARTIAL, s_evac, "Ribuan", normalized=1000.0),
        }, Agreement.CONFLICT),
        Fact("f4", FactKind.QUANTITY, "Rumah terendam", {
            "s1": cell(HARIAN, Status.AGREE, h_houses, "Sekitar 350", normalized=350.0),
            "s2": cell(KABAR, Status.PARTIAL, k_houses, "Ratusan", normalized=100.0),
        }, Agreement.PARTIAL),
        Fact("f5", FactKind.STATEMENT, "Agency website displayed stray markup", {
            "s3": cell(POST, Status.AGREE, p_markup, HTML_LIKE),
        }, Agreement.SINGLE),
        Fact("f6", FactKind.STATEMENT, "Status darurat dua pekan diumumkan", {
            "s5": cell(LEDGER, Status.AGREE, l_emergency,
                       "declared a two-week state of emergency"),
        }, Agreement.SINGLE),
    )  # fmt: skip
    mentions: dict[str, tuple[Mention, ...]] = {
        "s1": (
            entity(HARIAN, "Kota Lestari", "lestari", "place"),
            when(HARIAN, "Senin, 3 Maret 2025", "2025-03-03"),
            Attribution(
                *span(HARIAN, "Menurut Badan Penanggulangan Bencana Daerah (BPBD)"),
                "Menurut Badan Penanggulangan Bencana Daerah (BPBD)",
                key="bpbd", name="BPBD", cue="menurut",
            ),
            quantity(HARIAN, "1.200 warga", 1200, "warga"),
            quantity(HARIAN, "350 rumah", 350, "rumah"),
            entity(HARIAN, "Rina Hartati", "rina hartati", "person"),
        ),
        "s2": (
            quantity(KABAR, "1.500 warga", 1500, "warga"),
            entity(KABAR, "BPBD", "bpbd", "org"),
        ),
        "s3": (
            when(POST, "Monday, March 3, 2025", "2025-03-03"),
            Attribution(*span(POST, "according to the BPBD"), "according to the BPBD",
                        key="bpbd", name="BPBD", cue="according to"),
            entity(POST, "Rina Hartati", "rina hartati", "person"),
        ),
        "s4": (quantity(SUARA, "Ribuan warga", 1000, "warga", vague=True),),
        "s5": (entity(LEDGER, "Rina Hartati", "rina hartati", "person"),),
    }  # fmt: skip
    return Analysis(
        sources=sources,
        facts=facts,
        mentions=mentions,
        refused=(Refusal("notes.docx", "unsupported format (.docx)"),),
        created=datetime(2025, 3, 7, 9, 0),
    )


@pytest.fixture
def analysis() -> Analysis:
    return build_analysis()


@pytest.fixture
def matrix(analysis: Analysis) -> Matrix:
    return build_matrix(analysis)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Window geometry, zoom and folders go to a throw-away folder, never the user's own."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _no_worker_left_running() -> Iterator[None]:
    """A test that leaves an analysis running fails, as napari's conftest does for workers."""
    from gui.qt.worker import running_tasks

    before = running_tasks()
    yield
    left = running_tasks() - before
    assert not left, f"analysis tasks still running after the test: {left}"


@pytest.fixture
def window(qtbot, analysis: Analysis):  # type: ignore[no-untyped-def]
    """The main window showing the fixture analysis, 1400x900, never touching the engine."""
    from gui.qt.window import MainWindow
    from tests.qt.fakes import unavailable_engine

    main = MainWindow(engine_factory=unavailable_engine)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    main.set_analysis(analysis)
    return main
