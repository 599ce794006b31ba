"""Assigning new members to a team's managers, and a lead's reassignment of one member.

Assignment starts the first-contact SLA: ``assigned_on`` is the day of assignment.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.assignment import Candidate, assign
from vipcrm.domain.dates import parse_month
from vipcrm.domain.errors import PermissionDenied, ValidationError, msg
from vipcrm.domain.values import MemberStatus, Role, Tier
from vipcrm.services.budgets import require_lead_of
from vipcrm.services.context import Changes
from vipcrm.services.directory import find_manager, find_team
from vipcrm.services.members import find_member
from vipcrm.services.rules import rules_in_force
from vipcrm.store.models import Manager, Member


@dataclass(frozen=True)
class AssignmentResult:
    team: str
    month: str | None  # None: every unassigned member, whatever month they joined
    assigned: int
    by_manager: dict[str, int]  # members given to each manager
    loads: dict[str, int]  # weighted book after assignment


@dataclass(frozen=True)
class UnassignedMember:
    id: uuid.UUID
    phone: str
    name: str
    tier: Tier
    joined_month: str | None


def _unassigned(month: str | None) -> Select[Member]:
    query = select(Member).where(
        Member.manager_id.is_(None),
        Member.status == MemberStatus.ACTIVE,
        Member.deleted.is_(False),
    )
    return query if month is None else query.where(Member.joined_month == month)


@dataclass(frozen=True)
class Waiting:
    """Active members nobody serves yet."""

    count: int
    earlier: int  # of them, joined before the month asked about
    members: list[UnassignedMember]  # earliest joined first, at most the limit asked


def unassigned_members(session: Session, month: str, limit: int = 1000) -> Waiting:
    """Active members nobody serves yet; ``earlier``: those who joined before ``month``."""
    count = session.scalar(select(func.count()).select_from(_unassigned(None).subquery())) or 0
    earlier = (
        session.scalar(
            select(func.count()).select_from(
                _unassigned(None)
                .where(or_(Member.joined_month.is_(None), Member.joined_month < month))
                .subquery()
            )
        )
        or 0
    )
    rows = session.scalars(
        _unassigned(None).order_by(Member.joined_month.nulls_first(), Member.phone).limit(limit)
    )
    members = [UnassignedMember(m.id, m.phone, m.name, m.tier, m.joined_month) for m in rows]
    return Waiting(count, earlier, members)


def assign_new_members(
    session: Session,
    actor: Actor,
    *,
    month: str | None,
    today: date,
    team: str | None = None,
    dry_run: bool = False,
) -> tuple[AssignmentResult, Changes]:
    """Give the unassigned members who joined in ``month`` (None: every unassigned member,
    whichever month) to the team's managers, balancing load."""
    if month is not None:
        year, mon = parse_month(month)
        month = f"{year:04d}-{mon:02d}"
    if team is None:
        if actor.role is not Role.LEAD or actor.team_id is None:
            raise ValidationError("team", msg("name the team (--team T)"))
        team_row = session.get_one(
            __import__("vipcrm.store.models", fromlist=["Team"]).Team, actor.team_id
        )
    else:
        team_row = find_team(session, team)
    require_lead_of(actor, team_row.id, msg("assign members"))
    managers = list(
        session.scalars(
            select(Manager).where(
                Manager.team_id == team_row.id,
                Manager.role == Role.MANAGER,
                Manager.active.is_(True),
                Manager.deleted.is_(False),
            )
        )
    )
    if not managers:
        raise ValidationError(
            "team", msg("team {team} has no account managers to assign to", team=team_row.code)
        )
    weights = rules_in_force(session, today).assignment_weights
    ids = {m.id: m.code for m in managers}
    loads = {m.code: 0 for m in managers}
    owners: dict[uuid.UUID, str] = {}
    for manager_id, tier, group_id in session.execute(
        select(Member.manager_id, Member.tier, Member.group_id).where(
            Member.manager_id.in_(ids),  # so never None
            Member.status == MemberStatus.ACTIVE,
            Member.deleted.is_(False),
        )
    ):
        assert manager_id is not None
        loads[ids[manager_id]] += weights[tier.value]
        if group_id is not None:
            owners.setdefault(group_id, ids[manager_id])
    unassigned = list(session.scalars(_unassigned(month)))
    placements, final = assign(
        [Candidate(m.id, m.tier, m.group_id, m.phone) for m in unassigned], loads, weights, owners
    )
    codes = {m.code: m.id for m in managers}
    by_id = {m.id: m for m in unassigned}
    given: dict[str, int] = {code: 0 for code in loads}
    for p in placements:
        given[p.manager_code] += 1
        if not dry_run:
            member = by_id[p.member_id]
            member.manager_id = codes[p.manager_code]
            member.assigned_on = today
    session.flush()
    result = AssignmentResult(team_row.code, month, len(placements), given, final)
    return result, Changes(members=frozenset(by_id) if not dry_run else frozenset())


def reassign(session: Session, actor: Actor, *, member_ref: str, to: str, today: date) -> Changes:
    """A lead moves one member to another manager of the team (admin: any manager)."""
    member = find_member(session, member_ref)
    target = find_manager(session, to, field="to")
    require_lead_of(actor, target.team_id, msg("reassign a member"))
    if member.manager_id is not None and actor.role is Role.LEAD:
        current_team = session.scalar(
            select(Manager.team_id).where(Manager.id == member.manager_id)
        )
        if current_team != actor.team_id:
            raise PermissionDenied(
                msg("{field}: {phone} belongs to another team", field="member", phone=member.phone)
            )
    if member.status is not MemberStatus.ACTIVE:
        raise ValidationError("member", msg("{phone} has left the club", phone=member.phone))
    if member.manager_id == target.id:
        return Changes()
    member.manager_id = target.id
    member.assigned_on = today  # the new manager's first-contact SLA starts now
    session.flush()
    return Changes(members=frozenset({member.id}))
