"""The member search keystroke, text by text: through the index and by the scan it replaced.

    python bench/search_bench.py [--scale region|book] [--rounds N] [--manager CODE]

A keystroke is what the member list does for one search text: the ordered ids of every
match in SQL (``member_ids``) and the first 100 display rows (``member_rows``), in one read
session, as ``bench/run.py``'s ``member_search_*`` time it. The texts are typed in turn,
round after round, on one open database (so each finds the page cache as the others left
it); each text's median CPU time is printed with its number of matches, first through the
index, then by the scan (``member_ids`` with the index switched off: every member row
tested with ``LIKE``, as before issue 22), rounds interleaved. Before timing, every text's
ids through the index are checked against the scan's, one for one. Prints the machine and
the load average (the machine is shared) and writes bench/results/<stamp>-search.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
sys.path.insert(0, str(HERE.parent))

from bench.run import dataset, machine  # noqa: E402

TEXTS = ["z", "zw", "zhang", "张", "张伟", "138", "1380", "13800", "w", "wang"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="region", choices=["region", "book"])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--manager", help="search as this manager's book (default: every member)")
    parser.add_argument("texts", nargs="*", default=TEXTS)
    args = parser.parse_args()

    import vipcrm.store.queries as queries
    from vipcrm.services.members import scope_filter
    from vipcrm.store.db import open_database
    from vipcrm.store.queries import MemberFilter, member_ids, member_rows

    db = open_database(dataset(args.scale))  # migrated here (the index filled) if it is older
    if args.manager:
        from vipcrm.services.context import resolve_actor

        with db.reading() as s:
            base = scope_filter(s, resolve_actor(s, args.manager))
    else:
        base = MemberFilter()
    indexed = queries._indexed

    def keystroke(text: str, use_index: bool) -> tuple[float, int]:
        queries._indexed = indexed if use_index else (lambda session: False)  # type: ignore[assignment]
        t0 = time.process_time()
        with db.reading() as s:
            ids = member_ids(s, MemberFilter(**{**base.__dict__, "text": text}))
            member_rows(s, ids[:100])
        return (time.process_time() - t0) * 1000, len(ids)

    matches = {}
    for text in args.texts:  # the same members, in the same order, either way
        with db.reading() as s:
            f = MemberFilter(**{**base.__dict__, "text": text})
            through_index = member_ids(s, f)
            queries._indexed = lambda session: False  # type: ignore[assignment]
            scanned = member_ids(s, f)
            queries._indexed = indexed
        if through_index != scanned:
            raise SystemExit(f"{text!r}: the index and the scan disagree")
        matches[text] = len(scanned)

    load = [round(os.getloadavg()[0], 2)]
    times: dict[tuple[str, bool], list[float]] = {
        (t, i): [] for t in args.texts for i in (True, False)
    }
    for round_ in range(args.rounds + 1):  # the first round warms up, untimed
        for use_index in (True, False):
            for text in args.texts:
                cpu, _ = keystroke(text, use_index)
                if round_:
                    times[text, use_index].append(cpu)
    load.append(round(os.getloadavg()[0], 2))
    queries._indexed = indexed
    db.dispose()

    rows = []
    print(f"machine: {machine()}")
    print(f"load average (1 min) start -> end: {load[0]} -> {load[1]}")
    scope = f"manager {args.manager}'s book" if args.manager else "every member (admin)"
    print(f"{args.scale}, {scope}: median CPU ms of {args.rounds} keystrokes per text")
    print(f"{'text':>8} {'matches':>8} {'index':>8} {'scan':>8} {'scan/index':>10}")
    for text in args.texts:
        fast = statistics.median(times[text, True])
        slow = statistics.median(times[text, False])
        rows.append({"text": text, "matches": matches[text], "index_ms": round(fast, 1),
                     "scan_ms": round(slow, 1)})  # fmt: skip
        print(f"{text:>8} {matches[text]:>8} {fast:>8.1f} {slow:>8.1f} {slow / fast:>10.1f}")
    every = {use: statistics.median(sum((times[t, use] for t in args.texts), [])) for use in (True, False)}  # fmt: skip
    print(
        f"{'all':>8} {'':>8} {every[True]:>8.1f} {every[False]:>8.1f} {every[False] / every[True]:>10.1f}"
    )
    out = HERE / "results" / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-search.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({
        "machine": machine(), "load": load, "scale": args.scale, "manager": args.manager,
        "rounds": args.rounds, "texts": rows,
        "median_ms": {"index": round(every[True], 1), "scan": round(every[False], 1)},
    }, ensure_ascii=False, indent=2))  # fmt: skip
    print(f"written: {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
