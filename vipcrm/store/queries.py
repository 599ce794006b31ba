"""Read-side queries returning plain values (never live ORM objects) for lists and screens."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Connection, ScalarSelect, Select, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from vipcrm.domain.phone import looks_like_phone
from vipcrm.domain.values import MemberStatus, Outcome, Tier
from vipcrm.store import member_search
from vipcrm.store.models import Base, ContactAttempt, GroupCustomer, Manager, Member

_Row = TypeVar("_Row", bound=Base)
_T = TypeVar("_T")
#: Values per ``IN (...)`` list: below SQLite's limit on the variables of one statement.
IN_LIST_SIZE = 900


def chunks(values: Sequence[_T], size: int = IN_LIST_SIZE) -> list[Sequence[_T]]:
    """``values`` in slices of ``size``, one ``IN (...)`` list each."""
    return [values[i : i + size] for i in range(0, len(values), size)]


def referenced(session: Session, model: type[_Row], row_id: object) -> _Row:
    """The row a stored reference names (a foreign key, a row just read): it is there, or
    the database is inconsistent, which is an error, never a None to carry on with."""
    row = session.get(model, row_id)
    if row is None:
        raise LookupError(f"{model.__tablename__} {row_id} is referenced but missing")
    return row


class MemberSort(StrEnum):
    NAME = "name"
    PHONE = "phone"
    TIER = "tier"
    MANAGER = "manager"
    LAST_CONTACT = "last_contact"


@dataclass(frozen=True)
class MemberFilter:
    """What a member list shows. ``manager_ids`` None means every manager (admin scope)."""

    text: str = ""
    tier: Tier | None = None
    status: MemberStatus | None = MemberStatus.ACTIVE
    manager_ids: frozenset[uuid.UUID] | None = None
    include_unassigned: bool = False
    important_only: bool = False
    sort: MemberSort = MemberSort.TIER
    descending: bool = False


@dataclass(frozen=True)
class MemberRow:
    id: uuid.UUID
    phone: str
    name: str
    tier: Tier
    status: MemberStatus
    manager_code: str | None
    manager_name: str | None
    group_name: str | None
    important: bool
    assigned_on: date | None
    last_reached_at: datetime | None


def _last_reached() -> ScalarSelect[Any]:
    return (
        select(func.max(ContactAttempt.at))
        .where(
            ContactAttempt.member_id == Member.id,
            ContactAttempt.outcome == Outcome.REACHED,
            ContactAttempt.deleted.is_(False),
        )
        .correlate(Member)
        .scalar_subquery()
    )


_TIER_ORDER = {Tier.DIAMOND.value: 0, Tier.GOLD.value: 1, Tier.SILVER.value: 2}


def _filtered(stmt: Select[Any], f: MemberFilter, *, indexed: bool = False) -> Select[Any]:
    """``stmt`` narrowed to the members ``f`` shows. ``indexed`` (SQLite): over every
    member (no book), a search text is looked up in the search index first
    (:mod:`vipcrm.store.member_search`) and only its candidates are tested with the
    ``LIKE`` tests below, which decide as they do without it."""
    # "+deleted": an expression, so SQLite does not pick ix_members_due (id first) for the
    # filter and then look every row up in the table for name_pinyin (~1 s at 100,000
    # members, against ~0.1 s for a plain scan); the manager index is still used.
    not_deleted = UnaryExpression(
        Member.deleted.expression, operator=operators.custom_op("+"), type_=Member.deleted.type
    ).is_(False)
    stmt = stmt.where(not_deleted)
    if f.status is not None:
        stmt = stmt.where(Member.status == f.status)
    if f.tier is not None:
        stmt = stmt.where(Member.tier == f.tier)
    if f.important_only:
        stmt = stmt.where(Member.important.is_(True))
    if f.manager_ids is not None:
        owned = Member.manager_id.in_(f.manager_ids)
        stmt = stmt.where(
            or_(owned, Member.manager_id.is_(None)) if f.include_unassigned else owned
        )
    text = f.text.strip()
    if text:
        if looks_like_phone(text):
            digits = "".join(ch for ch in text if ch.isdigit())
            stmt = stmt.where(Member.phone.contains(digits, autoescape=True))
            parts = [("phone", digits)]
        else:
            needle = text.lower().replace(" ", "")
            stmt = stmt.where(
                or_(
                    Member.name.contains(text, autoescape=True),
                    Member.name_pinyin.contains(needle, autoescape=True),
                )
            )
            parts = [("name", text), ("pinyin", needle)]
        # A book (a manager's or a lead's members) is read through ix_members_manager_tier
        # and tested row by row: a few hundred to a few thousand rows, fewer than the
        # region-wide candidates of a short text (measured: docs/benchmarks.md).
        region = f.manager_ids is None
        found = member_search.candidates(parts) if indexed and region else None
        if found is not None:
            stmt = stmt.where(found)
    return stmt


def _indexed(session: Session) -> bool:
    """Whether the search index is there to use (the local SQLite store)."""
    return session.get_bind().dialect.name == "sqlite"


def _core(session: Session) -> Connection:
    """The session's connection, for Core reads of many plain values (the ORM's per-row
    work, ~3 µs a row, left out); pending changes are flushed first, as the session's own
    ``execute`` would."""
    if session.autoflush:
        session.flush()
    return session.connection()


def member_ids(session: Session, f: MemberFilter) -> list[uuid.UUID]:
    """Ids of the members matching ``f``, in display order (filtering and sorting in SQL)."""
    return [uuid.UUID(key) for key in member_keys(session, f)]


def member_keys(session: Session, f: MemberFilter) -> list[str]:
    """:func:`member_ids` as the stored text of each id (``uuid.UUID(key)`` is the id).

    For lists that hold many ids: a string is ~2× smaller than a ``uuid.UUID`` with its
    integer, is made without a Python call, and is not tracked by the garbage collector."""
    return _keys(_core(session).execute(_ordered_keys(session, f)).scalars())


def member_page(session: Session, f: MemberFilter, offset: int, limit: int) -> list[str]:
    """Keys (as :func:`member_keys`) of the matches ``offset`` to ``offset + limit`` in
    display order: the whole match set is ordered in SQL, only the page comes out (a
    keystroke's cost is bounded by the page, not by the number of matches)."""
    stmt = _ordered_keys(session, f).limit(limit).offset(offset)
    return _keys(_core(session).execute(stmt).scalars())


def count_members_upto(session: Session, f: MemberFilter, cap: int) -> int:
    """How many members match ``f``, counting no further than ``cap + 1``: the answer is
    exact up to ``cap``, and ``cap + 1`` means "more than ``cap``" (the count stops
    reading matches there, so a broad search text costs no more than ``cap`` rows)."""
    inner = _filtered(select(Member.id), f, indexed=_indexed(session)).limit(cap + 1).subquery()
    return _core(session).execute(select(func.count()).select_from(inner)).scalar_one()


def _ordered_keys(session: Session, f: MemberFilter) -> Select[Any]:
    """The ids (as stored text) of the members matching ``f``, in display order."""
    from sqlalchemy import String, case, type_coerce

    tier_rank = case(_TIER_ORDER, value=Member.tier, else_=9)
    by_sort: dict[MemberSort, list[Any]] = {
        MemberSort.NAME: [Member.name_pinyin],
        MemberSort.PHONE: [Member.phone],
        MemberSort.TIER: [tier_rank, Member.name_pinyin],
        MemberSort.MANAGER: [Manager.code, Member.name_pinyin],
        MemberSort.LAST_CONTACT: [_last_reached(), Member.name_pinyin],
    }
    order = [o.desc() if f.descending else o for o in by_sort[f.sort]]
    stmt = select(type_coerce(Member.id, String()))
    if f.sort is MemberSort.MANAGER:
        stmt = stmt.outerjoin(Manager, Member.manager_id == Manager.id)
    return _filtered(stmt, f, indexed=_indexed(session)).order_by(*order, Member.id)


def _keys(found: Any) -> list[str]:
    keys = list(found)
    if keys and not isinstance(keys[0], str):  # a driver that answers with uuid.UUID
        return [k.hex for k in keys]
    return keys


def count_members(session: Session, f: MemberFilter) -> int:
    stmt = _filtered(select(func.count(Member.id)), f, indexed=_indexed(session))
    return session.scalar(stmt) or 0


def member_rows(session: Session, ids: Sequence[uuid.UUID]) -> list[MemberRow]:
    """Rows for ``ids`` in the order given (for a lazy, id-keyed table model)."""
    if not ids:
        return []
    last = (
        select(ContactAttempt.member_id, func.max(ContactAttempt.at).label("at"))
        .where(
            ContactAttempt.member_id.in_(ids),
            ContactAttempt.outcome == Outcome.REACHED,
            ContactAttempt.deleted.is_(False),
        )
        .group_by(ContactAttempt.member_id)
        .subquery()
    )
    stmt = (
        select(
            Member.id,
            Member.phone,
            Member.name,
            Member.tier,
            Member.status,
            Manager.code,
            Manager.name,
            GroupCustomer.name,
            Member.important,
            Member.assigned_on,
            last.c.at,
        )
        .outerjoin(Manager, Member.manager_id == Manager.id)
        .outerjoin(GroupCustomer, Member.group_id == GroupCustomer.id)
        .outerjoin(last, last.c.member_id == Member.id)
        .where(Member.id.in_(ids))
    )
    by_id: dict[uuid.UUID, MemberRow] = {}
    from vipcrm.store.types import UTCDateTime

    to_utc = UTCDateTime().process_result_value
    dialect = session.get_bind().dialect
    for row in _core(session).execute(stmt):
        mid, phone, name, tier, status, mcode, mname, gname, important, assigned_on, last_at = row
        if isinstance(last_at, str):  # SQLite returns aggregates of a subquery as text
            last_at = datetime.fromisoformat(last_at)
        by_id[mid] = MemberRow(
            id=mid,
            phone=phone,
            name=name,
            tier=tier,
            status=status,
            manager_code=mcode,
            manager_name=mname,
            group_name=gname,
            important=important,
            assigned_on=assigned_on,
            last_reached_at=to_utc(last_at, dialect) if last_at else None,
        )
    return [by_id[i] for i in ids if i in by_id]
