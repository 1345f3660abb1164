"""Who the outlets quote: a row per named person two or more outlets credit.

A fact-checker asks whose figures a report rests on before asking whether the figures agree:
"kata Plt Kepala Humas BPBD Rahmat Sudirja" in one outlet and "Rahmat Sudirja, a spokesperson for
the agency, said" in another quote one official, whatever they quote him on, and an outlet
that credits someone else (or no one) shows as silent in that row. Each outlet's cell is the
first sentence that credits the person (where its reporters usually give the title), with
the name as the decisive words. A person is a name near a reporting word ("kata", "said",
"menurut", a verb of saying or announcing); an agency or a wire (an acronym) is left out,
since one credited by everyone says little about any one report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from gui.analysis.claims import Claim, statement_claim
from gui.analysis.entities import gazetteer
from gui.analysis.measures import measures
from gui.analysis.name_words import english_readings
from gui.analysis.sentence import SentenceFacts
from gui.domain import Source

QUOTED = "QUOTED"  # the qualifier that marks a claim of who an outlet quotes


_REPORTING = frozenset({"SAY", "REPORT", "ANNOUNCE", "CONFIRM", "DENY"})
_CUES = frozenset(
    {"menurut", "kata", "ujar", "ucap", "tutur", "imbuh", "according", "said", "told"}
)
_REACH = 6  # words between a name and the reporting word that credits it
_APPOSED_REACH = 14  # the same, past a title in apposition ("X, head of ..., said")
_PEOPLE = frozenset({"person", "other"})


def quoted_claims(
    per_source: dict[str, list[SentenceFacts]], sources: Sequence[Source], first_id: int
) -> list[Claim]:
    """One claim per outlet and person it credits, at the first sentence crediting them."""
    # A word two outlets write in lower case ("data", "sosial") is an everyday word: a
    # personal name stops before it. (One outlet may write everything in lower case.)
    seen_lower: dict[str, int] = defaultdict(int)
    for sfs in per_source.values():
        for word in {t.lower for sf in sfs for t in sf.tokens if t.text.islower()}:
            seen_lower[word] += 1
    lowered = {w for w, n in seen_lower.items() if n >= 2}
    out: list[Claim] = []
    for index, source in enumerate(sources):
        seen: set[str] = set()
        for sf in per_source.get(source.id, []):
            for key, name, k, first in _credited(sf, lowered):
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    statement_claim(
                        sf,
                        source,
                        index,
                        first_id + len(out),
                        features={f"e:{key}": 1.0},
                        qualifiers=frozenset({QUOTED}),
                        agent=key,
                        event_token=sf.tokens[k],
                        span=(sf.tokens[first].start, sf.tokens[k].end),
                        speaker=name,
                    )
                )
    return out


def _credited(sf: SentenceFacts, lowered: set[str]) -> list[tuple[str, str, int, int]]:
    """The people a sentence credits: (the person's surname, the name, its last and first
    token), for every personal name within a few words of a reporting word. Titles and
    offices run into names ("Kahumas BPBD Rahmat Sudirja", "Menteri PUPR Bambang Wiratmo"):
    the name is the run of capitalised words that ends the entity after its last title word
    or acronym, of two words or more, and a person is known across outlets by its last
    word. A company ("PT …") or an office's long name ("… Gempabumi dan Tsunami") is no
    person."""
    toks = sf.tokens
    cues = {k for k, t in enumerate(toks) if t.lower in _CUES}
    cues |= {k for h in sf.concepts if h.concept in _REPORTING for k in range(h.start, h.end)}
    if not cues:
        return []
    titles = gazetteer().title_words
    markers = gazetteer().org_markers
    out: list[tuple[str, str, int, int]] = []
    for e in sf.entities:
        if e.kind not in _PEOPLE:
            continue
        inside = [k for k, t in enumerate(toks) if e.start <= t.start < e.end]
        if not inside or (inside[0] > 0 and toks[inside[0] - 1].lower in _PLACED):
            continue  # "di Lumajang": a place
        if _ACRONYM_AFTER.match(sf.sentence.text, e.end - sf.sentence.start):
            continue  # "Badan Nasional Penanggulangan Bencana (BNPB)": an organisation
        after = inside[-1] + 1
        apposed = after < len(toks) and "," in sf.between(inside[-1], after)
        if (
            after < len(toks)
            and not apposed
            and toks[after].lower in titles
            and not toks[after].is_capitalised
        ):
            continue  # "the Transportation Safety Committee chairman": whose office it is
        name: list[int] = []
        for k in reversed(inside):
            word = toks[k].text
            if not word[:1].isupper() or word.isupper() or _digit(word) or toks[k].lower in titles:
                break
            if word.endswith(("'s", "’s")):
                break  # "West Sumatra's rescue agency": whose, not who
            if toks[k].lower in lowered:
                break  # "Menteri Sosial Dewi Larasati": "sosial" is a word, not her name
            name.insert(0, k)
        if len(name) < 2 or len(toks[name[-1]].text) < 3:
            continue  # "Kapolres Majene": a title and a place, or one word of a name
        around = (name[0] - 1, name[-1] + 1)
        if any(0 <= k < len(toks) and toks[k].lower.rstrip(".") in markers for k in around):
            continue  # "PT Jasa Raharja", "Acme Ltd": a company
        after = name[-1] + 1
        if (
            after + 1 < len(toks)
            and toks[after].lower in _JOINING
            and toks[after + 1].is_capitalised
            and "," not in sf.between(name[-1], after)
        ):
            continue  # "Bidang Mitigasi Gempabumi dan Tsunami": an office's long name
        if any(_everyday(sf, k) for k in name):
            continue  # "Penanggulangan Bencana", "Sumatera Barat": an office or a place
        # "Yusuf Hamdani, head of the province's rescue agency, said ...": past the apposition
        reach = _APPOSED_REACH if apposed else _REACH
        ends_run = after >= len(toks) or apposed or not toks[after].is_capitalised
        titled = ends_run and any(
            c < inside[0]
            and all(
                toks[j].is_capitalised or toks[j].lower in _JOINING for j in range(c + 1, inside[0])
            )
            for c in cues
        )  # "kata Kepala Bidang Humas … Kemenkumham Rina Sulistyani": the name ending the title
        if titled or any(abs(c - k) <= reach for c in cues for k in (inside[0], inside[-1])):
            text = " ".join(toks[k].text for k in name)
            out.append((toks[name[-1]].lower, text, name[-1], name[0]))
    return out


def _everyday(sf: SentenceFacts, k: int) -> bool:
    """Whether token ``k`` is a word the lexicons know: a concept's or a glossary term's, a
    role ("kementerian"), a word names of offices and places are built of ("laut",
    "barat"). Personal names are none of these."""
    if any(h.start <= k < h.end for h in (*sf.concepts, *sf.terms)):
        return True
    word = sf.tokens[k].lower
    return word in gazetteer().roles or bool(english_readings(word))


def _digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Z0-9-]+\s*\)")
_JOINING = frozenset({"dan", "and", "of", "for", "untuk"})
_PLACED = frozenset({"di", "in", "at", "ke", "dari", "from"})


def quoted_rows(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Rows of the people two or more outlets credit, one claim per outlet. A surname one
    outlet writes as the middle of another's name is that person ("Sri Mulyani" and "Sri
    Mulyani Indrawati")."""
    longer: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for word in c.speaker.casefold().split()[:-1]:
            longer[word].add(c.agent)
    spelled = _spellings(claims)
    by_person: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        within = longer.get(c.agent, set()) - {c.agent}
        key = next(iter(within)) if len(within) == 1 else c.agent
        by_person[spelled.get(key, key)].append(c)
    rows = []
    for members in by_person.values():
        first: dict[str, Claim] = {}
        for c in members:
            first.setdefault(c.source_id, c)
        if len(first) >= 2:
            rows.append(list(first.values()))
    return rows


def _spellings(claims: Sequence[Claim]) -> dict[str, str]:
    """Surnames one person is spelled by ("Sulistyani", "Sulistiyani"; "Wiratmo", "Wiratma"):
    the same first name and surnames one letter apart, both of five letters or more, are one
    person; each maps to the first spelling met."""
    first_names: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        words = c.speaker.casefold().split()
        if len(words) >= 2:
            first_names[c.agent].add(words[0])
    keys = list(first_names)
    out: dict[str, str] = {}
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            if (
                b not in out
                and a not in out
                and min(len(a), len(b)) >= 5
                and first_names[a] & first_names[b]
                and _one_apart(a, b)
            ):
                out[b] = a
    return out


def _one_apart(a: str, b: str) -> bool:
    """Whether one letter changed, added or dropped turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def is_quoted_row(row: Sequence[Claim]) -> bool:
    return bool(row) and QUOTED in row[0].qualifiers


def quoted_label(row: Sequence[Claim], language: str) -> str:
    """ "Quoted: Rahmat Sudirja", in the interface's language; the shortest way of two words or
    more the outlets write the name (without the offices some run into it)."""
    name = min((c.speaker for c in row), key=lambda n: (len(n.split()) < 2, len(n)))
    return measures().label("quoted", language).format(name)
