"""A synthetic news corpus about one invented event, with the truth planted in it.

``generate`` writes N articles (one ``.txt`` per article, ``017_outlet-name.txt``) from a set
of invented outlets, about one event whose type follows the seed (earthquake, flood, ferry
sinking, factory fire, military deployment, protest), in Indonesian and English news prose,
and writes ``truth.json`` beside them: every planted fact, its true value, and what each
article says about it (agree / conflict / partial) in which sentence.

Each corpus draws 8-15 facts (quantities, dates, statements). Every article reports a random
subset, each in a template of its language with the value written in one of many ways
(``render``); some articles state a conflicting value (one rival value per contested fact,
always a minority), some a vaguer compatible one. Commentary without numbers or dates pads
each article to about ``words`` words, and page furniture (related-link boxes, share buttons,
captions) sits between paragraphs, as in scraped pages. Everything follows from ``seed``.

CLI: ``python -m tests.synth.generator OUT_DIR --articles 200 --seed 1``
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from tests.synth import filler, render
from tests.synth.events import EVENT_TYPES, EventType, FactSpec
from tests.synth.names import Cast, make_cast, outlet_names, slug
from tests.synth.render import Phrase
from tests.synth.truth import Article, Mention, PlantedFact, Report, Truth

_SLOT = re.compile(r"\{(\w+)\}")
_PUB_OFFSETS = (0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6)  # days after the event
_ID_DATELINES = ("line_dmy", "line_day", "inline_place_date", "inline_domain", "domain_dash")
_EN_DATELINES = ("line_mdy", "line_published", "inline_place")
_CONTESTED_SHARE = 0.45
_PARTIAL_SHARE = 0.15
_PAIR_SHARE = 0.35
_HEADLINE_SHARE = 0.5


@dataclass(slots=True)
class _Outlet:
    name: str
    language: str
    dateline: str
    paragraph_break: str
    domain: str


@dataclass(slots=True)
class _Article:
    index: int
    outlet: _Outlet
    published: datetime
    file: str = ""
    phrases: dict[str, Phrase] = field(default_factory=dict)  # fact key -> value phrase
    statements: dict[str, str] = field(default_factory=dict)  # fact key -> variant
    statuses: dict[str, str] = field(default_factory=dict)  # fact key -> planted status

    @property
    def language(self) -> str:
        return self.outlet.language

    @property
    def day(self) -> date:
        return self.published.date()


@dataclass(slots=True)
class _Fact:
    spec: FactSpec
    id: str
    value: float | date | tuple[int, int] | str
    rival: float | date | tuple[int, int] | str | None = None
    reporters: list[_Article] = field(default_factory=list)


# ---- values ---------------------------------------------------------------------------------


def _two_significant(v: float) -> float:
    if v <= 0:
        return v
    digits = len(str(int(v))) - 2
    return float(round(v, -digits)) if digits > 0 else float(v)


def _true_value(
    spec: FactSpec, rng: random.Random, event_day: date
) -> float | date | tuple[int, int] | str:
    if spec.kind == "statement":
        return spec.label
    if spec.form == "day":
        return event_day + timedelta(days=rng.randint(int(spec.low), int(spec.high)))
    if spec.form == "month":
        return _months_before(event_day, rng.randint(int(spec.low), int(spec.high)))
    if spec.form == "decimal":
        return round(rng.uniform(spec.low, spec.high), 1)
    steps = rng.randint(int(spec.low // spec.step), int(spec.high // spec.step))
    v = steps * spec.step
    if spec.form in ("idr", "usd"):
        return _two_significant(v)
    return float(int(v))


def _months_before(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + (d.month - 1) - months
    return index // 12, index % 12 + 1


def _rival_number(spec: FactSpec, v: float, rng: random.Random) -> float:
    if spec.form == "decimal":
        shift = rng.uniform(0.3, 0.7) * rng.choice((-1, 1))
        return round(min(max(v + shift, 4.0), 8.5) if abs(shift) >= 0.3 else v + 0.5, 1)
    for _ in range(50):
        factor = rng.uniform(1.3, 1.8) if rng.random() < 0.6 else rng.uniform(0.5, 0.75)
        r = v * factor
        if spec.form in ("idr", "usd"):
            r = _two_significant(r)
        else:
            r = max(1.0, round(r / spec.step) * spec.step)
        if abs(r - v) >= max(2.0, 0.2 * v):
            return float(int(r)) if spec.form in ("small", "large") else r
    return v * 2


def _rival_day(v: date, latest: date, earliest: date) -> date:
    for shift in (1, -1, 2, -2, 3):
        d = v + timedelta(days=shift)
        if earliest <= d <= latest:
            return d
    return v - timedelta(days=1)


def _rival_month(v: tuple[int, int], rng: random.Random) -> tuple[int, int]:
    y, m = v
    shift = rng.choice((-5, -4, -3, -2, 2, 3, 4))
    index = y * 12 + (m - 1) + shift
    return index // 12, index % 12 + 1


# ---- phrases --------------------------------------------------------------------------------


def _exact(spec: FactSpec, value: object, pub: date, lang: str) -> list[Phrase]:
    if spec.form in ("small", "large"):
        assert isinstance(value, float)
        return render.count_exact(int(value), lang, large=spec.form == "large", hedge=spec.hedge)
    if spec.form in ("idr", "usd"):
        assert isinstance(value, float)
        return render.money_exact(value, lang, spec.form.upper())
    if spec.form == "decimal":
        assert isinstance(value, float)
        return render.decimal_exact(value, lang)
    if spec.form == "day":
        assert isinstance(value, date)
        return render.day_exact(value, pub, lang)
    assert isinstance(value, tuple)
    return render.month_exact(value[0], value[1], pub, lang)


def _vague(spec: FactSpec, value: object, pub: date, lang: str) -> list[Phrase]:
    if spec.form in ("small", "large"):
        assert isinstance(value, float)
        return render.count_vague(int(value), lang)
    if spec.form in ("idr", "usd"):
        assert isinstance(value, float)
        return render.money_vague(value, lang, spec.form.upper())
    if spec.form == "day":
        assert isinstance(value, date)
        return render.day_vague(value, pub, lang)
    if spec.form == "month":
        assert isinstance(value, tuple)
        return render.month_vague(value[0], value[1], pub, lang)
    return []


def _noun_templates(spec: FactSpec, lang: str) -> bool:
    return any(t.startswith("~") for t in spec.templates(lang))


def _pick_exact(rng: random.Random, phrases: list[Phrase]) -> Phrase:
    # The plain figure is the most common way of writing it; other forms share the rest.
    return phrases[0] if rng.random() < 0.45 else rng.choice(phrases)


def _assign(fact: _Fact, article: _Article, status: str, rng: random.Random) -> str:
    """Give ``article`` its phrase for ``fact`` with ``status``; return the status it got."""
    spec, lang, pub = fact.spec, article.language, article.day
    key = spec.key
    if spec.kind == "statement":
        variant = {"agree": "plain", "conflict": "negated", "partial": "hedged"}[status]
        if not spec.templates(lang, variant):
            variant, status = "plain", "agree"
        article.statements[key] = variant
    elif status == "partial":
        vague = _vague(spec, fact.value, pub, lang)
        if not _noun_templates(spec, lang):
            vague = [p for p in vague if not p.needs_noun]
        if vague:
            article.phrases[key] = rng.choice(vague)
        else:
            status = "agree"
    if status == "conflict" and spec.kind != "statement":
        article.phrases[key] = _pick_exact(rng, _exact(spec, fact.rival, pub, lang))
    if status == "agree" and spec.kind != "statement":
        article.phrases[key] = _pick_exact(rng, _exact(spec, fact.value, pub, lang))
    article.statuses[key] = status
    return status


def _can_conflict(spec: FactSpec) -> bool:
    return spec.kind != "statement" or bool(spec.id_negated and spec.en_negated)


def _plant(fact: _Fact, rng: random.Random, contested: bool, event_day: date) -> None:
    reporters = fact.reporters
    conflicting: set[int] = set()
    if contested:
        n = max(1, round(len(reporters) * rng.uniform(0.12, 0.25)))
        n = min(n, (len(reporters) - 1) // 2)
        conflicting = {a.index for a in rng.sample(reporters, n)}
        spec = fact.spec
        if spec.kind == "statement":
            fact.rival = "negated"
        elif spec.form == "day":
            assert isinstance(fact.value, date)
            latest = min(a.day for a in reporters if a.index in conflicting)
            fact.rival = _rival_day(fact.value, latest, event_day - timedelta(days=2))
        elif spec.form == "month":
            assert isinstance(fact.value, tuple)
            fact.rival = _rival_month(fact.value, rng)
        else:
            assert isinstance(fact.value, float)
            fact.rival = _rival_number(spec, fact.value, rng)
    agree = 0
    for a in reporters:
        if a.index in conflicting:
            wanted = "conflict"
        elif rng.random() < _PARTIAL_SHARE:
            wanted = "partial"
        else:
            wanted = "agree"
        agree += _assign(fact, a, wanted, rng) == "agree"
    # The true value must prevail: at least two plain agreements and more than the rival has.
    need = max(2, len(conflicting) + 1)
    for a in reporters:
        if agree >= need:
            break
        if a.statuses[fact.spec.key] == "partial":
            _assign(fact, a, "agree", rng)
            agree += 1


# ---- sentences ------------------------------------------------------------------------------


def _fill(
    template: str, slots: dict[str, str], phrases: dict[str, Phrase]
) -> tuple[str, dict[str, int]]:
    """Fill ``template``; return the sentence and where each phrase's decisive words start."""
    out: list[str] = []
    where: dict[str, int] = {}
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        piece = template[pos : m.start()]
        out.append(piece)
        length += len(piece)
        name = m.group(1)
        if name in phrases:
            where[name] = length + phrases[name].value_offset
            text = phrases[name].text
        else:
            text = slots[name]
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(template[pos:])
    sentence = "".join(out)
    return sentence[0].upper() + sentence[1:], where


def _title_case(text: str) -> str:
    return " ".join(w[0].upper() + w[1:] if w[:1].isalpha() else w for w in text.split(" "))


def _slots(cast: Cast, event: EventType, outlet: _Outlet, rng: random.Random) -> dict[str, str]:
    p = cast.people
    place = cast.regency
    if outlet.language == "id":
        s = {
            "place": place,
            "kab": f"Kabupaten {place}",
            "prov": f"Provinsi {cast.province}",
            "district": f"Kecamatan {cast.district}",
            "village": f"Desa {cast.village}",
            "river": cast.river,
            "agency": rng.choice(
                (f"BPBD {place}", f"Badan Penanggulangan Bencana Daerah (BPBD) {place}")
            ),
            "chief": f"Kepala BPBD {place}, {p[1].name}",
            "regent": rng.choice((f"Bupati {place}, {p[0].name}", f"Bupati {place} {p[0].name}")),
            "police": rng.choice((f"Polres {place}", f"Kepolisian Resor {place}")),
            "police_chief": f"Kapolres {place} AKBP {p[2].name}",
            "sar": rng.choice((f"Kantor SAR {place}", "Tim SAR gabungan")),
            "minister": f"Menteri Sosial {p[3].name}",
            "geo": f"Badan Geofisika {cast.province}",
            "ship": f"KM {cast.extras[0]} Jaya",
            "harbour": f"Syahbandar Pelabuhan {place}",
            "company": f"PT {cast.extras[1]} Tekstil",
            "fire": f"Dinas Pemadam Kebakaran {place}",
            "country_a": cast.country_a,
            "country_b": cast.country_b,
            "defense": f"Kementerian Pertahanan {cast.country_a}",
            "leader": f"Presiden {cast.country_a} {p[4].name}",
            "street": f"Jalan {cast.extras[2]}",
            "uni": f"Universitas {cast.extras[3]}",
        }
    else:
        s = {
            "place": place,
            "kab": f"{place} regency",
            "prov": f"{cast.province} province",
            "district": f"{cast.district} district",
            "village": f"{cast.village} village",
            "river": cast.river,
            "agency": f"the {place} disaster mitigation agency",
            "chief": f"{p[1].name}, head of the {place} disaster mitigation agency",
            "regent": f"{place} regent {p[0].name}",
            "police": f"{place} police",
            "police_chief": f"{place} police chief {p[2].name}",
            "sar": f"the {place} search and rescue office",
            "minister": f"Social Affairs Minister {p[3].name}",
            "geo": f"the {cast.province} Geophysics Agency",
            "ship": f"KM {cast.extras[0]} Jaya",
            "harbour": f"the {place} harbourmaster",
            "company": f"PT {cast.extras[1]} Tekstil",
            "fire": f"the {place} fire department",
            "country_a": cast.country_a,
            "country_b": cast.country_b,
            "defense": f"{cast.country_a}'s defence ministry",
            "leader": f"{cast.country_a} President {p[4].name}",
            "street": f"{cast.extras[2]} Street",
            "uni": f"{cast.extras[3]} University",
        }
    s["ev"] = event.ev[0 if outlet.language == "id" else 1].format(**s)
    s["outlet"] = outlet.name
    return s


@dataclass(slots=True)
class _Sentence:
    text: str
    mentions: list[tuple[str, str, int]]  # (fact key, decisive words, offset in sentence)


def _decisive(sentence: str, key: str, phrase: Phrase, offset: int) -> tuple[str, str, int]:
    # Read the words back from the sentence: a value opening it has been capitalised.
    return key, sentence[offset : offset + len(phrase.value)], offset


def _fact_sentences(
    article: _Article,
    facts: list[_Fact],
    event: EventType,
    slots: dict[str, str],
    rng: random.Random,
) -> list[_Sentence]:
    lang = article.language
    li = 0 if lang == "id" else 1
    keys = [f.spec.key for f in facts if f.spec.key in article.statuses]
    by_key = {f.spec.key: f for f in facts}
    done: set[str] = set()
    out: list[_Sentence] = []
    for (k1, k2), templates in event.pairs.items():
        if k1 in keys and k2 in keys and rng.random() < _PAIR_SHARE:
            phrases = {k1: article.phrases[k1], k2: article.phrases[k2]}
            text, where = _fill(rng.choice(templates[li]).lstrip("~"), slots, phrases)
            out.append(
                _Sentence(text, [_decisive(text, k, phrases[k], where[k]) for k in (k1, k2)])
            )
            done |= {k1, k2}
    for key in keys:
        if key in done:
            continue
        spec = by_key[key].spec
        if spec.kind == "statement":
            template = rng.choice(spec.templates(lang, article.statements[key]))
            text, _ = _fill(template, slots, {})
            out.append(_Sentence(text, [(key, text, 0)]))
            continue
        phrase = article.phrases[key]
        templates = spec.templates(lang)
        if phrase.needs_noun:
            templates = tuple(t for t in templates if t.startswith("~"))
        text, where = _fill(rng.choice(templates).lstrip("~"), slots, {"v": phrase})
        out.append(_Sentence(text, [_decisive(text, key, phrase, where["v"])]))
    rng.shuffle(out)
    return out


# ---- articles -------------------------------------------------------------------------------


def _dateline(outlet: _Outlet, pub: datetime, place: str) -> tuple[str | None, str]:
    """(line under the headline or None, prefix of the first paragraph)."""
    d, hm = pub.date(), pub.strftime("%H:%M")
    style = outlet.dateline
    if outlet.language == "id":
        month, day = render.ID_MONTHS[d.month - 1], render.ID_DAYS[d.weekday()]
        if style == "line_dmy":
            return f"{d.day} {month} {d.year} {hm}", ""
        if style == "line_day":
            return f"{day}, {d.day} {month} {d.year} - {hm} WIB", ""
        if style == "inline_place_date":
            return None, f"{place}, {day} ({d.day}/{d.month}/{d.year}) - "
        if style == "inline_domain":
            return f"{d:%d/%m/%Y}, {hm} WIB", f"{outlet.domain}, {place.upper()} - "
        return f"{d.day} {month} {d.year} {hm}", f"{outlet.domain} - "
    month = render.EN_MONTHS[d.month - 1]
    if style == "line_mdy":
        return f"{month} {d.day}, {d.year} {hm}", ""
    if style == "line_published":
        return f"Published: {d.day} {month} {d.year}, {hm}", ""
    return f"{month} {d.day}, {d.year} {hm}", f"{place.upper()}, Indonesia ({outlet.name}) - "


def _headline(
    article: _Article,
    facts: list[_Fact],
    event: EventType,
    slots: dict[str, str],
    rng: random.Random,
) -> tuple[str, tuple[str, str, int] | None]:
    li = 0 if article.language == "id" else 1
    base = rng.choice(event.headlines[li]).format(**slots)
    candidates = [
        f
        for f in facts
        if f.spec.headline[li]
        and f.spec.key in article.phrases
        and article.statuses[f.spec.key] != "partial"
    ]
    if not candidates or rng.random() >= _HEADLINE_SHARE:
        return base, None
    fact = rng.choice(candidates)
    phrase = article.phrases[fact.spec.key]
    fragment = fact.spec.headline[li]
    written = _title_case(phrase.text)
    head = f"{base}, "
    line = head + fragment.replace("{v}", written)
    offset = len(head) + fragment.index("{v}") + phrase.value_offset
    decisive = written[phrase.value_offset : phrase.value_offset + len(phrase.value)]
    return line, (fact.spec.key, decisive, offset)


def _compose(
    article: _Article,
    facts: list[_Fact],
    event: EventType,
    cast: Cast,
    words: int,
    rng: random.Random,
) -> tuple[str, str, list[tuple[str, str, int, int, int, bool]]]:
    """Text, headline, planted mentions (key, value, offset in sentence, start, end, head)."""
    lang = article.language
    slots = _slots(cast, event, article.outlet, rng)
    headline, head_mention = _headline(article, facts, event, slots, rng)
    date_line, prefix = _dateline(article.outlet, article.published, cast.regency)
    sentences = _fact_sentences(article, facts, event, slots, rng)
    lead = filler.expand(rng.choice(event.leads[0 if lang == "id" else 1]), rng, slots)
    lead = lead[0].upper() + lead[1:]

    target = int(words * rng.uniform(0.9, 1.1))
    count = len(headline.split()) + len(lead.split()) + sum(len(s.text.split()) for s in sentences)
    body: list[str | _Sentence] = list(sentences)
    used: set[str] = set()
    people = [p.name for p in cast.people[5:]]
    attempts = 0
    while count < target and attempts < 400:
        attempts += 1
        c = filler.commentary(rng, lang, slots, people, event.family)
        if c in used:
            continue
        used.add(c)
        body.insert(rng.randint(0, len(body)), c)
        count += len(c.split())

    lines: list[str] = [headline]
    if date_line:
        lines.append(date_line)
    first = body.pop(0) if body and rng.random() < 0.5 else None
    lead_sentences: list[str | _Sentence] = [lead] + ([first] if first is not None else [])
    paragraphs: list[list[str | _Sentence]] = [lead_sentences]
    while body:
        size = rng.randint(1, 3)
        paragraphs.append(body[:size])
        body = body[size:]
    x = cast.extras[4]
    furniture = 0
    mentions: list[tuple[str, str, int, int, int, bool]] = []
    text_parts: list[str] = []
    planted: list[tuple[int, _Sentence]] = []  # (paragraph line number, sentence)
    for n, para in enumerate(paragraphs):
        line = (prefix if n == 0 else "") + " ".join(
            s.text if isinstance(s, _Sentence) else s for s in para
        )
        for s in para:
            if isinstance(s, _Sentence):
                planted.append((len(lines), s))
        lines.append(line)
        if n == 0 and rng.random() < 0.3:
            lines.append(filler.caption(rng, lang, slots))
        elif 0 < n < len(paragraphs) - 1 and furniture < 3 and rng.random() < 0.12:
            lines.extend(filler.related_box(rng, lang, x))
            furniture += 1
    if rng.random() < 0.3:
        lines.append(f"Editor: {rng.choice(cast.people[5:]).name}")
    if rng.random() < 0.5:
        lines.append(filler.button(rng, lang))

    sep = article.outlet.paragraph_break
    offsets: list[int] = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        text_parts.append(line)
        pos += len(line) + len(sep)
    text = sep.join(text_parts) + "\n"
    if head_mention is not None:
        key, value, offset = head_mention
        mentions.append((key, value, offset, 0, len(headline), True))
    for line_no, s in planted:
        start = text.index(s.text, offsets[line_no])
        for key, value, offset in s.mentions:
            mentions.append((key, value, offset, start, start + len(s.text), False))
    return text, headline, mentions


def _default_outlets(articles: int) -> int:
    # About four articles per outlet once a corpus is large, like a researcher's collection.
    return articles if articles <= 12 else max(12, round(articles * 0.27))


def generate(
    out_dir: Path,
    *,
    articles: int,
    outlets: int | None = None,
    words: int = 500,
    seed: int = 0,
    english_share: float = 0.2,
) -> Truth:
    """Write ``articles`` article files and ``truth.json`` into ``out_dir``; return the truth."""
    if articles < 2:
        raise ValueError("a corpus needs at least two articles")
    n_outlets = min(outlets if outlets is not None else _default_outlets(articles), articles)
    if n_outlets < 1:
        raise ValueError("a corpus needs at least one outlet")
    rng = random.Random(seed)
    event = EVENT_TYPES[seed % len(EVENT_TYPES)]
    cast = make_cast(rng)
    event_day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))

    english = round(n_outlets * english_share)
    if english_share > 0 and english == 0 and n_outlets >= 4:
        english = 1
    named = outlet_names(rng, n_outlets, english=english)
    outlet_list = [
        _Outlet(
            name=name,
            language=lang,
            dateline=rng.choice(_ID_DATELINES if lang == "id" else _EN_DATELINES),
            paragraph_break=rng.choice(("\n\n", "\n\n", "\n")),
            domain=name.replace(" ", "").upper() + rng.choice((".COM", ".CO.ID", ".ID")),
        )
        for name, lang in named
    ]
    owners = list(outlet_list)
    weights = [1 / (1 + k) ** 0.7 for k in range(n_outlets)]
    owners += rng.choices(outlet_list, weights=weights, k=articles - n_outlets)
    rng.shuffle(owners)
    width = max(3, len(str(articles - 1)))
    arts: list[_Article] = []
    for i, outlet in enumerate(owners):
        pub_day = event_day + timedelta(days=rng.choice(_PUB_OFFSETS))
        clock = time(rng.randint(6, 22), rng.randint(0, 59))
        a = _Article(i, outlet, datetime.combine(pub_day, clock))
        a.file = f"{i:0{width}d}_{slug(outlet.name)}.txt"
        arts.append(a)

    specs = list(event.facts)
    chosen = rng.sample(specs, rng.randint(min(8, len(specs)), min(15, len(specs))))
    chosen.sort(key=specs.index)
    facts: list[_Fact] = []
    for spec in chosen:
        value = _true_value(spec, rng, event_day)
        eligible = [a for a in arts if not isinstance(value, date) or value <= a.day]
        if len(eligible) < 2:
            continue
        share = rng.uniform(0.4, 0.9)
        reporters = [a for a in eligible if rng.random() < share]
        while len(reporters) < 2:
            extra = rng.choice(eligible)
            if extra not in reporters:
                reporters.append(extra)
        reporters.sort(key=lambda a: a.index)
        facts.append(_Fact(spec, f"F{len(facts) + 1:02d}", value, reporters=reporters))

    contested = {
        f.id
        for f in facts
        if len(f.reporters) >= 3 and _can_conflict(f.spec) and rng.random() < _CONTESTED_SHARE
    }
    spare = sorted(
        (
            f
            for f in facts
            if f.id not in contested and len(f.reporters) >= 3 and _can_conflict(f.spec)
        ),
        key=lambda f: -len(f.reporters),
    )
    while len(contested) < 2 and spare:
        contested.add(spare.pop(0).id)
    for f in facts:
        _plant(f, rng, f.id in contested, event_day)

    out_dir.mkdir(parents=True, exist_ok=True)
    article_records: list[Article] = []
    mentions_of: dict[tuple[str, str], list[Mention]] = {}
    for a in arts:
        text, headline, planted = _compose(a, facts, event, cast, words, rng)
        (out_dir / a.file).write_text(text, encoding="utf-8")
        article_records.append(
            Article(
                a.file,
                a.outlet.name,
                a.language,
                a.published.isoformat(),
                headline,
                len(text.split()),
            )
        )
        for key, value, offset, start, end, is_head in planted:
            sentence = text[start:end]
            assert sentence[offset : offset + len(value)] == value
            mentions_of.setdefault((a.file, key), []).append(
                Mention(sentence, value, offset, start, end, headline=is_head)
            )

    planted_facts = []
    for f in facts:
        reports = []
        for a in f.reporters:
            key = f.spec.key
            phrase = a.phrases.get(key)
            mentions = sorted(mentions_of[(a.file, key)], key=lambda m: m.start)
            body = next(m for m in mentions if not m.headline)
            reports.append(
                Report(
                    file=a.file,
                    status=a.statuses[key],
                    value=phrase.value if phrase else body.sentence,
                    normalized=phrase.normalized if phrase else None,
                    low=phrase.low if phrase else None,
                    high=phrase.high if phrase else None,
                    mentions=tuple(mentions),
                )
            )
        planted_facts.append(
            PlantedFact(
                id=f.id,
                key=f.spec.key,
                kind=f.spec.kind,
                label=f.spec.label,
                value=_normal(f.value),
                rival=None if f.rival is None else _normal(f.rival),
                reports=tuple(reports),
            )
        )
    truth = Truth(
        seed=seed,
        event=event.name,
        place=cast.regency,
        event_date=event_day.isoformat(),
        articles=tuple(article_records),
        facts=tuple(planted_facts),
    )
    truth.save(out_dir)
    return truth


def article_paths(out_dir: Path, truth: Truth) -> list[Path]:
    """The article files of a corpus in file order (``truth.json`` is not an article)."""
    return [out_dir / a.file for a in truth.articles]


def _normal(value: float | date | tuple[int, int] | str) -> float | str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return f"{value[0]:04d}-{value[1]:02d}"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.synth.generator",
        description="Write a synthetic corpus with planted facts and its truth.json.",
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--articles", type=int, default=12)
    parser.add_argument("--outlets", type=int, default=None)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--english-share", type=float, default=0.2)
    args = parser.parse_args(argv)
    truth = generate(
        args.out_dir,
        articles=args.articles,
        outlets=args.outlets,
        words=args.words,
        seed=args.seed,
        english_share=args.english_share,
    )
    conflicts = sum(r.status == "conflict" for f in truth.facts for r in f.reports)
    print(
        f"{len(truth.articles)} articles about a {truth.event} in {truth.place} "
        f"({truth.event_date}), {len(truth.facts)} facts, {conflicts} conflicting reports "
        f"-> {args.out_dir}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
