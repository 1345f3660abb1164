"""Qualifiers read from a claim's clause: what makes a value another fact, or no fact at all.

A count of an event years before the article (PAST), the value a change started from
(BEFORE), a date that ends a period (UNTIL); and dates that make no claim of the event: the
moment a tally was taken ("data per Kamis") or someone spoke ("kata Dimas, Senin").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui.analysis.clauses import clause_bounds, events_near
from gui.analysis.lexicon import ConceptHit, lexicon, stopwords
from gui.analysis.modality import TARGET
from gui.analysis.numbers import number_words
from gui.analysis.sentence import SentenceFacts
from gui.analysis.times import minutes_text
from gui.domain import DateMention, Quantity, Source, TimeMention

if TYPE_CHECKING:
    from gui.analysis.slots import Slot

PAST = "PAST"  # a qualifier: the count belongs to an event years before the article
BEFORE = "BEFORE"  # a qualifier: the value something changed from ("naik dari Rp 10.000")
UNTIL = "UNTIL"  # a qualifier: a date that ends a period ("in effect through Friday")
CHANGE = "CHANGE"  # a qualifier: the size of a change ("lost 10,000 feet", "naik 30 persen")
OTHERS = "OTHERS"  # a qualifier: the rest of a whole ("tewas bersama 17 penambang lainnya")
_UNTIL_MARKERS = ("through", "until", "till", "hingga", "sampai", "sampai dengan")
_CHANGE_REACH = 4  # words between a change verb and its "dari"/"from"
_CHANGE_TO = frozenset({"menjadi", "jadi", "ke", "to", "into"})
_PREVIOUSLY = frozenset({"sebelumnya", "semula", "previously", "formerly"})


def ends_period(sf: SentenceFacts, at: int) -> frozenset[str]:
    """{UNTIL} when the date at token ``at`` ends a period ("in effect through Friday",
    "ditutup hingga Jumat"), which a point in time such as "Wednesday night" does not
    contradict. ("Sejak Minggu" starts one, and does say when it began.)"""
    before = " ".join(t.lower for t in sf.tokens[max(0, at - 2) : at])
    ends = any(before == m or before.endswith(" " + m) for m in _UNTIL_MARKERS)
    return frozenset({UNTIL}) if ends else frozenset()


def changed_from(sf: SentenceFacts, q: Quantity, at: int, hi: int, language: str) -> bool:
    """Whether ``q`` (at token ``at``) is the old value of a change: "harga naik dari
    Rp 10.000 menjadi Rp 12.500", "dari Rp 10.000 jadi Rp 12.500", "yang sebelumnya dijual
    Rp 10.000", "rose from 5% to 7%"."""
    toks = sf.tokens
    before = toks[max(0, at - _CHANGE_REACH) : at]
    if any(t.lower in _PREVIOUSLY for t in before):
        return True
    if toks and toks[0].lower in _PREVIOUSLY and _comma_after(sf, 0) and not _said(sf):
        # "Sebelumnya, tiket itu dijual Rp 7.500 per lembar"; but "Sebelumnya, Menteri
        # menyatakan ..." only tells what was said earlier.
        return True
    after = next((k for k, t in enumerate(toks) if t.start >= q.end), len(toks))
    verbs = number_words(language).change_verbs
    if _changes_next(sf, q, after, min(hi, after + _CHANGE_NEXT), verbs):
        return True  # "Solarix yang dijual Rp 8.100 seliter kini naik menjadi Rp 9.900"
    if at >= 2 and toks[at - 2].lower in _FROM and toks[at - 1].lower in _PRICE_WORDS:
        at -= 1  # "dari harga Rp 6.200": the price word stands between
    if at < 1 or toks[at - 1].lower not in _FROM:
        return False
    if _goes_to(sf, after):
        return True  # "dari X menjadi Y": the sentence names where it went
    if any(t.lower in _CHANGE_TO for t in toks[max(0, at - 1 - _TO_BACK) : at - 1]):
        return True  # "rose to Rp 7.300 a liter from Rp 6.200": where it went, then whence
    if at >= 2 and toks[at - 2].lower in _DIRECTIONS:
        return True  # "up from IDR7,650", "down from 30"
    return any(t.lower in verbs for t in toks[max(0, at - 1 - _CHANGE_REACH) : at - 1])


_FROM = frozenset({"dari", "from"})
_PRICE_WORDS = frozenset({"harga", "harganya", "price", "level", "angka", "posisi"})
_TO_REACH = 6  # "dari Rp 7.650 (US$0,51) per liter menjadi": words to the "menjadi"
_TO_BACK = 8  # "to Rp 7.300 ($0.49) a liter from": words back from "from" to the "to"


def _goes_to(sf: SentenceFacts, after: int) -> bool:
    """Whether "menjadi"/"to" follows the value starting at token ``after``, past its unit
    ("per liter") and a conversion in brackets, before any other number."""
    toks = sf.tokens
    depth = 0
    for k in range(after, min(len(toks), after + _TO_REACH)):
        t = toks[k]
        if k > 0:
            gap = sf.between(k - 1, k)
            depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth:
            continue  # "(US$0.35)": the same price in another currency
        if t.lower in _CHANGE_TO:
            return True
        if t.is_number:
            return False
    return False


def _said(sf: SentenceFacts) -> bool:
    return any(h.concept in ("SAY", "REPORT", "ANNOUNCE") for h in sf.concepts)


def _comma_after(sf: SentenceFacts, k: int) -> bool:
    return k + 1 < len(sf.tokens) and "," in sf.between(k, k + 1)


_DIRECTIONS = frozenset({"up", "down", "naik", "turun", "rose", "fell", "increased", "decreased"})
_CHANGE_NEXT = 6  # words after a value where "naik menjadi" makes it the old one


def _changes_next(
    sf: SentenceFacts, q: Quantity, after: int, end: int, verbs: frozenset[str]
) -> bool:
    """Whether a change verb and "menjadi"/"to" follow ``q`` in its clause, before the next
    number: the value is where the change started."""
    toks = sf.tokens
    window = toks[after:end]
    for k, t in enumerate(window):
        if t.is_number:
            return False
        if t.lower in verbs and any(w.lower in _CHANGE_TO for w in window[k + 1 : k + 3]):
            return any(other.start > t.end and other.unit == q.unit for other in sf.quantities)
    return False


_CHANGE_VERBS = frozenset(
    {
        "lost",
        "losing",
        "dropped",
        "dropping",
        "fell",
        "descended",
        "descending",
        "gained",
        "climbed",
        "rose",
        "kehilangan",
        "turun",
        "naik",
        "anjlok",
        "merosot",
        "melonjak",
        "bertambah",
        "berkurang",
        "up",
        "down",
    }
)


def change_amount(sf: SentenceFacts, at: int) -> bool:
    """Whether the value at token ``at`` is the size of a change ("lost 10,000 feet", "naik
    30 persen", "bertambah 6 orang"), not a level: a change verb right before it."""
    if at < 1:
        return False
    toks = sf.tokens
    if toks[at - 1].lower in _CHANGE_VERBS and not sf.between(at - 1, at).strip():
        return True
    # "naik sebesar Rp 175.500", "rose by 5 percent": the size, after its "by"
    return at >= 2 and toks[at - 1].lower in _BY and toks[at - 2].lower in _CHANGE_VERBS


_BY = frozenset({"sebesar", "by"})


_ALONG = ("bersama", "along with", "together with", "beserta")
_OTHERS = frozenset({"lainnya", "lain", "other", "others"})


def with_others(sf: SentenceFacts, at: int, after: int) -> bool:
    """ "tewas bersama 17 penambang lainnya", "along with 17 others": the rest of a whole one
    member of which the sentence names first."""
    toks = sf.tokens
    before = " ".join(t.lower for t in toks[max(0, at - 2) : at])
    if at >= 2 and toks[at - 1].lower in ("dan", "and") and _named(sf, at - 2):
        return True  # "Gubernur Ahmad Syahrir and two officials": two besides the one named
    if at >= 1 and toks[at - 1].lower in ("other", "another"):
        return True  # "the other two suspects"
    if (
        after + 1 < len(toks)
        and toks[after].lower == "other"
        and not toks[after + 1].is_number
        and toks[after + 1].lower not in stopwords()
    ):
        # "6 other victims already identified": more of the kind already counted
        # (a count of another state before it in the sentence undoes it, in claims).
        return True
    if not any(before.endswith(a) for a in _ALONG):
        return False
    return any(t.lower in _OTHERS for t in toks[after : after + 3])


def _named(sf: SentenceFacts, k: int) -> bool:
    """Whether token k ends the name of someone ("Gubernur Ahmad Syahrir"), not of a place
    ("dirawat di RSUD, dan 40 orang ...")."""
    toks = sf.tokens
    t = toks[k]
    for e in sf.entities:
        if e.start <= t.start < e.end:
            first = next(j for j, u in enumerate(toks) if u.end > e.start)
            return not (first > 0 and toks[first - 1].lower in _PLACE_WORDS)
    return False


_PLACE_WORDS = frozenset({"di", "in", "at", "ke", "to", "dari", "from"})


_PAST_YEARS = 2  # years before publication from which an event is another, earlier one
_FRONTED = 12  # characters into a sentence where a date still fronts it ("Pada tahun 2018,")


def of_a_past_event(sf: SentenceFacts, lo: int, hi: int, source: Source) -> bool:
    """Whether the clause tokens[lo:hi] dates itself years before the article ("the 2020
    Cedar Hollow Fire burned 31,500 acres", "gempa 2018 menewaskan 4.340 orang")."""
    reference = sf.reference or (source.published.date() if source.published else None)
    if reference is None or not sf.dates or lo >= hi:
        return False
    # Dates are not tokens: the clause reaches to the next word (or the sentence's end).
    start = sf.tokens[lo].start if lo > 0 else sf.sentence.start
    if lo > 0 and sf.tokens[lo].lower in _RELATIVE:
        # "a 1994 ferry fire off Bali, which cost 60 passengers their lives": a relative
        # clause tells of what its antecedent names, and so of the antecedent's date
        start = sf.sentence.start
    end = sf.tokens[hi].start if hi < len(sf.tokens) else sf.sentence.end
    # A date fronting the sentence ("In 2020, the Cedar Hollow inferno torched ...") dates
    # all of it, as one inside the clause does.
    fronted = sf.sentence.start + _FRONTED
    past = [d.high.year <= reference.year - _PAST_YEARS for d in sf.dates if not d.relative]
    if past and all(past) and any(d.precision == "day" for d in sf.dates):
        # "... tenggelam pada 3 Maret 2016 dengan membawa 27 awak": a sentence whose every
        # date is a day years back tells of that day, in all its clauses. A bare year alone
        # ("meletus terakhir pada 2011") is background and dates no other clause.
        return True
    return any(
        not d.relative
        and (start <= d.start < end or d.start < fronted)
        and d.high.year <= reference.year - _PAST_YEARS
        for d in sf.dates
    )


_RELATIVE = frozenset({"which", "who", "yang"})


_THEN = ("ketika itu", "saat itu", "waktu itu", "kala itu", "at the time", "back then")


_POINTING = frozenset({"itu", "tersebut"})  # "dalam kasus itu": the case just named
_THAT = frozenset({"that", "this"})  # "in that case"


def continues_past_event(sf: SentenceFacts, earlier: SentenceFacts | None, source: Source) -> bool:
    """Whether a sentence continues an earlier event the sentence before dates years back:
    it opens "Ketika itu," / "At the time," ("... pada Juni 2019. Ketika itu, sebuah bus ...
    menewaskan 12 orang"), or points back at it ("Kerugian negara dalam kasus itu ...")."""
    if earlier is None or not sf.tokens:
        return False
    opening = " ".join(t.lower for t in sf.tokens[:3])
    toks = sf.tokens
    pointing = any(
        (toks[k].lower in _POINTING and k > 0 and toks[k - 1].lower in _AFFAIRS)
        or (toks[k].lower in _THAT and k + 1 < len(toks) and toks[k + 1].lower in _AFFAIRS)
        for k in range(len(toks))
    )
    if not pointing and not any(opening.startswith(phrase) for phrase in _THEN):
        return False
    return bool(earlier.tokens) and of_a_past_event(earlier, 0, len(earlier.tokens), source)


# Words that name an affair a later sentence can point back at.
_AFFAIRS = frozenset(
    {
        "kasus",
        "perkara",
        "peristiwa",
        "kejadian",
        "insiden",
        "bencana",
        "kecelakaan",
        "kebakaran",
        "gempa",
        "case",
        "incident",
        "disaster",
        "accident",
        "fire",
        "quake",
        "crash",
        "event",
    }
)


def said_on(sf: SentenceFacts, d: DateMention | TimeMention, text: str) -> bool:
    """Whether ``d`` only dates a remark ("kata Dimas kepada wartawan, Senin (6/7)", "she
    said on Monday"): when someone spoke is no fact of the event, and two outlets quoting
    two people on two days do not conflict."""
    lo, hi = clause_bounds(sf.tokens, text, d.start, d.end)
    near = next((k for k, t in enumerate(sf.tokens) if t.start >= d.start), len(sf.tokens))
    events = events_near(sf, lo, hi, near) or events_near(sf, 0, len(sf.tokens), near)
    if events and _press_of_a_saying(sf, events[0]):
        return True  # "kata Kapolres dalam jumpa pers di Garut, Senin (10/3)": the remark's day
    if not events or events[0].concept != "SAY":  # the verb nearest the date
        return False
    # "dinyatakan tenggelam", "declared dead": a status declared that day, no remark
    say = events[0]
    declared = any(t.lower in _DECLARING for t in sf.tokens[say.start : say.end])
    stated = [h for h in sf.concepts if say.end <= h.start <= say.end + 3 and h is not say]
    return not (declared and any(h.cls in ("incident", "event") for h in stated))


_PRESS = frozenset({"pers", "persnya", "press", "conference", "briefing"})


def _press_of_a_saying(sf: SentenceFacts, event: ConceptHit) -> bool:
    """Whether ``event`` is the press conference at which a saying earlier in the sentence
    was said: its day is the remark's, no more an event of the story than the saying."""
    words = {t.lower for t in sf.tokens[event.start : event.end]}
    if event.concept != "ANNOUNCE" or not words & _PRESS:
        return False
    said = [h for h in sf.concepts if h.concept == "SAY" and h.end <= event.start]
    # "'... tarif baru mulai pukul 00.00,' ujar Menteri dalam jumpa pers, Senin (10/3)": what
    # the conference announced takes effect that day, which the date says
    return bool(said) and not _changes_before(sf, said[0].start)


_DECLARING = frozenset({"dinyatakan", "ditetapkan", "declared", "pronounced"})


def stamps_tally(sf: SentenceFacts, d: DateMention | TimeMention) -> bool:
    """Whether ``d`` stamps a tally ("data BPBD per Kamis", "hingga Rabu sore tercatat ...",
    "the toll as of Monday"): outlets counting at different moments do not conflict, and
    the moment is no fact of the event."""
    lex = lexicon()
    toks = sf.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= d.start), len(toks))
    for n in (3, 2, 1):
        k = at - n
        if k < 0:
            continue
        if lex.is_cue(lex.cutoffs, toks, k) == n:
            # "menaikkan tarif tol per Senin (14/7)": a change "per" a day takes effect
            # then, unless a tally is what the sentence reports
            return not (_changes_before(sf, k) and not _tallied(sf))
        if lex.is_cue(lex.tally_cutoffs, toks, k) == n:
            # "Hingga pukul 18.10 WIB sebanyak 27 orang tewas": a sentence that opens
            # with the moment it counts up to is a tally, whatever word it counts with
            fronted = k == 0 and bool(sf.quantities)
            return fronted or any(lex.is_cue(lex.tallies, toks, j) for j in range(len(toks)))
    # "Pada Kamis (9/1), BPBD mencatat 41 orang ...", "BPBD pada 9 Maret mencatat ...": the
    # day a tally was taken, when a tally word follows it before anything happens
    end = next((k for k, t in enumerate(toks) if t.start >= d.end), len(toks))
    ahead = range(end, min(len(toks), end + _TALLY_AFTER))
    if bool(sf.quantities) and any(lex.is_cue(lex.tallies, toks, j) for j in ahead):
        return True
    # "update laporan pada Senin … pukul 14.34 WIB": the moment of a report named before it
    behind = [t.lower for t in toks[max(0, at - _TALLY_AFTER - 1) : at]]
    return bool(sf.quantities) and bool(_REPORT_NOUNS & set(behind))


_REPORT_NOUNS = frozenset({"laporan", "update", "pembaruan", "pemutakhiran", "rekapitulasi"})
_TALLY_AFTER = 3  # words after a date where the tally it stamps is named ("(9/1), BPBD mencatat")
_EFFECTIVE = frozenset({"INCREASE", "DECREASE", "IN_FORCE", "BEGIN"})


def _changes_before(sf: SentenceFacts, k: int) -> bool:
    """Whether a change or a coming into force stands before token ``k``."""
    return any(h.concept in _EFFECTIVE and h.end <= k for h in sf.concepts)


def _tallied(sf: SentenceFacts) -> bool:
    lex = lexicon()
    return any(lex.is_cue(lex.tallies, sf.tokens, j) for j in range(len(sf.tokens)))


# What moves and so is somewhere else at another moment: its height or depth then.
_ON_THE_MOVE = frozenset({"AIRCRAFT", "SHIP", "VEHICLE", "DRONE"})
_POSITIONS = frozenset({"HEIGHT"})  # a depth names no thing (gui.analysis.slots)


def stated_moment(sf: SentenceFacts, q: Quantity, slot: Slot) -> frozenset[str]:
    """{"at:HH:MM"} when the height of a craft is stated at a time of day ("At 9:12 a.m.
    the helicopter was at 2,400 feet", "pukul 09.12 WIB ketika masih di ketinggian 2.400
    kaki"): where a moving thing was at one moment is no rival of where it was at another,
    or of a height it passed, and outlets that name the same moment meet. The nearest time
    of the sentence that stamps no tally says which moment."""
    dimension, _, thing = slot.measure.partition(":")
    if (
        dimension not in _POSITIONS
        or thing not in _ON_THE_MOVE
        or slot.qualifiers & {TARGET, CHANGE, BEFORE}  # a clearance, a fall: no position
    ):
        return frozenset()
    times = [t for t in sf.times if not stamps_tally(sf, t) and t.low == t.high]
    if not times:
        return frozenset()
    nearest = min(times, key=lambda t: min(abs(t.start - q.end), abs(q.start - t.end)))
    return frozenset({f"at:{minutes_text(nearest.low)}"})
