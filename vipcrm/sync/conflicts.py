"""Recorded conflicts: the same field changed on this laptop and on the central store.

The central store kept its value (the first change to reach it wins); this laptop's value
is kept here, with the value both started from, until the user chooses. The query API
for a Conflicts view (plain values, no ORM objects):

- :func:`list_conflicts` → :class:`ConflictRow` list (unresolved first, newest first);
- :func:`resolve_conflict` — ``keep="theirs"`` accepts the central value (nothing to
  send); ``keep="mine"`` writes this laptop's value again as an ordinary edit (outbox),
  based on the central value, so the next sync applies it without a new conflict.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.dates import utcnow
from vipcrm.domain.errors import NotFound, ValidationError, msg
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.services.context import Changes
from vipcrm.store.models import Member, SyncConflict
from vipcrm.sync.tables import MODEL_BY_TABLE, column_kinds, typed

KEEP = ("mine", "theirs")


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    row_id: uuid.UUID
    row_label: str  # e.g. the member's name and phone
    field: str
    mine: Any
    theirs: Any
    base: Any
    created_at: datetime
    resolved: str | None
    resolved_at: datetime | None


def _label(session: Session, table: str, row_id: uuid.UUID) -> str:
    if table == "members":
        member = session.get(Member, row_id)
        if member is not None:
            return f"{member.name} {member.phone}"
    model = MODEL_BY_TABLE.get(table)
    row = session.get(model, row_id) if model else None
    member_id = getattr(row, "member_id", None)
    if member_id is not None:
        return _label(session, "members", member_id)
    return f"{table} {str(row_id)[:8]}"


def _row(session: Session, c: SyncConflict) -> ConflictRow:
    return ConflictRow(
        id=c.id,
        table=c.table_name,
        row_id=c.row_id,
        row_label=_label(session, c.table_name, c.row_id),
        field=c.field,
        mine=c.mine,
        theirs=c.theirs,
        base=c.base,
        created_at=c.created_at,
        resolved=c.resolved,
        resolved_at=c.resolved_at,
    )


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictRow]:
    stmt = select(SyncConflict)
    if not include_resolved:
        stmt = stmt.where(SyncConflict.resolved.is_(None))
    stmt = stmt.order_by(SyncConflict.resolved.is_not(None), SyncConflict.id.desc())
    return [_row(session, c) for c in session.scalars(stmt)]


def resolve_conflict(session: Session, conflict_id: int, keep: str) -> Changes:
    if keep not in KEEP:
        raise ValidationError("keep", msg("'{keep}' is not one of mine, theirs", keep=keep))
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFound(
            msg("{field}: no conflict {id} (see 'vipcrm conflicts')", field="id", id=conflict_id)
        )
    if conflict.resolved is not None:
        raise ValidationError(
            "id",
            msg(
                "conflict {id} was resolved already ({kept})",
                id=conflict_id,
                kept=conflict.resolved,
            ),
        )
    changes = Changes()
    if keep == "mine":
        model = MODEL_BY_TABLE.get(conflict.table_name)
        row = session.get(model, conflict.row_id) if model else None
        if row is None:
            raise NotFound(
                msg(
                    "{field}: the {table} row of conflict {id} is no longer on "
                    "this laptop (reassigned or removed); keep theirs instead",
                    field="id",
                    table=conflict.table_name,
                    id=conflict_id,
                )
            )
        kind = column_kinds(conflict.table_name)[conflict.field]
        value = typed(kind, conflict.mine)
        setattr(row, conflict.field, value)
        if isinstance(row, Member) and conflict.field == "name":
            row.name_pinyin = pinyin_key(value)
        member_id = row.id if conflict.table_name == "members" else getattr(row, "member_id", None)
        changes = Changes(
            members=frozenset({member_id}) if member_id else frozenset(),
            everything=member_id is None,
        )
    conflict.resolved = keep
    conflict.resolved_at = utcnow()
    session.flush()
    return changes
