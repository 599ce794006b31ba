"""Who is acting (``Actor``, defined in ``vipcrm.domain.actor``: the store records it), and
what an operation changed."""

from __future__ import annotations

import getpass
import os
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.store.models import LocalSetting, Manager

DEFAULT_USER_KEY = "default_user"


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
