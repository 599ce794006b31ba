"""The collector's pause around bulk work, and the desktop's freeze after it."""

from __future__ import annotations

import gc
import weakref

from vipcrm.store.bulk import freeze_after_pauses, gc_paused


class Item:
    pass


def test_a_pause_restores_the_collector_and_leaves_nothing_frozen_by_default():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with gc_paused():
        assert not gc.isenabled()
        items = [Item() for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    del items


def test_what_a_pause_leaves_is_not_walked_by_the_next_young_pass():
    # The young pass the first allocation after a pause sets off walked every object the
    # block left (the region's 177,446 due items: ~100-180 ms); they go to the oldest
    # generation at once instead, and reference counting still frees them.
    gc.unfreeze()  # as in a command's process: nothing frozen
    with gc_paused():
        items = [Item() for _ in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in items)
    assert not any(o is items[0] for o in gc.get_objects(generation=0))
    alive = weakref.ref(items[0])
    del items
    assert alive() is None


def test_the_desktop_freezes_what_a_pause_leaves_and_still_frees_it_when_dropped():
    freeze_after_pauses()
    try:
        with gc_paused():
            items = [Item() for _ in range(100)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(items)  # out of the collector's passes
        alive = weakref.ref(items[0])
        del items  # reference counting frees a frozen object as any other
        assert alive() is None
    finally:
        freeze_after_pauses(False)
        gc.unfreeze()
