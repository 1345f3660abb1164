"""Labels of number, date and time rows, made from the slot in the interface's language.

"Korban meninggal — 13 · 14 · 22 · 34", "Injured (serious) — 8", "Desa terdampak — 8 · 11",
"Waktu kejadian — 14:47 · 15:00", "Date of the event — 4 Dec 2021": what the row measures,
its qualifiers, then the values the outlets give (the spread a reviewer scans for).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from gui.analysis.alert_levels import LEVEL_UNIT
from gui.analysis.claims import Claim
from gui.analysis.compare import normalized
from gui.analysis.lexicon import stem
from gui.analysis.measures import measures
from gui.analysis.slots import EARLIER, Slot
from gui.domain import FactKind, Quantity

_SPREAD = 5  # values shown in a label; more are summarised by "…"
_MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_SCALES = {
    "id": ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")),
    "en": ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
}
_SYMBOLS = {"IDR": "Rp", "USD": "US$", "EUR": "€", "SGD": "S$", "AUD": "A$", "JPY": "¥"}


def _name(key: str, language: str) -> str:
    lex = measures()
    if "+" in key:  # "AIRCRAFT+SHIP": one count of both
        return " + ".join(_name(part, language) for part in key.split("+"))
    return lex.label(key, language) or key.lower().replace("_", " ")


def measure_name(slot: Slot, language: str, word: str = "") -> str:
    """What the slot measures: "Korban meninggal", "Villages affected", "Height (ash column)".
    ``word`` is how an outlet writes a measure no concept names ("posko" for "~posko")."""
    lex = measures()
    if slot.kind is FactKind.DATE or slot.kind is FactKind.TIME:
        kind = "date" if slot.kind is FactKind.DATE else "time"
        if not slot.measure:
            return lex.label(kind, language)
        return lex.label(f"{kind}_of", language).format(lex.event(slot.measure, language))
    if not slot.measure:
        return lex.label(slot.unit_kind.split(":")[0], language)
    if slot.measure == "PRESENT" and len(slot.roles) == 1:
        return _name(next(iter(slot.roles)), language)
    if slot.measure.startswith("~"):
        # A noun or a verb no concept knows ("di dua posko", "21 pendaki yang sudah turun"):
        # the word itself, after what is counted.
        counted = [_name(r, language) for r in sorted(slot.roles)]
        counted_as = counted[0] if counted else lex.label("count", language)
        return f"{counted_as} ({word or slot.measure[1:]})"
    first, _, second = slot.measure.partition(":")
    if not second:
        return _name(first, language)
    if first in lex.dimensions:  # "HEIGHT:ASH": a dimension of a thing
        whose = word if second.startswith("~") and word else _name(second, language).lower()
        return f"{_name(first, language)} ({whose.lstrip('~')})"
    return f"{_name(first, language)} {_name(second, language).lower()}"


def _qualifier_names(slot: Slot, language: str) -> list[str]:
    lex = measures()
    out = [
        _name(r, language).lower()
        for r in sorted(slot.roles)
        if slot.measure != "PRESENT" and not slot.measure.startswith("~")
    ]
    shown = slot.qualifiers - EARLIER if slot.unit_kind == "count" else slot.qualifiers
    for q in sorted(shown):
        if q.startswith("in:"):
            out.append(lex.label("in", language).format(q[3:].title()))
        elif q.startswith("at:"):
            out.append(lex.label("at", language).format(q[3:]))
        elif q.startswith("of:"):
            out.append(lex.label("of", language).format(_name(q[3:], language).lower()))
        else:
            out.append(_name(q, language).lower())
    return out


def _number(value: float, language: str) -> str:
    thousands, decimal = (".", ",") if language == "id" else (",", ".")
    for size, word in _SCALES[language]:
        if abs(value) >= size:
            scaled = f"{value / size:.2f}".rstrip("0").rstrip(".")
            return scaled.replace(".", decimal) + " " + word
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", thousands)
    return (
        f"{value:,.2f}".rstrip("0")
        .rstrip(".")
        .translate(str.maketrans({",": thousands, ".": decimal}))
    )


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}


def _shown(claim: Claim, language: str) -> str:
    a = claim.anchor
    if isinstance(a, Quantity) and a.vague:
        return " ".join(a.text.split())  # "ribuan": no number the outlet did not write
    if isinstance(a, Quantity):
        number = _number(a.value, language)
        if not a.unit:
            return number
        if a.unit == "%":
            return f"{number}%"
        if a.unit in _SYMBOLS:
            return f"{_SYMBOLS[a.unit]} {number}"
        if len(a.unit) == 3 and a.unit.isupper():
            return f"{a.unit} {number}"
        if a.unit == LEVEL_UNIT:
            # "Level II (Waspada)", "third highest of four levels": one spread of ranks
            return _ROMAN.get(int(a.value), number)
        return " ".join(a.text.split())
    value = normalized(claim)
    if isinstance(value, str) and claim.kind is FactKind.DATE:
        return _day(value, language)
    return str(value or "")


def _day(iso: str, language: str) -> str:
    if "/" in iso:
        # A season or a part of a month ("musim gugur tahun lalu"): its months.
        low, high = (date.fromisoformat(x) for x in iso.split("/", 1))
        months = _MONTHS[language]
        if (low.year, low.month) == (high.year, high.month) and (high - low).days < 7:
            return f"{low.day}–{high.day} {months[low.month - 1]} {low.year}"  # a weekend
        if (low.year, low.month) == (high.year, high.month):
            return f"{months[low.month - 1]} {low.year}"
        if low.year == high.year:
            return f"{months[low.month - 1]}–{months[high.month - 1]} {low.year}"
        return f"{months[low.month - 1]} {low.year}–{months[high.month - 1]} {high.year}"
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{d.day} {_MONTHS[language][d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{_MONTHS[language][int(parts[1]) - 1]} {parts[0]}"
    except ValueError:
        pass
    return iso


def _written(slot: Slot, chosen: Sequence[Claim]) -> str:
    """The word an outlet wrote for a measure read from a word stem ("police" for
    "~polic"), or ""."""
    tail = slot.measure.rpartition(":")[2]  # "AGE:~boy": whose age, as written
    if not tail.startswith("~"):
        return ""
    key = tail[1:]
    for c in chosen:
        for t in c.sentence_tokens:
            if stem(t.lower, c.language) == key:
                return t.lower
    return ""


def slot_label(slot: Slot, chosen: Sequence[Claim], language: str) -> str:
    """The label of a row of ``slot`` whose outlets' decisive values are ``chosen``."""
    language = language if language in ("id", "en") else "en"
    name = measure_name(slot, language, _written(slot, chosen))
    quals = _qualifier_names(slot, language)
    if quals:
        name += f" ({', '.join(quals)})"
    values: list[str] = []
    seen: set[object] = set()
    support: dict[object, int] = {}
    for c in chosen:
        key = normalized(c)
        support[key] = support.get(key, 0) + 1
    for c in sorted(chosen, key=lambda c: (-support[normalized(c)], c.source_index)):
        key = normalized(c)
        if key in seen:
            continue
        seen.add(key)
        values.append(_shown(c, language))
    if not values:
        return name
    if len(values) > _SPREAD:
        values = [*values[:_SPREAD], "…"]
    return f"{name} — {' · '.join(values)}"
