"""Setting up and running the central store (run with an administrator's connection).

- :func:`init_central` — the owner and group roles, the schema brought to head *as the
  owner role* (so the tables belong to a role nobody logs in as), the central objects
  (change log, guards, row-level security). Idempotent: run it again after an upgrade.
- :func:`add_team`, :func:`add_user` — a team; a user is a ``managers`` row plus a
  PostgreSQL login role (SCRAM password, member of the group role for its role) linked in
  ``central_logins``. Login roles own nothing and never bypass row-level security.
- :func:`central_status` — what is there, and whether it is still locked down.
- :func:`prune_changes` — remove old change-log entries and raise the log horizon (a laptop
  whose cursor is below the horizon makes a fresh copy at its next sync).

The administrator's connection must be a superuser, or a role with CREATEROLE that owns
the database's schema (``init`` grants it membership in the owner role).
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import psycopg
from psycopg import sql

from vipcrm.domain.errors import NotFound, ValidationError, VipcrmError, msg
from vipcrm.domain.values import Role
from vipcrm.services.directory import check_code, check_name
from vipcrm.sync import pgconn
from vipcrm.sync.central_schema import (
    ALL_GROUPS,
    CENTRAL_SCHEMA_VERSION,
    GROUPS,
    OWNER,
    role_statements,
)
from vipcrm.sync.tables import SYNC_TABLES


class CentralAdminError(VipcrmError):
    """An administrative step on the central store that cannot be done."""


@dataclass(frozen=True)
class InitReport:
    target: str
    revision: str | None
    schema_version: int
    tables: int


@dataclass(frozen=True)
class NewUser:
    code: str
    login: str
    role: str
    team: str | None
    password: str | None  # only when generated here (shown once)


@dataclass
class CentralStatus:
    target: str
    server_version: str
    revision: str | None
    schema_version: int | None
    min_client_version: int | None
    teams: int = 0
    users: int = 0
    logins: int = 0
    members: int = 0
    changes: int = 0
    applied_ops: int = 0
    oldest_open_transaction_s: float | None = None
    tables_without_forced_rls: list[str] = field(default_factory=list)
    logins_bypassing_rls: list[str] = field(default_factory=list)
    logins_owning_tables: list[str] = field(default_factory=list)
    roles_not_matching: list[str] = field(default_factory=list)  # managers.role ≠ group role
    #: what PUBLIC may still do that it must not (create temporary tables, schemas, objects)
    public_may: list[str] = field(default_factory=list)
    #: functions of the schema running with whatever search_path the caller has
    functions_without_search_path: list[str] = field(default_factory=list)


def _admin(dsn: str, *, autocommit: bool = False) -> psycopg.Connection[Any]:
    return pgconn.connect(dsn, autocommit=autocommit, application_name="vipcrm central")


def _is_super(conn: psycopg.Connection[Any]) -> bool:
    return bool(
        conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
    )


def _schema_version(conn: psycopg.Connection[Any]) -> int | None:
    row = conn.execute("SELECT to_regclass('central_meta') IS NOT NULL").fetchone()
    if not row[0]:
        return None
    found = conn.execute("SELECT schema_version FROM central_meta").fetchone()
    return int(found[0]) if found else None


def init_central(dsn: str) -> InitReport:
    """Create or upgrade the central store in the database ``dsn`` names (idempotent)."""
    with _admin(dsn, autocommit=True) as conn:
        current = _schema_version(conn)
        if current is not None and current > CENTRAL_SCHEMA_VERSION:
            raise CentralAdminError(
                msg(
                    "the central store is at schema {current}, newer than this vipcrm "
                    "({supported}); use the newer vipcrm to administer it",
                    current=current,
                    supported=CENTRAL_SCHEMA_VERSION,
                )
            )
        can = conn.execute(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
        ).fetchone()[0]
        if not can:
            raise CentralAdminError(
                msg("central init needs a superuser or a role with CREATEROLE (it creates roles)")
            )
        for statement in role_statements():
            conn.execute(statement)
        if not _is_super(conn):
            conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(OWNER)))
        schema = conn.execute("SELECT current_schema()").fetchone()[0]
        dbname = conn.info.dbname
        conn.execute(
            sql.SQL("GRANT USAGE, CREATE ON SCHEMA {} TO {}").format(
                sql.Identifier(schema), sql.Identifier(OWNER)
            )
        )
        conn.execute(
            sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(sql.Identifier(schema))
        )
        conn.execute(
            sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(
                sql.Identifier(schema), sql.SQL(ALL_GROUPS)
            )
        )
        restrict_database(conn, dbname)
    revision = _upgrade_as_owner(dsn)
    with _admin(dsn) as conn:
        if _is_super(conn):  # statistics gathered before the columns were told to keep none
            conn.execute(
                "DELETE FROM pg_catalog.pg_statistic st USING pg_catalog.pg_attribute a, "
                "pg_catalog.pg_class c WHERE a.attrelid = st.starelid AND a.attnum = st.staattnum "
                "AND a.attstattarget = 0 AND c.oid = st.starelid "
                "AND c.relnamespace = current_schema()::regnamespace"
            )
        tables = conn.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relforcerowsecurity"
        ).fetchone()[0]
        version = _schema_version(conn) or 0
    return InitReport(pgconn.describe(dsn), revision, version, int(tables))


def restrict_database(conn: psycopg.Connection[Any], dbname: str) -> None:
    """Only vipcrm's groups connect, and nobody creates anything in the database: no
    schemas, no temporary tables or functions that could stand in for ours. (A database's
    privileges are its own: a copy made with ``CREATE DATABASE ... TEMPLATE`` needs this
    again.)"""
    conn.execute(
        sql.SQL("REVOKE CONNECT, CREATE, TEMPORARY ON DATABASE {} FROM PUBLIC").format(
            sql.Identifier(dbname)
        )
    )
    conn.execute(
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(dbname), sql.SQL(ALL_GROUPS)
        )
    )


def _upgrade_as_owner(dsn: str) -> str | None:
    """Alembic to head, then the central objects re-applied, all as the owner role."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from vipcrm.store.db import alembic_config, current_revision
    from vipcrm.sync.central_schema import install_central

    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: pgconn.connect(dsn, application_name="vipcrm central init"),
        poolclass=NullPool,
    )
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"SET ROLE {OWNER}")
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            try:
                command.upgrade(cfg, "head")
                install_central(connection)
            except Exception as exc:
                reason = getattr(exc, "orig", None) or exc
                raise CentralAdminError(
                    msg("central init failed: {reason}", reason=str(reason))
                ) from exc
            connection.exec_driver_sql("RESET ROLE")
        return current_revision(engine)
    finally:
        engine.dispose()


def _owner_tx(conn: psycopg.Connection[Any]) -> None:
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(OWNER)))


def _require_central(conn: psycopg.Connection[Any]) -> None:
    if _schema_version(conn) is None:
        raise CentralAdminError(
            msg("this database is not a vipcrm central store yet; run 'vipcrm central init' first")
        )


def add_team(dsn: str, *, code: str, name: str, lead: str | None = None) -> uuid.UUID:
    code = check_code(code)
    name = check_name(name)
    with _admin(dsn) as conn:
        _require_central(conn)
        _owner_tx(conn)
        if conn.execute("SELECT 1 FROM teams WHERE code = %s", (code,)).fetchone():
            raise ValidationError("code", msg("team '{code}' already exists", code=code))
        lead_id = None
        if lead:
            row = conn.execute(
                "SELECT id FROM managers WHERE code = %s AND NOT deleted", (lead,)
            ).fetchone()
            if row is None:
                raise NotFound(
                    msg(
                        "{field}: no user '{code}' (add it with 'central user add')",
                        field="lead",
                        code=lead,
                    )
                )
            lead_id = row[0]
        team_id = uuid.uuid4()
        conn.execute(
            "INSERT INTO teams (id, code, name, lead_id, version, updated_at, deleted) "
            "VALUES (%s, %s, %s, %s, 1, now(), false)",
            (team_id, code, name, lead_id),
        )
        if lead_id is not None:
            conn.execute("UPDATE managers SET team_id = %s WHERE id = %s", (team_id, lead_id))
    return team_id


def add_user(
    dsn: str,
    *,
    code: str,
    name: str,
    role: Role,
    team: str | None = None,
    password: str | None = None,
    login: str | None = None,
    phone: str | None = None,
) -> NewUser:
    """A ``managers`` row and its login role; without ``password`` one is generated."""
    code = check_code(code)
    name = check_name(name)
    login = (login or code).strip()
    if not login or len(login) > 63:
        raise ValidationError(
            "login", msg("'{login}' is not a usable login name (1-63 characters)", login=login)
        )
    if role is not Role.ADMIN and team is None:
        raise ValidationError("team", msg("a {role} belongs to a team (--team T)", role=role))
    generated = password is None
    if password is None:
        password = secrets.token_urlsafe(12)
    if len(password) < 8:
        raise ValidationError("password", msg("must be at least 8 characters"))
    with _admin(dsn) as conn:
        _require_central(conn)
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
            raise ValidationError(
                "login", msg("a PostgreSQL role '{login}' already exists", login=login)
            )
        verifier = conn.pgconn.encrypt_password(
            password.encode(), login.encode(), b"scram-sha-256"
        ).decode()
        conn.execute(
            sql.SQL(
                "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                "NOBYPASSRLS INHERIT PASSWORD {} IN ROLE {}"
            ).format(
                sql.Identifier(login), sql.Literal(verifier), sql.Identifier(GROUPS[role.value])
            )
        )
        _owner_tx(conn)
        team_id = None
        if team is not None:
            row = conn.execute(
                "SELECT id, lead_id FROM teams WHERE code = %s AND NOT deleted", (team,)
            ).fetchone()
            if row is None:
                raise NotFound(
                    msg(
                        "{field}: no team '{code}' (add it with 'central team add')",
                        field="team",
                        code=team,
                    )
                )
            team_id, lead_id = row
        existing = conn.execute(
            "SELECT m.id, l.role_name FROM managers m LEFT JOIN central_logins l "
            "ON l.manager_id = m.id WHERE m.code = %s",
            (code,),
        ).fetchone()
        if existing is not None and existing[1] is not None:
            raise ValidationError(
                "code",
                msg("user '{code}' already exists (login {login})", code=code, login=existing[1]),
            )
        if existing is None:
            manager_id = uuid.uuid4()
            conn.execute(
                "INSERT INTO managers (id, code, name, phone, team_id, role, active, version, "
                "updated_at, deleted) VALUES (%s, %s, %s, %s, %s, %s, true, 1, now(), false)",
                (manager_id, code, name, phone, team_id, role.value),
            )
        else:
            manager_id = existing[0]
            conn.execute(
                "UPDATE managers SET name = %s, team_id = %s, role = %s, active = true, "
                "deleted = false WHERE id = %s",
                (name, team_id, role.value, manager_id),
            )
        conn.execute(
            "INSERT INTO central_logins (role_name, manager_id) VALUES (%s, %s)",
            (login, manager_id),
        )
        if role is Role.LEAD and team_id is not None and lead_id is None:
            conn.execute("UPDATE teams SET lead_id = %s WHERE id = %s", (manager_id, team_id))
    return NewUser(code, login, role.value, team, password if generated else None)


def central_status(dsn: str) -> CentralStatus:
    with _admin(dsn) as conn:
        version = _schema_version(conn)
        server = conn.execute("SHOW server_version").fetchone()[0]
        status = CentralStatus(
            target=pgconn.describe(dsn),
            server_version=server,
            revision=None,
            schema_version=version,
            min_client_version=None,
        )
        if conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()[0]:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            status.revision = row[0] if row else None
        if version is None:
            return status
        _owner_tx(conn)
        status.min_client_version = conn.execute(
            "SELECT min_client_version FROM central_meta"
        ).fetchone()[0]
        for attr, query in (
            ("teams", "SELECT count(*) FROM teams WHERE NOT deleted"),
            ("users", "SELECT count(*) FROM managers WHERE NOT deleted"),
            ("logins", "SELECT count(*) FROM central_logins"),
            ("members", "SELECT count(*) FROM members WHERE NOT deleted"),
            ("changes", "SELECT count(*) FROM sync_changes"),
            ("applied_ops", "SELECT count(*) FROM sync_applied_ops"),
        ):
            setattr(status, attr, int(conn.execute(query).fetchone()[0]))
        oldest = conn.execute(
            "SELECT extract(epoch FROM now() - min(xact_start)) FROM pg_stat_activity "
            "WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
        ).fetchone()[0]
        status.oldest_open_transaction_s = float(oldest) if oldest is not None else None
        status.tables_without_forced_rls = [
            r[0]
            for r in conn.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relname = ANY(%s) "
                "AND NOT (c.relrowsecurity AND c.relforcerowsecurity) ORDER BY 1",
                (list(SYNC_TABLES),),
            )
        ]
        status.logins_bypassing_rls = [
            r[0]
            for r in conn.execute(
                "SELECT r.rolname FROM central_logins l JOIN pg_roles r ON r.rolname = l.role_name "
                "WHERE r.rolbypassrls OR r.rolsuper ORDER BY 1"
            )
        ]
        status.logins_owning_tables = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                "JOIN central_logins l ON l.role_name = r.rolname ORDER BY 1"
            )
        ]
        status.roles_not_matching = [
            r[0]
            for r in conn.execute(
                "SELECT m.code FROM central_logins l JOIN managers m ON m.id = l.manager_id "
                "JOIN pg_roles r ON r.rolname = l.role_name "
                "WHERE NOT pg_has_role(r.oid, ('vipcrm_' || m.role)::name, 'MEMBER') ORDER BY 1"
            )
        ]
        status.public_may = [
            what
            for what, allowed in zip(
                ("TEMPORARY on the database", "CREATE on the database", "CREATE on the schema"),
                conn.execute(
                    "SELECT has_database_privilege('public', current_database(), 'TEMPORARY'), "
                    "has_database_privilege('public', current_database(), 'CREATE'), "
                    "has_schema_privilege('public', current_schema(), 'CREATE')"
                ).fetchone()
                or (),
                strict=True,
            )
            if allowed
        ]
        status.functions_without_search_path = [
            r[0]
            for r in conn.execute(
                "SELECT p.oid::regprocedure::text FROM pg_proc p "
                "WHERE p.pronamespace = current_schema()::regnamespace AND NOT EXISTS "
                "(SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\\_path=%') ORDER BY 1"
            )
        ]
    return status


#: ``vipcrm central prune`` keeps this much of the change log by default.
DEFAULT_PRUNE_AGE = timedelta(days=90)


@dataclass(frozen=True)
class PruneReport:
    """What :func:`prune_changes` removed (or, with ``dry_run``, would remove)."""

    target: str
    dry_run: bool
    cutoff: datetime  # entries of transactions started before this may go
    old_horizon: int
    new_horizon: int  # laptops whose cursor is below it make a fresh copy
    removed: int
    kept: int
    waited_for: int = 0  # syncs that were running and were let finish first
    #: users with no push since the cutoff: if their laptop has not synced since either,
    #: it makes a fresh copy at its next sync (the server does not know pull cursors)
    behind: tuple[str, ...] = ()

    @property
    def pruned(self) -> bool:
        return self.new_horizon > self.old_horizon


def prune_changes(
    dsn: str,
    *,
    older_than: timedelta = DEFAULT_PRUNE_AGE,
    dry_run: bool = False,
    wait: float = 60.0,
) -> PruneReport:
    """Remove the change-log entries older than ``older_than`` and raise the log horizon.

    One transaction as the owner role. The new horizon ``X`` is the id of the newest
    transaction that started before the cutoff (its own entries are kept, so a laptop
    that read them keeps syncing incrementally), never above an entry logged after the
    cutoff, and never above the snapshot's xmin: every transaction still able to commit
    has an id at or above it, so no entry can appear below the horizon later. Entries
    with ``xid < X`` go, and ``central_meta.log_horizon`` becomes ``X`` (it only rises).

    A laptop reads the horizon (``hello``) and pulls afterwards, on one connection. So
    that none reads the old horizon and then pulls from a log pruned under it, the prune
    locks ``central_meta`` (new syncs wait at ``hello``) and lets the syncs already
    running finish first; if some are still running after ``wait`` seconds, nothing is
    pruned. ``dry_run`` takes no lock and writes nothing.
    """
    if older_than < timedelta(0):
        raise ValidationError("older_than", msg("must be zero or more"))
    with _admin(dsn) as conn:
        if dry_run:
            conn.execute("SET TRANSACTION READ ONLY")
        _require_central(conn)
        try:
            _owner_tx(conn)
        except psycopg.errors.InsufficientPrivilege:
            raise CentralAdminError(
                msg(
                    "only the owner role {owner} may prune the change log: connect as a "
                    "superuser or a member of {owner}",
                    owner=OWNER,
                )
            ) from None
        waited = 0 if dry_run else _quiesce(conn, wait)
        try:
            xmin, old, cutoff = conn.execute(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, log_horizon::text, "
                "now() - %s::interval FROM central_meta",
                (older_than,),
            ).fetchone()
            last_old, first_new = conn.execute(
                "SELECT (SELECT xid FROM sync_changes WHERE logged_at < %(cutoff)s "
                "        AND xid < %(xmin)s::xid8 ORDER BY xid DESC LIMIT 1)::text, "
                "       (SELECT xid FROM sync_changes WHERE logged_at >= %(cutoff)s "
                "        ORDER BY xid LIMIT 1)::text",
                {"cutoff": cutoff, "xmin": xmin},
            ).fetchone()
        except psycopg.errors.UndefinedColumn:
            raise CentralAdminError(
                msg(
                    "the central store predates pruning by age; run 'vipcrm central init' "
                    "with this vipcrm first"
                )
            ) from None
        old_horizon = int(old)
        horizon = old_horizon
        if last_old is not None:
            candidate = int(last_old)
            if first_new is not None:
                candidate = min(candidate, int(first_new))
            horizon = max(horizon, candidate)
        removed = 0
        if horizon > old_horizon:
            if dry_run:
                removed = conn.execute(
                    "SELECT count(*) FROM sync_changes WHERE xid < %s::xid8", (str(horizon),)
                ).fetchone()[0]
            else:
                removed = conn.execute(
                    "DELETE FROM sync_changes WHERE xid < %s::xid8", (str(horizon),)
                ).rowcount
                conn.execute(
                    "UPDATE central_meta SET log_horizon = greatest(log_horizon, %s::xid8)",
                    (str(horizon),),
                )
        kept = conn.execute("SELECT count(*) FROM sync_changes").fetchone()[0]
        if dry_run:
            kept -= removed
        behind: tuple[str, ...] = ()
        if horizon > old_horizon:
            behind = tuple(
                r[0]
                for r in conn.execute(
                    "SELECT m.code FROM central_logins l JOIN managers m ON m.id = l.manager_id "
                    "WHERE m.active AND NOT m.deleted AND NOT EXISTS (SELECT 1 FROM "
                    "sync_applied_ops o WHERE o.login = l.role_name AND o.applied_at >= %s) "
                    "ORDER BY 1",
                    (cutoff,),
                )
            )
        if dry_run:
            conn.rollback()
    return PruneReport(
        target=pgconn.describe(dsn),
        dry_run=dry_run,
        cutoff=cutoff,
        old_horizon=old_horizon,
        new_horizon=horizon,
        removed=int(removed),
        kept=int(kept),
        waited_for=waited,
        behind=behind,
    )


def _quiesce(conn: psycopg.Connection[Any], wait: float) -> int:
    """Lock ``central_meta`` (a sync's ``hello`` waits) and let running syncs finish.

    Returns how many were running. A session waiting for this lock has not read the
    horizon yet, so it does not count as running.
    """
    deadline = time.monotonic() + wait  # one budget for the lock and the syncs in flight
    conn.execute(f"SET LOCAL lock_timeout = {max(1, int(wait * 1000))}")
    try:
        conn.execute("LOCK TABLE central_meta IN ACCESS EXCLUSIVE MODE")
    except psycopg.errors.LockNotAvailable:
        raise CentralAdminError(
            msg(
                "the central store's settings stayed in use for {seconds} s (an open "
                "transaction?); nothing was pruned",
                seconds=round(wait),
            )
        ) from None

    def running() -> set[int]:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        return {
            r[0]
            for r in conn.execute(
                "SELECT a.pid FROM pg_stat_activity a "
                "JOIN central_logins l ON l.role_name = a.usename "
                "WHERE a.datid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND a.pid <> pg_backend_pid() "
                "AND NOT (pg_backend_pid() = ANY (pg_blocking_pids(a.pid)))"
            )
        }

    first = left = running()
    while left:
        if time.monotonic() >= deadline:
            raise CentralAdminError(
                msg(
                    "{count} laptop(s) were still syncing after {seconds} s; nothing was "
                    "pruned, try again later",
                    count=len(left),
                    seconds=round(wait),
                )
            )
        time.sleep(0.2)
        left = running() & left
    return len(first)
