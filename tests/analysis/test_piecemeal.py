"""Large working structures are emptied on a background thread, in order, then a call."""

from __future__ import annotations

import threading

from gui.analysis import piecemeal


def test_release_empties_lists_dicts_and_sets_in_place() -> None:
    items: list[object] = [object() for _ in range(1000)]
    table = {n: [n] for n in range(1000)}
    seen = set(range(1000))
    for container in (items, table, seen):
        piecemeal.release(container)
    assert items == [] and table == {} and seen == set()


def test_discarded_containers_are_emptied_off_the_calling_thread() -> None:
    emptied_by: list[str] = []

    class Noted:
        def __del__(self) -> None:
            emptied_by.append(threading.current_thread().name)

    claims = [Noted() for _ in range(50)]
    by_source = {"s1": [Noted()], "s2": [Noted()]}
    piecemeal.discard(claims, by_source)
    assert piecemeal.settled(timeout=5)
    assert claims == [] and by_source == {}
    assert len(emptied_by) == 52
    assert set(emptied_by) == {"discard"}


def test_a_call_waits_for_what_was_discarded_before_it() -> None:
    first = list(range(100_000))
    order: list[str] = []
    piecemeal.discard(first)
    piecemeal.then(lambda: order.append(f"after, {len(first)} left"))
    assert piecemeal.settled(timeout=5)
    assert order == ["after, 0 left"]
