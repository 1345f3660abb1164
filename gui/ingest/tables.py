"""Tables of articles (.csv, .tsv, .xlsx, .jsonl) -> one RawArticle per row.

Media-monitoring tools export one article per row. The columns are found by their usual
names (see ``columns``) or named by the reviewer; each row's place ("row 3" as a
spreadsheet shows it, header being row 1; "line 7" of a JSON Lines file) travels with its
article, so a refused row is named precisely. Rows without text are left out and listed.
At most ``MAX_ROWS`` rows are read: the analysis compares a few hundred articles at most.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice
from typing import Any

from gui.i18n import QT_TRANSLATE_NOOP, grouped, translate
from gui.ingest.archive import check_archive
from gui.ingest.columns import ColumnGuess, apply_choice, guess_columns, unique_columns
from gui.ingest.decode import decode_bytes
from gui.ingest.errors import IngestError
from gui.ingest.page_text import page_text, parse_page
from gui.ingest.raw import RawArticle, Reading, Skipped
from gui.ingest.stamps import parse_published
from gui.ingest.xlsx_rows import stored_rows

MAX_ROWS = 5_000
# Cells parsed from one workbook, empty ones and those past MAX_COLUMNS included: about two
# seconds of openpyxl, and room for MAX_ROWS articles of fifty columns.
MAX_CELLS = 250_000
NO_ROWS = QT_TRANSLATE_NOOP(
    "Ingest", "no rows of articles (a header and at least one row are needed)"
)
NOT_JSON_LINES = QT_TRANSLATE_NOOP("Ingest", "not JSON Lines (one JSON object per line)")
_SAMPLE_ROWS = 50  # rows the column guess looks at
_MAX_FIELD = 20 * 1024 * 1024  # characters in one CSV field: one article, however long
_DELIMITERS = ",;\t|"
_HTML_BODY = re.compile(r"<(?:p|br|div|span|h[1-6])\b[^>]{0,200}>", re.IGNORECASE)
_PREVIEW_ROWS = 5
_PREVIEW_CHARS = 80
_LISTED = 5  # row places named in a "skipped" note; the rest are counted

# The csv module refuses fields over 128 KiB by default; an article may be longer.
csv.field_size_limit(max(csv.field_size_limit(), _MAX_FIELD))


@dataclass(frozen=True, slots=True)
class _Table:
    columns: tuple[str, ...]
    rows: Iterator[tuple[str, Sequence[object]]]  # (place, cells) in file order
    skipped: tuple[Skipped, ...] = ()


def read_csv(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    return _articles(_csv_table(data, None), columns)


def read_tsv(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    return _articles(_csv_table(data, "\t"), columns)


def read_xlsx(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    return _articles(_xlsx_table(data), columns)


def read_jsonl(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    return _articles(_jsonl_table(data), columns)


def table_guess(data: bytes, suffix: str) -> ColumnGuess:
    """The column guess for a table file's bytes (``suffix`` one of .csv, .tsv, .xlsx,
    .jsonl), with a few rows to preview, for asking the reviewer before reading."""
    table = _TABLES[suffix.lower()](data)
    sample = [cells for _place, cells in islice(table.rows, _SAMPLE_ROWS)]
    guess = guess_columns(table.columns, sample)
    preview = tuple(
        tuple(_preview(cells[i] if i < len(cells) else None) for i in range(len(table.columns)))
        for cells in sample[:_PREVIEW_ROWS]
    )
    return replace(guess, sample=preview)


def _preview(value: object) -> str:
    text = " ".join(_text(value).split())
    return text if len(text) <= _PREVIEW_CHARS else text[: _PREVIEW_CHARS - 1] + "…"


def _articles(table: _Table, chosen: Mapping[str, str] | None) -> Reading:
    sample = list(islice(table.rows, _SAMPLE_ROWS))
    guess = guess_columns(table.columns, [cells for _place, cells in sample])
    if chosen:
        try:
            guess = apply_choice(guess, chosen)
        except ValueError as exc:
            raise IngestError(str(exc)) from exc
    if not guess.text:
        listed = ", ".join(table.columns)
        found = translate("Ingest", "no column of article text found (columns: {columns})")
        raise IngestError(found.format(columns=listed))
    index = {name: table.columns.index(column) for name, column in guess.mapping.items()}
    articles: list[RawArticle] = []
    empty: list[str] = []
    rows = 0
    last = ""
    for place, cells in chain(sample, table.rows):
        if rows == MAX_ROWS:
            after = translate("Ingest", "rows after {place}").format(place=last)
            cut = translate("Ingest", "not read: at most {limit} articles are read from one table")
            return _reading(articles, empty, table, after, cut.format(limit=grouped(MAX_ROWS)))
        rows += 1
        last = place
        article = _article(place, cells, index)
        if article is None:
            empty.append(place)
        else:
            articles.append(article)
    if not rows:
        raise IngestError(translate("Ingest", NO_ROWS))
    if not articles:
        missing = translate("Ingest", "no article text in column “{column}”")
        raise IngestError(missing.format(column=guess.text))
    return _reading(articles, empty, table)


def _reading(
    articles: list[RawArticle],
    empty: list[str],
    table: _Table,
    cut_where: str = "",
    cut_reason: str = "",
) -> Reading:
    skipped = list(table.skipped)
    if empty:
        skipped.append(Skipped(_places(empty), translate("Ingest", "no article text")))
    if cut_where:
        skipped.append(Skipped(cut_where, cut_reason))
    return Reading(tuple(articles), tuple(skipped))


def _article(place: str, cells: Sequence[object], index: Mapping[str, int]) -> RawArticle | None:
    def cell(name: str) -> object:
        i = index.get(name, -1)
        return cells[i] if 0 <= i < len(cells) else None

    text = _plain(_text(cell("text")))
    if not text.strip():
        return None
    return RawArticle(
        text,
        title=" ".join(_text(cell("title")).split()),
        outlet=" ".join(_text(cell("outlet")).split()),
        published=parse_published(cell("published")),
        url=_text(cell("url")).strip(),
        where=place,
    )


def _text(value: object) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return ""
    return str(value)


def _plain(text: str) -> str:
    """Article text some tools export as HTML ("<p>…</p>") read as its visible text."""
    if not _HTML_BODY.search(text):
        return text
    root = parse_page(text)
    return page_text(root).text.replace("\n", "\n\n") if root is not None else text


# ---- CSV and TSV --------------------------------------------------------------------------


def _csv_table(data: bytes, delimiter: str | None) -> _Table:
    text = decode_bytes(data)
    if not text.strip():
        raise IngestError(translate("Ingest", "empty file"))
    if delimiter is None:
        delimiter = _delimiter(text)
    records = _csv_records(text, delimiter)
    header = next(records, None)
    if header is None:
        raise IngestError(translate("Ingest", NO_ROWS))
    return _Table(unique_columns(header), _with_places(records))


def _with_places(records: Iterator[list[str]]) -> Iterator[tuple[str, Sequence[object]]]:
    for number, cells in enumerate(records, start=2):
        if any(cell.strip() for cell in cells):
            yield translate("Ingest", "row {number}").format(number=number), cells


def _csv_records(text: str, delimiter: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            malformed = translate("Ingest", "malformed table at row {number}: {error}")
            raise IngestError(malformed.format(number=number, error=exc)) from exc
        yield record


def _delimiter(text: str) -> str:
    """The separator of the header line: the one it holds most of (a header rarely quotes)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# ---- Excel --------------------------------------------------------------------------------


def _xlsx_table(data: bytes) -> _Table:
    check_archive(data, translate("Ingest", "Excel workbook"))
    from openpyxl import load_workbook  # imported on first use

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook: Any = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                budget = [MAX_CELLS]
                sheets = [_sheet_rows(ws, budget) for ws in workbook.worksheets]
            finally:
                workbook.close()
    except IngestError:
        raise
    except Exception as exc:  # openpyxl and its XML parser raise many kinds on damage
        raise IngestError(translate("Ingest", "damaged or unreadable Excel workbook")) from exc
    named = [sheet for sheet in sheets if sheet is not None]
    if not named:
        raise IngestError(translate("Ingest", NO_ROWS))
    # the sheet whose header names a text column holds the articles; else the first
    sheet = next((s for s in named if guess_columns(s.header).text), named[0])
    prefix = translate("Ingest", "sheet {name}, ") if len(workbook.worksheets) > 1 else ""
    prefix = prefix.format(name=sheet.title)
    row = translate("Ingest", "row {number}")
    places = ((prefix + row.format(number=n), cells) for n, cells in sheet.rows)
    cut: tuple[Skipped, ...] = ()
    if sheet.cut_after:
        after = translate("Ingest", "rows after {place}").format(
            place=prefix + row.format(number=sheet.cut_after)
        )
        cells_cut = translate(
            "Ingest", "not read: at most {limit} cells are read from one workbook"
        )
        cut = (Skipped(after, cells_cut.format(limit=grouped(MAX_CELLS))),)
    return _Table(sheet.header, places, cut)


@dataclass(frozen=True, slots=True)
class _Sheet:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[int, tuple[object, ...]]]
    cut_after: int = 0  # the last row read when the workbook's cells ran out, else 0


def _sheet_rows(ws: Any, budget: list[int]) -> _Sheet | None:
    """A sheet's title, header and first ``MAX_ROWS + 1`` non-empty rows with their
    numbers, or None when it holds no table. Read at once: the workbook closes after.
    ``budget`` holds the cells the workbook may still have read."""
    header: tuple[str, ...] | None = None
    kept: list[tuple[int, tuple[object, ...]]] = []
    last = 0
    for number, stored, cells in stored_rows(ws):
        budget[0] -= stored
        if budget[0] < 0:
            return _Sheet(str(ws.title), header, kept, last) if header is not None else None
        last = number
        if not any(_text(c).strip() for c in cells):
            continue
        if header is None:
            header = unique_columns(cells)
            continue
        kept.append((number, cells))
        if len(kept) > MAX_ROWS:
            break
    if header is None:
        return None
    return _Sheet(str(ws.title), header, kept)


# ---- JSON Lines ---------------------------------------------------------------------------


def _jsonl_table(data: bytes) -> _Table:
    text = decode_bytes(data)
    if not text.strip():
        raise IngestError(translate("Ingest", "empty file"))
    objects: list[tuple[str, dict[str, object]]] = []
    bad: list[str] = []
    if text.lstrip().startswith("["):
        whole = _loads(text)  # a JSON array of articles saved under the wrong name
        if isinstance(whole, list):
            for i, item in enumerate(whole, start=1):
                _keep(objects, bad, translate("Ingest", "item {number}").format(number=i), item)
            return _json_table(objects, bad)
    line_place = translate("Ingest", "line {number}")
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            _keep(objects, bad, line_place.format(number=number), _loads(line))
        if len(objects) > MAX_ROWS:
            break
    if not objects:
        raise IngestError(translate("Ingest", NOT_JSON_LINES))
    return _json_table(objects, bad)


_INVALID = object()


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # bad JSON, huge numbers, absurd nesting
        return _INVALID


def _keep(
    objects: list[tuple[str, dict[str, object]]], bad: list[str], place: str, item: object
) -> None:
    if isinstance(item, dict):
        objects.append((place, _flatten(item)))
    else:
        bad.append(place)


def _flatten(item: dict[Any, Any]) -> dict[str, object]:
    """One level of nesting opened: ``{"source": {"name": "X"}}`` -> ``{"source.name": "X"}``."""
    flat: dict[str, object] = {}
    for key, value in item.items():
        if isinstance(value, dict):
            for inner, deeper in value.items():
                flat.setdefault(f"{key}.{inner}", deeper)
        else:
            flat.setdefault(str(key), value)
    return flat


def _json_table(objects: list[tuple[str, dict[str, object]]], bad: list[str]) -> _Table:
    if not objects:
        raise IngestError(translate("Ingest", NOT_JSON_LINES))
    keys = list(dict.fromkeys(key for _place, obj in objects for key in obj))
    columns = unique_columns(keys)
    rows = ((place, [obj.get(key) for key in keys]) for place, obj in objects)
    skipped = (Skipped(_places(bad), translate("Ingest", "not a JSON object")),) if bad else ()
    return _Table(columns, rows, skipped)


def _places(places: Sequence[str]) -> str:
    """ "row 4, row 9" and, past a handful, "… and 12 more"."""
    shown = ", ".join(places[:_LISTED])
    if len(places) <= _LISTED:
        return shown
    return translate("Ingest", "{places} and {count} more").format(
        places=shown, count=len(places) - _LISTED
    )


_TABLES = {
    ".csv": lambda data: _csv_table(data, None),
    ".tsv": lambda data: _csv_table(data, "\t"),
    ".xlsx": _xlsx_table,
    ".jsonl": _jsonl_table,
}
