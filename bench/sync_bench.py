"""Sync benchmarks against a local PostgreSQL holding the region data set.

A throwaway cluster (vipcrm.sync.throwaway; as root it runs as the ``postgres`` user) is
started once, ``central init`` is run, and bench/data/region.db (30 teams, 300 managers,
100,000 members, 1,000,000 contact attempts, 10,000 cards) is loaded with ``COPY``.

- ``sync_initial_region`` — a new laptop's first sync of everything (as an admin, who sees
  the whole region), in rows/s, against a raw baseline measured in the same run: psycopg
  ``COPY table TO STDOUT`` of the same tables into SQLite ``executemany``. Target: the
  sync reaches at least 25 % of the baseline's rows/s.
- ``sync_noop`` — ``vipcrm sync`` with nothing to do for a manager's laptop (connect with
  SCRAM, version check, empty push, empty pull, bookkeeping). Target ≤ 200 ms.
- ``sync_push_1000`` — pushing 1,000 logged contacts (1,000 local transactions) and
  recording their results on the laptop. Target ≤ 2 s.
- ``verify_region_manager`` / ``verify_region_admin`` — ``sync verify`` of an up-to-date
  laptop (per table a count and hash on both sides; nothing differs). Targets ≤ 1 s for a
  manager's book, ≤ 10 s for an administrator's 1.1 million rows (it runs in the
  background at start and every N syncs).
- ``verify_repair_100`` — the administrator's laptop with 100 contacts removed behind its
  back: the check splits the differing id ranges down to those rows and repairs them.
"""

from __future__ import annotations

import atexit
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg

ADMIN_CODE = "BENCHADM"
MANAGER_CODE = "M0001"
PASSWORD = "bench-password-1"


class RegionCentral:
    """The cluster and the loaded central database, made once per benchmark run."""

    _instance: RegionCentral | None = None

    @classmethod
    def get(cls, region_db: Path) -> RegionCentral:
        if cls._instance is None:
            cls._instance = cls(region_db)
        return cls._instance

    def __init__(self, region_db: Path) -> None:
        from vipcrm.domain.values import Role
        from vipcrm.sync import admin
        from vipcrm.sync.throwaway import ThrowawayCluster

        self.region_db = region_db
        self.cluster = ThrowawayCluster().start()
        atexit.register(self.cluster.stop)
        self.work = Path(tempfile.mkdtemp(prefix="vipcrm-bench-sync-"))
        with psycopg.connect(self.cluster.dsn(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE region")
        self.admin_dsn = self.cluster.dsn("region")
        admin.init_central(self.admin_dsn)
        started = time.perf_counter()
        self.rows = self._load()
        self.load_s = time.perf_counter() - started
        admin.add_user(self.admin_dsn, code=ADMIN_CODE, name="基准管理员", role=Role.ADMIN,
                       password=PASSWORD, login=ADMIN_CODE.lower())  # fmt: skip
        admin.add_user(self.admin_dsn, code=MANAGER_CODE, name="基准经理", role=Role.MANAGER,
                       team="T01", password=PASSWORD, login=MANAGER_CODE.lower())  # fmt: skip

    def _load(self) -> int:
        """Every synchronised table of region.db into PostgreSQL with COPY (triggers off)."""
        from vipcrm.store.db import open_database
        from vipcrm.sync.tables import SYNC_TABLES, columns

        region = open_database(self.region_db, migrate=False)  # encrypted or not
        source = region.engine.raw_connection()
        total = 0
        with psycopg.connect(self.admin_dsn) as conn:
            conn.execute("SET session_replication_role = replica")  # no triggers, no FK checks
            conn.execute("SET TIME ZONE 'UTC'")
            for table in reversed(SYNC_TABLES):
                conn.execute(f"DELETE FROM {table}")
            for table in SYNC_TABLES:
                names = [c.name for c in columns(table)]
                quoted = ", ".join(f'"{n}"' for n in names)
                cursor = source.execute(f"SELECT {quoted} FROM {table}")
                with conn.cursor().copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                    while batch := cursor.fetchmany(50_000):
                        for row in batch:
                            copy.write_row(row)
                        total += len(batch)
            conn.execute("ANALYZE")
        source.close()
        region.dispose()
        return total

    def dsn(self, login: str) -> str:
        return self.cluster.dsn("region", user=login)

    def laptop(self, name: str, code: str) -> Any:
        """A new laptop database linked to the central store as ``code``."""
        from vipcrm.store.db import open_database
        from vipcrm.sync.link import connect_laptop

        path = self.work / f"{name}-{time.monotonic_ns()}.db"
        db = open_database(path)
        connect_laptop(db, self.dsn(code.lower()), code, PASSWORD)
        return db


def _baseline(central: RegionCentral, ordered: bool = False) -> tuple[int, float]:
    """Raw copy: COPY TO STDOUT of every synchronised table into SQLite executemany.

    Plain ``COPY table`` sends rows in heap order, so SQLite's primary-key index takes
    random inserts; ``ordered`` copies ``(SELECT ... ORDER BY id)``, as sync pages arrive.
    """
    from vipcrm.store.db import open_database
    from vipcrm.sync.tables import SYNC_TABLES, columns

    target = central.work / f"baseline-{time.monotonic_ns()}.db"
    # the same kind of file the laptop writes: schema, indexes, WAL, encryption if on
    local = open_database(target)
    sink = local.engine.raw_connection().dbapi_connection
    sink.execute("BEGIN")
    rows = 0
    started = time.perf_counter()
    with psycopg.connect(central.admin_dsn) as conn:
        for table in SYNC_TABLES:
            names = [f'"{c.name}"' for c in columns(table)]
            insert = (
                f"INSERT OR REPLACE INTO {table} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})"
            )
            batch: list[tuple[Any, ...]] = []
            source = (
                f"(SELECT {', '.join(names)} FROM {table} ORDER BY id)"
                if ordered
                else f"{table} ({', '.join(names)})"
            )
            with conn.cursor().copy(f"COPY {source} TO STDOUT") as copy:
                for row in copy.rows():
                    batch.append(row)
                    if len(batch) >= 5000:
                        sink.executemany(insert, batch)
                        sink.execute("COMMIT")
                        sink.execute("BEGIN")
                        rows += len(batch)
                        batch.clear()
            sink.executemany(insert, batch)
            sink.execute("COMMIT")
            sink.execute("BEGIN")
            rows += len(batch)
    sink.execute("COMMIT")
    elapsed = time.perf_counter() - started
    local.dispose()
    return rows, elapsed


def initial_sync(region_db: Path) -> Callable[[], Callable[[], object]]:
    def setup() -> Callable[[], object]:
        central = RegionCentral.get(region_db)

        def run() -> dict[str, object]:
            from vipcrm.sync.engine import sync
            from vipcrm.sync.link import open_central

            base_rows, base_s = _baseline(central)
            ordered_rows, ordered_s = _baseline(central, ordered=True)
            db = central.laptop("initial", ADMIN_CODE)
            started = time.perf_counter()
            link = open_central(db)
            try:
                report = sync(db, link, snapshot_page=5000)
            finally:
                link.close()
            elapsed = time.perf_counter() - started
            encrypted = db.key is not None
            db.dispose()
            sync_rate = report.pulled / elapsed
            base_rate = base_rows / base_s
            ratio = sync_rate / base_rate
            return {
                # judged: the sync alone against its floor, the raw copy (not the baselines'
                # time, which the harness's clock would otherwise count in)
                "elapsed_ms": elapsed * 1000,
                "floor_ms": base_s * 1000,
                "rows": report.pulled,
                "sync_s": round(elapsed, 2),
                "sync_rows_per_s": round(sync_rate),
                "baseline_rows": base_rows,
                "baseline_s": round(base_s, 2),
                "baseline_rows_per_s": round(base_rate),
                "ratio": round(ratio, 3),
                "ordered_baseline_rows_per_s": round(ordered_rows / ordered_s),
                "ratio_to_ordered": round(sync_rate / (ordered_rows / ordered_s), 3),
                "laptop_encrypted": encrypted,
                "target": "ratio >= 0.25",
                "met": ratio >= 0.25,
            }

        return run

    return setup


def noop_sync(region_db: Path) -> Callable[[], Callable[[], object]]:
    def setup() -> Callable[[], object]:
        from vipcrm.sync.engine import sync
        from vipcrm.sync.link import open_central

        central = RegionCentral.get(region_db)
        db = central.laptop("noop", MANAGER_CODE)
        link = open_central(db)
        try:
            sync(db, link)  # the manager's book: the initial copy, not timed
        finally:
            link.close()

        def run() -> object:
            link = open_central(db)
            try:
                return sync(db, link).pulled
            finally:
                link.close()

        return run

    return setup


def push_1000(region_db: Path, runs: int) -> Callable[[], Callable[[], object]]:
    def setup() -> Callable[[], object]:
        from vipcrm.domain.values import Channel, Outcome
        from vipcrm.services.contacts import log_contact
        from vipcrm.services.context import resolve_actor
        from vipcrm.store.models import Member
        from vipcrm.sync.engine import sync
        from vipcrm.sync.link import open_central
        from vipcrm.sync.replica import pending_ops, record_push, replica_transaction
        from vipcrm.sync.tables import BOOKKEEPING_TABLES, SYNC_TABLES

        central = RegionCentral.get(region_db)
        db = central.laptop("push", MANAGER_CODE)
        link = open_central(db)
        try:
            sync(db, link)
        finally:
            link.close()
        rng = random.Random(7)
        with db.reading() as s:
            phones = [m.phone for m in s.query(Member)]
        for _ in range(1000 * runs):  # one local transaction per logged contact
            with db.transaction() as s:
                log_contact(s, resolve_actor(s, MANAGER_CODE), member_ref=rng.choice(phones),
                            channel=Channel.PHONE, outcome=Outcome.REACHED, note="基准")  # fmt: skip
        link = open_central(db)
        atexit.register(link.close)

        per_change = 1 + ("audit_log" in SYNC_TABLES)  # each change carries its audit entry

        def run() -> object:
            ops = pending_ops(db, 1000 * per_change)
            changes = sum(op.table not in BOOKKEEPING_TABLES for op in ops)
            assert changes == 1000, changes
            reply = link.push(ops)
            with replica_transaction(db) as conn:
                record_push(conn, ops, reply)
            return {"changes": changes, "outbox_entries": len(ops)}

        return run

    return setup


_COPIES: dict[str, Any] = {}  # user code -> an up-to-date laptop database


def verify_region(region_db: Path, code: str, lose: int = 0) -> Callable[[], Callable[[], object]]:
    """``sync verify`` of a laptop that is up to date (``lose``: that many rows removed from
    it behind its back first, found row by row), as ``code`` over the region data."""

    def setup() -> Callable[[], object]:
        from vipcrm.sync.engine import sync
        from vipcrm.sync.link import open_central
        from vipcrm.sync.verify import verify

        central = RegionCentral.get(region_db)
        db = _COPIES.get(code)
        if db is None:  # the copy (not timed), shared by the benchmarks of one user
            db = _COPIES[code] = central.laptop(f"verify-{code}", code)
            link = open_central(db)
            try:
                sync(db, link, snapshot_page=5000)
            finally:
                link.close()
        rng = random.Random(11)

        def run() -> dict[str, object]:
            lost: list[str] = []
            if lose:
                raw = db.engine.raw_connection()
                try:
                    ids = [r[0] for r in raw.execute("SELECT id FROM contact_attempts")]
                    lost = rng.sample(ids, lose)
                    raw.executemany(
                        "DELETE FROM contact_attempts WHERE id = ?", [(i,) for i in lost]
                    )
                    raw.commit()
                finally:
                    raw.close()
            link = open_central(db)
            started = time.perf_counter()
            try:
                report = verify(db, link, repair=bool(lose), up_to_date=True)
            finally:
                link.close()
            elapsed = (time.perf_counter() - started) * 1000
            assert report.equal and report.repaired == lose, (report.repaired, lose)
            return {"elapsed_ms": elapsed, "rows": report.rows, "repaired": report.repaired}

        return run

    return setup
