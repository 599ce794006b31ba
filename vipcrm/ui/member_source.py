"""The member list's query layer: plain values out, no Qt and no ORM objects."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from vipcrm.domain.values import Tier
from vipcrm.services.context import Actor
from vipcrm.services.members import scope_filter
from vipcrm.store.db import Database
from vipcrm.store.queries import MemberRow, MemberSort, member_ids, member_rows


@dataclass(frozen=True)
class MemberQuery:
    """What the member list asks for: the user's search, tier filter and sort."""

    text: str = ""
    tier: Tier | None = None
    sort: MemberSort = MemberSort.TIER
    descending: bool = False


class MemberSource:
    """Answers the member list within the acting user's scope (one short session per call)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def ids(self, query: MemberQuery) -> list[uuid.UUID]:
        with self.db.reading() as session:
            f = scope_filter(session, self.actor, text=query.text, tier=query.tier)
            f = replace(f, sort=query.sort, descending=query.descending)
            return member_ids(session, f)

    def rows(self, ids: Sequence[uuid.UUID]) -> list[MemberRow]:
        with self.db.reading() as session:
            return member_rows(session, ids)
