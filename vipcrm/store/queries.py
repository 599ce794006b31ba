"""Read-side queries returning plain values (never live ORM objects) for lists and screens."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Connection, ScalarSelect, Select, func, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from vipcrm.domain.phone import looks_like_phone
from vipcrm.domain.values import MemberStatus, Outcome, Tier
from vipcrm.store import member_order, member_search
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


#: The tier's place in the default order (:data:`vipcrm.store.member_order.TIER_RANK`).
_TIER_ORDER = {Tier.DIAMOND.value: 0, Tier.GOLD.value: 1, Tier.SILVER.value: 2}


def _search(text: str) -> tuple[Any, list[tuple[str, str]]] | None:
    """The ``LIKE`` tests of a search text and its parts for the search index (column,
    text); None for no text."""
    text = text.strip()
    if not text:
        return None
    if looks_like_phone(text):
        digits = "".join(ch for ch in text if ch.isdigit())
        return Member.phone.contains(digits, autoescape=True), [("phone", digits)]
    needle = text.lower().replace(" ", "")
    tests = or_(
        Member.name.contains(text, autoescape=True),
        Member.name_pinyin.contains(needle, autoescape=True),
    )
    return tests, [("name", text), ("pinyin", needle)]


def _filtered(stmt: Select[Any], f: MemberFilter, *, indexed: bool = False) -> Select[Any]:
    """``stmt`` narrowed to the members ``f`` shows. ``indexed`` (SQLite): over every
    member (no book), a search text is looked up in the search index first
    (:mod:`vipcrm.store.member_search`) and only its candidates are tested with the
    ``LIKE`` tests below, which decide as they do without it. Without ``indexed`` every
    row the plan reads is tested (a walk in display order: :func:`_walks`)."""
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
    search = _search(f.text)
    if search is not None:
        tests, parts = search
        stmt = stmt.where(tests)
        # A book (a manager's or a lead's members) is read through ix_members_manager_tier
        # and tested row by row: a few hundred to a few thousand rows, fewer than the
        # region-wide candidates of a short text (measured: docs/benchmarks.md).
        region = f.manager_ids is None
        found = member_search.candidates(parts) if indexed and region else None
        if found is not None:
            stmt = stmt.where(found)
    return stmt


#: The member list's own indexes (:mod:`vipcrm.store.member_order`) give these orders.
_WALKED = frozenset({MemberSort.TIER, MemberSort.NAME})
#: A search text is read by walking the display order when the search index has at least
#: this many entries for it (for the page), or for the count: below, its candidates are
#: fewer than the entries the walk would read to fill a page (or reach the count's cap)
#: and are looked up instead (measured: docs/benchmarks.md, "Broad search texts ...").
WALK_PAGE_FROM = 1_500
WALK_COUNT_FROM = 5_000


def _walks(session: Session, f: MemberFilter, at_least: int) -> bool:
    """Whether ``f``'s members are read by walking a display-order index, testing each
    entry, instead of looking up the search text's candidates and ordering them.

    Over every member (a book keeps its manager index), on SQLite (where the indexes
    are), and when the walk finds its rows early: always with no search text (there are
    no candidates to look up, the walk is the whole list's plan); with a text, when the
    search index says it is broad (:func:`_breadth`) and no filter thins the
    walk out (only important members, members who left, one tier out of its order)."""
    if f.manager_ids is not None or not _indexed(session):
        return False
    search = _search(f.text)
    if search is None:
        return True
    if f.important_only or f.status is MemberStatus.LEFT:
        return False
    if f.tier is not None and f.sort is not MemberSort.TIER:
        return False
    return _breadth(session, search[1]) >= at_least


def _breadth(session: Session, parts: list[tuple[str, str]]) -> int:
    """:func:`member_search.entries` up to :data:`WALK_COUNT_FROM`, kept for the session's
    next question on the same text (a keystroke asks for the page and then the count; the
    figure only chooses the plan, never the answer). A text the index cannot look up
    counts as broad: the alternative to the walk is a scan of every member row."""
    key = tuple(parts)
    known = session.info.get("member_list_breadth")
    if known is not None and known[0] == key:
        return int(known[1])
    n = member_search.entries(_core(session), parts, WALK_COUNT_FROM)
    if n is None:
        n = WALK_COUNT_FROM
    session.info["member_list_breadth"] = (key, n)
    return n


def _walk(stmt: Select[Any], f: MemberFilter) -> Select[Any]:
    """``stmt`` filtered for a walk (:func:`_walks`): every entry tested, no candidates;
    one tier is the tier's range of ``ix_members_list_tier``."""
    stmt = _filtered(stmt, f)
    if f.tier is not None:
        stmt = stmt.where(literal_column(member_order.tier_rank()) == _TIER_ORDER[f.tier.value])
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
    display order. A broad text (or none) is read by walking the display order, testing
    each entry, up to the page's end (:func:`_walks`); a selective one by ordering its
    candidates. Either way the cost is bounded by the page or by the candidates, never
    by every match."""
    walk = f.sort in _WALKED and _walks(session, f, WALK_PAGE_FROM)
    search = _search(f.text) if walk and f.sort is MemberSort.NAME else None
    if search is not None and _breadth(session, search[1]) < WALK_COUNT_FROM:
        page = _bounded_name_walk(session, f, offset, limit)
        if page is not None:
            return page
        walk = False
    stmt = _ordered_keys(session, f, walk=walk).limit(limit).offset(offset)
    return _keys(_core(session).execute(stmt).scalars())


#: A text of fewer than :data:`WALK_COUNT_FROM` entries walks at most about this many
#: entries of the name order before its candidates are looked up instead.
WALK_BOUND = 10_000


def _bounded_name_walk(
    session: Session, f: MemberFilter, offset: int, limit: int
) -> list[str] | None:
    """The page of a text that is broad but not very broad, in name order, walked no
    further than the pinyin of the :data:`WALK_BOUND`-th member in that order; None when
    that stretch does not fill the page (the caller looks the candidates up).

    Matches cluster in name order (``wang`` is mostly the surname, at the end of the
    alphabet), so the walk alone could read most of the index before it fills a page.
    The stretch holds every member up to its bound: when it fills the page, the page is
    the first of the whole order. A very broad text (or none) is walked to the end."""
    pinyin = Member.name_pinyin
    edge = (
        select(pinyin)
        .order_by(pinyin.desc() if f.descending else pinyin)
        .limit(1)
        .offset(WALK_BOUND)
    )
    bound = _core(session).execute(edge).scalar()
    stmt = _ordered_keys(session, f, walk=True)
    if bound is not None:
        stmt = stmt.where(pinyin >= bound if f.descending else pinyin <= bound)
    page = _keys(_core(session).execute(stmt.limit(limit).offset(offset)).scalars())
    return page if len(page) == limit or bound is None else None


def count_members_upto(session: Session, f: MemberFilter, cap: int) -> int:
    """How many members match ``f``, counting no further than ``cap + 1``: the answer is
    exact up to ``cap``, and ``cap + 1`` means "more than ``cap``" (the count stops
    reading matches there). A broad text (or none) is counted on a display-order index,
    which holds every column tested (no member row read); a selective one through its
    candidates."""
    if _walks(session, f, WALK_COUNT_FROM):
        # In the default order: the walk of ix_members_list_tier (no sort, nothing else read)
        inner = _ordered_keys(
            session, replace(f, sort=MemberSort.TIER, descending=False), walk=True
        )
    else:
        inner = _filtered(select(Member.id), f, indexed=_indexed(session))
    capped = inner.limit(cap + 1).subquery()
    return _core(session).execute(select(func.count()).select_from(capped)).scalar_one()


def _ordered_keys(session: Session, f: MemberFilter, *, walk: bool = False) -> Select[Any]:
    """The ids (as stored text) of the members matching ``f``, in display order; ``walk``:
    read by walking the order's index (:func:`_walks`)."""
    from sqlalchemy import String, type_coerce

    tier_rank: Any = literal_column(member_order.tier_rank())
    by_sort: dict[MemberSort, list[Any]] = {
        MemberSort.NAME: [Member.name_pinyin],
        MemberSort.PHONE: [Member.phone],
        MemberSort.TIER: [tier_rank, Member.name_pinyin],
        MemberSort.MANAGER: [Manager.code, Member.name_pinyin],
        MemberSort.LAST_CONTACT: [_last_reached(), Member.name_pinyin],
    }
    # Ties in the shown columns are in id order, ascending either way (a descending walk
    # takes each run of equal names backwards and orders it by id: SQLite's "right part of
    # ORDER BY", a few rows at a time).
    order = [*(o.desc() if f.descending else o for o in by_sort[f.sort]), Member.id]
    stmt = select(type_coerce(Member.id, String()))
    if f.sort is MemberSort.MANAGER:
        stmt = stmt.outerjoin(Manager, Member.manager_id == Manager.id)
    if walk:
        return _walk(stmt, f).order_by(*order)
    return _filtered(stmt, f, indexed=_indexed(session)).order_by(*order)


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
