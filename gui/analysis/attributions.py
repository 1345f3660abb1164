"""Who a sentence credits: "menurut KCNA", "kata Putin", "Pejabat Ukraina memperkirakan",
"according to Reuters", "the ministry said".

Two shapes cover most news writing: a cue followed by the source ("menurut X", "dikutip dari
X", "according to X", "said X") and a source followed by a reporting verb ("X mengatakan",
"X said"). The source is the nearest entity, or an anonymous role ("pejabat setempat").
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.analysis.dates import calendar_words
from gui.analysis.entities import gazetteer
from gui.analysis.lexicon import ConceptHit, stem
from gui.analysis.text import Token, fold
from gui.domain import Attribution, Entity

# Cues that precede the credited source, folded; longest first.
_LEADING_CUES = sorted(
    (
        tuple(c.split())
        for c in (
            "menurut",
            "menurut laporan",
            "kata",
            "ujar",
            "ucap",
            "tutur",
            "tulis",
            "imbuh",
            "dikutip dari",
            "seperti dikutip dari",
            "mengutip",
            "dilansir",
            "dilansir dari",
            "melansir",
            "bunyi laporan",
            "imbuh laporan",
            "laporan",
            "lapor",
            "sumber",
            "according to",
            "citing",
            "quoted by",
            "reported by",
            "cited by",
            "said",
            "says",
            "told",
            "via",
        )
    ),
    key=len,
    reverse=True,
)
_REPORTING = frozenset({"SAY", "REPORT", "ANNOUNCE", "ESTIMATE", "CONFIRM", "DENY"})
_ADVERBS = frozenset({"juga", "telah", "sudah", "pun", "also", "has", "had", "have"})
_SKIPPABLE = frozenset(
    [
        "dari",
        "resmi",
        "kantor",
        "berita",
        "media",
        "pemerintah",
        "laporan",
        "pernyataan",
        "keterangan",
        "data",
        "the",
        "a",
        "an",
        "official",
        "state",
        "news",
        "agency",
        "report",
        "statement",
        "of",
    ]
)


def find_attributions(
    tokens: Sequence[Token],
    text: str,
    entities: Sequence[Entity],
    concepts: Sequence[ConceptHit],
    language: str,
) -> list[Attribution]:
    token_index = {t.start: i for i, t in enumerate(tokens)}
    entity_at: dict[int, Entity] = {}
    for e in entities:
        i = token_index.get(e.start)
        if i is not None:
            entity_at[i] = e
    found: list[Attribution] = []
    seen: set[str] = set()

    def add(
        cue_from: int, cue_to: int, who: Entity | None, role: str, span: tuple[int, int]
    ) -> None:
        if who is None and not role:
            return
        if who is not None:
            key = who.key if not role else f"{role} {who.key}"
            name = (
                who.text
                if not role
                else text[span[0] : who.end]
                if span[0] < who.start
                else who.text
            )
        else:
            key, name = role, role
        if key in seen:
            return
        seen.add(key)
        start, end = span
        cue = " ".join(t.text for t in tokens[cue_from:cue_to])
        found.append(Attribution(start, end, text[start:end], key, name, cue))

    roles = gazetteer().roles
    for i in range(len(tokens)):
        cue = _leading_cue(tokens, i)
        if not cue:
            continue
        j = i + cue
        role = ""
        k = j
        while k < len(tokens) and k < j + 6 and k not in entity_at:
            if tokens[k].lower in roles and not role:
                role = tokens[k].lower
            elif tokens[k].is_capitalised:
                pass  # a title before the name: "kata Bupati Ahmad Yani"
            elif tokens[k].lower not in _SKIPPABLE and tokens[k].lower not in roles:
                break
            k += 1
        who = _named_after_title(tokens, text, j, entity_at) or entity_at.get(k)
        if who is not None:
            who = _last_of_run(text, who, entities)
            # "kantor berita Korea Utara, KCNA": an appositive names the source itself.
            after = _next_entity_after_comma(text, who, entities)
            if after is not None:
                who = after
            role = "" if who.kind != "country" else role
            add(i, j, who, role, (tokens[i].start, who.end))
        elif role and k > j:
            add(i, j, None, role, (tokens[i].start, tokens[k - 1].end))

    for hit in concepts:
        if hit.concept not in _REPORTING:
            continue
        verb = tokens[hit.start]
        if not _active(verb, language):
            continue
        # The source stands directly before the verb, allowing a few adverbs in between.
        k = hit.start - 1
        while k >= 0 and (tokens[k].lower in _ADVERBS or tokens[k].lower in calendar_words()):
            k -= 1  # "X, Kamis, mengatakan": the day the speaker spoke
        who = next((e for e in entities if k >= 0 and e.end == tokens[k].end), None)
        while who is not None and _placed(tokens, token_index.get(who.start)):
            # "Nurhayati Andi Sose di Majene, Kamis, mengatakan": the place is no speaker;
            # the name before it is.
            before = token_index[who.start] - 2
            who = next((e for e in entities if before >= 0 and e.end == tokens[before].end), None)
        if who is None:
            continue
        role = ""
        wi = token_index.get(who.start)
        if wi is not None and wi > 0 and tokens[wi - 1].lower in roles:
            role = tokens[wi - 1].lower
            start = tokens[wi - 1].start
        else:
            start = who.start
        add(hit.start, hit.end, who, role if who.kind == "country" else "", (start, verb.end))
    return found


_CUES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _cue in _LEADING_CUES:
    _CUES_BY_FIRST.setdefault(_cue[0], []).append(_cue)


def _leading_cue(tokens: Sequence[Token], i: int) -> int:
    for cue in _CUES_BY_FIRST.get(tokens[i].lower, ()):
        n = len(cue)
        if i + n <= len(tokens) and all(tokens[i + k].lower == cue[k] for k in range(n)):
            return n
    return 0


_TITLE_JOINERS = frozenset({"dan", "and", "of", "for", "untuk", "the"})
_MAX_TITLE = 10  # words in a title before the name it introduces


_PLACE_PREPOSITIONS = frozenset({"di", "in", "at"})


def _placed(tokens: Sequence[Token], i: int | None) -> bool:
    """Whether the entity starting at token ``i`` follows "di"/"in"/"at": a place."""
    return i is not None and i > 0 and tokens[i - 1].lower in _PLACE_PREPOSITIONS


def _last_of_run(text: str, who: Entity, entities: Sequence[Entity]) -> Entity:
    """The name that ends a run of capitalised names after a cue: "kata Koordinator Bidang
    Mitigasi Gempabumi dan Tsunami BMKG Hendra Wibisono" credits the person at its end."""
    last = who
    for e in sorted(entities, key=lambda e: e.start):
        if e.start < last.end:
            continue
        gap = text[last.end : e.start].strip()
        if gap and gap.lower() not in _TITLE_JOINERS:
            break
        last = e
    last = _name_after_office(last)
    if last is not who and " " in last.key and last.kind in ("person", "other"):
        return last
    return who


def _name_after_office(e: Entity) -> Entity:
    """ "Tsunami BMKG Hendra Wibisono": an office's acronym, then the person's name."""
    words = e.text.split()
    for n, word in enumerate(words[:-2]):
        if len(word) > 1 and word.isupper():
            start = e.start + e.text.index(" ".join(words[n + 1 :]))
            name = e.text[start - e.start :]
            return Entity(start, e.end, name, fold(name), name, "person")
    return e


def _named_after_title(
    tokens: Sequence[Token], text: str, j: int, entity_at: dict[int, Entity]
) -> Entity | None:
    """The person a long title introduces after a comma: "ujar Koordinator Bidang Mitigasi
    Gempabumi dan Tsunami BMKG, Hendra Wibisono" credits Hendra Wibisono."""
    k = j
    while k < len(tokens) and k < j + _MAX_TITLE:
        t = tokens[k]
        if not (t.is_capitalised or t.lower in _TITLE_JOINERS):
            return None
        if k + 1 < len(tokens) and "," in text[t.end : tokens[k + 1].start]:
            who = entity_at.get(k + 1)
            two_words = who is not None and " " in who.text.strip()
            return who if k > j and two_words and who.kind in ("person", "other") else None
        k += 1
    return None


def _next_entity_after_comma(text: str, who: Entity, entities: Sequence[Entity]) -> Entity | None:
    """The short organisation name right after "X," — an appositive naming the source itself."""
    if text[who.end : who.end + 1] != ",":
        return None
    for e in entities:
        adjacent = e.start > who.end and text[who.end : e.start].strip(" ,") == ""
        if adjacent and e.kind in ("org", "other") and (len(e.text) <= 10 or e.text.isupper()):
            return e
    return None


def _active(verb: Token, language: str) -> bool:
    """Reporting verbs in the active voice credit the subject before them."""
    w = verb.lower
    if language == "en":
        return not w.startswith("be")
    if w.startswith("di") and stem(w, "id") != w:
        return False
    return w.startswith(("me", "mem", "men", "meng", "meny")) or w in {
        "kata",
        "ujar",
        "tutur",
        "sebut",
    }
