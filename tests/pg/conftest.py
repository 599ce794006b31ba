"""Tests against a real PostgreSQL: one throwaway cluster per session, one database per test.

The cluster is started once (as the ``postgres`` user when running as root: initdb and
pg_ctl refuse root) in a temporary folder on a free port, ``vipcrm central init`` is run
once into a template database, and every test gets a fresh copy of it (``CREATE DATABASE
... TEMPLATE``, a file copy). Login roles are cluster-wide, so each test's logins carry the
test database's name. Missing PostgreSQL binaries fail the tests (CI installs them).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from vipcrm.domain.values import Role
from vipcrm.sync import admin
from vipcrm.sync.throwaway import ClusterError, ThrowawayCluster

TEMPLATE = "vipcrm_template"
_numbers = itertools.count(1)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from tests.pg.hostile_world import TALLY

    if TALLY.probes:
        terminalreporter.write_line(
            f"hostile-user suite: {TALLY.probes} probes, {len(TALLY.leaks)} leaks"
            + (": " + "; ".join(TALLY.leaks[:20]) if TALLY.leaks else "")
        )


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.pg)


def _started(cluster: ThrowawayCluster) -> ThrowawayCluster:
    try:
        return cluster.start()
    except ClusterError as exc:
        pytest.fail(f"tests/pg need PostgreSQL: {exc}", pytrace=False)


def _template(cluster: ThrowawayCluster) -> str:
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    admin.init_central(cluster.dsn(TEMPLATE))
    return TEMPLATE


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    cluster = _started(ThrowawayCluster())
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def central_template(pg_cluster: ThrowawayCluster) -> str:
    return _template(pg_cluster)


@pytest.fixture(scope="session")
def crash_cluster() -> Iterator[ThrowawayCluster]:
    """A second cluster for the tests that crash the server (``crash()``/``resume()``):
    commits are durable; the WAL writer waits 10 s, so what no commit flushed is lost."""
    cluster = _started(ThrowawayCluster(durable=True, extra_settings="wal_writer_delay = '10s'\n"))
    try:
        _template(cluster)
        yield cluster
    finally:
        cluster.stop()


class Central:
    """One test's central database, with the administrator's helpers."""

    def __init__(self, cluster: ThrowawayCluster, dbname: str) -> None:
        self.cluster = cluster
        self.dbname = dbname
        self.admin_dsn = cluster.dsn(dbname)
        self.logins: dict[str, str] = {}
        self.passwords: dict[str, str] = {}

    # -- as the superuser (trusted: guards do not second-guess it) --
    def sql(self, query: str, params: Any = ()) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            cur = conn.execute(query, params)
            return cur.fetchall() if cur.description else []

    def one(self, query: str, params: Any = ()) -> Any:
        rows = self.sql(query, params)
        return rows[0][0] if rows else None

    def add_team(self, code: str, name: str | None = None, lead: str | None = None) -> uuid.UUID:
        return admin.add_team(self.admin_dsn, code=code, name=name or f"{code} 组", lead=lead)

    def add_user(self, code: str, role: str = "manager", team: str | None = None) -> str:
        login = f"{code.lower()}_{self.dbname}"
        password = f"pw-{code}-{self.dbname}"
        admin.add_user(
            self.admin_dsn,
            code=code,
            name=f"用户{code}",
            role=Role(role),
            team=team,
            password=password,
            login=login,
        )
        self.logins[code] = login
        self.passwords[code] = password
        return login

    def manager_id(self, code: str) -> uuid.UUID:
        return self.one("SELECT id FROM managers WHERE code = %s", (code,))

    def add_member(
        self, phone: str, manager: str | None, *, name: str = "会员", tier: str = "gold"
    ) -> uuid.UUID:
        member_id = uuid.uuid4()
        self.sql(
            "INSERT INTO members (id, phone, name, name_pinyin, tier, points, monthly_spend_fen, "
            "birth_leap_month, important, status, notes, manager_id, version, updated_at, deleted) "
            "VALUES (%s, %s, %s, '', %s, 0, 0, false, false, 'active', '', %s, 1, now(), false)",
            (member_id, phone, name, tier, self.manager_id(manager) if manager else None),
        )
        return member_id

    def add_contact(self, member_id: uuid.UUID, manager: str | None = None) -> uuid.UUID:
        attempt_id = uuid.uuid4()
        self.sql(
            "INSERT INTO contact_attempts (id, member_id, manager_id, at, channel, outcome, "
            "group_sms, note, version, updated_at, deleted) VALUES (%s, %s, %s, now(), 'phone', "
            "'reached', false, '', 1, now(), false)",
            (attempt_id, member_id, self.manager_id(manager) if manager else None),
        )
        return attempt_id

    # -- as a user --
    def dsn(self, code: str) -> str:
        """The laptop's connection string for ``code`` (no password in it)."""
        return self.cluster.dsn(self.dbname, user=self.logins[code])

    def connect_as(self, code: str, autocommit: bool = True) -> psycopg.Connection[Any]:
        return psycopg.connect(self.dsn(code), password=self.passwords[code], autocommit=autocommit)


def copy_central(cluster: ThrowawayCluster, template: str, name: str) -> Central:
    """A new central database ``name``, a copy of ``template``, locked down as init does."""
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        admin.restrict_database(conn, name)
    return Central(cluster, name)


class Writer:
    """The administrator's own autocommit connection: each statement is one transaction."""

    def __init__(self, central) -> None:
        self.central = central
        self.conn = psycopg.connect(central.admin_dsn, autocommit=True)

    def next_xid(self) -> int:
        """The id the next transaction will get (assigning none)."""
        return int(
            self.conn.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").fetchone()[0]
        )

    def burn_to(self, target: int) -> None:
        """Use up transaction ids until the next one handed out is ``target``."""
        gap = target - self.next_xid()
        assert gap >= 0, "the cluster is past the target already"
        if gap > 20:  # most of the way at once: each subtransaction that writes takes an id
            self.conn.execute(
                "DO $$ BEGIN CREATE TEMP TABLE IF NOT EXISTS burn (i int); "
                f"FOR i IN 1..{gap - 20} LOOP BEGIN INSERT INTO burn VALUES (i); "
                "EXCEPTION WHEN OTHERS THEN NULL; END; END LOOP; END $$"
            )
        while self.next_xid() < target:
            self.conn.execute("SELECT pg_current_xact_id()")
        assert self.next_xid() == target

    def burn_to_boundary(self, before: int) -> int:
        """Drive the ids to ``10^k - before`` for the next power of ten; returns 10^k."""
        boundary = 10 ** len(str(self.next_xid() + before))
        self.burn_to(boundary - before)
        return boundary

    def note(self, member_id: uuid.UUID, text: str, count: int = 1) -> int:
        """``count`` notes in one statement (one change-log entry each), one transaction;
        returns its transaction id."""
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO member_notes (id, member_id, at, text, version, updated_at, deleted) "
                "SELECT gen_random_uuid(), %s, now(), %s || n, 1, now(), false "
                "FROM generate_series(1, %s) n",
                (member_id, text, count),
            )
            return int(self.conn.execute("SELECT pg_current_xact_id()::text").fetchone()[0])

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def writer(org: Central) -> Iterator[Writer]:
    w = Writer(org)
    yield w
    w.close()


def _database(cluster: ThrowawayCluster) -> Iterator[Central]:
    name = f"t{next(_numbers):03d}"
    yield copy_central(cluster, TEMPLATE, name)
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def central(pg_cluster: ThrowawayCluster, central_template: str) -> Iterator[Central]:
    yield from _database(pg_cluster)


@pytest.fixture
def crash_central(crash_cluster: ThrowawayCluster) -> Iterator[Central]:
    """A test's central database on the cluster that may be crashed (``crash_cluster``)."""
    yield from _database(crash_cluster)


def organise(central: Central) -> Central:
    """Two teams: T1 (lead L1, managers A and B) and T2 (lead L2, manager C); admin ADM."""
    central.add_team("T1")
    central.add_team("T2")
    central.add_user("L1", "lead", "T1")
    central.add_user("A", "manager", "T1")
    central.add_user("B", "manager", "T1")
    central.add_user("L2", "lead", "T2")
    central.add_user("C", "manager", "T2")
    central.add_user("ADM", "admin")
    return central


@pytest.fixture
def org(central: Central) -> Central:
    return organise(central)


class Laptop:
    """One laptop: its own SQLite file, connected to the test's central store as ``code``."""

    def __init__(self, path: Path, central: Central, code: str) -> None:
        from vipcrm.store.db import open_database

        self.path = path
        self.central = central
        self.code = code
        self.db = open_database(path)

    def connect(self) -> Laptop:
        from vipcrm.sync.link import connect_laptop

        connect_laptop(
            self.db, self.central.dsn(self.code), self.code, self.central.passwords[self.code]
        )
        return self

    def sync(self, **kw: Any) -> Any:
        from vipcrm.sync.engine import sync
        from vipcrm.sync.link import open_central

        central = open_central(self.db)
        try:
            return sync(self.db, central, **kw)
        finally:
            central.close()

    def work(self) -> Any:
        """``with laptop.work() as (session, actor):`` one local transaction as the user."""
        from contextlib import contextmanager

        from vipcrm.services.context import resolve_actor

        @contextmanager
        def unit() -> Iterator[Any]:
            with self.db.transaction() as session:
                yield session, resolve_actor(session, self.code)

        return unit()

    def rows(self, table: str) -> dict[str, tuple[Any, ...]]:
        """Every row of ``table`` as stored, by id."""
        import sqlite3

        conn = sqlite3.connect(self.path)
        try:
            cur = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cur.description]
            index = names.index("id")
            return {r[index]: r for r in cur.fetchall()}
        finally:
            conn.close()

    def count(self, table: str, where: str = "1") -> int:
        import sqlite3

        conn = sqlite3.connect(self.path)
        try:
            return conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
        finally:
            conn.close()

    def pending(self) -> int:
        """Changes waiting in the outbox (not the audit rows that ride along)."""
        return self.count("outbox", "sent_at IS NULL AND table_name <> 'audit_log'")

    def close(self) -> None:
        self.db.dispose()


def _laptops(tmp_path: Path, org: Central) -> Iterator[Any]:
    made: list[Laptop] = []

    def make(code: str, connect: bool = True) -> Laptop:
        laptop = Laptop(tmp_path / f"{code}-{len(made)}.db", org, code)
        made.append(laptop)
        return laptop.connect() if connect else laptop

    yield make
    for laptop in made:
        laptop.close()


@pytest.fixture
def laptops(tmp_path: Path, org: Central) -> Iterator[Any]:
    """``laptops("A")`` → a connected laptop for user A (a new file each call)."""
    yield from _laptops(tmp_path, org)


@pytest.fixture
def crash_org(crash_central: Central) -> Central:
    """``org`` on the cluster that may be crashed."""
    return organise(crash_central)


@pytest.fixture
def crash_laptops(tmp_path: Path, crash_org: Central) -> Iterator[Any]:
    """``laptops`` of ``crash_org``."""
    yield from _laptops(tmp_path, crash_org)
