"""Named crash points for the fault-injection tests (``VIPCRM_SYNC_CRASH_AT``).

``VIPCRM_SYNC_CRASH_AT=after_server_commit`` makes the syncing process die at once
(``os._exit(137)``, like ``kill -9``: no clean-up, no flush) the first time it reaches that
point; ``name:N`` dies at the N-th time; several points may be given, comma-separated.
Unset (always, outside tests), a crash point does nothing.

Points: ``before_push``, ``after_server_commit`` (the central store committed a batch,
the laptop has not recorded it), ``mid_push_record`` (inside that local transaction),
``after_local_mark``, ``mid_pull_page`` (inside the local transaction applying a page),
``after_pull_page``, ``mid_snapshot_page``, ``after_snapshot_page``.
"""

from __future__ import annotations

import os
from collections import Counter

ENV = "VIPCRM_SYNC_CRASH_AT"
EXIT_CODE = 137
_seen: Counter[str] = Counter()


def crash_point(name: str) -> None:
    spec = os.environ.get(ENV)
    if not spec:
        return
    _seen[name] += 1
    for item in spec.split(","):
        point, _, nth = item.strip().partition(":")
        if point == name and _seen[name] == (int(nth) if nth else 1):
            os._exit(EXIT_CODE)
