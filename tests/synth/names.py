"""Invented names for a synthetic corpus: places, people, countries and outlets.

Place and family names are built from syllables, so they match no real event and nothing in
the embedded seed corpus; outlet names combine two common news-title words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

_ONSETS = ("b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "w", "j", "ng", "s")
_VOWELS = ("a", "a", "a", "e", "i", "o", "u", "u")
_CODAS = ("", "", "", "n", "ng", "r", "k", "m")

_FIRST_NAMES = (
    "Hendra",
    "Rudi",
    "Sri",
    "Dewi",
    "Agus",
    "Yanti",
    "Bambang",
    "Ratna",
    "Fajar",
    "Wulan",
    "Teguh",
    "Lestari",
    "Arif",
    "Nurul",
    "Gilang",
    "Sinta",
    "Yoga",
    "Rahmat",
    "Intan",
    "Bayu",
    "Citra",
    "Dimas",
    "Eka",
    "Farid",
    "Hana",
    "Irwan",
    "Kartika",
    "Lukman",
    "Maya",
    "Novi",
)

_ID_OUTLET_FIRST = (
    "Kabar",
    "Warta",
    "Suara",
    "Harian",
    "Berita",
    "Detak",
    "Sinar",
    "Gema",
    "Lintas",
    "Pelita",
    "Jurnal",
    "Catatan",
    "Serambi",
    "Corong",
    "Obor",
    "Dermaga",
)
_ID_OUTLET_SECOND = (
    "Nusantara",
    "Kini",
    "Rakyat",
    "Pagi",
    "Timur",
    "Khatulistiwa",
    "Bahari",
    "Persada",
    "Terkini",
    "Cendana",
    "Samudra",
    "Bangsa",
    "Daerah",
    "Senja",
    "Fajar",
    "Tanjung",
)
_EN_OUTLET_FIRST = (
    "Archipelago",
    "Equator",
    "Southern Isles",
    "Coral Sea",
    "Monsoon",
    "Harbour",
    "Strait",
    "Island",
    "Tidewater",
)
_EN_OUTLET_SECOND = ("Post", "Herald", "Times", "Wire", "Daily", "Chronicle", "Observer")
_OUTLET_THIRD = ("", " Online", " Digital", " Media", " News")


def _syllable(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)


def invented_word(rng: random.Random, syllables: int) -> str:
    """A pronounceable capitalised word of ``syllables`` syllables."""
    word = "".join(_syllable(rng) for _ in range(syllables))
    return word[0].upper() + word[1:]


def _unique_words(rng: random.Random, count: int, syllables: tuple[int, int]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        w = invented_word(rng, rng.randint(*syllables))
        if w.lower() not in seen and 5 <= len(w) <= 11:
            seen.add(w.lower())
            out.append(w)
    return out


@dataclass(frozen=True, slots=True)
class Person:
    name: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True, slots=True)
class Cast:
    """Every invented name one corpus uses."""

    regency: str  # the place the event happens in ("Sarumbak")
    district: str
    village: str
    province: str
    river: str
    country_a: str  # for a deployment: the sending country
    country_b: str  # the receiving country
    people: tuple[Person, ...]  # officials and commentators, in a fixed order
    extras: tuple[str, ...]  # spare invented words (ship names, company names, streets)


def make_cast(rng: random.Random) -> Cast:
    words = _unique_words(rng, 12, (2, 3))
    surnames = _unique_words(rng, 12, (3, 4))
    firsts = rng.sample(_FIRST_NAMES, 12)
    people = tuple(Person(f"{f} {s}") for f, s in zip(firsts, surnames, strict=True))
    return Cast(
        regency=words[0],
        district=words[1],
        village=words[2],
        province=words[3],
        river=words[4],
        country_a=words[5],
        country_b=words[6],
        people=people,
        extras=tuple(words[7:]),
    )


def outlet_names(rng: random.Random, count: int, *, english: int) -> list[tuple[str, str]]:
    """``count`` distinct (outlet, language) pairs, ``english`` of them English-language."""
    english = min(english, count)
    id_names = [f"{a} {b}" for a in _ID_OUTLET_FIRST for b in _ID_OUTLET_SECOND]
    en_names = [f"The {a} {b}" for a in _EN_OUTLET_FIRST for b in _EN_OUTLET_SECOND]
    rng.shuffle(id_names)
    rng.shuffle(en_names)
    id_pool = [n + t for t in _OUTLET_THIRD for n in id_names]
    en_pool = [n + t for t in _OUTLET_THIRD for n in en_names]
    if count - english > len(id_pool) or english > len(en_pool):
        raise ValueError(f"at most {len(id_pool) + len(en_pool)} outlets can be invented")
    named = [(n, "id") for n in id_pool[: count - english]] + [(n, "en") for n in en_pool[:english]]
    rng.shuffle(named)
    return named


def slug(name: str) -> str:
    """File-name form of an outlet: "Kabar Nusantara" -> "kabar-nusantara"."""
    return "-".join("".join(ch for ch in w if ch.isalnum()) for w in name.lower().split())
