"""The member list's query layer: plain values out, no Qt and no ORM objects."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from vipcrm.domain.values import MemberStatus, Tier
from vipcrm.services.members import scope_filter
from vipcrm.store.db import Database, acting
from vipcrm.store.queries import MemberRow, MemberSort, member_keys, member_rows
from vipcrm.store.timeline import key_person_member_ids


@dataclass(frozen=True)
class MemberQuery:
    """What the member list asks for: the user's search, filters and sort."""

    text: str = ""
    tier: Tier | None = None
    status: MemberStatus | None = MemberStatus.ACTIVE
    important_only: bool = False
    group_only: bool = False
    overdue_only: bool = False
    sort: MemberSort = MemberSort.TIER
    descending: bool = False


class MemberSource:
    """Answers the member list within the acting user's scope (one short session per call).

    ``overdue`` gives the ids of members with an overdue item (from the due engine); it is
    asked only when the overdue filter is on.
    """

    def __init__(
        self,
        db: Database,
        overdue: Callable[[], frozenset[uuid.UUID]] | None = None,
    ) -> None:
        self.db = db
        self.overdue = overdue or (lambda: frozenset())

    def ids(self, query: MemberQuery) -> list[uuid.UUID]:
        return [uuid.UUID(key) for key in self.keys(query)]

    def keys(self, query: MemberQuery) -> list[str]:
        """:meth:`ids` as the stored text of each id (what the list model keeps)."""
        with self.db.reading() as session:
            f = scope_filter(
                session,
                acting(self.db),
                text=query.text,
                tier=query.tier,
                status=query.status,
                important_only=query.important_only,
            )
            f = replace(f, sort=query.sort, descending=query.descending)
            found = member_keys(session, f)
            if query.group_only:
                keep = {i.hex for i in key_person_member_ids(session)}
                found = [k for k in found if k in keep]
        if query.overdue_only:
            overdue = {i.hex for i in self.overdue()}
            found = [k for k in found if k in overdue]
        return found

    def rows(self, ids: Sequence[uuid.UUID]) -> list[MemberRow]:
        with self.db.reading() as session:
            return member_rows(session, ids)
