"""How a long analysis shares the Python interpreter with a window on another thread.

Only one thread runs Python at a time. While an analysis runs on a worker thread, the
window's thread needs the interpreter for every call into Python it makes (each cell a
view paints asks the model and the delegate several times), and waits for the worker to
hand it over. Two things make those waits long, and :func:`sharing_the_interpreter`
changes both for the duration of a run, restoring them when the last run ends:

- the cyclic garbage collector: a large corpus holds millions of small objects (tokens,
  claims, feature maps); a full collection walks all of them, about a second at 800
  articles, in one uninterrupted call. It is paused; the objects are freed by reference
  counting anyway. When it resumes, everything made meanwhile would be its youngest
  generation and the next collection would walk it whole, so the objects are frozen (moved
  out of its sight) and thawed once the run's working structures have been emptied
  (``gui.analysis.piecemeal``): it then sees only what survived.
- the switch interval: a thread waiting for the interpreter gets it after at most this
  long (5 ms by default). A repaint of the matrix makes hundreds of calls into Python;
  waiting up to 5 ms for each froze the window for a quarter of a second at a time. At
  1 ms the wait is short; a worker with no thread waiting on it is not interrupted at all.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from gui.analysis import piecemeal

SWITCH_INTERVAL_S = 0.001

_runs = 0  # analyses under way
_lock = threading.Lock()
_collector_was_enabled = True
_previous_interval = 0.005


@contextmanager
def sharing_the_interpreter() -> Iterator[None]:
    """Run the body with the collector paused and a short switch interval (see above)."""
    global _runs, _collector_was_enabled, _previous_interval
    with _lock:
        if _runs == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
            _previous_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_INTERVAL_S, _previous_interval))
        _runs += 1
    try:
        yield
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0:
                sys.setswitchinterval(_previous_interval)
                if _collector_was_enabled:
                    gc.freeze()
                    gc.enable()
                    piecemeal.then(gc.unfreeze)
