"""Write a file so that the target is either the old file or the complete new one, never half."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from gui.scratch import scratch_file, write_reason
from gui.visible import readable_path


class ExportError(Exception):
    """An export that could not be written; the message names the file and the reason."""


def atomic_write(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``target``, then move it into place.

    Any failure leaves an existing ``target`` untouched and raises :class:`ExportError`;
    the temporary files of exports killed earlier in that folder are removed first.
    """
    target = Path(target)
    try:
        with scratch_file(target, ".part") as tmp:
            write(tmp)
            # mkstemp makes the file private; an export is meant to be handed around.
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(f"Cannot write {readable_path(target)}: {write_reason(exc)}") from exc
    return target
