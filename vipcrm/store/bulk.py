"""Bulk writes for large imports, with their outbox entries in the same transaction.

The ORM's unit of work (and its outbox hook) costs too much per row for a 100,000-row
grading file; these write rows with ``executemany`` and add the same outbox entries the
hook would have written (:mod:`vipcrm.store.outbox`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from enum import Enum
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session

from vipcrm.domain.dates import utcnow
from vipcrm.store.models import OutboxEntry, Synced
from vipcrm.store.outbox import to_json


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
    full = [{**synced, **row} for row in rows]
    common = _plain(synced)  # the same for every row: converted once
    connection = session.connection()  # Core, not the ORM's bulk path: several times faster
    connection.execute(insert(model.__table__), full)
    if not session.info.get("no_outbox"):
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
    table = model.__table__
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


_AS_JSON: dict[type, Any] = {t: None for t in (str, int, float, bool, type(None))}  # None: as is


def _converter(kind: type) -> Any:
    if kind not in _AS_JSON:
        _AS_JSON[kind] = (lambda v: v.value) if issubclass(kind, Enum) else to_json
    return _AS_JSON[kind]


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready values, as :func:`vipcrm.store.outbox.to_json` makes them (one lookup per value)."""
    out = {}
    for key, value in values.items():
        convert = _converter(type(value))
        out[key] = value if convert is None else convert(value)
    return out


def _write_outbox(
    session: Session, entries: list[tuple[str, uuid.UUID, str, int | None, dict]], now: Any
) -> None:
    """Outbox rows for ``entries`` (table, row id, op, base version, payload).

    On SQLite they go straight to the driver in the form SQLAlchemy itself stores (UUIDs as
    32 hex digits, naive UTC timestamps, JSON text): the per-row type processing of a
    100,000-row import otherwise costs more than the import.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(
            insert(OutboxEntry.__table__),
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
    cursor = connection.connection.driver_connection.cursor()
    cursor.executemany(
        "INSERT INTO outbox (op_id, table_name, row_id, op, base_version, payload, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(uuid.uuid4().hex, t, r.hex, op, b, json.dumps(p), stamp) for t, r, op, b, p in entries],
    )
