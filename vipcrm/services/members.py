"""Members: add, find by mobile number or id, list within the actor's scope."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.birthday import Birthday
from vipcrm.domain.dates import month_key
from vipcrm.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from vipcrm.domain.phone import looks_like_phone, normalize_mobile
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.values import KeyRole, MemberStatus, Role, Tier, TierChange
from vipcrm.services.context import Changes
from vipcrm.services.directory import check_name, find_group, find_manager
from vipcrm.store.models import Manager, Member, TierHistory
from vipcrm.store.queries import MemberFilter
from vipcrm.store.rules_data import rules_in_force


@dataclass(frozen=True)
class NewMember:
    """What a user gives to add a member (already parsed into domain values)."""

    phone: str
    name: str
    tier: Tier
    manager: str | None = None
    assigned_on: date | None = None
    birthday: Birthday | None = None
    group: str | None = None
    key_role: KeyRole | None = None
    important: bool = False
    points: int = 0
    monthly_spend_fen: int = 0
    landline: str | None = None
    address: str | None = None
    notes: str = ""


def visible_manager_ids(session: Session, actor: Actor) -> frozenset[uuid.UUID] | None:
    """The managers whose books the actor may see; None means all of them.

    An unknown user sees nothing (refused) unless the database has no users yet.
    """
    if actor.role is Role.ADMIN or actor.bootstrap:
        return None
    if actor.role is None:
        actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("see members"))
    if actor.role is Role.LEAD and actor.team_id is not None:
        return frozenset(
            session.scalars(
                select(Manager.id).where(
                    Manager.team_id == actor.team_id, Manager.deleted.is_(False)
                )
            )
        )
    return frozenset({actor.manager_id}) if actor.manager_id else frozenset()


def scope_filter(session: Session, actor: Actor, **kw: object) -> MemberFilter:
    """A MemberFilter limited to what ``actor`` may see (leads also see unassigned members)."""
    ids = visible_manager_ids(session, actor)
    return MemberFilter(manager_ids=ids, include_unassigned=actor.role is Role.LEAD, **kw)  # type: ignore[arg-type]


def can_see(session: Session, actor: Actor, member: Member) -> bool:
    ids = visible_manager_ids(session, actor)
    if ids is None:
        return True
    if member.manager_id is None:
        return actor.role is Role.LEAD
    return member.manager_id in ids


def find_member(session: Session, ref: str, field: str = "member") -> Member:
    """A member named by mobile number (active first) or by id."""
    ref = (ref or "").strip()
    if not ref:
        raise ValidationError(field, msg("name a member by mobile number or id"))
    try:
        member_id = uuid.UUID(ref)
    except ValueError:
        member_id = None
    if member_id is not None:
        member = session.get(Member, member_id)
        if member is None or member.deleted:
            raise NotFound(msg("{field}: no member with id {ref}", field=field, ref=ref))
        return member
    if not looks_like_phone(ref):
        raise ValidationError(
            field, msg("'{ref}' is neither a mobile number nor a member id", ref=ref)
        )
    phone = normalize_mobile(ref, field)
    rows = session.scalars(
        select(Member)
        .where(Member.phone == phone, Member.deleted.is_(False))
        .order_by((Member.status == MemberStatus.ACTIVE).desc())
    ).all()
    if not rows:
        raise NotFound(
            msg("{field}: no member with mobile number {phone}", field=field, phone=phone)
        )
    return rows[0]


def find_visible_member(session: Session, actor: Actor, ref: str, field: str = "member") -> Member:
    member = find_member(session, ref, field)
    if not can_see(session, actor, member):
        raise PermissionDenied(
            msg(
                "{field}: {phone} is not one of {manager}'s members",
                field=field,
                phone=member.phone,
                manager=actor.code,
            )
        )
    return member


def add_member(
    session: Session, actor: Actor, new: NewMember, today: date
) -> tuple[Member, Changes]:
    if not actor.bootstrap and not actor.known:
        actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("add a member"))
    phone = normalize_mobile(new.phone, "phone")
    name = check_name(new.name)
    clash = session.scalar(
        select(Member.id).where(
            Member.phone == phone, Member.status == MemberStatus.ACTIVE, Member.deleted.is_(False)
        )
    )
    if clash is not None:
        raise ValidationError(
            "phone", msg("{phone} already belongs to an active member", phone=phone)
        )
    manager_row = None
    if new.manager:
        manager_row = find_manager(session, new.manager)
    elif actor.role is Role.MANAGER:
        manager_row = session.get(Manager, actor.manager_id)
    if manager_row is not None and not actor.bootstrap:
        allowed = visible_manager_ids(session, actor)
        if allowed is not None and manager_row.id not in allowed:
            raise PermissionDenied(
                msg(
                    "{field}: {actor} may not assign members to {manager}",
                    field="manager",
                    actor=actor.code,
                    manager=manager_row.code,
                )
            )
    if (new.group is None) != (new.key_role is None):
        field = "key-role" if new.group else "group"
        raise ValidationError(field, msg("a key person needs both --group and --key-role"))
    group_row = find_group(session, new.group) if new.group else None
    if new.points < 0:
        raise ValidationError("points", msg("must be zero or more"))
    # The tier held (§1, §2): the highest of the one given, the one the points or spend
    # earn and the one a key person's role in a group of that class grants.
    tier = rules_in_force(session, today).member_tier(
        new.tier,
        points=new.points,
        monthly_spend_fen=new.monthly_spend_fen,
        group_class=group_row.group_class if group_row else None,
        key_role=new.key_role,
    )
    assert tier is not None  # a tier was given
    b = new.birthday
    member = Member(
        phone=phone,
        name=name,
        name_pinyin=pinyin_key(name),
        tier=tier,
        points=new.points,
        monthly_spend_fen=new.monthly_spend_fen,
        birth_calendar=("lunar" if b.lunar else "solar") if b else None,
        birth_year=b.year if b else None,
        birth_month=b.month if b else None,
        birth_day=b.day if b else None,
        birth_leap_month=b.leap if b else False,
        landline=new.landline,
        address=new.address,
        important=new.important,
        group_id=group_row.id if group_row else None,
        key_role=new.key_role,
        manager_id=manager_row.id if manager_row else None,
        assigned_on=(new.assigned_on or today) if manager_row else None,
        status=MemberStatus.ACTIVE,
        joined_month=month_key(today),
        notes=new.notes,
    )
    session.add(member)
    session.flush()
    session.add(
        TierHistory(
            member_id=member.id,
            month=month_key(today),
            tier=tier,
            change=TierChange.NEW,
            points=new.points,
            monthly_spend_fen=new.monthly_spend_fen,
        )
    )
    return member, Changes(members=frozenset({member.id}))


def member_birthday(member: Member) -> Birthday | None:
    m = member
    return Birthday.from_columns(
        m.birth_calendar, m.birth_year, m.birth_month, m.birth_day, m.birth_leap_month
    )
