"""Opening the local database: SQLite (WAL, foreign keys) brought to head by Alembic."""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

import vipcrm.store.audit  # noqa: F401  (registers the audit trail hook)
import vipcrm.store.clean_text  # noqa: F401  (registers the clean-text check)
import vipcrm.store.outbox  # noqa: F401  (registers the outbox hooks)
from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import VipcrmError, msg
from vipcrm.paths import migrations_dir
from vipcrm.store import known_links
from vipcrm.store.crypto import encrypt_in_place, is_plain, key_for, pragma_key
from vipcrm.store.files import create_private
from vipcrm.store.known_links import KnownLink

APP_NAME = "vipcrm"
log = logging.getLogger(__name__)


class DatabaseError(VipcrmError):
    """The database cannot be opened or brought up to date."""


class DamagedDatabase(DatabaseError):
    """The file is not a readable database: damaged (or a key that does not open it).
    The edges add which backup to restore (vipcrm.services.backup.recovery_advice)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class MissingDatabase(DatabaseError):
    """The database file is gone, but this computer had linked it to a central store:
    nothing is created silently (a fresh copy or a restore is offered instead)."""

    def __init__(self, message: str, path: Path, link: KnownLink) -> None:
        super().__init__(message)
        self.path = path
        self.link = link


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vipcrm.db"


def resolve_db_url(db: str | os.PathLike[str] | None) -> str:
    """``--db`` / ``VIPCRM_DB``: a file path or an SQLAlchemy URL; default the user data dir."""
    value = str(db) if db else os.environ.get("VIPCRM_DB") or str(default_db_path())
    if "://" in value:
        return value
    path = Path(value).expanduser()
    return f"sqlite:///{path.resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, issue BEGIN (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """Writes take the write lock up front (BEGIN IMMEDIATE), reads do not.

    A deferred transaction that reads and then writes can fail with "database is locked"
    when another writer committed in between; an immediate one waits its turn
    (busy_timeout) and then sees the latest data, so guarded updates stay correct.
    """
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(url: str, key: str | None = None) -> Engine:
    """An engine for ``url``; with ``key``, a SQLCipher-encrypted SQLite file."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            if path.exists() and path.is_dir():
                raise DatabaseError(msg("--db {path}: is a folder, not a database file", path=path))
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    msg(
                        "--db {path}: cannot create its folder ({reason})",
                        path=path,
                        reason=exc.strerror,
                    )
                ) from None
            try:
                create_private(path)  # before SQLite creates it with the umask's permissions
            except OSError as exc:
                raise DatabaseError(
                    msg("--db {path}: cannot create it ({reason})", path=path, reason=exc.strerror)
                ) from None
        if key is None:
            engine = create_engine(url)
        else:
            import sqlcipher3

            engine = create_engine(url, module=sqlcipher3)

            @event.listens_for(engine, "connect", insert=True)
            def _unlock(dbapi_connection: Any, connection_record: Any) -> None:
                dbapi_connection.execute(pragma_key(key))  # before anything else touches the file

        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url)


def alembic_config(url: str | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent)."""
    if _at_head(engine):
        return  # the usual start: Alembic (~0.2 s of imports) is not loaded at all
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        # A SQLite revision that rebuilds a table (Alembic's batch mode: copy, drop, rename)
        # drops a table other rows point at; with the foreign keys on, SQLite refuses that
        # drop once those rows exist. SQLite's own procedure: the keys off outside the
        # transaction, the rebuild, then ``PRAGMA foreign_key_check`` before the commit.
        # Only the rows the upgrade left dangling stop it: a file from an older version (or
        # edited by hand) may hold some from before, which the upgrade neither made nor mends.
        if sqlite:
            _driver_pragma(connection, "PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                before = _dangling(connection) if sqlite else Counter()
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
                if sqlite:
                    new = _dangling(connection) - before
                    if new:  # rolled back: the file stays at its old revision
                        (table, parent, _cols, _values), _n = next(iter(new.items()))
                        raise RuntimeError(
                            f"the upgrade left {new.total()} row(s) of {table} pointing at "
                            f"no {parent} row"
                        )
                    if before:
                        log.warning(
                            "the database held %d row(s) pointing at no row before the "
                            "upgrade (kept as they were): %s",
                            before.total(),
                            ", ".join(
                                f"{n} of {table} → {parent}"
                                for (table, parent, _c, _v), n in before.items()
                            ),
                        )
        finally:
            if sqlite:
                _driver_pragma(connection, "PRAGMA foreign_keys = ON")


def _dangling(connection: Connection) -> Counter[tuple[str, str, tuple[str, ...], tuple[Any, ...]]]:
    """The rows pointing at no row (``PRAGMA foreign_key_check``), counted by their table,
    the table they point at, and the key columns with their values: not by rowid or key
    number, which a table rebuild may renumber."""
    found: Counter[tuple[str, str, tuple[str, ...], tuple[Any, ...]]] = Counter()
    keys: dict[str, dict[int, list[str]]] = {}
    for table, rowid, parent, fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        if table not in keys:
            keys[table] = {}
            for key in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
                keys[table].setdefault(key[0], []).append(key[3])  # id, seq, table, from
        columns = tuple(keys[table].get(fk, ()))
        values: tuple[Any, ...] = ()
        if columns and rowid is not None:
            names = ", ".join(f'"{c}"' for c in columns)
            row = connection.exec_driver_sql(
                f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,)
            ).first()
            values = tuple(row) if row is not None else ()
        found[(table, parent, columns, values)] += 1
    return found


def _driver_pragma(connection: Connection, pragma: str) -> None:
    """Run a PRAGMA on the driver's connection, outside any transaction (``foreign_keys``
    is a no-op inside one, and SQLAlchemy would begin one for a statement of its own)."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(pragma)
    finally:
        cursor.close()


def _script_heads() -> set[str]:
    """The newest revisions of ``migrations/versions``, read from the files' ``revision`` and
    ``down_revision`` lines without loading Alembic; empty when that reading is unsure."""
    import re

    line = re.compile(r"^(revision|down_revision)\b[^=]*=\s*(.+)$", re.MULTILINE)
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        found = dict((k, v) for k, v in line.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            return set()
        revisions.update(re.findall(r"[\"']([0-9a-zA-Z_]+)[\"']", found["revision"]))
        parents.update(re.findall(r"[\"']([0-9a-zA-Z_]+)[\"']", found.get("down_revision", "")))
    return revisions - parents


def _at_head(engine: Engine) -> bool:
    """Whether the stored revision is already the newest one (checked with plain SQL)."""
    try:
        heads = _script_heads()
        if not heads:
            return False
        with engine.connect() as connection:
            if not connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).first():
                return False
            stored = {
                r[0] for r in connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            }
        return stored == heads
    except Exception:  # any doubt: let Alembic decide
        return False


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@dataclass
class Database:
    """The open local database: an engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]
    key: str | None = field(default=None, repr=False)  # SQLCipher key; None: not encrypted
    #: who acts in this process: set once (the window at start, or when demo data makes
    #: someone the user); each unit of work records its changes under it
    actor: Actor | None = None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def display_name(self) -> str:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite":
            return str(parsed.database)
        return parsed.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self.write_sessions.begin() as session:
            if self.actor is not None:
                session.info.setdefault("actor", self.actor)
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def is_empty(self) -> bool:
        from sqlalchemy import select

        from vipcrm.store.models import Member

        with self.reading() as session:
            return session.scalar(select(Member.id).limit(1)) is None

    def dispose(self) -> None:
        self.engine.dispose()


def local_key(url: str) -> str | None:
    """The encryption key for a local SQLite file (see vipcrm.store.crypto), encrypting a
    plain file in place the first time; None when the database is not encrypted."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    path = Path(parsed.database)
    key = key_for(path)
    if key is not None and is_plain(path):
        encrypt_in_place(path, key)
    return key


def _refuse_if_missing(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return
    path = Path(parsed.database)
    if parsed.database == ":memory:" or (path.exists() and path.stat().st_size > 0):
        return
    link = known_links.recall(path)
    if link is not None:
        raise MissingDatabase(
            msg(
                "the database {path} is missing; this laptop was connected to the central "
                "store {target} as {user}. Make a fresh copy from it with: vipcrm sync "
                "--fresh (or start an empty, unlinked database: vipcrm init)",
                path=path,
                target=link.target,
                user=link.user,
            ),
            path,
            link,
        )


def open_database(
    db: str | os.PathLike[str] | None = None, *, migrate: bool = True, recreate: bool = False
) -> Database:
    """Open (and bring to head) the database; a missing file is created, unless this computer
    had linked it to a central store (:class:`MissingDatabase`; ``recreate`` creates it)."""
    url = resolve_db_url(db)
    if not recreate:
        _refuse_if_missing(url)
    key = local_key(url)
    engine = create_db_engine(url, key)
    try:
        if migrate:
            upgrade_to_head(engine)
        elif current_revision(engine) != head_revision():
            raise DatabaseError(
                msg(
                    "the database {path} is not initialised; run 'vipcrm init'",
                    path=make_url(url).database,
                )
            )
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3.DatabaseError: not a database, locked, ...
        engine.dispose()
        reason = getattr(exc, "orig", exc)
        path = Path(make_url(url).database or "")
        if key is not None and "not a database" in str(reason):
            raise DamagedDatabase(
                msg(
                    "cannot open the database {url}: the key in the keyring does not open it "
                    "(it is damaged, or not a vipcrm database)",
                    url=url,
                ),
                path,
            ) from None
        if _damaged(str(reason)):
            raise DamagedDatabase(
                msg(
                    "cannot open the database {url}: it is damaged, or not a database ({reason})",
                    url=url,
                    reason=str(reason),
                ),
                path,
            ) from None
        raise DatabaseError(
            msg("cannot open the database {url}: {reason}", url=url, reason=str(reason))
        ) from exc
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    return Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        write_sessions=sessionmaker(writer, expire_on_commit=False),
        key=key,
    )


def _damaged(reason: str) -> bool:
    return "malformed" in reason or "not a database" in reason or "disk I/O error" in reason


def acting(db: Database) -> Actor:
    """The user acting in this process (``db.actor``, set once by the window)."""
    if db.actor is None:
        raise RuntimeError("no acting user: Database.actor is set before the window is built")
    return db.actor


def damaged_database_message(exc: Exception, db: str | None) -> str | None:
    """A plain explanation when SQLite reports a damaged or busy file (None: not that case);
    for a damaged one the command line adds which backup to restore."""
    reason = str(getattr(exc, "orig", exc))
    where = resolve_db_url(db)
    if _damaged(reason):
        return f"the database {where} is damaged ({reason})."
    if "database is locked" in reason:
        return f"the database {where} is busy (another vipcrm is writing); try again in a moment"
    if "database or disk is full" in reason:
        return (
            f"the disk holding {where} is full; nothing was written. Free some space and try again"
        )
    return None
