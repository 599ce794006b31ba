"""Bulk writes for large imports, with their outbox entries in the same transaction.

The ORM's unit of work (and its outbox hook) costs too much per row for a 100,000-row
grading file; these write rows with ``executemany`` and add the same outbox entries the
hook would have written (:mod:`vipcrm.store.outbox`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
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
    full = [{"version": 1, "updated_at": now, "deleted": False, **row} for row in rows]
    session.execute(insert(model), full)
    if not session.info.get("no_outbox"):
        session.execute(
            insert(OutboxEntry),
            [
                {
                    "op_id": uuid.uuid4(),
                    "table_name": model.__tablename__,
                    "row_id": row["id"],
                    "op": "insert",
                    "base_version": None,
                    "payload": {"row": {k: to_json(v) for k, v in row.items()}},
                    "created_at": now,
                }
                for row in full
            ],
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
        session.execute(
            insert(OutboxEntry),
            [
                {
                    "op_id": uuid.uuid4(),
                    "table_name": model.__tablename__,
                    "row_id": u.id,
                    "op": "delete" if u.changes.get("deleted") is True else "update",
                    "base_version": u.version,
                    "payload": {
                        "changes": {k: to_json(v) for k, v in u.changes.items()},
                        "base": {k: to_json(v) for k, v in u.base.items()},
                    },
                    "created_at": now,
                }
                for u in updates
            ],
        )
