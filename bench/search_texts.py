"""The member list's keystroke per search text: page and capped count, first rows (CPU ms).

A keystroke as the member list asks it (and as ``bench/run.py``'s ``member_search_*``
time it): the first 200 keys in display order and the number of matches up to 1,000
(``member_window``; a version without it: ``member_page``, then ``count_members_upto``
when the page is full), and the first 100 rows (``member_rows``). Texts are typed in turn on one open database, the first round untimed.

``--baseline FILE`` times another version of ``vipcrm/store/queries.py`` as well (e.g.
``git show main:vipcrm/store/queries.py > /tmp/queries_main.py``), interleaved text by
text with this one, after checking both answer alike, on a copy of the data made next to
it without the member list's indexes (``vipcrm.store.member_order``: an older version's
plans, unchanged; its key is put in the keyring under the copy's path)::

    .venv/bin/python bench/search_texts.py --db bench/data/region.db --sort tier \\
        --baseline /tmp/queries_main.py

``--same-data`` times the baseline on the same file instead (every index and table left
as they are: a version that knows fewer of them simply does not read them), e.g. main's
``queries.py`` against this branch's on data made by this branch.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vipcrm.store import queries  # noqa: E402
from vipcrm.store.db import Database, open_database  # noqa: E402

BROAD = ["z", "w", "138", "wang", "zhang", "ming", "hua", ""]
SELECTIVE = ["zw", "张", "张伟", "1380", "13800"]


def _load(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("queries_baseline", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["queries_baseline"] = module
    spec.loader.exec_module(module)
    return module


def _copy_without_list_indexes(path: Path) -> Path:
    """``path`` copied to ``NAME-baseline.db`` (its key registered for the copy), without
    the member list's indexes."""
    import shutil

    from vipcrm import keyring_store
    from vipcrm.store.crypto import key_for, key_name
    from vipcrm.store.member_order import INDEXES

    copy = path.with_name(path.stem + "-baseline.db")
    key = key_for(path)
    shutil.copyfile(path, copy)
    if key is not None:
        keyring_store.set_password(key_name(copy), key)
    db = open_database(copy)
    with db.engine.begin() as conn:
        for name in INDEXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    db.dispose()
    return copy


def keystroke(db: Database, q: Any, text: str, sort: str) -> tuple[float, float, float, Any]:
    """CPU ms of the keystroke, of its page and count, of its rows; its answer."""
    with db.reading() as s:
        f = q.MemberFilter(text=text, sort=q.MemberSort(sort))
        t0 = time.process_time()
        if hasattr(q, "member_window"):  # page and count as the window now reads them
            keys, n = q.member_window(s, f, 200, 1000)
        else:
            keys = q.member_page(s, f, 0, 200)
            n = q.count_members_upto(s, f, 1000) if len(keys) == 200 else len(keys)
        t1 = time.process_time()
        q.member_rows(s, [uuid.UUID(k) for k in keys[:100]])
        t2 = time.process_time()
    return (t2 - t0) * 1000, (t1 - t0) * 1000, (t2 - t1) * 1000, (keys, n)


def _p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="bench/data/region.db")
    parser.add_argument("--sort", default="tier", choices=[s.value for s in queries.MemberSort])
    parser.add_argument("--rounds", type=int, default=11, help="including the untimed first")
    parser.add_argument("--baseline", help="another queries.py to time alongside")
    parser.add_argument(
        "--same-data", action="store_true", help="the baseline on the same file, as it is"
    )
    args = parser.parse_args()

    variants: dict[str, tuple[Database, Any]] = {}
    if args.baseline:
        path = Path(args.db) if args.same_data else _copy_without_list_indexes(Path(args.db))
        variants["before"] = (open_database(path), _load(args.baseline))
    variants["now"] = (open_database(args.db), queries)
    texts = BROAD + SELECTIVE
    if args.baseline:
        for text in texts:
            answers = [keystroke(db, q, text, args.sort)[3] for db, q in variants.values()]
            if len({(tuple(keys), n) for keys, n in answers}) != 1:
                raise SystemExit(f"{text!r}: the two versions answer differently")
    total: dict[str, dict[str, list[float]]] = {v: {t: [] for t in texts} for v in variants}
    split: dict[str, dict[str, list[tuple[float, float]]]] = {
        v: {t: [] for t in texts} for v in variants
    }
    for r in range(args.rounds):
        for text in texts:
            for name, (db, q) in variants.items():
                ms, page, count, _ = keystroke(db, q, text, args.sort)
                if r:
                    total[name][text].append(ms)
                    split[name][text].append((page, count))

    print(f"sort {args.sort}, {args.rounds - 1} timed rounds, CPU ms")
    print("| text | " + " | ".join(f"{v}: median (page+count / rows)" for v in variants) + " |")
    print("| --- |" + " --- |" * len(variants))
    for text in texts:
        cells = []
        for v in variants:
            page = statistics.median(p for p, _ in split[v][text])
            count = statistics.median(c for _, c in split[v][text])
            cells.append(f"{statistics.median(total[v][text]):.1f} ({page:.1f} / {count:.1f})")
        print(f"| {text or '(cleared)'} | " + " | ".join(cells) + " |")
    print("| texts | " + " | ".join(f"{v}: median / p95 / max" for v in variants) + " |")
    print("| --- |" + " --- |" * len(variants))
    for label, group in (("broad", BROAD), ("selective", SELECTIVE), ("all", texts)):
        cells = []
        for v in variants:
            xs = [x for t in group for x in total[v][t]]
            cells.append(f"{statistics.median(xs):.1f} / {_p95(xs):.1f} / {max(xs):.1f}")
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
