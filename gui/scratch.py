"""Temporary files beside a target, moved into place when complete, never left behind.

An export or a new project is written to a hidden file in the target's folder and renamed
over the target only once it is whole, so the target is always the old file or the new one.
A process killed while writing cannot remove its temporary file; so every writer holds a
lock on its own (see :mod:`gui.filelock`) and, before writing, removes the temporary files
in the folder whose lock nobody holds: those whose writer is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from gui.filelock import try_lock
from gui.i18n import translate

MARK = ".claimgrid-"  # in every temporary file's name, so only ours are ever swept
_OURS = re.compile(r"^\..*\.claimgrid-[A-Za-z0-9_]+\.(?:part|tmp)$")
_WINDOWS_AGE = 3600.0  # seconds; Windows cannot tell a live writer's file, only an old one


@contextlib.contextmanager
def scratch_file(target: Path, suffix: str) -> Iterator[Path]:
    """A new, empty, locked temporary file beside ``target`` (``.NAME.claimgrid-XXXX.part``
    for ``suffix`` ".part"), removed when the block ends unless it was moved away.

    The stale ones of earlier, killed writers in that folder are removed first.
    :class:`OSError` when the folder cannot take a file.
    """
    folder = target.parent if str(target.parent) else Path(".")
    sweep(folder)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}{MARK}", suffix=suffix, dir=folder)
    tmp = Path(name)
    try:
        if sys.platform == "win32":
            # Windows will not rename a file that is open; age tells the sweep instead.
            os.close(fd)
            fd = -1
        else:
            try_lock(fd)
        yield tmp
    finally:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_reason(exc: OSError) -> str:
    """Why a file could not be written beside its target, in a reviewer's words."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate(
            "Store",
            "permission denied (the folder is read-only or the file is open in another program)",
        )
    if exc.errno == errno.ENOSPC:
        return translate("Store", "the disk is full")
    if exc.errno == errno.ENOENT:
        return translate("Store", "the folder does not exist")
    return exc.strerror or str(exc)


def sweep(folder: Path) -> list[Path]:
    """Remove the temporary files in ``folder`` that no live writer holds; the removed."""
    try:
        names = [e.name for e in os.scandir(folder) if _OURS.match(e.name)]
    except OSError:
        return []
    removed = []
    for name in names:
        path = folder / name
        if _abandoned(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _abandoned(path: Path) -> bool:
    if sys.platform == "win32":
        try:
            return time.time() - path.stat().st_mtime > _WINDOWS_AGE
        except OSError:
            return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        return try_lock(fd)
    except OSError:
        return False
    finally:
        os.close(fd)
