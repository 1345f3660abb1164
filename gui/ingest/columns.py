"""Which column of a table of articles holds what: found by the usual names, or chosen.

Media-monitoring tools, scrapers and spreadsheets name their columns in many ways
("content", "Isi Berita", "media_name", "publishedAt", "source.name"). A header is folded
(camelCase split, case and punctuation dropped) and matched against the usual names of each
field; a table without a recognisable text column falls back on its column of longest
values, and the guess says it is unsure so the window can ask the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from gui.i18n import QT_TRANSLATE_NOOP, translate

FIELDS = ("text", "title", "outlet", "url", "published")
# Shown in the window's column dialog, translated there (gui.i18n).
FIELD_LABELS = {
    "text": QT_TRANSLATE_NOOP("Columns", "Article text"),
    "title": QT_TRANSLATE_NOOP("Columns", "Headline"),
    "outlet": QT_TRANSLATE_NOOP("Columns", "Outlet"),
    "url": QT_TRANSLATE_NOOP("Columns", "Address (URL)"),
    "published": QT_TRANSLATE_NOOP("Columns", "Date"),
}
# other words a reviewer may type for a field on the command line
_FIELD_ALIASES = {
    "date": "published",
    "headline": "title",
    "source": "outlet",
    "media": "outlet",
    "content": "text",
    "body": "text",
    "link": "url",
}

_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "content", "body", "article", "full_text", "fulltext", "article_text",
        "body_text", "content_text", "article_body", "articlebody", "story", "isi",
        "isi_berita", "konten", "artikel", "berita", "naskah", "teks",
    ),
    "title": (
        "title", "headline", "judul", "judul_berita", "article_title", "heading", "subject",
    ),
    "outlet": (
        "outlet", "source", "media_name", "media", "publisher", "site", "site_name",
        "sitename", "source_name", "source_title", "publication", "portal", "nama_media",
        "sumber", "outlet_name", "newspaper", "domain",
    ),
    "url": (
        "url", "link", "article_url", "source_url", "permalink", "href", "tautan", "uri",
        "web_url", "original_url",
    ),
    "published": (
        "date", "published", "publish_date", "published_at", "published_date",
        "publication_date", "pub_date", "pubdate", "date_published", "datetime",
        "timestamp", "tanggal", "tanggal_terbit", "waktu", "created_at", "time",
    ),
}  # fmt: skip
# summaries stand in for the text only when nothing better is there
_WEAK_TEXT = ("description", "summary", "snippet", "lead", "abstract", "excerpt", "ringkasan")
_LONG_TEXT = 80  # characters; a column whose values average less is no article text
_PROSE_WORDS = 5  # words a value of an unnamed text column has on average
_CLEAR_WINNER = 2.0  # among several text columns, the longest wins surely by this factor

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True, slots=True)
class ColumnGuess:
    """A table's columns and which holds each field; ``sure`` is False when the text column
    was found by the length of its values rather than its name, or is ambiguous."""

    columns: tuple[str, ...]
    mapping: Mapping[str, str] = field(default_factory=dict)  # field -> column; no key: none
    sure: bool = True
    sample: tuple[tuple[str, ...], ...] = ()  # first rows as short text, for a preview

    @property
    def text(self) -> str:
        return self.mapping.get("text", "")


def fold(name: str) -> str:
    """A header as matched: "publishedAt" -> "published_at", "Isi Berita" -> "isi_berita"."""
    return _NON_WORD.sub("_", _CAMEL.sub("_", name).casefold()).strip("_")


def unique_columns(names: Sequence[object]) -> tuple[str, ...]:
    """Header cells as column names: blanks named by position, repeats numbered."""
    out: list[str] = []
    seen: set[str] = set()
    for i, name in enumerate(names):
        base = " ".join(str(name).split()) if name is not None else ""
        base = base or f"Column {i + 1}"
        label, n = base, 1
        while label.casefold() in seen:
            n += 1
            label = f"{base} ({n})"
        seen.add(label.casefold())
        out.append(label)
    return tuple(out)


def guess_columns(columns: Sequence[str], sample: Sequence[Sequence[object]] = ()) -> ColumnGuess:
    """Which of ``columns`` holds each field, judged by names and the ``sample`` rows."""
    folded = [fold(c) for c in columns]
    mean = _mean_lengths(len(columns), sample)
    mapping: dict[str, str] = {}
    taken: set[int] = set()
    sure = True

    # a column named for another field ("article_url", "Judul Artikel") is never the text
    other_names = {name for k in FIELDS[1:] for name in _NAMES[k]}
    others = {
        i
        for i, f in enumerate(folded)
        if f in other_names or any(word in other_names for word in f.split("_"))
    }
    text_candidates = _by_name(folded, _NAMES["text"], others)
    if not text_candidates:
        text_candidates = _by_name(folded, _WEAK_TEXT, others)
        sure = not text_candidates
    if text_candidates:
        ranked = sorted(text_candidates, key=lambda i: -mean[i])
        best = ranked[0]
        if sample and len(ranked) > 1 and mean[best] < _CLEAR_WINNER * mean[ranked[1]]:
            sure = False
        if sample and mean[best] < _LONG_TEXT:
            sure = False
    else:
        # Not a column named for another field, and prose: a list of sources (file, outlet,
        # url) has long values too, and none of them is an article.
        sure = False
        words = _mean_words(len(columns), sample)
        prose = [i for i in range(len(columns)) if i not in others and words[i] >= _PROSE_WORDS]
        longest = max(prose, key=lambda i: mean[i], default=-1)
        best = longest if longest >= 0 and mean[longest] >= _LONG_TEXT else -1
    if best >= 0:
        mapping["text"] = columns[best]
        taken.add(best)
    for name in ("url", "published", "title", "outlet"):
        found = _by_name(folded, _NAMES[name], taken)
        if found:
            mapping[name] = columns[found[0]]
            taken.add(found[0])
    return ColumnGuess(tuple(columns), mapping, sure)


def apply_choice(guess: ColumnGuess, chosen: Mapping[str, str]) -> ColumnGuess:
    """The guess with the reviewer's ``chosen`` columns (field -> column name, "" for none)
    put in; raises ``ValueError`` naming a column the table does not have."""
    by_name = {c.casefold(): c for c in guess.columns}
    by_fold = {fold(c): c for c in guess.columns}
    mapping = dict(guess.mapping)
    for name, column in chosen.items():
        key = field_name(name)
        wanted = column.strip()
        if not wanted:
            mapping.pop(key, None)
            continue
        actual = by_name.get(wanted.casefold()) or by_fold.get(fold(wanted))
        if actual is None:
            listed = ", ".join(guess.columns) or translate("Ingest", "none")
            missing = translate("Ingest", "no column named “{name}” (columns: {columns})")
            raise ValueError(missing.format(name=wanted, columns=listed))
        for other, value in list(mapping.items()):
            if value == actual and other != key:
                del mapping[other]  # one column feeds one field
        mapping[key] = actual
    return ColumnGuess(guess.columns, mapping, sure=True, sample=guess.sample)


def field_name(name: str) -> str:
    """A field as the reviewer may spell it ("date", "Outlet") -> its key; ``ValueError``
    for a word that names no field."""
    key = name.strip().casefold()
    key = _FIELD_ALIASES.get(key, key)
    if key not in FIELDS:
        known = ", ".join(FIELDS)
        unknown = translate("Ingest", "unknown field “{name}”; fields are {fields} (or date)")
        raise ValueError(unknown.format(name=name.strip(), fields=known))
    return key


def parse_column_spec(spec: str) -> dict[str, str]:
    """``"text=isi,outlet=media"`` -> ``{"text": "isi", "outlet": "media"}``; ``ValueError``
    with a readable message for anything else."""
    chosen: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        name, equals, column = part.partition("=")
        if not equals:
            expected = translate("Ingest", "expected FIELD=COLUMN, got “{text}”")
            raise ValueError(expected.format(text=part.strip()))
        chosen[field_name(name)] = column.strip()
    if not chosen:
        raise ValueError(
            translate("Ingest", "expected FIELD=COLUMN pairs, e.g. text=isi,outlet=media")
        )
    return chosen


def _by_name(folded: Sequence[str], names: Sequence[str], taken: set[int]) -> list[int]:
    """Columns named like ``names``: exact names in the order given, then columns whose
    name contains one of them as a word ("Isi Berita Lengkap")."""
    exact = [i for name in names for i, f in enumerate(folded) if f == name and i not in taken]
    if exact:
        return list(dict.fromkeys(exact))
    return [
        i
        for i, f in enumerate(folded)
        if i not in taken and any(word in names for word in f.split("_"))
    ]


def _mean_lengths(width: int, sample: Sequence[Sequence[object]]) -> list[float]:
    return _means(width, sample, len)


def _mean_words(width: int, sample: Sequence[Sequence[object]]) -> list[float]:
    return _means(width, sample, lambda text: len(text.split()))


def _means(
    width: int, sample: Sequence[Sequence[object]], measure: Callable[[str], int]
) -> list[float]:
    totals = [0] * width
    for row in sample:
        for i in range(min(width, len(row))):
            value = row[i]
            totals[i] += measure(str(value)) if value is not None else 0
    count = max(len(sample), 1)
    return [total / count for total in totals]
