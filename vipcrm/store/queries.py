"""Read-side queries returning plain values (never live ORM objects) for lists and screens."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    ScalarSelect,
    Select,
    and_,
    bindparam,
    column,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
)
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
    #: Only key persons of a group customer (members with a group).
    group_only: bool = False
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
    if f.group_only:
        stmt = stmt.where(Member.group_id.is_not(None))
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
#: In name order a text is walked from this many entries: matches cluster there (``wang``
#: is mostly a surname, at the end of the alphabet), so a text of fewer is read from its
#: candidates (:func:`_keyed_matches`) rather than walked to its cluster.
WALK_NAME_PAGE_FROM = 5_000


def _walks(session: Session, f: MemberFilter, at_least: int) -> bool:
    """Whether ``f``'s members are read by walking a display-order index, testing each
    entry, instead of looking up the search text's candidates and ordering them.

    Over every member (a book keeps its manager index), on SQLite (where the indexes
    are), and when the walk finds its rows early: always with no search text (there are
    no candidates to look up, the walk is the whole list's plan); with a text, when the
    search index says it is broad (:func:`_breadth`) and no filter thins the
    walk out (only important members, members who left, one tier out of its order).
    Never for key persons only: the indexes do not hold the group."""
    if f.manager_ids is not None or f.group_only or not _indexed(session):
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
    each entry, up to the page's end (:func:`_walks`); a selective one from its candidates
    (:func:`_keyed_matches`, or ordered from the member rows where that does not apply).
    Either way the cost is bounded by the page or by the candidates, never by every
    match."""
    keys, keyed, walk = _page_plan(session, f, offset, limit)
    if keys is not None:
        return keys
    if keyed is not None:
        stmt = _keyed_page(keyed, f, offset + limit)
    else:
        stmt = _ordered_keys(session, f, walk=walk)
    return _keys(_core(session).execute(stmt.limit(limit).offset(offset)).scalars())


def _page_plan(
    session: Session, f: MemberFilter, offset: int, limit: int
) -> tuple[list[str] | None, Select[Any] | None, bool]:
    """How :func:`member_page` reads: the page itself when a bounded walk of the name
    order found it (:func:`_bounded_name_walk`), else the matches beside the search index
    to cut it from (:func:`_keyed_matches`), else whether to walk the display order."""
    from_ = WALK_PAGE_FROM if f.sort is MemberSort.TIER else WALK_NAME_PAGE_FROM
    walk = f.sort in _WALKED and _walks(session, f, from_)
    if walk and f.sort is MemberSort.NAME and _search(f.text) is not None:
        page = _bounded_name_walk(session, f, offset, limit)
        if page is not None:
            return page, None, True
        keyed = _keyed_matches(session, f)
        return None, keyed, keyed is None
    keyed = None if walk or f.sort not in _WALKED else _keyed_matches(session, f)
    return None, keyed, walk


#: A very broad text in name order walks at most about this many entries of the order
#: before its matches are read from its candidates instead.
WALK_BOUND = 4_000


def _bounded_name_walk(
    session: Session, f: MemberFilter, offset: int, limit: int
) -> list[str] | None:
    """The page of a very broad text in name order, walked no further than the pinyin of
    the :data:`WALK_BOUND`-th member in that order; None when that stretch does not fill
    the page (the caller reads the text's candidates).

    Matches may cluster in name order (in the benchmark's names ``z`` is only ever a
    surname, at the end of the alphabet), so the walk alone could read most of the index
    before it fills a page. The stretch holds every member up to its bound: when it fills
    the page, the page is the first of the whole order."""
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


def member_window(session: Session, f: MemberFilter, limit: int, cap: int) -> tuple[list[str], int]:
    """What a keystroke reads: :func:`member_page` of the first ``limit`` matches and
    :func:`count_members_upto` ``cap`` (the number of matches, ``cap + 1`` for more), read
    together where one read answers both: a walk of the default order (the count walks it
    too: the first ``cap + 1`` matches are read once, the page is their beginning) and a
    text's matches beside the search index (counted in the statement that cuts the page).
    The answer is the two functions' answer."""
    if cap + 1 < limit:
        raise ValueError("the count's cap is below the page")
    walk = f.sort is MemberSort.TIER and _walks(session, f, WALK_PAGE_FROM)
    if walk and not f.descending and _walks(session, f, WALK_COUNT_FROM):
        first = _ordered_keys(session, f, walk=True).limit(cap + 1)
        keys = _keys(_core(session).execute(first).scalars())
        return keys[:limit], len(keys)
    found, keyed, walk = _page_plan(session, f, 0, limit)
    if found is None and keyed is not None:
        stmt = _keyed_page(keyed, f, limit, count_upto=cap + 1).limit(limit)
        rows = _core(session).execute(stmt).all()
        return _keys(r[0] for r in rows), (rows[0][1] if rows else 0)
    if found is None:
        stmt = _ordered_keys(session, f, walk=walk).limit(limit)
        found = _keys(_core(session).execute(stmt).scalars())
    if len(found) < limit:
        return found, len(found)
    return found, count_members_upto(session, f, cap)


#: ``member_search_rows`` (:mod:`vipcrm.store.member_search`): what the list filters on,
#: by member rowid, beside the search index.
_ROWS = table(
    member_search.ROWS,
    column("member_rowid"),
    column("deleted"),
    column("status"),
    column("tier"),
    column("important"),
    column("plain"),
    column("name_key"),
)


def _keyed_matches(session: Session, f: MemberFilter) -> Select[Any] | None:
    """The rowids of ``f``'s matches (with their tier rank and name key) read from the
    search index's candidates and ``member_search_rows``, without a member row for each:
    None when this plan does not apply (not SQLite, a book, no text, a text the index
    cannot look up).

    A candidate is a match when the row passes the filters and either its texts and the
    search text are ``plain`` (the index and ``LIKE`` then agree: it is a match) or the
    member row passes the ``LIKE`` tests (read for those rows only)."""
    search = _search(f.text)
    if search is None or f.manager_ids is not None or f.group_only or not _indexed(session):
        return None  # (the group is in the member row: the candidates' plan reads it)
    tests, parts = search
    found = member_search.candidates(parts, rowid=f"{member_search.ROWS}.member_rowid")
    if found is None:
        return None
    rows = _ROWS.c
    liked = exists(
        select(literal_column("1"))
        .select_from(Member)
        .where(literal_column("members.rowid") == rows.member_rowid, tests)
    )
    exact = (
        or_(rows.plain == 1, liked) if all(member_search.is_plain(p) for _, p in parts) else liked
    )
    rank: Any = literal_column(member_order.TIER_RANK.format(t=f"{member_search.ROWS}."))
    stmt = select(rows.member_rowid, rank.label("rank"), rows.name_key).where(
        found, rows.deleted == 0
    )
    if f.status is not None:
        stmt = stmt.where(rows.status == f.status.value)
    if f.tier is not None:
        stmt = stmt.where(rows.tier == f.tier.value)
    if f.important_only:
        stmt = stmt.where(rows.important == 1)
    return stmt.where(exact)


def _keyed_page(
    matches: Select[Any], f: MemberFilter, first: int, count_upto: int | None = None
) -> Select[Any]:
    """The keys of ``matches`` (:func:`_keyed_matches`) in display order, to be cut to the
    page (of ``first`` rows at most). The display order's prefix (tier rank, ``name_key``)
    never disagrees with the order, so the ``first`` matches in order are among those
    whose prefix is at most the ``first``-th smallest prefix: only their member rows are
    read and ordered (ties of the prefix included)."""
    c = matches.cte("member_matches").prefix_with("MATERIALIZED")
    prefix = [c.c.rank, c.c.name_key] if f.sort is MemberSort.TIER else [c.c.name_key]
    ordered = [p.desc() for p in prefix] if f.descending else prefix
    cut = (
        select(*(p.label(f"p{n}") for n, p in enumerate(prefix)))
        .order_by(*ordered)
        .limit(1)
        .offset(first - 1)
        .cte("member_matches_cut")
        .prefix_with("MATERIALIZED")
    )
    edge = [cut.c[f"p{n}"] for n in range(len(prefix))]

    def before(n: int) -> Any:  # the prefix at or before the cut's, column n onwards
        own, theirs = prefix[n], select(edge[n]).scalar_subquery()
        if n == len(prefix) - 1:
            return own >= theirs if f.descending else own <= theirs
        strictly = own > theirs if f.descending else own < theirs
        return or_(strictly, and_(own == theirs, before(n + 1)))

    kept = select(c.c.member_rowid).where(or_(not_(exists(select(cut))), before(0)))
    stmt = _ordered_keys_of(f).where(literal_column("members.rowid").in_(kept))
    if count_upto is not None:  # and the matches counted up to that, on each row
        capped = select(c.c.member_rowid).limit(count_upto).subquery()
        stmt = stmt.add_columns(select(func.count()).select_from(capped).scalar_subquery())
    return stmt


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
    elif (keyed := _keyed_matches(session, f)) is not None:
        inner = keyed  # the candidates' rows beside the index, no member row
    else:
        inner = _filtered(select(Member.id), f, indexed=_indexed(session))
    capped = inner.limit(cap + 1).subquery()
    return _core(session).execute(select(func.count()).select_from(capped)).scalar_one()


def _ordered_keys(session: Session, f: MemberFilter, *, walk: bool = False) -> Select[Any]:
    """The ids (as stored text) of the members matching ``f``, in display order; ``walk``:
    read by walking the order's index (:func:`_walks`)."""
    stmt = _ordered_keys_of(f)
    if walk:
        return _walk(stmt, f)
    return _filtered(stmt, f, indexed=_indexed(session))


def _ordered_keys_of(f: MemberFilter) -> Select[Any]:
    """Every member's id (as stored text) in ``f``'s display order, not yet filtered."""
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
    return stmt.order_by(*order)


def _keys(found: Any) -> list[str]:
    keys = list(found)
    if keys and not isinstance(keys[0], str):  # a driver that answers with uuid.UUID
        return [k.hex for k in keys]
    return keys


def count_members(session: Session, f: MemberFilter) -> int:
    stmt = _filtered(select(func.count(Member.id)), f, indexed=_indexed(session))
    return session.scalar(stmt) or 0


def member_rows(session: Session, ids: Sequence[uuid.UUID]) -> list[MemberRow]:
    """Rows for ``ids`` in the order given (for a lazy, id-keyed table model).

    On SQLite the last reached contact is read from the contact summary (one row per
    member, kept by triggers: :mod:`vipcrm.store.contact_summary`), elsewhere from the
    contact log; ids, tiers and statuses come back as stored text and are mapped here
    (the column types' per-value conversions left out of a keystroke)."""
    if not ids:
        return []
    from sqlalchemy import String, type_coerce

    from vipcrm.store.models import ContactSummary

    local = _indexed(session)
    if local:  # stored text, parsed below (SQLite's own formats)
        last_at: Any = type_coerce(ContactSummary.last_reached_at, String())
        source: Any = Member.__table__.outerjoin(
            ContactSummary.__table__, ContactSummary.member_id == Member.id
        )
    else:
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
        last_at = last.c.at
        source = Member.__table__.outerjoin(last, last.c.member_id == Member.id)
    stmt = (
        select(
            type_coerce(Member.id, String()),
            Member.phone,
            Member.name,
            type_coerce(Member.tier, String()),
            type_coerce(Member.status, String()),
            Manager.code,
            Manager.name,
            GroupCustomer.name,
            Member.important,
            type_coerce(Member.assigned_on, String()) if local else Member.assigned_on,
            last_at,
        )
        .select_from(source)
        .outerjoin(Manager, Member.manager_id == Manager.id)
        .outerjoin(GroupCustomer, Member.group_id == GroupCustomer.id)
        .where(Member.id.in_(bindparam("member_rows_ids", expanding=True)))
    )
    from vipcrm.store.types import UTCDateTime

    to_utc = UTCDateTime().process_result_value
    dialect = session.get_bind().dialect
    by_key = {i.hex: i for i in ids}
    tiers, statuses = _ENUMS[Tier], _ENUMS[MemberStatus]
    by_id: dict[uuid.UUID, MemberRow] = {}
    for row in _core(session).execute(stmt, {"member_rows_ids": list(ids)}):
        key, phone, name, tier, status, mcode, mname, gname, important, assigned_on, at = row
        if isinstance(at, str):  # SQLite's stored text (UTC)
            at = datetime.fromisoformat(at)
        if isinstance(assigned_on, str):
            assigned_on = date.fromisoformat(assigned_on)
        mid = by_key.get(key.replace("-", "")) if isinstance(key, str) else key
        if mid is None:
            mid = uuid.UUID(key)
        by_id[mid] = MemberRow(
            id=mid,
            phone=phone,
            name=name,
            tier=tiers[tier],
            status=statuses[status],
            manager_code=mcode,
            manager_name=mname,
            group_name=gname,
            important=important,
            assigned_on=assigned_on,
            last_reached_at=to_utc(at, dialect) if at else None,
        )
    return [by_id[i] for i in ids if i in by_id]


#: Stored text -> member (the enums' own lookup, without a call per value).
_ENUMS: dict[type[StrEnum], dict[str, Any]] = {
    e: {m.value: m for m in e} for e in (Tier, MemberStatus)
}
