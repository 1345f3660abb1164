"""The synthetic corpus generator: deterministic, well-formed, and truthful about what it wrote."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.synth import filler, render
from tests.synth.events import EVENT_TYPES
from tests.synth.generator import article_paths, generate, main
from tests.synth.truth import Truth

_FILE = re.compile(r"^\d{3,}_[a-z0-9-]+\.txt$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Truth]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate(out, articles=40, outlets=12, seed=3, words=300)


def _texts(out: Path, truth: Truth) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in article_paths(out, truth)}


def test_same_seed_same_corpus(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", articles=8, seed=11, words=200)
    b = generate(tmp_path / "b", articles=8, seed=11, words=200)
    assert a == b
    for p in article_paths(tmp_path / "a", a):
        assert p.read_bytes() == (tmp_path / "b" / p.name).read_bytes()
    c = generate(tmp_path / "c", articles=8, seed=12, words=200)
    assert _texts(tmp_path / "c", c) != _texts(tmp_path / "a", a)


def test_seed_chooses_the_event_type(tmp_path: Path) -> None:
    events = {
        generate(tmp_path / str(s), articles=3, seed=s, words=80).event
        for s in range(len(EVENT_TYPES))
    }
    assert events == {e.name for e in EVENT_TYPES}


def test_files_outlets_and_truth_file(corpus: tuple[Path, Truth]) -> None:
    out, truth = corpus
    files = sorted(p.name for p in out.iterdir() if p.suffix == ".txt")
    assert files == sorted(a.file for a in truth.articles)
    assert len(files) == 40
    assert all(_FILE.match(f) for f in files)
    outlets = Counter(a.outlet for a in truth.articles)
    assert len(outlets) == 12
    assert max(outlets.values()) > 1  # more articles than outlets: outlets repeat
    assert Truth.load(out) == truth


def test_languages_follow_the_english_share(tmp_path: Path) -> None:
    truth = generate(tmp_path, articles=120, outlets=40, seed=5, words=60, english_share=0.25)
    share = sum(a.language == "en" for a in truth.articles) / len(truth.articles)
    assert 0.1 <= share <= 0.45
    texts = _texts(tmp_path, truth)
    for a in truth.articles:
        words = set(re.findall(r"[a-z]+", texts[a.file].lower()))
        marker = {"the", "and"} if a.language == "en" else {"yang", "dan", "di"}
        assert words & marker, a.file


def test_articles_reach_about_the_requested_length(corpus: tuple[Path, Truth]) -> None:
    for a in corpus[1].articles:
        assert 250 <= a.words <= 420, (a.file, a.words)


def test_every_planted_sentence_is_where_the_truth_says(corpus: tuple[Path, Truth]) -> None:
    out, truth = corpus
    texts = _texts(out, truth)
    for fact in truth.facts:
        for report in fact.reports:
            assert report.mentions
            assert any(not m.headline for m in report.mentions)
            for m in report.mentions:
                text = texts[report.file]
                assert text[m.start : m.end] == m.sentence
                assert m.sentence[m.value_offset : m.value_offset + len(m.value)] == m.value
                if m.headline:
                    assert m.start == 0


def test_the_true_value_prevails_and_conflicts_are_a_minority(corpus: tuple[Path, Truth]) -> None:
    truth = corpus[1]
    assert 8 <= len(truth.facts) <= 15
    assert sum(f.contested for f in truth.facts) >= 2
    for fact in truth.facts:
        assert len(fact.reports) >= 2
        statuses = Counter(r.status for r in fact.reports)
        assert statuses["agree"] >= 2
        assert statuses["agree"] > statuses["conflict"]
        assert (fact.rival is not None) == fact.contested
        for r in fact.reports:
            if fact.kind == "statement":
                continue
            if r.status == "agree":
                assert _equal(r.normalized, fact.value), (fact.key, r)
            elif r.status == "conflict":
                assert _equal(r.normalized, fact.rival), (fact.key, r)
                assert not _equal(r.normalized, fact.value)
            else:
                assert r.normalized is None
                assert _within(fact.value, r.low, r.high), (fact.key, r)


def _equal(a: object, b: object) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(a - b) < 1e-6 * max(abs(a), 1)
    return str(a) == str(b)


def _within(value: object, low: object, high: object) -> bool:
    if isinstance(value, int | float):
        assert isinstance(low, int | float) and isinstance(high, int | float)
        return low <= value <= high
    v = str(value)
    if len(v) == 7:  # a month: its first day and last day must both lie inside
        first = date.fromisoformat(v + "-01")
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return str(low) <= first.isoformat() and last.isoformat() <= str(high)
    return str(low) <= v <= str(high)


def test_dates_are_stated_against_each_articles_own_day(corpus: tuple[Path, Truth]) -> None:
    truth = corpus[1]
    for fact in truth.facts:
        if fact.kind != "date":
            continue
        for r in fact.reports:
            pub = datetime.fromisoformat(truth.article(r.file).published).date()
            if isinstance(r.normalized, str) and len(r.normalized) == 10:
                assert date.fromisoformat(r.normalized) <= pub
            if r.value.lower() in ("kemarin", "yesterday"):
                assert date.fromisoformat(str(r.normalized)) == pub - timedelta(days=1)


def test_furniture_and_commentary_surround_the_facts(corpus: tuple[Path, Truth]) -> None:
    out, truth = corpus
    texts = _texts(out, truth)
    joined = "\n".join(texts.values())
    assert re.search(r"(?im)^(baca juga|read more|related)\b", joined)
    assert re.search(
        r"(?m)^(Share|Bagikan|Scroll to Top|Komentar|Comments|Share this article)$", joined
    )
    assert re.search(r"(?m)^(Foto|Photo|Ilustrasi): ", joined)
    planted = {m.sentence for f in truth.facts for r in f.reports for m in r.mentions}
    for text in texts.values():
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
        assert sum(s.strip() not in planted for s in sentences) > 5  # commentary exists


def test_commentary_never_carries_a_number_or_a_date() -> None:
    rng = random.Random(0)
    slots = {"place": "Lumarang", "uni": "Universitas Kedanu"}
    people = ["Sri Wirang", "Agus Tenggoro"]
    date_words = {m.lower() for m in (*render.ID_MONTHS, *render.EN_MONTHS, *render.ID_DAYS)}
    date_words |= {d.lower() for d in render.EN_DAYS} | {"kemarin", "yesterday", "pekan", "week"}
    for lang in ("id", "en"):
        for family in ("disaster", "political"):
            for _ in range(300):
                s = filler.commentary(rng, lang, slots, people, family)
                assert not re.search(r"\d", s), s
                assert not set(re.findall(r"[a-z]+", s.lower())) & date_words, s


def test_counts_are_written_many_ways() -> None:
    assert render.fmt_int(14000, "id") == "14.000"
    assert render.fmt_int(14000, "en") == "14,000"
    texts = {p.text for p in render.count_exact(14000, "id", large=True)}
    assert {"14.000", "sekitar 14.000", "14 ribu"} <= texts
    vague = {p.text: p for p in render.count_vague(4700, "id")}
    assert "ribuan" in vague and "lebih dari 4.000" in vague
    for p in vague.values():
        assert float(p.low) <= 4700 <= float(p.high)
    assert {p.text for p in render.count_exact(7, "id", large=False)} >= {"7", "tujuh"}
    money = {p.text for p in render.money_exact(2.5e9, "id", "IDR")}
    assert "Rp 2,5 miliar" in money


def test_days_are_written_relative_to_the_publication_day() -> None:
    monday = date(2025, 4, 28)
    texts = {p.text: p for p in render.day_exact(date(2025, 4, 27), monday, "id")}
    assert "kemarin" in texts and "Minggu (27/4/2025)" in texts
    assert texts["kemarin"].normalized == "2025-04-27"
    # Said on a Monday, "Sabtu pekan lalu" is the Saturday two days before, as the seeds use it.
    texts = {p.text for p in render.day_exact(date(2025, 4, 26), monday, "id")}
    assert "pada Sabtu pekan lalu" in texts
    texts = {p.text for p in render.day_exact(date(2025, 4, 19), monday, "id")}
    assert not any("pekan lalu" in t for t in texts)
    en = {p.text for p in render.day_exact(date(2025, 4, 26), monday, "en")}
    assert {"on Saturday", "on April 26, 2025"} <= en
    vague = {p.text for p in render.month_vague(2024, 6, monday, "id")}
    assert "tahun lalu" in vague


def test_cli_writes_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--articles", "5", "--seed", "2", "--words", "120"]) == 0
    assert "5 articles" in capsys.readouterr().out
    assert len(list(tmp_path.glob("*.txt"))) == 5
    assert Truth.load(tmp_path).seed == 2
