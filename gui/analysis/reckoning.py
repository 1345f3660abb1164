"""What an amount in a unit is reckoned against: the unit it is per ("Rp 11.500 per liter",
"Rp200 ribu/bulan"), the event a duration counts from ("6 menit setelah lepas landas"), an
age ("the 38-year-old ferry"), the sea level a height stands above ("2.450 mdpl"), what a
length written as an adjective measures ("the 3,142-metre Mount X"), the place a distance is
from, the object a bare height is of.
Read from the words beside the number; ``gui.analysis.slots`` makes them measures.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from gui.analysis.lexicon import stem, stopwords
from gui.analysis.measures import OBJECT, measures
from gui.analysis.number_context import LANDMARKS, Around
from gui.analysis.numbers import is_content_word

if TYPE_CHECKING:
    from gui.analysis.sentence import SentenceFacts
    from gui.domain import Quantity


_FROM = frozenset({"from", "dari", "off", "away"})


def per_unit(sf: SentenceFacts, around: Around) -> str:
    """The unit an amount is per ("Rp 11.500 per liter", "Rp200 ribu/bulan", "a month")."""
    toks = sf.tokens
    b = around.b
    base = sf.sentence.start
    if b < len(toks) and b > 0 and "(" in sf.between(b - 1, b):
        close = sf.sentence.text.find(")", toks[b].start - base)
        if close >= 0:
            b = next((k for k in range(b, len(toks)) if toks[k].start - base > close), len(toks))
    if (
        b + 1 < len(toks)
        and toks[b].lower in ("per", "setiap", "tiap", "a", "an", "each")
        and not toks[b + 1].is_number
    ):
        return toks[b + 1].lower.rstrip("s")
    gap = sf.sentence.text[
        (toks[b - 1].end if b else 0) - sf.sentence.start : (toks[b].start if b < len(toks) else 0)
        - sf.sentence.start
    ]
    if b < len(toks) and gap.strip() == "/":
        return toks[b].lower
    if b < len(toks) and toks[b].lower.startswith("per") and len(toks[b].lower) > 4:
        return toks[b].lower[3:]  # "perbulan"
    for k in range(around.lo, around.a - 1):
        if toks[k].lower in _EACH:
            return toks[k + 1].lower  # "setiap korban ... akan menerima Rp 50 juta"
    return ""


_EACH = frozenset({"setiap", "tiap", "each", "every"})


# Above sea level: a place's elevation, never the height an ash column or a plane reached
_SEA_LEVEL_UNITS = frozenset({"mdpl", "dpl", "masl", "amsl", "asl"})
_SEA_LEVEL_WORDS = (("permukaan", "laut"), ("sea", "level"))
_AFTER = frozenset({"setelah", "sesudah", "usai", "after", "since", "sejak"})


def since_event(sf: SentenceFacts, around: Around) -> str:
    """The event a duration is counted from: the one named after "setelah"/"after" next to
    the number; empty when none is."""
    toks = sf.tokens
    if around.b < len(toks) and toks[around.b].lower in _AFTER:
        start = around.b + 1
    elif around.a > 0 and toks[around.a - 1].lower in _AFTER:
        start = around.b
    else:
        return ""
    return next(
        (
            h.concept
            for h in sf.concepts
            if h.cls in ("event", "incident") and start <= h.start < start + _SINCE_REACH
        ),
        "",
    )


_SINCE_REACH = 3  # words from "setelah" to the event it names


def aged(sf: SentenceFacts, q: Quantity, around: Around) -> bool:
    written = q.text.casefold()
    if written.endswith(("-old", " old")):
        return True
    after = sf.tokens[around.b : around.b + 1]
    return bool(after) and after[0].lower == "old"


def above_sea_level(sf: SentenceFacts, q: Quantity, around: Around) -> bool:
    written = q.text.casefold().split()
    if written[-1] in _SEA_LEVEL_UNITS:
        return True
    after = written + [t.lower for t in sf.tokens[around.b : min(around.b + 5, len(sf.tokens))]]
    return any(pair in itertools.pairwise(after) for pair in _SEA_LEVEL_WORDS)


def sentence_object(around: Around) -> str:
    """The object the sentence names before a height or depth that names none near it
    ("the helicopter was at 2,400 feet before it was cleared to climb to 8,000 feet": the
    helicopter's),
    the first of several; "" when it names a landmark (whose height a bare one is)."""
    lex = measures()
    objects = [
        h.concept
        for h in around.all_hits
        if h.end <= around.a and lex.things.get(h.concept) == OBJECT
    ]
    if not objects or set(objects) & set(LANDMARKS):
        return ""
    return objects[0]  # the sentence's first object is what it is about


def distance_of(around: Around) -> str:
    """ "40 miles (64 km) from Lombok", "9 mil laut di utara ...": how far from somewhere."""
    toks = around.tokens
    ahead = toks[around.b : around.b + 3]
    return "DISTANCE" if any(t.lower in _FROM for t in ahead) else ""


COMPOUND = {
    "high": "HEIGHT",
    "tall": "HEIGHT",
    "deep": "DEPTH",
    "tinggi": "HEIGHT",
    "setinggi": "HEIGHT",
    "sedalam": "DEPTH",
}


def compound_height(sf: SentenceFacts, q: Quantity, around: Around) -> str:
    """ "The 2,450 metre-high volcano", "the 3,100-metre Lokon": a length written as an
    adjective before a mountain or a name is its height ("-deep": a depth)."""
    last = q.text.rsplit("-", 1)[-1].casefold()
    if last in COMPOUND:
        return COMPOUND[last]
    toks = around.tokens
    b = around.b
    text = sf.sentence.text
    if b < len(toks) and "(" in sf.between(b - 1, b):
        # "the 3,142-metre (10,308 ft) Mount X": past the conversion in brackets
        while b < len(toks) and ")" not in text[toks[b].end - sf.sentence.start :][:2]:
            b += 1
        b += 1
    nxt = toks[b] if b < len(toks) else None
    if nxt is None:
        return ""
    landmark = any(h.start == b and h.concept in LANDMARKS for h in around.right)
    if "-" in q.text and (landmark or nxt.text[:1].isupper()):
        return "HEIGHT"
    if nxt.text[:1].islower() and is_content_word(nxt.lower, around.language):
        return "LENGTH"  # "an 87 km provincial road": the road's length
    return ""


def aged_whom(sf: SentenceFacts, around: Around, thing: str, language: str) -> str:
    """Whose age it is, so that two people's ages never meet as rivals ("a 16-year-old boy",
    "an 80-year-old farmer"): the counted thing's concept, else the noun the age
    describes (after it, or opening its clause: "kapal selam berusia 44 tahun")."""
    if thing:
        return f":{thing}"
    toks = sf.tokens
    after = [toks[around.b]] if around.b < len(toks) else []
    before = toks[around.lo : around.a]
    for t in (*after, *before):
        if t.lower not in stopwords() and t.lower.isalpha() and not t.is_capitalised:
            return f":~{stem(t.lower, language)}"
    return ""


# What an amount in a unit of this kind measures when no word says: a weight, a duration.
DEFAULT_DIMENSION = {
    "mass": "MASS",
    "magnitude": "MAGNITUDE",
    "level": "LEVEL",
    "area": "AREA",
    "speed": "SPEED",
    "temperature": "TEMPERATURE",
    "latitude": "LATITUDE",
    "longitude": "LONGITUDE",
}
