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


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    try:
        cluster = ThrowawayCluster().start()
    except ClusterError as exc:
        pytest.fail(f"tests/pg need PostgreSQL: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def central_template(pg_cluster: ThrowawayCluster) -> str:
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    admin.init_central(pg_cluster.dsn(TEMPLATE))
    return TEMPLATE


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


@pytest.fixture
def central(pg_cluster: ThrowawayCluster, central_template: str) -> Iterator[Central]:
    name = f"t{next(_numbers):03d}"
    yield copy_central(pg_cluster, central_template, name)
    with psycopg.connect(pg_cluster.dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def org(central: Central) -> Central:
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


@pytest.fixture
def laptops(tmp_path: Path, org: Central) -> Iterator[Any]:
    """``laptops("A")`` → a connected laptop for user A (a new file each call)."""
    made: list[Laptop] = []

    def make(code: str, connect: bool = True) -> Laptop:
        laptop = Laptop(tmp_path / f"{code}-{len(made)}.db", org, code)
        made.append(laptop)
        return laptop.connect() if connect else laptop

    yield make
    for laptop in made:
        laptop.close()
