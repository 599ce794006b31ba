"""The user acting: one object per unit of work (``Database.actor`` in the window, the
command's resolved user on the command line); the audit trail records its code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from vipcrm.domain.errors import Message, PermissionDenied, msg
from vipcrm.domain.values import Role


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
