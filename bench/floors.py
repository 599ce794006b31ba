"""Hand-written floors: the least work that gives a benchmark's answer, run in the same
process, on the same files, interleaved with the product (see bench/run.py).

- :func:`due_floor` — plain SQL on the raw driver connection: each active, assigned
  member's last reached SMS and last reached voice contact (two index seeks per member,
  in member id order over the covering indexes), keeping the members past the routine
  cadence (no reached SMS this week or no reached call this month) with what a due item
  shows (id, name, mobile, tier, manager). No rules, no calendar, no other kinds of item.
- :func:`import_floor` — every row the product's import wrote (captured from one product
  run), inserted with the driver's ``executemany`` into a fresh copy of the same database
  in one transaction with a 64 MiB cache, and committed. Same schema, same indexes and
  triggers: what is left of the product's time above it is parsing, validating and its
  own bookkeeping.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Tables (and FTS shadow tables) kept by triggers: the floor writes what they derive from.
DERIVED = ("contact_summary", "member_search")

_DUE_FLOOR = """
WITH last AS MATERIALIZED (
  SELECT m.id AS id, m.name AS name, m.phone AS phone, m.tier AS tier, m.manager_id AS manager_id,
    (SELECT c.at FROM contact_attempts c WHERE c.member_id = m.id AND c.deleted = 0
       AND c.channel = 'sms' AND c.outcome = 'reached' ORDER BY c.at DESC LIMIT 1) AS sms,
    (SELECT c.at FROM contact_attempts c WHERE c.member_id = m.id AND c.deleted = 0
       AND c.channel IN ('meeting', 'phone', 'visit') AND c.outcome = 'reached'
       ORDER BY c.at DESC LIMIT 1) AS voice
  FROM members m
  WHERE m.deleted = 0 AND m.status = 'active' AND m.manager_id IS NOT NULL {scope}
  ORDER BY m.id)
SELECT l.id, l.name, l.phone, l.tier, g.code FROM last l JOIN managers g ON g.id = l.manager_id
WHERE coalesce(l.sms, '') < :week OR coalesce(l.voice, '') < :month
"""


def raw_connection(path: Path) -> sqlite3.Connection:
    """The driver's own connection to a data set (SQLCipher with its key, when encrypted)."""
    from vipcrm.store.crypto import connect, is_plain, key_for

    if is_plain(path):
        return sqlite3.connect(str(path))
    key = key_for(path)
    assert key is not None, path
    return connect(path, key)


def _utc_text(day: date) -> str:
    """The stored UTC text of local midnight starting ``day``."""
    start = datetime(day.year, day.month, day.day, tzinfo=SHANGHAI).astimezone(ZoneInfo("UTC"))
    return start.strftime("%Y-%m-%d %H:%M:%S.%f")


def due_floor(
    path: Path, today: date, manager: str | None = None
) -> Callable[[], Callable[[], object]]:
    def setup() -> Callable[[], object]:
        con = raw_connection(path)
        params: dict[str, Any] = {
            "week": _utc_text(today - timedelta(days=today.weekday())),
            "month": _utc_text(today.replace(day=1)),
        }
        scope = ""
        if manager is not None:
            scope = "AND m.manager_id = (SELECT id FROM managers WHERE code = :manager)"
            params["manager"] = manager
        sql = _DUE_FLOOR.format(scope=scope)

        def run() -> object:
            return len(con.execute(sql, params).fetchall())

        return run

    return setup


def table_rows(con: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ordinary table (in rowid order where there is one)."""
    tables = con.execute(
        "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    ).fetchall()
    rows = {}
    for table, without_rowid in tables:
        order = "" if without_rowid else " ORDER BY rowid"  # derived tables (the summary)
        rows[table] = con.execute(f'SELECT * FROM "{table}"{order}').fetchall()
    return rows


def written_rows(before: Path, after: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The rows ``after`` has that ``before`` has not, per table, in the order written."""
    con_before, con_after = raw_connection(before), raw_connection(after)
    try:
        old, new = table_rows(con_before), table_rows(con_after)
    finally:
        con_before.close()
        con_after.close()
    out = {}
    for table, rows in new.items():
        if table.startswith(DERIVED):  # written by the triggers, in the floor's run too
            continue
        known = set(old.get(table, ()))
        fresh = [r for r in rows if r not in known]
        if fresh:
            out[table] = fresh
    return out


def import_floor(
    template: Path, rows: Callable[[], dict[str, list[tuple[Any, ...]]]], order: list[str]
) -> Callable[[], Callable[[], object]]:
    """``rows()`` gives what one product run wrote (asked for once, after the product's
    warm-up run); ``order`` is the tables' foreign-key order."""

    def setup() -> Callable[[], object]:
        import time

        from vipcrm import keyring_store
        from vipcrm.store.crypto import key_for, key_name

        work = Path(tempfile.mkdtemp(prefix="vipcrm-bench-floor-"))
        key = key_for(template)
        captured: dict[str, list[tuple[Any, ...]]] = {}

        def run() -> object:
            if not captured:
                captured.update(rows())
            target = work / "floor.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copy(template, target)
            if key is not None:
                keyring_store.set_password(key_name(target), key)
            con = raw_connection(target)
            con.isolation_level = None
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = NORMAL")
            con.execute("PRAGMA foreign_keys = ON")
            cpu, wall = time.process_time(), time.perf_counter()
            con.execute("PRAGMA cache_size = -65536")
            con.execute("BEGIN IMMEDIATE")
            written = 0
            tables = [t for t in order if t in captured] + sorted(set(captured) - set(order))
            for table in tables:
                batch = captured[table]
                marks = ", ".join("?" * len(batch[0]))
                con.executemany(f'INSERT INTO "{table}" VALUES ({marks})', batch)
                written += len(batch)
            con.execute("COMMIT")
            figures = {
                "elapsed_ms": (time.perf_counter() - wall) * 1000,
                "cpu_ms": (time.process_time() - cpu) * 1000,
                "rows": written,
            }
            con.close()
            return figures

        return run

    return setup
