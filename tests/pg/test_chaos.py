"""Chaos in CI: three laptops, killed syncs, concurrent work, reassignments, a server crash.

One short epoch of ``tools/chaos.py`` (its docstring says what happens and what is checked);
``./dev chaos --minutes 30`` runs the same at length. The seed is printed: rerun a failure
with ``VIPCRM_CHAOS_SEED``; ``VIPCRM_CHAOS_SECONDS`` makes the storm longer.
"""

from __future__ import annotations

import os
import time

from tools.chaos import Chaos


def test_three_laptops_through_kills_and_a_server_crash_end_equal_and_exactly_once(
    crash_central, tmp_path
):
    seed = int(os.environ.get("VIPCRM_CHAOS_SEED") or time.time())
    print(f"VIPCRM_CHAOS_SEED={seed}")
    chaos = Chaos(crash_central.cluster, crash_central.dbname, tmp_path, seed).setup()
    try:
        problems = chaos.epoch(float(os.environ.get("VIPCRM_CHAOS_SECONDS") or 60), crashes=1)
    finally:
        chaos.close()
    figures = chaos.figures
    print("\n".join(figures.lines()))
    assert problems == [] and figures.failures == []
    assert figures.divergences == 0 and figures.verifications == 3
    assert figures.server_crashes == 1
    assert figures.kills > 0 and figures.changes > 0 and figures.reassignments > 0
    assert figures.exactly_once > 0
