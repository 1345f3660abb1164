"""Values that are no fact of what happened: one allowed or aimed at (TARGET: "cleared to
climb to 24,000 feet", "ditargetkan mencapai 5 persen"), one on a condition or a possibility
(PROJECTED: "jika harga minyak US$ 100, subsidi jadi Rp 600 triliun", "bisa mencapai ...").
Each is its own fact, never a rival of the figure that stands.
"""

from __future__ import annotations

from gui.analysis.sentence import SentenceFacts

TARGET = "TARGET"  # a qualifier: a value allowed or aimed at
PROJECTED = "PROJECTED"  # a qualifier: a value on a condition or a possibility


# Words that make what follows a value permitted, planned or aimed at, not one reached.
_AIMED = frozenset(
    {
        "allowed",
        "cleared",
        "permitted",
        "instructed",
        "requested",
        "planned",
        "targeted",
        "target",
        "targets",
        "aims",
        "aiming",
        "diizinkan",
        "diijinkan",
        "diperbolehkan",
        "dibolehkan",
        "diperintahkan",
        "direncanakan",
        "rencananya",
        "ditargetkan",
        "menargetkan",
        "targetnya",
        "sasaran",
    }
)
_AIM_REACH = 5  # words between the permitting word and the value ("diizinkan naik ke ketinggian")


def aimed_at(sf: SentenceFacts, at: int) -> bool:
    """Whether the value at token ``at`` is one allowed, requested or aimed at, not one
    reached: "diizinkan terbang ke ketinggian 24.000 kaki", "cleared to climb to 24,000
    feet", "ditargetkan mencapai 5 persen". A craft's altitude and the one it was cleared to
    are two facts."""
    toks = sf.tokens
    window = toks[max(0, at - _AIM_REACH) : at]
    for k, t in enumerate(window):
        if t.lower in _AIMED:
            between = window[k + 1 :]
            # "poorly targeted, as 60% of it ...", "tidak diizinkan berada dalam radius
            # 2 km": with no word of where it goes, the value is no destination.
            return not any(w.is_number for w in between) and any(
                w.lower in _TOWARDS for w in between
            )
    return False


_TOWARDS = frozenset({"to", "ke", "menjadi", "mencapai", "hingga"})


_CONDITIONS = frozenset({"jika", "apabila", "seandainya", "andaikan", "andai", "if"})
_IF_AFTER = 2  # words after a value where a condition it holds on may start
_MAY = frozenset({"bisa", "dapat", "could", "may", "might", "berpotensi", "potentially"})
_REACH_WORDS = frozenset({"mencapai", "capai", "menembus", "tembus", "reach", "hit", "top"})


_WITHOUT = frozenset({"tanpa", "without"})
_FRONT_CLAUSE = 5  # words of a "tanpa penyesuaian harga," clause before its comma


def _without_first(sf: SentenceFacts, at: int) -> bool:
    """ "Tanpa penyesuaian harga, subsidi membengkak hingga Rp 500 triliun", "Without the
    rise, the bill would reach ...": a clause of what is not done, set off by a comma before
    the value, is its condition ("tiga hari tanpa listrik" sets none)."""
    toks = sf.tokens
    for k in range(at):
        if toks[k].lower not in _WITHOUT:
            continue
        for j in range(k + 1, min(at, k + 1 + _FRONT_CLAUSE)):
            if "," in sf.between(j - 1, j):
                return True
    return False


def conditional(sf: SentenceFacts) -> bool:
    """Whether the sentence states something on a condition ("jika", "apabila", "if")."""
    return any(t.lower in _CONDITIONS for t in sf.tokens)


def projected(sf: SentenceFacts, at: int, after: int) -> bool:
    """Whether the value at token ``at`` holds only on a condition or as a possibility:
    "Jika harga minyak US$ 100, subsidi jadi Rp 600 triliun", "if oil stays at $100 the bill
    will hit ...", "naik jadi Rp 650 triliun jika ...", "bisa mencapai Rp 200 triliun",
    "could reach 40,000". A projection is no rival of the figure that stands."""
    toks = sf.tokens
    if any(t.lower in _CONDITIONS for t in toks[:at]) or _without_first(sf, at):
        return True
    if any(t.lower in _CONDITIONS for t in toks[after : after + _IF_AFTER]):
        return True  # "akan naik jadi Rp 650 triliun jika harga minyak ..."
    before = [t.lower for t in toks[max(0, at - 3) : at]]
    return any(
        w in _MAY and any(x in _REACH_WORDS for x in before[k + 1 :]) for k, w in enumerate(before)
    )


PROPOSED = "PROPOSED"  # a qualifier: an amount one party proposes or demands, not decided
_PROPOSING = frozenset(
    {
        "mengusulkan",
        "diusulkan",
        "usulan",
        "usulkan",
        "mengajukan",
        "diajukan",
        "menuntut",
        "tuntutan",
        "proposed",
        "proposes",
        "proposal",
        "proposing",
        "demanded",
        "demanding",
        "demands",
        "urged",
        "sought",
    }
)
_PROPOSE_REACH = 6  # words from the proposing word to the amount it proposes


def proposed(sf: SentenceFacts, at: int, lo: int) -> bool:
    """Whether the amount at token ``at`` is one a party proposes or demands ("Kadin
    mengusulkan kenaikan 3,2% atau setara Rp 3.870.000", "unions demanded a 12 percent
    rise"): a proposal is no rival of the amount decided, nor of another party's."""
    toks = sf.tokens
    window = toks[max(lo, at - _PROPOSE_REACH) : at]
    return any(t.lower in _PROPOSING for t in window)


AGAIN = "AGAIN"  # a qualifier: the measure of a repeat of the event ("another eruption")
_ANOTHER_BEFORE = frozenset({"another", "new", "fresh", "further", "kembali"})
_ANOTHER_AFTER = frozenset({"baru", "lagi", "susulan", "lanjutan"})


def of_a_repeat(sf: SentenceFacts, at: int) -> bool:
    """Whether a measure before token ``at`` belongs to a repeat of the story's event:
    "Another eruption Monday spewed ash 800 metres high", "erupsi susulan ... setinggi 1 km",
    "Gunung itu kembali meletus ...". The first eruption's ash column and a later one's are
    two facts; a toll that "rose again" is no repeat of the disaster, so counts never ask."""
    toks = sf.tokens
    for h in sf.concepts:
        if h.cls != "incident" or h.start >= at:
            continue
        if h.start > 0 and toks[h.start - 1].lower in _ANOTHER_BEFORE:
            return True
        if h.end < len(toks) and toks[h.end].lower in _ANOTHER_AFTER:
            return True
    return False
