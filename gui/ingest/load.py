"""Files and folders -> Sources, with a Refusal for every file that cannot be used."""

from __future__ import annotations

import errno
import math
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from gui.domain import Refusal, Source
from gui.ingest.article import source_from_text
from gui.ingest.errors import IngestError
from gui.ingest.labels import distinct_outlets
from gui.ingest.readers import reader_for

MAX_BYTES = 20 * 1024 * 1024  # larger files are not articles; reading them would stall
_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class LoadResult:
    sources: tuple[Source, ...]
    refused: tuple[Refusal, ...]


def read_source(path: str | Path, source_id: str) -> Source:
    """Read one article file; raise :class:`IngestError` with a short reason on refusal."""
    given = str(path)
    target = Path(path)
    try:
        info = target.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IngestError("a folder, not a file")
        reader = reader_for(target)
        if reader is None:
            suffix = target.suffix.lower()
            raise IngestError(f"unsupported format ({suffix or 'no extension'})")
        size = info.st_size
        if size > MAX_BYTES:
            raise IngestError(
                f"too large: {math.ceil(size / _MB)} MB; the limit is {MAX_BYTES // _MB} MB"
            )
        data = target.read_bytes()
    except OSError as exc:
        raise IngestError(_os_reason(exc)) from exc
    if not data.strip():
        raise IngestError("empty file")
    raw = reader(data)
    if not raw.strip():
        raise IngestError("empty file")
    source = source_from_text(raw, source_id=source_id, path=given)
    if not source.text:
        raise IngestError("no article text (only page furniture)")
    return source


def load_paths(
    paths: Sequence[str | Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    first_id: int = 1,
) -> LoadResult:
    """Read files and folders (recursed; hidden entries skipped) in order.

    Source ids run "s<first_id>", "s<first_id + 1>", ... over the accepted files.
    ``progress(done, total)`` is called once before the first file and after each one;
    loading stops before the next file once ``cancelled()`` returns True.
    """
    entries = list(_expand(paths))
    total = sum(1 for entry in entries if isinstance(entry, str))
    sources: list[Source] = []
    refused: list[Refusal] = []
    done = 0
    if progress:
        progress(0, total)
    for entry in entries:
        if isinstance(entry, Refusal):  # a missing path or an unreadable folder
            refused.append(entry)
            continue
        if cancelled is not None and cancelled():
            break
        try:
            sources.append(read_source(entry, f"s{first_id + len(sources)}"))
        except IngestError as exc:
            refused.append(Refusal(entry, str(exc)))
        done += 1
        if progress:
            progress(done, total)
    return LoadResult(sources=distinct_outlets(sources), refused=tuple(refused))


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
            yield Refusal(given, "file not found")
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
        yield Refusal(folder, "empty folder")
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
    try:
        return str(path.resolve())
    except OSError:
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
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "file not found"
    if exc.errno == errno.EISDIR:
        return "a folder, not a file"
    return (exc.strerror or str(exc)).lower()
