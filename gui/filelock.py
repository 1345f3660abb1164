"""An exclusive lock on an open file that dies with the process holding it.

The operating system releases the lock when the descriptor closes, however the process
ends (``kill -9`` included), so a lock is never left stale. On POSIX it is ``flock``, held
per open file: a second open of the same file, in the same process or another, cannot take
it. ``flock`` is apart from the ``fcntl`` record locks SQLite uses, so it never disturbs
them. On Windows one byte far past any content is locked, which nothing else reads.
"""

from __future__ import annotations

import errno
import os
import sys

_WINDOWS_BYTE = 0x7FFF_FFF0  # the locked byte on Windows: past any project or export


def try_lock(fd: int) -> bool:
    """Take the exclusive lock on ``fd`` without waiting; False when someone else holds it.

    Closing ``fd`` releases it."""
    if sys.platform == "win32":
        return _windows_lock(fd)
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        # A file system without locks (some network shares): nobody can hold one there.
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP):
            return True
        raise
    return True


def _windows_lock(fd: int) -> bool:
    import msvcrt

    position = os.lseek(fd, 0, os.SEEK_CUR)
    try:
        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        return False
    finally:
        os.lseek(fd, position, os.SEEK_SET)
    return True
