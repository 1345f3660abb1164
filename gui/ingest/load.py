"""Files and folders -> Sources, with a Refusal for every file (or table row) that cannot be
used: nothing a file holds stops the others from loading."""

from __future__ import annotations

import errno
import logging
import math
import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from gui.domain import Refusal, Source
from gui.i18n import QT_TRANSLATE_NOOP, grouped, translate
from gui.ingest.article import source_from_raw
from gui.ingest.budget import MAX_CORPUS_CHARS, article_cut, corpus_full, cut_article
from gui.ingest.columns import ColumnGuess
from gui.ingest.errors import IngestError
from gui.ingest.labels import distinct_outlets
from gui.ingest.raw import RawArticle, Reading
from gui.ingest.readers import TABLE_EXTENSIONS, read_bytes, reader_for, unsupported_reason
from gui.ingest.sniff import XLSX, sniff
from gui.ingest.tables import table_guess
from gui.visible import readable_path

MAX_BYTES = 20 * 1024 * 1024  # larger files are not articles; reading them would stall
_MB = 1024 * 1024
FURNITURE_ONLY = QT_TRANSLATE_NOOP("Ingest", "no article text (only page furniture)")

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadResult:
    sources: tuple[Source, ...]
    refused: tuple[Refusal, ...]


ColumnChoice = Mapping[str, str]  # field -> column name, "" for none: {"text": "isi"}


def read_file(path: str | Path, *, columns: ColumnChoice | None = None) -> Reading:
    """The articles in one file; raise :class:`IngestError` with a short reason on refusal.

    ``columns`` names the columns of a table of articles (see ``gui.ingest.columns``)."""
    target = Path(path)
    return read_bytes(_file_bytes(target), target.suffix, columns=columns)


def table_columns(path: str | Path) -> ColumnGuess:
    """Which column of the table at ``path`` holds what, and how sure the guess is; raise
    :class:`IngestError` when the file cannot be read as a table."""
    target = Path(path)
    data = _file_bytes(target)
    suffix = target.suffix.lower()
    if suffix not in TABLE_EXTENSIONS:
        raise IngestError(translate("Ingest", "not a table of articles"))
    return table_guess(data, ".xlsx" if sniff(data) == XLSX else suffix)


def _file_bytes(target: Path) -> bytes:
    try:
        info = target.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IngestError(translate("Ingest", "a folder, not a file"))
        if reader_for(target) is None:
            raise IngestError(unsupported_reason(target))
        if not stat.S_ISREG(info.st_mode):
            # a device or a pipe: reading it could block or never end
            raise IngestError(translate("Ingest", "not a regular file"))
        size = info.st_size
        if size > MAX_BYTES:
            too_large = translate("Ingest", "too large: {size} MB; the limit is {limit} MB")
            raise IngestError(too_large.format(size=math.ceil(size / _MB), limit=MAX_BYTES // _MB))
        data = target.read_bytes()
    except OSError as exc:
        raise IngestError(_os_reason(exc)) from exc
    if not data.strip():
        raise IngestError(translate("Ingest", "empty file"))
    return data


def read_source(path: str | Path, source_id: str, *, columns: ColumnChoice | None = None) -> Source:
    """Read one article file (the first article of a table); raise :class:`IngestError`
    with a short reason on refusal."""
    reading = read_file(path, columns=columns)
    given = str(path)
    for article in reading.articles:
        source = source_from_raw(article, source_id=source_id, path=given)
        if source.text:
            return source
    raise IngestError(translate("Ingest", FURNITURE_ONLY))


def load_paths(
    paths: Sequence[str | Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    first_id: int = 1,
    columns: ColumnChoice | None = None,
    columns_for: Mapping[str, ColumnChoice] | None = None,
    budget: int = MAX_CORPUS_CHARS,
) -> LoadResult:
    """Read files and folders (recursed; hidden entries skipped) in order.

    Source ids run "s<first_id>", "s<first_id + 1>", ... over the accepted articles.
    ``progress(done, total)`` counts articles: it is called once before the first file and
    after each article, and a table's rows raise ``total`` once the table is read. Loading
    stops before the next file or row once ``cancelled()`` returns True. ``columns`` names
    the columns of every table; ``columns_for`` those of one table, keyed by its path.
    An article is read up to ``MAX_ARTICLE_CHARS`` characters and the corpus up to
    ``budget`` (see ``budget``); what is left out is refused by name with the reason.
    """
    entries = list(_expand(paths))
    total = sum(1 for entry in entries if isinstance(entry, str))
    corpus = _Corpus(first_id, room=budget)
    refused = corpus.refused
    done = 0
    stop = cancelled or (lambda: False)
    if progress:
        progress(0, total)
    for entry in entries:
        if isinstance(entry, Refusal):  # a missing path or an unreadable folder
            refused.append(entry)
            continue
        if stop():
            break
        if corpus.full:  # named, not read: reading it would cost and give nothing
            refused.append(Refusal(entry, corpus_full()))
            continue
        chosen = _choice_for(entry, columns_for) or columns
        try:
            reading = read_file(entry, columns=chosen)
        except IngestError as exc:
            reading = Reading(())
            refused.append(Refusal(entry, str(exc)))
        except Exception as exc:  # a reader's bug must cost one file, not the corpus
            log.exception("reading %s failed", entry)
            reading = Reading(())
            refused.append(Refusal(entry, _unreadable(exc)))
        total += max(len(reading.articles), 1) - 1
        for i, article in enumerate(reading.articles):
            if i and stop():
                break
            if corpus.full:
                where = _and_after(article.where)
                refused.append(Refusal(_place(entry, where), corpus_full()))
                break
            corpus.add(entry, article)
            done += 1
            if progress:
                progress(done, total)
        refused.extend(Refusal(_place(entry, s.where), s.reason) for s in reading.skipped)
        if not reading.articles:
            done += 1
            if progress:
                progress(done, total)
    # a file name that is not UTF-8 or holds terminal escapes is shown, stored and exported
    # escaped, like the Sources' paths
    shown = tuple(Refusal(readable_path(r.path), r.reason) for r in refused)
    return LoadResult(sources=distinct_outlets(corpus.sources), refused=shown)


@dataclass(slots=True)
class _Corpus:
    """The sources read so far, what was refused, and the characters still to fill."""

    first_id: int
    room: int
    sources: list[Source] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return self.room < 0

    def add(self, path: str, article: RawArticle) -> None:
        """``article`` of the file at ``path``, cut to the article limit, as a source, or a
        refusal when it has no text or the corpus has no room for it."""
        place = _place(path, article.where)
        kept = cut_article(article.text)
        if len(kept) < len(article.text):
            after = translate("Ingest", "after character {number}").format(
                number=grouped(len(kept))
            )
            where = ", ".join(w for w in (article.where, after) if w)
            self.refused.append(Refusal(_place(path, where), article_cut()))
            article = replace(article, text=kept)
        source_id = f"s{self.first_id + len(self.sources)}"
        try:
            source = source_from_raw(article, source_id=source_id, path=path)
        except Exception as exc:  # the cleaning never raises on text; if it did, say so
            log.exception("cleaning %s failed", path)
            self.refused.append(Refusal(place, _unreadable(exc)))
            return
        if not source.text:
            self.refused.append(Refusal(place, translate("Ingest", FURNITURE_ONLY)))
            return
        self.room -= len(source.text)
        if self.full:
            self.refused.append(Refusal(place, corpus_full()))
            return
        self.sources.append(source)


def _choice_for(path: str, columns_for: Mapping[str, ColumnChoice] | None) -> ColumnChoice | None:
    if not columns_for:
        return None
    if path in columns_for:
        return columns_for[path]
    key = _identity(Path(path))
    return next((c for p, c in columns_for.items() if _identity(Path(p)) == key), None)


def _place(path: str, where: str) -> str:
    return f"{path} ({where})" if where else path


def _expand(paths: Sequence[str | Path]) -> Iterator[str | Refusal]:
    """The files named or contained in ``paths``, spelled from what was given, in load order,
    with a Refusal in place of a path that cannot be listed."""
    seen: set[str] = set()
    for path in paths:
        given = str(path)
        target = Path(path)
        if target.is_dir():
            yield from _walk(given, seen, set())
            continue
        key = _identity(target)
        if key in seen:
            continue
        seen.add(key)
        if not target.exists() and not target.is_symlink():
            yield Refusal(given, translate("Ingest", "file not found"))
            continue
        yield given


def _walk(folder: str, seen: set[str], visiting: set[str]) -> Iterator[str | Refusal]:
    """Files of ``folder`` by name, then its sub-folders by name, recursively."""
    identity = _identity(Path(folder))
    if identity in visiting:  # a symlink loop
        return
    try:
        entries = [e for e in os.scandir(folder) if not e.name.startswith(".")]
    except OSError as exc:
        yield Refusal(folder, _os_reason(exc))
        return
    files = sorted((e for e in entries if not _is_dir(e)), key=lambda e: _natural(e.name))
    folders = sorted((e for e in entries if _is_dir(e)), key=lambda e: _natural(e.name))
    if not files and not folders:
        yield Refusal(folder, translate("Ingest", "empty folder"))
        return
    for entry in files:
        key = _identity(Path(entry.path))
        if key not in seen:
            seen.add(key)
            yield os.path.join(folder, entry.name)
    for entry in folders:
        yield from _walk(os.path.join(folder, entry.name), seen, visiting | {identity})


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _identity(path: Path) -> str:
    # realpath, not Path.resolve: on a symbolic link loop resolve raises RuntimeError.
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return str(path.absolute())


def _natural(name: str) -> list[tuple[int, int | str]]:
    """Sort key that puts "2.txt" before "10.txt", ignoring case."""
    return [
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.split(r"(\d+)", name.casefold())
        if part
    ]


def _os_reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Ingest", "permission denied")
    if exc.errno == errno.ENOENT:
        return translate("Ingest", "file not found")
    if exc.errno == errno.EISDIR:
        return translate("Ingest", "a folder, not a file")
    if exc.errno == errno.ELOOP:
        return translate("Ingest", "a symbolic link that leads back to itself (a link loop)")
    return (exc.strerror or str(exc)).lower()  # the system's words, in the system's language


def _unreadable(exc: Exception) -> str:
    # the exception's class name stays as it is: it is what a bug report needs
    return translate("Ingest", "could not be read ({error})").format(error=type(exc).__name__)


def _and_after(where: str) -> str:
    return translate("Ingest", "{where} and after").format(where=where) if where else ""
