"""Fill the outbox in the same transaction as every change to a synchronised row.

A session ``after_flush`` hook turns each inserted or changed :class:`Synced` row into an
:class:`OutboxEntry`: inserts carry the whole row, updates carry the changed fields with
the values they replaced and the version the edit started from (for per-field merges),
and a tombstone (``deleted`` set) travels as a delete. Hard deletes of synchronised rows
are refused. Rows applied from the central store (and local-only demo data) are written with
``session.info["no_outbox"] = True`` and produce no outbox entries.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from vipcrm.domain.dates import utcnow
from vipcrm.store.models import Base, OutboxEntry, Synced

# Inserts are recorded parents first, so the central store can apply them in order.
_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
_TXN_KEY = "outbox_txn_id"


def to_json(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_values(obj: Synced) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: to_json(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _changes(obj: Synced) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    new: dict[str, Any] = {}
    old: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in ("version", "updated_at"):
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            new[attr.key] = to_json(hist.added[0] if hist.added else None)
            old[attr.key] = to_json(hist.deleted[0] if hist.deleted else None)
    return new, old


@event.listens_for(Session, "before_flush")
def _refuse_hard_deletes(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced) and not session.info.get("no_outbox"):
            raise RuntimeError(
                f"{type(obj).__name__} rows are never deleted; set deleted=True (tombstone)"
            )


@event.listens_for(Session, "after_transaction_create")
def _new_transaction_id(session: Session, transaction: Any) -> None:
    """Entries of one local transaction share a ``txn_id`` (applied all-or-none centrally)."""
    if transaction.parent is None:
        session.info[_TXN_KEY] = uuid.uuid4()


@event.listens_for(Session, "after_flush")
def _record_outbox(session: Session, flush_context: Any) -> None:
    if session.info.get("no_outbox"):
        return
    entries: list[dict[str, Any]] = []
    now = utcnow()
    txn_id = session.info.setdefault(_TXN_KEY, uuid.uuid4())
    inserted = [obj for obj in session.new if isinstance(obj, Synced)]
    inserted.sort(key=lambda obj: _TABLE_ORDER.get(obj.__tablename__, 0))
    for obj in inserted:
        entries.append(
            {
                "op_id": uuid.uuid4(),
                "table_name": obj.__tablename__,
                "row_id": obj.id,
                "op": "insert",
                "base_version": None,
                "payload": {"row": row_values(obj)},
                "created_at": now,
                "txn_id": txn_id,
            }
        )
    for obj in session.dirty:
        if not isinstance(obj, Synced) or not session.is_modified(obj, include_collections=False):
            continue
        new, old = _changes(obj)
        if not new:
            continue
        op = "delete" if new.get("deleted") is True else "update"
        entries.append(
            {
                "op_id": uuid.uuid4(),
                "table_name": obj.__tablename__,
                "row_id": obj.id,
                "op": op,
                "base_version": obj.version - 1,
                "payload": {"changes": new, "base": old},
                "created_at": now,
                "txn_id": txn_id,
            }
        )
    if entries:
        session.execute(insert(OutboxEntry), entries)
