"""The audit trail (痕迹管理): every create, change and tombstone of a synchronised row is
recorded in ``audit_log`` in the same transaction: who (the acting user's code), when, from
which device, and the before/after of each changed field.

Who acts is the ``Actor`` in ``session.info["actor"]`` (set by the unit of work: the
command's resolved user, or ``Database.actor``, the window's one acting user). Rows applied from the central store, local demo data
(``session.info["no_outbox"]``) and the bulk rows of a grading import (recorded as one
``grading_imports`` row) are not audited here; the central store keeps its own trail of
what it applied. The log is append-only: triggers in the database refuse UPDATE and DELETE.
Each audit row also goes to the outbox, so the trail reaches the central store.
"""

from __future__ import annotations

import socket
import uuid
from functools import cache
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import utcnow
from vipcrm.store.models import AuditEntry, Card, OutboxEntry, Synced, table_of
from vipcrm.store.outbox import to_json

SKIP_FIELDS = {"version", "updated_at", "name_pinyin"}


def acting_code(session: Session) -> str:
    """The code of the user acting in ``session`` ("" when nobody is: setup, sync)."""
    actor = session.info.get("actor")
    return actor.code if isinstance(actor, Actor) else ""


@cache
def device_name() -> str:
    try:
        return socket.gethostname()[:100]
    except OSError:
        return ""


def _member_of(session: Session, obj: Synced) -> uuid.UUID | None:
    if obj.__tablename__ == "members":
        return obj.id
    member_id: uuid.UUID | None = getattr(obj, "member_id", None)
    if member_id is not None:
        return member_id
    card_id = getattr(obj, "card_id", None)
    if card_id is not None:
        return session.execute(select(Card.member_id).where(Card.id == card_id)).scalar()
    return None


def _inserted(obj: Synced) -> dict[str, list[Any]]:
    mapper = inspect(obj).mapper
    return {
        a.key: [None, to_json(getattr(obj, a.key))]
        for a in mapper.column_attrs
        if a.key not in SKIP_FIELDS
        and a.key not in ("id", "deleted")
        and getattr(obj, a.key) is not None
    }


def _changed(obj: Synced) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in SKIP_FIELDS:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
            if before != after:
                changes[attr.key] = [to_json(before), to_json(after)]
    return changes


@event.listens_for(Session, "after_flush")
def _record_audit(session: Session, flush_context: Any) -> None:
    if session.info.get("no_outbox"):
        return
    actor = acting_code(session)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Synced) and not isinstance(obj, AuditEntry):
            rows.append(_row(session, obj, "insert", _inserted(obj), actor, now))
    for obj in session.dirty:
        if not isinstance(obj, Synced) or isinstance(obj, AuditEntry):
            continue
        changes = _changed(obj)
        if changes:
            op = "delete" if changes.get("deleted") == [False, True] else "update"
            rows.append(_row(session, obj, op, changes, actor, now))
    if not rows:
        return
    session.execute(insert(table_of(AuditEntry)), rows)
    txn_id = session.info.get("outbox_txn_id")
    outbox = [
        {
            "op_id": uuid.uuid4(),
            "table_name": "audit_log",
            "row_id": row["id"],
            "op": "insert",
            "base_version": None,
            "payload": {"row": {k: to_json(v) for k, v in row.items()}},
            "created_at": now,
        }
        | ({"txn_id": txn_id} if txn_id is not None and "txn_id" in OutboxEntry.__table__.c else {})
        for row in rows
    ]
    session.execute(insert(table_of(OutboxEntry)), outbox)


def _row(
    session: Session, obj: Synced, op: str, changes: dict[str, Any], actor: str, now: Any
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "version": 1,
        "updated_at": now,
        "deleted": False,
        "at": now,
        "actor_code": actor[:32],
        "device": device_name(),
        "table_name": obj.__tablename__,
        "row_id": obj.id,
        "member_id": _member_of(session, obj),
        "op": op,
        "changes": changes,
    }


def audit_bulk_inserts(session: Session, model: type[Synced], rows: list[dict[str, Any]]) -> None:
    """The audit entries of rows written with :func:`vipcrm.store.bulk.insert_rows`, which
    the flush hook never sees: the same entries (and outbox rows) it makes for an insert."""
    from vipcrm.store.bulk import insert_rows, new_ids

    if not rows or session.info.get("no_outbox"):
        return
    actor = acting_code(session)[:32]
    now = utcnow()
    device = device_name()
    entries = [
        {
            "id": entry_id,
            "at": now,
            "actor_code": actor,
            "device": device,
            "table_name": model.__tablename__,
            "row_id": row["id"],
            "member_id": row.get("member_id"),
            "op": "insert",
            "changes": {
                key: [None, to_json(value)]
                for key, value in row.items()
                if key not in SKIP_FIELDS and key not in ("id", "deleted") and value is not None
            },
        }
        for entry_id, row in zip(new_ids(len(rows)), rows, strict=True)
    ]
    insert_rows(session, AuditEntry, entries)
