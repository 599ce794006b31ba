"""Teams, account managers and group customers."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from vipcrm.domain.phone import normalize_mobile
from vipcrm.domain.text import check_name_text
from vipcrm.domain.values import GroupClass, Role
from vipcrm.services.context import Changes
from vipcrm.store.models import GroupCustomer, Manager, Team

_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")


def check_code(code: str, field: str = "code") -> str:
    code = (code or "").strip()
    if not _CODE.match(code):
        raise ValidationError(
            field, msg("'{code}' must be 1-32 letters, digits, '.', '_' or '-'", code=code)
        )
    return code


def check_name(name: str, field: str = "name", limit: int = 100) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(field, msg("must not be empty"))
    if len(name) > limit:
        raise ValidationError(field, msg("is longer than {limit} characters", limit=limit))
    return check_name_text(name, field)


@dataclass(frozen=True)
class ManagerInfo:
    id: uuid.UUID
    code: str
    name: str
    phone: str | None
    role: str
    team_code: str | None
    team_name: str | None


def find_team(session: Session, code: str) -> Team:
    team = session.scalar(select(Team).where(Team.code == code, Team.deleted.is_(False)))
    if team is None:
        raise NotFound(msg("{field}: no team with code '{code}'", field="team", code=code))
    return team


def find_manager(session: Session, code: str, field: str = "manager") -> Manager:
    manager = session.scalar(
        select(Manager).where(Manager.code == code, Manager.deleted.is_(False))
    )
    if manager is None:
        raise NotFound(
            msg("{field}: no account manager with code '{code}'", field=field, code=code)
        )
    return manager


def find_group(session: Session, code: str) -> GroupCustomer:
    group = session.scalar(
        select(GroupCustomer).where(GroupCustomer.code == code, GroupCustomer.deleted.is_(False))
    )
    if group is None:
        raise NotFound(
            msg("{field}: no group customer with code '{code}'", field="group", code=code)
        )
    return group


def add_team(
    session: Session, actor: Actor, *, code: str, name: str, lead: str | None = None
) -> Team:
    actor.require(Role.ADMIN, action=msg("add a team"))
    code = check_code(code)
    if session.scalar(select(Team.id).where(Team.code == code)) is not None:
        raise ValidationError("code", msg("a team with code '{code}' already exists", code=code))
    team = Team(code=code, name=check_name(name))
    session.add(team)
    session.flush()
    if lead:
        lead_row = find_manager(session, lead, field="lead")
        team.lead_id = lead_row.id
        lead_row.team_id = team.id
    return team


def ensure_team(session: Session, code: str) -> Team:
    """The team with ``code``, created with that name if it does not exist yet."""
    team = session.scalar(select(Team).where(Team.code == code, Team.deleted.is_(False)))
    if team is None:
        team = Team(code=check_code(code, "team"), name=code)
        session.add(team)
        session.flush()
    return team


def add_manager(
    session: Session,
    actor: Actor,
    *,
    code: str,
    name: str,
    team: str | None = None,
    role: Role = Role.MANAGER,
    phone: str | None = None,
) -> tuple[Manager, Changes]:
    actor.require(Role.ADMIN, Role.LEAD, action=msg("add a manager"))
    code = check_code(code)
    name = check_name(name)
    phone = normalize_mobile(phone, "phone") if phone else None
    if session.scalar(select(Manager.id).where(Manager.code == code)) is not None:
        raise ValidationError("code", msg("a manager with code '{code}' already exists", code=code))
    team_row = ensure_team(session, team) if team else None
    if actor.role is Role.LEAD:
        if role is not Role.MANAGER:
            raise PermissionDenied(
                msg("add a manager: a lead may add account managers only, not leads or admins")
            )
        if team_row is None or team_row.id != actor.team_id:
            raise PermissionDenied(
                msg("add a manager: a lead may add managers only to their own team")
            )
    manager = Manager(
        code=code, name=name, phone=phone, role=role, team_id=team_row.id if team_row else None
    )
    session.add(manager)
    session.flush()
    if role is Role.LEAD and team_row is not None and team_row.lead_id is None:
        team_row.lead_id = manager.id
    return manager, Changes(managers=True)


def list_managers(session: Session) -> list[ManagerInfo]:
    rows = session.execute(
        select(Manager, Team)
        .outerjoin(Team, Manager.team_id == Team.id)
        .where(Manager.deleted.is_(False))
        .order_by(Manager.code)
    ).all()
    return [
        ManagerInfo(
            id=m.id,
            code=m.code,
            name=m.name,
            phone=m.phone,
            role=m.role.value,
            team_code=t.code if t else None,
            team_name=t.name if t else None,
        )
        for m, t in rows
    ]


def add_group(
    session: Session, actor: Actor, *, code: str, name: str, group_class: GroupClass
) -> tuple[GroupCustomer, Changes]:
    actor.require(Role.ADMIN, Role.LEAD, action=msg("add a group customer"))
    code = check_code(code)
    if session.scalar(select(GroupCustomer.id).where(GroupCustomer.code == code)) is not None:
        raise ValidationError(
            "code", msg("a group customer with code '{code}' already exists", code=code)
        )
    group = GroupCustomer(code=code, name=check_name(name, limit=200), group_class=group_class)
    session.add(group)
    session.flush()
    return group, Changes(groups=True)


@dataclass(frozen=True)
class TeamRow:
    """A team as a picker lists it: code, name, how many account managers."""

    code: str
    name: str
    managers: int


def team_rows(session: Session) -> list[TeamRow]:
    """Every team, by code, with its number of managers (an administrator's picker)."""
    managers = (
        select(Manager.team_id, func.count(Manager.id).label("n"))
        .where(Manager.deleted.is_(False))
        .group_by(Manager.team_id)
        .subquery()
    )
    rows = session.execute(
        select(Team.code, Team.name, managers.c.n)
        .outerjoin(managers, managers.c.team_id == Team.id)
        .where(Team.deleted.is_(False))
        .order_by(Team.code)
    ).all()
    return [TeamRow(code, name or "", n or 0) for code, name, n in rows]
