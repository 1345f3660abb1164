"""Freeing large structures a piece at a time, away from the threads that matter.

Dropping the last reference to a list of fifty thousand claims frees all of them, and all
they hold, in one uninterrupted call: the interpreter switches threads only between
bytecodes, so the window (on the GUI thread) cannot repaint until it is done, a second or
two for a large corpus, and a cancelled run would report only afterwards. The analysis
hands its working structures to :func:`discard`, whose thread empties them item by item,
with thread switches between the items.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

Container = list[Any] | dict[Any, Any] | set[Any]


class _Mark:
    """A call made once everything discarded before it has been emptied."""

    def __init__(self, call: Callable[[], object]) -> None:
        self.call = call


_discarded: queue.SimpleQueue[Container | _Mark] = queue.SimpleQueue()
_lock = threading.Lock()
_worker: threading.Thread | None = None


def release(container: Container) -> None:
    """Empty ``container`` one item at a time, on this thread."""
    if isinstance(container, dict):
        while container:
            container.popitem()
    else:
        while container:
            container.pop()


def discard(*containers: Container) -> None:
    """Have ``containers`` emptied piecemeal on a background thread; returns at once.

    The caller must not use them any more.
    """
    global _worker
    for container in containers:
        if container:
            _discarded.put(container)
    with _lock:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_empty_forever, name="discard", daemon=True)
            _worker.start()


def then(call: Callable[[], object]) -> None:
    """Make ``call`` on the discarding thread once everything discarded so far is emptied."""
    discard()  # the thread is running
    _discarded.put(_Mark(call))


def settled(timeout: float = 10.0) -> bool:
    """Wait until everything discarded so far has been emptied (for tests and benchmarks)."""
    reached = threading.Event()
    then(reached.set)
    return reached.wait(timeout)


def _empty_forever() -> None:
    while True:
        item = _discarded.get()
        if isinstance(item, _Mark):
            item.call()
        else:
            release(item)
