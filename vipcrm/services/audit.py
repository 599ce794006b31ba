"""Reading the audit trail, and the one change it exists to answer for: a member's number."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.phone import normalize_mobile
from vipcrm.domain.values import MemberStatus, Role
from vipcrm.services.context import Changes
from vipcrm.services.members import find_visible_member, visible_manager_ids
from vipcrm.store.models import AuditEntry, Member


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor_code: str
    device: str
    table_name: str
    row_id: uuid.UUID
    member_id: uuid.UUID | None
    op: str
    changes: dict[str, Any]
    received_at: datetime | None = None  # when the central store got it (None: not yet)
    received_from: str | None = None  # the login that pushed it, @ its address


def change_phone(session: Session, actor: Actor, *, member_ref: str, new_phone: str) -> Changes:
    """A member's new mobile number (改号); a lead or admin records it, the trail keeps the old."""
    actor.require(Role.LEAD, Role.ADMIN, action=msg("change a member's mobile number"))
    member = find_visible_member(session, actor, member_ref)
    phone = normalize_mobile(new_phone, "to")
    if phone == member.phone:
        return Changes()
    taken = session.scalar(
        select(Member.id).where(
            Member.phone == phone, Member.status == MemberStatus.ACTIVE, Member.deleted.is_(False)
        )
    )
    if taken is not None:
        raise ValidationError("to", msg("{phone} already belongs to an active member", phone=phone))
    member.phone = phone
    session.flush()
    return Changes(members=frozenset({member.id}))


def audit_trail(
    session: Session, actor: Actor, *, member_ref: str | None = None, limit: int = 200
) -> list[AuditRow]:
    """Newest first. A member's trail for whoever may see the member; everything for an admin;
    a lead sees the changes to the team's members."""
    stmt = select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)
    if member_ref:
        member = find_visible_member(session, actor, member_ref)
        stmt = stmt.where(AuditEntry.member_id == member.id)
    else:
        actor.require(Role.LEAD, Role.ADMIN, action=msg("read the audit trail"))
        visible = visible_manager_ids(session, actor)
        if visible is not None:
            members = select(Member.id).where(Member.manager_id.in_(visible))
            stmt = stmt.where(AuditEntry.member_id.in_(members))
    return [
        AuditRow(
            a.at,
            a.actor_code,
            a.device,
            a.table_name,
            a.row_id,
            a.member_id,
            a.op,
            a.changes,
            a.received_at,
            a.received_from,
        )
        for a in session.scalars(stmt)
    ]
