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
