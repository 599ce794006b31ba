"""The member list's query layer: plain values out, no Qt and no ORM objects."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from vipcrm.domain.values import MemberStatus, Tier
from vipcrm.services.members import scope_filter
from vipcrm.store.db import Database, acting
from vipcrm.store.queries import (
    MemberFilter,
    MemberRow,
    MemberSort,
    member_keys,
    member_page,
    member_rows,
    member_window,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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


@dataclass(frozen=True)
class MemberWindow:
    """The first members of a list, in display order, and how many there are.

    ``count`` is exact unless ``more``: then more than ``count`` members match (counting
    stopped at the cap). ``complete``: ``keys`` holds every match (no page to fetch).
    ``rows``: the display rows of the first keys when they were read with them (off the
    UI thread), else None."""

    keys: list[str]
    count: int
    more: bool = False
    complete: bool = True
    rows: list[MemberRow] | None = None


def whole(keys: list[str]) -> MemberWindow:
    """A window holding every match."""
    return MemberWindow(keys, len(keys))


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
            found = member_keys(session, self._filter(session, query))
        if query.overdue_only:
            overdue = {i.hex for i in self.overdue()}
            found = [k for k in found if k in overdue]
        return found

    def window(self, query: MemberQuery, limit: int, cap: int) -> MemberWindow:
        """The first ``limit`` members in display order and their number, counted up to
        ``cap`` (one read): what a keystroke reads, whatever the number of matches.

        The overdue filter is tested here, not in SQL (the due engine's answer): with it
        on, every match is read (a window holding them all)."""
        if query.overdue_only:
            return whole(self.keys(query))
        with self.db.reading() as session:
            keys, counted = member_window(session, self._filter(session, query), limit, cap)
        if len(keys) < limit:
            return whole(keys)
        if counted > cap:
            return MemberWindow(keys, cap, more=True, complete=False)
        return MemberWindow(keys, max(counted, len(keys)), complete=False)

    def page(self, query: MemberQuery, offset: int, limit: int) -> list[str]:
        """The members ``offset`` to ``offset + limit`` in display order (the list's next
        page as the user scrolls)."""
        if query.overdue_only:
            return self.keys(query)[offset : offset + limit]
        with self.db.reading() as session:
            return member_page(session, self._filter(session, query), offset, limit)

    def _filter(self, session: Session, query: MemberQuery) -> MemberFilter:
        f = scope_filter(
            session,
            acting(self.db),
            text=query.text,
            tier=query.tier,
            status=query.status,
            important_only=query.important_only,
            group_only=query.group_only,
        )
        return replace(f, sort=query.sort, descending=query.descending)

    def rows(self, ids: Sequence[uuid.UUID]) -> list[MemberRow]:
        with self.db.reading() as session:
            return member_rows(session, ids)
