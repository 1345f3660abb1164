"""Progress of a long command-line run, on stderr, only when stderr is a terminal.

A run that ends within ``DELAY`` seconds shows nothing; after that one line is rewritten in
place at most ten times a second ("Analysing articles 120/800") and erased at the end, so
what the command prints and the files it names stay clean. Scripts and pipes (stderr not a
terminal) see nothing, unless asked with ``--progress always``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from gui.i18n import QT_TRANSLATE_NOOP, translate

DELAY = 0.8  # seconds before the first line: short runs stay quiet
INTERVAL = 0.1  # seconds between two updates of the line

READING = QT_TRANSLATE_NOOP("Cli", "Reading files")
ANALYSING = QT_TRANSLATE_NOOP("Cli", "Analysing articles")


class Progress:
    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        mode: str = "auto",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        is_terminal = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = mode == "always" or (mode == "auto" and is_terminal)
        self._clock = clock
        self._started = clock()
        self._last = float("-inf")
        self._width = 0  # characters on the line now

    def phase(self, name: str) -> Callable[[int, int], None]:
        """A ``progress(done, total)`` callback reporting under ``name`` (a source text)."""
        return lambda done, total: self.update(name, done, total)

    def update(self, name: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = self._clock()
        if now - self._started < DELAY or (now - self._last < INTERVAL and done < total):
            return
        self._last = now
        text = f"{translate('Cli', name)} {done}/{total}" if total else translate("Cli", name)
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def finish(self) -> None:
        """Erase the line, so the next message starts at the left edge."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
