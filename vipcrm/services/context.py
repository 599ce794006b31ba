"""Who is acting, and what an operation changed."""

from __future__ import annotations

import getpass
import os
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.errors import Message, PermissionDenied, msg
from vipcrm.domain.values import Role
from vipcrm.store.models import LocalSetting, Manager

DEFAULT_USER_KEY = "default_user"


@dataclass(frozen=True)
class Actor:
    """The user acting: a manager, a lead or an admin; ``role`` None if the code is unknown."""

    code: str
    role: Role | None = None
    manager_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    name: str = ""
    bootstrap: bool = False  # the database has no users yet: setting up is allowed

    @property
    def known(self) -> bool:
        return self.role is not None

    def require(self, *roles: Role, action: str) -> None:
        """Refuse unless the actor has one of ``roles`` (or the database has no users yet).

        ``action`` says what was refused, as a ``msg()`` (``msg("add a team")``) so that the
        app can show it in the user's language.
        """
        if self.bootstrap:
            return
        if self.role is None:
            raise PermissionDenied(
                msg(
                    "{action}: user '{user}' is not in this database; pass --user CODE "
                    "(see 'vipcrm manager list')",
                    action=action,
                    user=self.code,
                )
            )
        if self.role not in roles:
            raise PermissionDenied(_role_refused(action, roles, self))


def _role_refused(action: str, roles: tuple[Role, ...], actor: Actor) -> Message:
    if len(roles) == 1:
        return msg(
            "{action}: needs the role {role}; '{user}' has the role {current}",
            action=action,
            role=roles[0],
            user=actor.code,
            current=actor.role,
        )
    if len(roles) == 2:
        return msg(
            "{action}: needs the role {role} or {other}; '{user}' has the role {current}",
            action=action,
            role=roles[0],
            other=roles[1],
            user=actor.code,
            current=actor.role,
        )
    return msg(
        "{action}: needs one of the roles {roles}; '{user}' has the role {current}",
        action=action,
        roles=list(roles),
        user=actor.code,
        current=actor.role,
    )


@dataclass(frozen=True)
class Changes:
    """What an operation changed, so screens refresh only what they show."""

    members: frozenset[uuid.UUID] = field(default_factory=frozenset)
    contacts: bool = False
    managers: bool = False
    groups: bool = False
    cards: bool = False
    gifts: bool = False
    plans: bool = False
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            members=self.members | other.members,
            contacts=self.contacts or other.contacts,
            managers=self.managers or other.managers,
            groups=self.groups or other.groups,
            cards=self.cards or other.cards,
            gifts=self.gifts or other.gifts,
            plans=self.plans or other.plans,
            everything=self.everything or other.everything,
        )


def default_user_code(session: Session) -> str:
    """``VIPCRM_USER``, else the laptop's default user (set by demo/connect), else the OS user."""
    env = os.environ.get("VIPCRM_USER")
    if env:
        return env
    stored = session.get(LocalSetting, DEFAULT_USER_KEY)
    if stored is not None:
        return stored.value
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a container
        return "unknown"


def set_default_user(session: Session, code: str) -> None:
    setting = session.get(LocalSetting, DEFAULT_USER_KEY)
    if setting is None:
        session.add(LocalSetting(key=DEFAULT_USER_KEY, value=code))
    else:
        setting.value = code


def resolve_actor(session: Session, code: str | None = None) -> Actor:
    code = code or default_user_code(session)
    manager = session.scalar(
        select(Manager).where(Manager.code == code, Manager.deleted.is_(False))
    )
    if manager is None:
        any_user = session.scalar(select(Manager.id).where(Manager.deleted.is_(False)).limit(1))
        return Actor(code=code, bootstrap=any_user is None)
    return Actor(
        code=manager.code,
        role=manager.role,
        manager_id=manager.id,
        team_id=manager.team_id,
        name=manager.name,
    )
