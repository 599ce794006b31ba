"""Bulk writes for large imports, with their outbox entries in the same transaction.

The ORM's unit of work (and its outbox hook) costs too much per row for a 100,000-row
grading file; these write rows with ``executemany`` and add the same outbox entries the
hook would have written (:mod:`vipcrm.store.outbox`).

On SQLite the rows and their outbox entries go straight to the driver, each value converted
to the form its column type stores (``tests/store/test_bulk.py`` compares the rows, outbox
and audit trail with what SQLAlchemy's own conversions wrote). New ids are handed out in
ascending order (:func:`new_ids`) so that inserts append to the id indexes, and
:func:`bulk_writes` gives the block a larger page cache (otherwise the indexes of 100,000
new rows spill, and in an encrypted file every page spilled is encrypted and written again)
with the cyclic garbage collector paused.
"""

from __future__ import annotations

import gc
import json
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from enum import Enum
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, ColumnDefault, Table, bindparam, insert, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vipcrm.domain.dates import utcnow
from vipcrm.store.models import OutboxEntry, Synced, table_of
from vipcrm.store.outbox import to_json
from vipcrm.store.types import EnumText

# SQLite's page cache while bulk writes run (KiB). 100,000 members with their history and
# outbox make a ~180 MB file; past ~32 MB of cache the import no longer re-writes pages.
BULK_CACHE_KIB = 64 * 1024
_OUTBOX_INSERT = (
    "INSERT INTO outbox (op_id, table_name, row_id, op, base_version, payload, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)


_FREEZE_AFTER_PAUSE = False


def freeze_after_pauses(enabled: bool = True) -> None:
    """After each :func:`gc_paused` block, move every object alive to the collector's
    permanent generation (``gc.freeze``) instead of leaving them all young.

    For the desktop process: a region-wide computation leaves ~200,000 new objects, which
    the collector's next three passes (young, middle, old) would each walk — one to three
    seconds each on a worker, holding the interpreter lock, so the window stalls too.
    Frozen objects are still freed by reference counting when dropped; what a freeze costs
    is that cyclic garbage alive at that moment is never collected (small here: the block's
    own session and rows). Off by default: tests and commands run short-lived.
    """
    global _FREEZE_AFTER_PAUSE
    _FREEZE_AFTER_PAUSE = enabled


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while hundreds of thousands of small, acyclic
    objects are built (rows, facts, items): they would otherwise trigger repeated full
    collections; reference counting still frees them. Used by imports and the due engine.
    See :func:`freeze_after_pauses` for what the desktop process does when it ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _FREEZE_AFTER_PAUSE:
            gc.freeze()
        elif gc.get_freeze_count() == 0:
            # What the block left goes to the oldest generation without a pass over it:
            # frozen and unfrozen at once (nothing else is frozen in this process). The
            # young pass that the first allocation after the pause would start walks
            # every object built in the block (~100-180 ms for the region's due items).
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


@contextmanager
def bulk_writes(session: Session) -> Iterator[None]:
    """Settings for a block of bulk work, restored after it; what is written is unchanged.

    - SQLite's page cache is made larger (``PRAGMA cache_size``, a setting of the
      connection, valid inside a transaction; other databases: no change).
    - The cyclic garbage collector is paused: hundreds of thousands of small acyclic rows,
      dicts and tuples would otherwise trigger repeated full collections (~1 s of a
      100,000-row import; :func:`gc_paused`).
    """
    with gc_paused(), _larger_cache(session):
        yield


@contextmanager
def _larger_cache(session: Session) -> Iterator[None]:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    cursor = _driver_cursor(connection)
    # int(): SQLCipher answers some pragmas with text
    before = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
    page_kib = int(cursor.execute("PRAGMA page_size").fetchone()[0]) / 1024
    if (-before if before < 0 else before * page_kib) >= BULK_CACHE_KIB:  # only made larger
        yield
        return
    cursor.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        if not connection.invalidated:  # Ctrl+C inside a statement closes the connection
            cursor.execute(f"PRAGMA cache_size = {before}")


def new_ids(count: int) -> list[uuid.UUID]:
    """``count`` new random ids (version 4), ascending: rows inserted in this order append to
    the id indexes instead of landing all over them (~1 s less for 100,000 members with their
    history and outbox). The ids are as random as ever; only the order they are used in is not.
    """
    return [uuid.UUID(int=value) for value in _random_v4(count)]


def new_id_bytes(count: int) -> bytes:
    """``count`` new ids as :func:`new_ids` draws them (random, version 4, ascending), as one
    string of 16 bytes each: for SQL that hands out the ``k``-th with
    ``lower(hex(substr(:ids, 16 * k + 1, 16)))``, the 32 hex digits a ``Uuid`` column stores
    on SQLite (and an outbox operation id)."""
    return b"".join(value.to_bytes(16, "big") for value in _random_v4(count))


def stored_value(column: Column[Any], dialect: Dialect, value: Any) -> Any:
    """``value`` as the column's type stores it through the driver (what an insert binds)."""
    return _storage_converter(column, dialect)(value)


def outbox_stamp(now: Any) -> str:
    """An outbox entry's ``created_at`` as stored (naive UTC text)."""
    return str(now.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" "))


def encode_json(value: Any) -> str:
    """The JSON text of ``value`` exactly as the outbox payloads written here have it
    (``json.dumps``' separators, ASCII only; ids, times and enums as ``to_json`` gives them)."""
    return _encode_json(value)


def _op_ids(count: int) -> list[str]:
    """New outbox operation ids (version 4, as stored: 32 hex digits), ascending (see new_ids)."""
    return [f"{value:032x}" for value in _random_v4(count)]


# uuid.uuid4() is UUID(bytes=os.urandom(16), version=4): 122 random bits, then these.
_V4_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_V4_SET = (0x8000 << 48) | (4 << 76)


def _random_v4(count: int) -> list[int]:
    """``count`` random version-4 UUIDs as integers, sorted; one read of os.urandom."""
    raw = os.urandom(16 * count)
    from_bytes = int.from_bytes
    return sorted(
        from_bytes(raw[i : i + 16], "big") & _V4_CLEAR | _V4_SET for i in range(0, 16 * count, 16)
    )


@dataclass(frozen=True)
class RowUpdate:
    id: uuid.UUID
    version: int  # the version the change starts from
    changes: dict[str, Any]
    base: dict[str, Any]  # the values replaced


def insert_rows(session: Session, model: type[Synced], rows: Sequence[dict[str, Any]]) -> None:
    """Insert new rows (ids and every column given) and their outbox entries."""
    if not rows:
        return
    now = utcnow()
    synced = {"version": 1, "updated_at": now, "deleted": False}
    connection = session.connection()
    outbox = not session.info.get("no_outbox")
    if connection.dialect.name == "sqlite" and _driver_insertable(table_of(model), rows[0], synced):
        _driver_insert(connection, table_of(model), rows, synced, now, outbox)
        return
    full = [{**synced, **row} for row in rows]
    common = _plain(synced)  # the same for every row: converted once
    connection.execute(insert(table_of(model)), full)  # Core, not the ORM's bulk path
    if outbox:
        _write_outbox(
            session,
            [
                (model.__tablename__, row["id"], "insert", None, {"row": _plain(row) | common})
                for row in rows
            ],
            now,
        )


def update_rows(session: Session, model: type[Synced], updates: Sequence[RowUpdate]) -> None:
    """Apply per-row field changes (grouped by the set of fields) with version bumps and outbox entries."""
    if not updates:
        return
    now = utcnow()
    table = table_of(model)
    groups: dict[tuple[str, ...], list[RowUpdate]] = {}
    for u in updates:
        groups.setdefault(tuple(sorted(u.changes)), []).append(u)
    for fields, items in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"), table.c.version == bindparam("_version"))
            .values(
                {f: bindparam(f"_v_{f}") for f in fields}
                | {"version": bindparam("_new_version"), "updated_at": bindparam("_now")}
            )
        )
        params = [
            {"_id": u.id, "_version": u.version, "_new_version": u.version + 1, "_now": now}
            | {f"_v_{f}": u.changes[f] for f in fields}
            for u in items
        ]
        result = session.connection().execute(stmt, params)
        if result.rowcount != len(items):
            raise RuntimeError(
                f"{model.__tablename__}: rows changed while being updated; nothing was written"
            )
    if not session.info.get("no_outbox"):
        _write_outbox(
            session,
            [
                (
                    model.__tablename__,
                    u.id,
                    "delete" if u.changes.get("deleted") is True else "update",
                    u.version,
                    {"changes": _plain(u.changes), "base": _plain(u.base)},
                )
                for u in updates
            ],
            now,
        )


def _driver_insertable(table: Table, first: dict[str, Any], synced: dict[str, Any]) -> bool:
    """Whether :func:`_driver_insert` writes these rows as Core's ``insert`` would.

    Every key must be a column; a column left out must have no Python-side default (Core
    would fill it in) or a plain value as its default (filled in here the same way).
    """
    if any(key not in table.c or key in synced for key in first):
        return False
    for column in table.c:
        if column.key in first or column.key in synced or column.default is None:
            continue
        if not column.default.is_scalar:
            return False
    return True


def _driver_insert(
    connection: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    synced: dict[str, Any],
    now: Any,
    outbox: bool,
) -> None:
    """Insert through the driver: one ``executemany`` for the rows, one for their outbox.

    Every row has the keys of the first (as Core requires). Each value goes through its
    column type's conversion (an enum through a dictionary); the values every row shares
    (``synced`` and scalar defaults of the columns left out) are converted once.
    """
    dialect = connection.dialect
    keys = tuple(rows[0])
    shared = dict(synced)
    for column in table.c:
        default = column.default
        if (
            column.key not in keys
            and column.key not in shared
            and isinstance(default, ColumnDefault)
        ):
            shared[column.key] = default.arg
    stored = _stored_rows(connection, table, keys, rows, shared)
    if not outbox:
        return
    # The payload as insert_rows() makes it elsewhere: {"row": _plain(row) | _plain(synced)},
    # the JSON encoder converting what _plain() would (_json_default).
    common = _plain(synced)
    id_at = keys.index("id")
    stamp = outbox_stamp(now)
    name = str(table.name)  # a plain str: the driver binds a subclass much more slowly
    encode = _encode_json
    entries = [
        (op_id, name, values[id_at], "insert", None, encode({"row": {**row, **common}}), stamp)
        for row, values, op_id in zip(rows, stored, _op_ids(len(rows)), strict=True)
    ]
    cursor = _driver_cursor(connection)
    _driver_executemany(dialect, cursor, _OUTBOX_INSERT, entries)


def _stored_rows(
    connection: Connection,
    table: Table,
    keys: tuple[str, ...],
    rows: Sequence[dict[str, Any]],
    shared: dict[str, Any],
) -> list[list[Any]]:
    """Insert ``rows`` (each with ``keys``, plus the ``shared`` values) through the driver's
    ``executemany``, each value converted as its column type stores it; the stored rows."""
    dialect = connection.dialect
    names = keys + tuple(shared)
    tail = [_storage_converter(table.c[k], dialect)(v) for k, v in shared.items()]
    conversions = [(i, _storage_converter(table.c[k], dialect)) for i, k in enumerate(keys)]
    conversions = [(i, f) for i, f in conversions if f is not _as_is]
    get = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    stored: list[list[Any]] = []
    for row in rows:
        values = [*get(row)]
        for i, convert in conversions:
            values[i] = convert(values[i])
        values += tail
        stored.append(values)
    columns = ", ".join(dialect.identifier_preparer.quote(table.c[n].name) for n in names)
    statement = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({columns})"
        f" VALUES ({', '.join('?' * len(names))})"
    )
    cursor = _driver_cursor(connection)
    _driver_executemany(dialect, cursor, statement, stored)
    return stored


def insert_plain(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows into a table that is not synchronised (no outbox, no version columns):
    local bookkeeping and temporary tables. Every row has the keys of the first."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        _stored_rows(connection, table, tuple(rows[0]), rows, {})
    else:
        connection.execute(insert(table), rows)


def _as_is(value: Any) -> Any:
    return value


def _storage_converter(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any]:
    """The column type's conversion to what the driver stores (``_as_is`` when there is none)."""
    kind = column.type
    convert = kind.dialect_impl(dialect).bind_processor(dialect) or _as_is
    if isinstance(kind, EnumText):  # the same result without the TypeDecorator's calls
        lookup: dict[Enum | None, str | None] = {member: member.value for member in kind.enum}
        lookup[None] = None
        slow = convert

        def convert(value: Any) -> Any:
            try:
                return lookup[value]
            except (KeyError, TypeError):
                return slow(value)

    return convert


def _json_default(value: Any) -> Any:
    """The JSON form of a value JSON has none for, as _plain() makes it (ids, times, enums).

    Strings, numbers, booleans and None (str and int enums too: their value) are written
    by the encoder itself, as for _plain()'s output.
    """
    convert = _AS_JSON.get(type(value))
    converted = convert(value) if convert is not None else to_json(value)
    if converted is value:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return converted


def _json_encoder() -> Callable[[Any], str]:
    """``json.dumps`` with :func:`_json_default`, its C encoder made once, not per call."""
    try:
        from _json import make_encoder
    except ImportError:
        return json.JSONEncoder(default=_json_default).encode
    from json.encoder import encode_basestring_ascii

    # json.dumps' defaults (", ", ": ", ASCII, NaN allowed); no cycle check: flat values
    chunks = make_encoder(
        None, _json_default, encode_basestring_ascii, None, ": ", ", ", False, False, True
    )
    return lambda value: "".join(chunks(value, 0))


_encode_json = _json_encoder()


def _driver_cursor(connection: Connection) -> Any:
    """A cursor of the driver's connection under SQLAlchemy's (open: it has one)."""
    driver = connection.connection.driver_connection
    assert driver is not None
    return driver.cursor()


def _driver_executemany(dialect: Dialect, cursor: Any, statement: str, rows: list[Any]) -> None:
    """``executemany`` on the driver's cursor; its errors raised as SQLAlchemy's would be."""
    try:
        cursor.executemany(statement, rows)
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(
            statement, None, exc, dialect.loaded_dbapi.Error, hide_parameters=True, dialect=dialect
        ) from exc


_AS_JSON: dict[type, Any] = {t: None for t in (str, int, float, bool, type(None))}  # None: as is
_AS_JSON[uuid.UUID] = str  # what to_json() gives, without its isinstance chain


def _converter(kind: type) -> Any:
    if kind not in _AS_JSON:
        if issubclass(kind, Enum):  # the value of each member, looked up (not the property)
            _AS_JSON[kind] = {member: member.value for member in kind}.__getitem__
        else:
            _AS_JSON[kind] = to_json
    return _AS_JSON[kind]


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready values, as :func:`vipcrm.store.outbox.to_json` makes them (one lookup per value)."""
    out = {}
    for key, value in values.items():
        convert = _converter(type(value))
        out[key] = value if convert is None else convert(value)
    return out


def _write_outbox(
    session: Session,
    entries: list[tuple[str, uuid.UUID, str, int | None, dict[str, Any]]],
    now: Any,
) -> None:
    """Outbox rows for ``entries`` (table, row id, op, base version, payload).

    On SQLite they go straight to the driver in the form SQLAlchemy itself stores (UUIDs as
    32 hex digits, naive UTC timestamps, JSON text): the per-row type processing of a
    100,000-row import otherwise costs more than the import.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(
            insert(table_of(OutboxEntry)),
            [
                {
                    "op_id": uuid.uuid4(),
                    "table_name": t,
                    "row_id": r,
                    "op": op,
                    "base_version": b,
                    "payload": p,
                    "created_at": now,
                }
                for t, r, op, b, p in entries
            ],
        )
        return
    stamp = now.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    cursor = _driver_cursor(connection)
    _driver_executemany(
        connection.dialect,
        cursor,
        _OUTBOX_INSERT,
        [
            (op_id, t, r.hex, op, b, _encode_json(p), stamp)
            for op_id, (t, r, op, b, p) in zip(_op_ids(len(entries)), entries, strict=True)
        ],
    )
