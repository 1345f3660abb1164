"""How a value is written: numbers, amounts and dates in Indonesian and English news style.

Each function returns :class:`Phrase` choices for one value. Exact phrases state the value
itself (``"14.000"``, ``"sekitar 14.000"``, ``"14 ribu"``, ``"Senin (28/4/2025)"``, ``"kemarin"``
against the article's own date); vague phrases are compatible with it but say less
(``"ribuan"``, ``"lebih dari 4.000"``, ``"pekan lalu"``, ``"tahun lalu"``). A hedge such as
"sekitar", "sedikitnya" or "about" around the exact figure still states that figure, so it
counts as agreement; a bound ("lebih dari", "hampir") or an order of magnitude is partial.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

ID_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ID_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ID_SMALL = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_EN_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that go into a sentence slot, and what they state."""

    text: str  # inserted as is ("pada Senin (28/4/2025)", "sekitar 14.000")
    value: str  # the decisive words, a substring of ``text``
    normalized: float | str | None  # the precise value stated; None when vague
    low: float | str  # bounds the words allow (numbers, or ISO dates)
    high: float | str
    needs_noun: bool = False  # "puluhan", "dozens of": only before the counted noun

    @property
    def value_offset(self) -> int:
        return self.text.index(self.value)


def _plain(
    text: str,
    value: float | str,
    *,
    low: float | str | None = None,
    high: float | str | None = None,
) -> Phrase:
    return Phrase(text, text, value, value if low is None else low, value if high is None else high)


def fmt_int(n: int, lang: str) -> str:
    """14000 -> "14.000" (Indonesian) or "14,000" (English)."""
    s = f"{n:,}"
    return s.replace(",", ".") if lang == "id" else s


def fmt_decimal(x: float, lang: str) -> str:
    """5.8 -> "5,8" (Indonesian) or "5.8" (English); whole numbers lose the decimals."""
    s = f"{x:.1f}".rstrip("0").rstrip(".") if not float(x).is_integer() else str(int(x))
    return s.replace(".", ",") if lang == "id" else s


def nice_below(v: float) -> float | None:
    """A round number clearly below ``v`` and not far from it, for "lebih dari" / "more than"."""
    if v < 11:
        return None
    step = 10 ** math.floor(math.log10(v))
    for s in (step, step / 2, step / 5, step / 10):
        x = math.floor(v / s) * s
        if x >= 1 and x < v and x >= 0.6 * v:
            return x if x != v else None
    return None


def nice_above(v: float) -> float | None:
    """A round number just above ``v`` (within 15 %), for "hampir" / "nearly"."""
    if v < 11:
        return None
    step = 10 ** math.floor(math.log10(v))
    for s in (step, step / 2, step / 5, step / 10):
        x = math.ceil(v / s) * s
        if x > v and (x - v) <= 0.15 * x:
            return x
    return None


# ---- counts ---------------------------------------------------------------------------------


def count_exact(v: int, lang: str, *, large: bool, hedge: bool = True) -> list[Phrase]:
    """Ways of writing count ``v``; ``hedge`` allows "sekitar"/"sedikitnya"/"about"/"at least"."""
    n = fmt_int(v, lang)
    out = [_plain(n, v)]
    if v < 10:
        word = (_ID_SMALL if lang == "id" else _EN_SMALL)[v]
        out.append(_plain(word, v))
    if not hedge:
        return out
    if lang == "id":
        cue = "sekitar" if large else "sedikitnya"
        out.append(Phrase(f"{cue} {n}", f"{cue} {n}", v, v, v))
        if large and v % 1000 == 0:
            thousands = f"{v // 1000} ribu"
            out.append(_plain(thousands, v))
            out.append(Phrase(f"sekitar {thousands}", f"sekitar {thousands}", v, v, v))
    else:
        cue = "about" if large else "at least"
        out.append(Phrase(f"{cue} {n}", f"{cue} {n}", v, v, v))
    return out


_ID_ORDERS = (
    (11, 19, "belasan"),
    (20, 99, "puluhan"),
    (100, 999, "ratusan"),
    (1000, 9999, "ribuan"),
    (10_000, 99_999, "puluhan ribu"),
)
_EN_ORDERS = (
    (20, 99, "dozens of"),
    (100, 999, "hundreds of"),
    (1000, 9999, "thousands of"),
    (10_000, 99_999, "tens of thousands of"),
)


def count_vague(v: int, lang: str) -> list[Phrase]:
    out: list[Phrase] = []
    for lo, hi, word in _ID_ORDERS if lang == "id" else _EN_ORDERS:
        # Keep clear of the edges, where the word would be a stretch.
        if lo * 1.2 <= v <= hi * 0.9:
            value = word.removesuffix(" of")
            out.append(Phrase(word, value, None, lo, hi, needs_noun=True))
    below, above = nice_below(v), nice_above(v)
    if below is not None:
        cue = "lebih dari" if lang == "id" else "more than"
        t = f"{cue} {fmt_int(int(below), lang)}"
        out.append(Phrase(t, t, None, below + 1, below * 1.5))
    if above is not None:
        cue = "hampir" if lang == "id" else "nearly"
        t = f"{cue} {fmt_int(int(above), lang)}"
        out.append(Phrase(t, t, None, above * 0.85, above - 1))
    return out


# ---- money ----------------------------------------------------------------------------------


def _scale(v: float, lang: str, currency: str) -> tuple[str, str]:
    """(number, scale word): 2.5e9 -> ("2,5", "miliar") / ("2.5", "billion")."""
    if v >= 1e12:
        amount, words = v / 1e12, ("triliun", "trillion")
    elif v >= 1e9:
        amount, words = v / 1e9, ("miliar", "billion")
    else:
        amount, words = v / 1e6, ("juta", "million")
    return fmt_decimal(round(amount, 2), lang), words[0] if lang == "id" else words[1]


def money_exact(v: float, lang: str, currency: str) -> list[Phrase]:
    num, scale = _scale(v, lang, currency)
    if currency == "IDR":
        if lang == "id":
            texts = [
                f"Rp {num} {scale}",
                f"Rp{num} {scale}",
                f"{num} {scale} rupiah",
                f"sekitar Rp {num} {scale}",
            ]
        else:
            texts = [f"Rp {num} {scale}", f"{num} {scale} rupiah", f"IDR {num} {scale}"]
    elif lang == "id":
        texts = [f"US$ {num} {scale}", f"{num} {scale} dolar AS", f"sekitar US$ {num} {scale}"]
    else:
        texts = [f"${num} {scale}", f"US${num} {scale}", f"about ${num} {scale}"]
    return [_plain(t, v) for t in texts]


def money_vague(v: float, lang: str, currency: str) -> list[Phrase]:
    out: list[Phrase] = []
    below = nice_below(v)
    if below is not None:
        num, scale = _scale(below, lang, currency)
        cue = "lebih dari" if lang == "id" else "more than"
        if currency == "IDR":
            amount = f"Rp {num} {scale}"
        else:
            amount = f"US$ {num} {scale}" if lang == "id" else f"${num} {scale}"
        t = f"{cue} {amount}"
        out.append(Phrase(t, t, None, below, below * 1.5))
    unit = 1e9 if 2e9 <= v <= 9e9 else 1e6 if 2e8 <= v <= 9e8 else 0
    if unit:
        if currency == "IDR":
            word = {
                1e9: ("miliaran rupiah", "billions of rupiah"),
                1e6: ("ratusan juta rupiah", "hundreds of millions of rupiah"),
            }[unit]
        else:
            word = {
                1e9: ("miliaran dolar AS", "billions of dollars"),
                1e6: ("ratusan juta dolar AS", "hundreds of millions of dollars"),
            }[unit]
        t = word[0] if lang == "id" else word[1]
        low = unit if unit == 1e9 else 1e8
        out.append(Phrase(t, t, None, low, low * 10))
    return out


def decimal_exact(v: float, lang: str) -> list[Phrase]:
    return [_plain(fmt_decimal(v, lang), v)]


# ---- days -----------------------------------------------------------------------------------


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _previous_week(d: date, pub: date) -> bool:
    return _week_start(pub) - _week_start(d) == timedelta(days=7)


def _on(
    text: str,
    value: str,
    d: date,
    *,
    low: date | None = None,
    high: date | None = None,
    exact: bool = True,
) -> Phrase:
    lo, hi = (low or d).isoformat(), (high or d).isoformat()
    return Phrase(text, value, d.isoformat() if exact else None, lo, hi)


def day_exact(d: date, pub: date, lang: str) -> list[Phrase]:
    """Phrases naming day ``d`` in an article published on ``pub`` (``d <= pub``)."""
    diff = (pub - d).days
    same_year = d.year == pub.year
    out: list[Phrase] = []
    if lang == "id":
        h, m = ID_DAYS[d.weekday()], ID_MONTHS[d.month - 1]
        full = f"{h} ({d.day}/{d.month}/{d.year})"
        out += [
            _on(f"pada {full}", full, d),
            _on(full, full, d),
            _on(f"pada {d.day} {m} {d.year}", f"{d.day} {m} {d.year}", d),
            _on(f"pada {h}, {d.day} {m} {d.year}", f"{h}, {d.day} {m} {d.year}", d),
        ]
        if same_year:
            short = f"{h} ({d.day}/{d.month})"
            out.append(_on(short, short, d))
        if diff == 0:
            out.append(_on("hari ini", "hari ini", d))
        if diff == 1:
            out.append(_on("kemarin", "kemarin", d))
        if diff == 2:
            out.append(_on("dua hari lalu", "dua hari lalu", d))
        if 2 <= diff <= 6:
            out.append(_on(f"{h} lalu", f"{h} lalu", d))
        if _previous_week(d, pub):
            out.append(_on(f"pada {h} pekan lalu", f"{h} pekan lalu", d))
    else:
        h, m = EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1]
        out += [
            _on(f"on {h}, {m} {d.day}, {d.year}", f"{h}, {m} {d.day}, {d.year}", d),
            _on(f"on {m} {d.day}, {d.year}", f"{m} {d.day}, {d.year}", d),
            _on(f"on {d.day} {m} {d.year}", f"{d.day} {m} {d.year}", d),
        ]
        if same_year:
            out.append(_on(f"on {m} {d.day}", f"{m} {d.day}", d))
        if diff == 0:
            out.append(_on("today", "today", d))
        if diff == 1:
            out.append(_on("yesterday", "yesterday", d))
        if 2 <= diff <= 6:
            out.append(_on(f"on {h}", h, d))
        if _previous_week(d, pub):
            out.append(_on(f"last {h}", f"last {h}", d))
    return out


def day_vague(d: date, pub: date, lang: str) -> list[Phrase]:
    """Phrases for a period that contains day ``d`` and says less than the day."""
    out: list[Phrase] = []
    week = _week_start(d)
    if _previous_week(d, pub):
        t = "pekan lalu" if lang == "id" else "last week"
        out.append(_on(t, t, d, low=week, high=week + timedelta(days=6), exact=False))
        if d.weekday() >= 5:
            t = "akhir pekan lalu" if lang == "id" else "last weekend"
            out.append(
                _on(
                    t,
                    t,
                    d,
                    low=week + timedelta(days=5),
                    high=week + timedelta(days=6),
                    exact=False,
                )
            )
    if week == _week_start(pub) and d.weekday() <= 2 < pub.weekday():
        t = "awal pekan ini" if lang == "id" else "earlier this week"
        out.append(_on(t, t, d, low=week, high=week + timedelta(days=2), exact=False))
    first = d.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if (d.year, d.month) == (pub.year, pub.month) and d.day <= 10 and pub.day > 12:
        t = "awal bulan ini" if lang == "id" else "earlier this month"
        out.append(_on(t, t, d, low=first, high=first + timedelta(days=9), exact=False))
    if (
        pub.replace(day=1) - timedelta(days=1)
        >= d
        >= (pub.replace(day=1) - timedelta(days=1)).replace(day=1)
    ):
        t = "bulan lalu" if lang == "id" else "last month"
        out.append(_on(t, t, d, low=first, high=last, exact=False))
    if lang == "id":
        v = f"{ID_MONTHS[d.month - 1]} {d.year}"
        out.append(_on(f"pada {v}", v, d, low=first, high=last, exact=False))
    else:
        v = f"{EN_MONTHS[d.month - 1]} {d.year}"
        out.append(_on(f"in {v}", v, d, low=first, high=last, exact=False))
    return out


# ---- months ---------------------------------------------------------------------------------


def _month_phrase(
    text: str,
    value: str,
    y: int,
    m: int,
    *,
    exact: bool = True,
    low: date | None = None,
    high: date | None = None,
) -> Phrase:
    first = date(y, m, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    lo, hi = (low or first), (high or last)
    return Phrase(
        text, value, f"{y:04d}-{m:02d}" if exact else None, lo.isoformat(), hi.isoformat()
    )


def month_exact(y: int, m: int, pub: date, lang: str) -> list[Phrase]:
    """Phrases naming month ``m`` of year ``y`` (before ``pub``'s month)."""
    out: list[Phrase] = []
    if lang == "id":
        v = f"{ID_MONTHS[m - 1]} {y}"
        out += [_month_phrase(f"pada {v}", v, y, m), _month_phrase(f"pada bulan {v}", v, y, m)]
        if y == pub.year - 1:
            t = f"{ID_MONTHS[m - 1]} tahun lalu"
            out.append(_month_phrase(f"pada {t}", t, y, m))
        if y == pub.year and m < pub.month:
            t = f"{ID_MONTHS[m - 1]} lalu"
            out.append(_month_phrase(f"pada {t}", t, y, m))
    else:
        v = f"{EN_MONTHS[m - 1]} {y}"
        out.append(_month_phrase(f"in {v}", v, y, m))
        if y == pub.year - 1:
            t = f"{EN_MONTHS[m - 1]} last year"
            out.append(_month_phrase(f"in {t}", t, y, m))
        if y == pub.year and m < pub.month:
            t = f"last {EN_MONTHS[m - 1]}"
            out.append(_month_phrase(t, t, y, m))
    return out


def month_vague(y: int, m: int, pub: date, lang: str) -> list[Phrase]:
    out: list[Phrase] = []
    jan, dec = date(y, 1, 1), date(y, 12, 31)
    if y == pub.year - 1:
        t = "tahun lalu" if lang == "id" else "last year"
        out.append(_month_phrase(t, t, y, m, exact=False, low=jan, high=dec))
    t = f"{y}"
    out.append(
        _month_phrase(
            f"pada {t}" if lang == "id" else f"in {t}", t, y, m, exact=False, low=jan, high=dec
        )
    )
    if 5 <= m <= 8:
        t = f"pertengahan {y}" if lang == "id" else f"mid-{y}"
        out.append(
            _month_phrase(
                f"pada {t}" if lang == "id" else f"in {t}",
                t,
                y,
                m,
                exact=False,
                low=date(y, 5, 1),
                high=date(y, 8, 31),
            )
        )
    return out
