"""Applying the monthly re-grading file (升降级): preview, guard, import — one computation.

The file is read as a stream into a temporary table (a million rows never sit in memory:
:mod:`vipcrm.services.grading_files`); bad rows are named with file, row, column and
reason. Then the database gives back, in chunks, every member of the file and every
member not in it, each with the tier-history entry before the month, and the domain
decides each one's outcome (:func:`vipcrm.domain.grading.listed` / ``unlisted``: new,
re-activated, up, down, unchanged, left). A preview (``dry_run``) stops there. An import
checks the guard, then goes over the same chunks again and writes each outcome: the member,
the month's tier-history row (both with their outbox entries, :mod:`vipcrm.store.bulk`) and
what the member was before (``grading_undo``, local to this laptop; read by
:mod:`vipcrm.services.grading_undo`). What a preview lists is what an import writes.
A chunk where no number is a member's yet (a first month's file, a new book) needs no
decision per member: every row is a new member, and its rows are written set-based, by
``INSERT … SELECT`` from the temporary table (:meth:`_Writer.write_new`), the same rows,
outbox entries and undo data in the same order.

- **All or nothing**: with any bad row nothing is written unless ``skip_invalid``; then a
  member whose row was bad is left as they are (neither updated nor marked left).
- **The guard**: when the members leaving are more than the rules' share of the book
  (``regrading_leave_share_guard``, default 10 %), the import is refused unless
  ``accept_leavers`` is exactly their number; a number given is always checked.
- **The same month again**: the same file changes nothing; another file replaces the
  month's import: that one is undone first (when its undo data is on this laptop; the
  members it created that the new file lists stay), so the result is the club list as if
  only the new file had been imported. A month older than the latest imported one is refused.
- ``progress(phase, done, total)`` is called as the work goes ("reading" in bytes or rows,
  then "checking" and "writing" in members); raising from it (:class:`Cancelled`) stops the
  work, and the caller's transaction is rolled back: nothing is written.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    delete,
    exists,
    func,
    literal,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.schema import CreateTable

from vipcrm.domain.actor import Actor
from vipcrm.domain.birthday import Birthday
from vipcrm.domain.dates import parse_month, utcnow
from vipcrm.domain.due import quick_constructor
from vipcrm.domain.errors import Lines, ValidationError, VipcrmError, msg
from vipcrm.domain.grading import (
    KINDS,
    GradedRow,
    Kind,
    Outcome,
    Problem,
    RowReader,
    Standing,
    duplicate,
    in_book,
    leave_share,
    listed,
    map_headers,
    positions,
    unlisted,
)
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import GroupClass, KeyRole, MemberStatus, Role, Tier, TierChange
from vipcrm.services.context import Changes
from vipcrm.services.grading_files import open_table
from vipcrm.services.rules import rules_in_force
from vipcrm.store.bulk import (
    RowUpdate,
    bulk_writes,
    encode_json,
    insert_plain,
    insert_rows,
    new_id_bytes,
    new_ids,
    outbox_stamp,
    stored_value,
    update_rows,
)
from vipcrm.store.models import (
    GradingImport,
    GradingUndo,
    GroupCustomer,
    Manager,
    Member,
    TierHistory,
    table_of,
)
from vipcrm.store.outbox import to_json

LIST_LIMIT = 5000  # members listed per kind in a result (the counts are always complete)
PROBLEM_LIMIT = 1000  # bad rows listed in a result (the count is always complete)
SAMPLE = 5  # names per manager in the sample of leavers
CHUNK = 5_000  # rows loaded, decided or written at a time
PINYIN_CACHE = 50_000  # names whose search key is kept while writing (names repeat)

Progress = Callable[[str, int, int], None]  # (phase, done, total)


def _no_progress(phase: str, done: int, total: int) -> None:
    pass


class ImportRefused(VipcrmError):
    """Bad rows (without --skip-invalid), or too many leavers without their number.

    ``result`` is the preview the refusal comes from (counts, lists, leavers per manager).
    """

    def __init__(self, message: str, result: GradingResult | None = None) -> None:
        super().__init__(message)
        self.result = result


class Cancelled(Exception):  # noqa: N818 - what the user did, not an error
    """The user stopped the work; the transaction is rolled back, nothing is written."""


@dataclass(frozen=True)
class Listed:
    """A member on one of a result's lists."""

    phone: str
    name: str
    was: Tier | None  # the tier before (None: new)
    tier: Tier | None  # the tier of the month
    manager: str | None  # the manager's code (None: unassigned)


@dataclass(frozen=True)
class ManagerLeavers:
    """How much of one manager's book would leave, with a few names."""

    code: str | None  # None: unassigned members
    name: str
    leaving: int
    book: int
    sample: tuple[str, ...]


@dataclass
class GradingResult:
    file: str
    month: str
    encoding: str | None
    rows: int  # rows in the file (not counting empty ones)
    counts: dict[str, int]  # per kind (vipcrm.domain.grading.KINDS)
    problems: list[str] = field(default_factory=list)  # at most PROBLEM_LIMIT
    bad_rows: list[Problem] = field(default_factory=list)  # the same, as row/column/reason
    problem_count: int = 0  # all of them
    written: bool = False
    already_imported: bool = False
    book: int = 0  # members the import starts from: active, or on the previous list
    leave_share: float = 0.0  # counts["left"] / book
    guard_share: float = 0.0  # the rules' share above which leavers must be confirmed
    needs_confirmation: bool = False  # leave_share > guard_share
    members: dict[str, list[Listed]] = field(default_factory=dict)  # per kind, LIST_LIMIT each
    leavers_by_manager: list[ManagerLeavers] = field(default_factory=list)
    untouched: int = 0  # members whose row was skipped as bad: left as they are
    replaces: str | None = None  # the month's earlier file this one replaces
    imported_at: datetime | None = None


def latest_import_month(session: Session) -> str | None:
    return session.scalar(
        select(func.max(GradingImport.month)).where(GradingImport.deleted.is_(False))
    )


def current_import(session: Session, month: str) -> GradingImport | None:
    """The month's import in force: the latest not undone or replaced."""
    return session.scalars(
        select(GradingImport)
        .where(GradingImport.month == month, GradingImport.deleted.is_(False))
        .order_by(GradingImport.imported_at.desc())
        .limit(1)
    ).first()


@dataclass(frozen=True)
class ImportSummary:
    """The latest month's import in force, as the Team section shows it."""

    id: uuid.UUID
    month: str
    file: str
    counts: dict[str, int]
    imported_at: datetime
    imported_by: str | None  # the manager code
    undo_here: bool  # this laptop holds its undo data


@dataclass(frozen=True)
class MonthMember:
    """A member the month's re-grading changed (from the month's tier history)."""

    phone: str
    name: str
    change: TierChange
    tier: Tier | None
    manager: str | None  # the manager's code (None: unassigned)


def latest_import(session: Session) -> ImportSummary | None:
    from vipcrm.services.grading_undo import undo_data_here

    month = latest_import_month(session)
    record = current_import(session, month) if month else None
    if record is None:
        return None
    by = session.scalar(select(Manager.code).where(Manager.id == record.imported_by_id))
    return ImportSummary(
        record.id,
        record.month,
        record.file_name,
        {k: v for k, v in (record.counts or {}).items() if isinstance(v, int)},
        record.imported_at,
        by,
        undo_data_here(session, record),
    )


def month_members(session: Session, month: str, limit: int = LIST_LIMIT) -> list[MonthMember]:
    """The members the month's re-grading added, moved or marked left (not the unchanged
    ones), leavers first, then by number; at most ``limit``."""
    order = case(
        (TierHistory.change == TierChange.LEFT, 0),
        (TierHistory.change == TierChange.DOWN, 1),
        (TierHistory.change == TierChange.UP, 2),
        else_=3,
    )
    rows = session.execute(
        select(Member.phone, Member.name, TierHistory.change, TierHistory.tier, Manager.code)
        .join(Member, Member.id == TierHistory.member_id)
        .outerjoin(Manager, Manager.id == Member.manager_id)
        .where(
            TierHistory.month == normal_month(month),
            TierHistory.deleted.is_(False),
            TierHistory.change != TierChange.SAME,
            Member.deleted.is_(False),
        )
        .order_by(order, Member.phone)
        .limit(limit)
    )
    return [MonthMember(*r) for r in rows]


def normal_month(month: str, field_name: str = "month") -> str:
    year, mon = parse_month(month, field_name)
    return f"{year:04d}-{mon:02d}"


# --- the file, in a temporary table --------------------------------------------------------

_META = MetaData()
FILE_ROWS = Table(
    "vipcrm_grading_rows",
    _META,
    Column("row", Integer, primary_key=True),
    Column("phone", String(20), nullable=False),
    Column("good", Boolean, nullable=False),
    Column("name", String),
    Column("tier", String(16)),
    Column("points", Integer),
    Column("spend", Integer),
    Column("birth_year", Integer),
    Column("birth_month", Integer),
    Column("birth_day", Integer),
    Column("group_code", String),
    Column("group_class", String(4)),
    Column("key_role", String(32)),
    prefixes=["TEMPORARY"],
)
#: Made once the rows are in (a sorted build: faster and smaller than growing it row by row).
_FILE_PHONES = Index("ix_vipcrm_grading_rows_phone", FILE_ROWS.c.phone)
_F = FILE_ROWS.c


def _stored(number: int, phone: str, row: GradedRow | None) -> dict[str, Any]:
    if row is None:
        return dict.fromkeys(FILE_ROWS.c.keys()) | {"row": number, "phone": phone, "good": False}
    b = row.birthday
    return {
        "row": number,
        "phone": phone,
        "good": True,
        "name": row.name,
        "tier": row.tier.value,
        "points": row.points,
        "spend": row.monthly_spend_fen,
        "birth_year": b.year if b else None,
        "birth_month": b.month if b else None,
        "birth_day": b.day if b else None,
        "group_code": row.group_code,
        "group_class": row.group_class.value if row.group_class else None,
        "key_role": row.key_role.value if row.key_role else None,
    }


#: The temporary table's columns as selected beside a member's (``f_row``, ``f_phone`` ...).
_FILE_COLUMNS = tuple(c.label(f"f_{c.key}") for c in FILE_ROWS.c)


_new_row = quick_constructor(GradedRow)
_new_standing = quick_constructor(Standing)
_TIERS = {t.value: t for t in Tier}


def _graded(r: Any) -> GradedRow:
    """The GradedRow a good row of the temporary table holds (selected first, as
    _FILE_COLUMNS; read by position: ~100,000 rows, twice)."""
    number, phone, _good, name, tier, points, spend, year, month, day, code, cls, role = r[:13]
    return _new_row(
        number,
        phone,
        name,
        _TIERS[tier],
        points,
        spend,
        Birthday(month=month, day=day, year=year) if month is not None else None,
        code,
        GroupClass(cls) if cls else None,
        KeyRole(role) if role else None,
    )


@dataclass
class _Loaded:
    encoding: str | None
    rows: int
    problems: list[Problem]
    problem_count: int


def _load(
    session: Session, path: Path, encoding: str | None, rules: ServiceRules, progress: Progress
) -> _Loaded:
    """Read the file into the temporary table; the problems found, duplicates included."""
    connection = session.connection()
    with open_table(path, encoding) as table:
        mapping, header_problems = map_headers(table.headers)
        if header_problems:
            problems = [p.where(path.name) for p in header_problems]
            raise ImportRefused(
                msg(
                    "{file}: the columns are not as expected; nothing was written:\n{problems}",
                    file=path.name,
                    problems=Lines(problems),
                )
            )
        reader = RowReader(mapping, positions(table.headers, mapping), rules)
        found: list[Problem] = []
        count = rows = 0
        batch: list[dict[str, Any]] = []
        for number, values in table.rows():
            rows += 1
            row, phone, row_problems = reader.read(number, values)
            if row_problems:
                count += len(row_problems)
                if len(found) < PROBLEM_LIMIT:
                    found.extend(row_problems)
            if phone is not None:
                batch.append(_stored(number, phone, row))
            if len(batch) >= CHUNK:
                insert_plain(session, FILE_ROWS, batch)
                batch.clear()
                progress("reading", *table.progress())
        insert_plain(session, FILE_ROWS, batch)
        progress("reading", *table.progress())
        encoding_used = table.encoding
    _FILE_PHONES.create(connection)
    # A number on two rows: every row after the first is bad.
    g = FILE_ROWS.alias("g")
    first = select(func.min(g.c.row)).where(g.c.phone == _F.phone).scalar_subquery()
    twice = connection.execute(
        select(_F.row, _F.phone, first).where(_F.row > first).order_by(_F.row).limit(PROBLEM_LIMIT)
    ).all()
    doubled = connection.execute(
        update(FILE_ROWS).where(_F.row > first).values(good=False)
    ).rowcount
    column = mapping["phone"]
    found += [duplicate(number, column, phone, earlier) for number, phone, earlier in twice]
    found.sort(key=lambda p: p.row)
    return _Loaded(encoding_used, rows, found[:PROBLEM_LIMIT], count + doubled)


def _file_table(session: Session) -> None:
    connection = session.connection()
    _drop_file_table(session)
    connection.execute(CreateTable(FILE_ROWS))  # its index comes after the rows


def _drop_file_table(session: Session) -> None:
    connection = session.connection()
    FILE_ROWS.drop(connection, checkfirst=True)
    if connection.dialect.name == "sqlite":  # write_new's
        for table in (_NEW_IDS, _NEW_TEXTS, _GROUP_IDS):
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{table}")


# --- members and their outcomes --------------------------------------------------------------

_BEFORE = aliased(TierHistory, name="hb")  # the latest tier-history entry before the month
_MONTH = aliased(TierHistory, name="hm")  # the month's own entry, if any (even a tombstone)
_MEMBER_COLUMNS = (
    Member.id,
    Member.version,
    Member.phone,
    Member.status,
    Member.tier,
    Member.name,
    Member.name_pinyin,
    Member.points,
    Member.monthly_spend_fen,
    Member.group_id,
    Member.key_role,
    Member.birth_calendar,
    Member.birth_year,
    Member.birth_month,
    Member.birth_day,
    Member.joined_month,
    Member.left_month,
)
#: Member fields an import may write, as stored (their values before go to the undo data).
FIELDS = tuple(c.key for c in _MEMBER_COLUMNS[3:])
_HISTORY_COLUMNS = (
    _MONTH.id.label("h_id"),
    _MONTH.version.label("h_version"),
    _MONTH.deleted.label("h_deleted"),
    _MONTH.tier.label("h_tier"),
    _MONTH.change.label("h_change"),
    _MONTH.points.label("h_points"),
    _MONTH.monthly_spend_fen.label("h_spend"),
)


@dataclass(slots=True)
class Item:
    """One member's outcome with what writing it needs."""

    outcome: Outcome
    phone: str
    name: str  # as listed: the file's name, or the member's for a leaver
    manager: tuple[str, str] | None  # (code, name); None: unassigned
    standing: Standing | None  # None: a new member
    db: Any  # the member's row (id, version, every FIELD) and the month's history row
    created_earlier: bool = False  # created by the import this one replaces


_N_MEMBER = len(_MEMBER_COLUMNS)


def _standing(r: Any, at: int) -> Standing:
    """The member selected from position ``at`` (_MEMBER_COLUMNS, then the entry before)."""
    (
        member_id,
        _version,
        _phone,
        status,
        tier,
        name,
        _pinyin,
        points,
        spend,
        group_id,
        key_role,
        _calendar,
        _year,
        birth_month,
        _day,
        joined,
        left,
        b_change,
        b_tier,
        group_class,
    ) = r[at : at + _N_MEMBER + 3]
    return _new_standing(
        member_id,
        status,
        tier,
        name,
        points,
        spend,
        group_id,
        key_role,
        birth_month is not None,
        joined,
        left,
        (b_change, b_tier) if b_change is not None else None,
        group_class,
    )


def _joined(base: Any, month: str) -> Any:
    """``base`` with the member's tier-history entry before the month, the month's own
    entry, the member's group and the member's manager joined on."""
    before = (
        select(func.max(TierHistory.month))
        .where(
            TierHistory.member_id == Member.id,
            TierHistory.month < month,
            TierHistory.deleted.is_(False),
        )
        .correlate(Member)
        .scalar_subquery()
    )
    return (
        base.outerjoin(_BEFORE, and_(_BEFORE.member_id == Member.id, _BEFORE.month == before))
        .outerjoin(_MONTH, and_(_MONTH.member_id == Member.id, _MONTH.month == month))
        .outerjoin(GroupCustomer, GroupCustomer.id == Member.group_id)
        .outerjoin(Manager, Manager.id == Member.manager_id)
    )


#: Whether a chunk of the file where no number is a member yet (a first month's file, a new
#: book) is decided and written set-based in SQL (:class:`_NewChunk`); off: item by item,
#: as every other chunk (``tests/store/test_bulk.py`` compares the two).
NEW_IN_SQL = True

#: The next chunk of good rows after ``?``: its last row, its size and how many of its
#: numbers no member has (not deleted: as ``current`` in :func:`_listed_items`).
_BOUNDS = """
SELECT max(f.row), count(*), coalesce(sum(NOT EXISTS (
    SELECT 1 FROM members m WHERE m.phone = f.phone AND m.deleted = 0)), 0)
FROM (SELECT row, phone FROM temp.vipcrm_grading_rows WHERE good = 1 AND row > ?
      ORDER BY row LIMIT ?) AS f
"""


@dataclass(frozen=True)
class _NewChunk:
    """The good rows ``after`` < row <= ``last`` of the file (``count``), none of whose
    numbers is a member's: each is a new member (``listed`` with no member: the file's
    fields, history "new", no manager), decided and written in SQL."""

    after: int
    last: int
    count: int

    def __len__(self) -> int:
        return self.count


Chunk = list[Item] | _NewChunk


def _listed_items(
    session: Session,
    month: str,
    rules: ServiceRules,
    groups: dict[str, uuid.UUID],
    replaced: uuid.UUID | None,
) -> Iterator[Chunk]:
    """The members of the file (good rows), in file order, a chunk at a time."""
    current = (
        select(Member.id)
        .where(Member.phone == _F.phone, Member.deleted.is_(False))
        .order_by(
            case((Member.status == MemberStatus.ACTIVE, 0), else_=1),
            Member.left_month.desc().nulls_last(),
            Member.id,
        )
        .limit(1)
        .correlate(FILE_ROWS)
        .scalar_subquery()
    )
    base = _joined(FILE_ROWS.outerjoin(Member, Member.id == current), month)
    earlier: Any = literal(False)
    if replaced is not None:
        base = base.outerjoin(
            GradingUndo,
            and_(GradingUndo.import_id == replaced, GradingUndo.member_id == Member.id),
        )
        earlier = and_(GradingUndo.id.is_not(None), GradingUndo.member_before.is_(None))
    query = (
        select(
            *_FILE_COLUMNS,
            *_MEMBER_COLUMNS,
            _BEFORE.change.label("b_change"),
            _BEFORE.tier.label("b_tier"),
            GroupCustomer.group_class.label("g_class"),
            *_HISTORY_COLUMNS,
            Manager.code.label("m_code"),
            Manager.name.label("m_name"),
            earlier.label("created_earlier"),
        )
        .select_from(base)
        .where(_F.good.is_(True))
        .order_by(_F.row)
    )
    connection = session.connection()
    in_sql = NEW_IN_SQL and connection.dialect.name == "sqlite"
    last = 0
    while True:
        if in_sql:
            end, count, new = connection.exec_driver_sql(_BOUNDS, (last, CHUNK)).one()
            if not count:
                return
            if new == count:  # none of them a member yet: new members, written in SQL
                yield _NewChunk(last, end, count)
                last = end
                continue
            page = query.where(_F.row > last, _F.row <= end)
        else:
            page = query.where(_F.row > last).limit(CHUNK)
        rows = connection.execute(page).all()
        if not rows:
            return
        last = rows[-1].f_row
        items = []
        for r in rows:
            graded = _graded(r)
            standing = _standing(r, len(_FILE_COLUMNS)) if r.id is not None else None
            gid = groups.get(graded.group_code) if graded.group_code else None
            items.append(
                Item(
                    listed(graded, standing, month, gid, rules),
                    graded.phone,
                    graded.name,
                    (r.m_code, r.m_name) if r.m_code is not None else None,
                    standing,
                    r,
                    bool(r.created_earlier),
                )
            )
        yield items


def _unlisted_items(session: Session, month: str) -> Iterator[list[Item]]:
    """The members not in the file who leave (active, or on the previous list), by number, a
    chunk at a time. A number on a bad row counts as in the file: that member is left as
    they are."""
    query = (
        select(
            *_MEMBER_COLUMNS,
            _BEFORE.change.label("b_change"),
            _BEFORE.tier.label("b_tier"),
            GroupCustomer.group_class.label("g_class"),
            *_HISTORY_COLUMNS,
            Manager.code.label("m_code"),
            Manager.name.label("m_name"),
        )
        .select_from(_joined(Member.__table__, month))
        .where(
            Member.deleted.is_(False),
            or_(
                Member.status == MemberStatus.ACTIVE,
                and_(_BEFORE.change.is_not(None), _BEFORE.change != TierChange.LEFT),
            ),
            ~exists().where(_F.phone == Member.phone),
        )
        .order_by(Member.phone, Member.id)
    )
    last: tuple[str, uuid.UUID] | None = None
    while True:
        page = query if last is None else query.where(tuple_(Member.phone, Member.id) > last)
        rows = session.connection().execute(page.limit(CHUNK)).all()
        if not rows:
            return
        last = (rows[-1].phone, rows[-1].id)
        items = []
        for r in rows:
            standing = _standing(r, 0)
            outcome = unlisted(standing, month)
            if outcome is not None:
                manager = (r.m_code, r.m_name) if r.m_code is not None else None
                items.append(Item(outcome, r.phone, r.name, manager, standing, r))
        yield items


def _items(
    session: Session,
    month: str,
    rules: ServiceRules,
    groups: dict[str, uuid.UUID],
    replaced: uuid.UUID | None,
    progress: Progress,
    phase: str,
) -> Iterator[Chunk]:
    """Every member's outcome, a chunk at a time: the file's members, then the leavers."""
    total = session.scalar(select(func.count()).where(_F.good.is_(True))) or 0
    total += session.scalar(select(func.count(Member.id)).where(Member.deleted.is_(False))) or 0
    done = 0
    progress(phase, 0, total)
    for source in (
        _listed_items(session, month, rules, groups, replaced),
        _unlisted_items(session, month),
    ):
        for chunk in source:
            yield chunk
            done += len(chunk)
            progress(phase, min(done, total), total)
    progress(phase, total, total)


@dataclass
class _Summary:
    """What a pass over the outcomes found: counts, the book, lists, leavers per manager."""

    month: str
    counts: dict[str, int] = field(default_factory=lambda: {k.value: 0 for k in KINDS})
    book: int = 0
    members: dict[str, list[Listed]] = field(default_factory=lambda: {k.value: [] for k in KINDS})
    managers: dict[str | None, list[Any]] = field(default_factory=dict)  # [name, book, left, names]

    def add(self, item: Item) -> None:
        o = item.outcome
        kind = o.kind.value
        self.counts[kind] += 1
        if len(self.members[kind]) < LIST_LIMIT:
            code = item.manager[0] if item.manager else None
            self.members[kind].append(Listed(item.phone, item.name, o.was, o.history[0], code))
        if item.standing is None or not in_book(item.standing, self.month):
            return
        self.book += 1
        code, name = item.manager if item.manager else (None, "")
        entry = self.managers.setdefault(code, [name, 0, 0, []])
        entry[1] += 1
        if o.kind is Kind.LEFT:
            entry[2] += 1
            if len(entry[3]) < SAMPLE:
                entry[3].append(item.name)

    def add_new(self, session: Session, chunk: _NewChunk) -> None:
        """:meth:`add` for each member of ``chunk`` (new: none is in the book)."""
        kind = Kind.NEW.value
        self.counts[kind] += chunk.count
        shown = self.members[kind]
        room = LIST_LIMIT - len(shown)
        if room <= 0:
            return
        rows = session.connection().execute(
            select(_F.phone, _F.name, _F.tier)
            .where(_F.good.is_(True), _F.row > chunk.after, _F.row <= chunk.last)
            .order_by(_F.row)
            .limit(room)
        )
        shown.extend(Listed(phone, name, None, _TIERS[tier], None) for phone, name, tier in rows)

    def leavers(self) -> list[ManagerLeavers]:
        rows = [
            ManagerLeavers(code, name, left, book, tuple(names))
            for code, (name, book, left, names) in self.managers.items()
            if left
        ]
        return sorted(rows, key=lambda m: (-m.leaving, m.code or ""))


# --- groups ----------------------------------------------------------------------------------


def _groups(session: Session, create: bool) -> dict[str, uuid.UUID]:
    """Group code -> id for the file's group customers; new ones are created when ``create``
    (else given an id that matches no member, which is all a preview needs)."""
    wanted = dict(
        session.execute(
            select(_F.group_code, _F.group_class)
            .where(_F.good.is_(True), _F.group_code.is_not(None), _F.group_class.is_not(None))
            .distinct()
        ).all()
    )
    existing = {
        code: gid
        for code, gid in session.execute(
            select(GroupCustomer.code, GroupCustomer.id).where(GroupCustomer.code.in_(wanted))
        )
    }
    for code, cls in sorted(wanted.items()):
        if code in existing:
            continue
        if create:
            group = GroupCustomer(code=code[:32], name=code, group_class=GroupClass(cls))
            session.add(group)
            session.flush()
            existing[code] = group.id
        else:
            existing[code] = uuid.uuid4()
    return existing


# --- writing ---------------------------------------------------------------------------------


def _json(values: dict[str, Any]) -> dict[str, Any]:
    return {k: to_json(v) for k, v in values.items()}


class _Writer:
    """Writes a pass's outcomes chunk by chunk, with their undo data."""

    def __init__(self, session: Session, month: str, import_id: uuid.UUID) -> None:
        self.session = session
        self.month = month
        self.import_id = import_id
        self.pinyin: dict[str, str] = {}
        self.groups_written = False  # the groups' temporary table (write_new)

    def name_key(self, name: str) -> str:
        key = self.pinyin.get(name)
        if key is None:
            if len(self.pinyin) >= PINYIN_CACHE:
                self.pinyin.clear()
            key = self.pinyin[name] = pinyin_key(name)
        return key

    def write(self, items: list[Item]) -> None:
        month = self.month
        fresh = iter(new_ids(sum(1 for i in items if i.standing is None)))
        inserts: list[dict[str, Any]] = []
        updates: list[RowUpdate] = []
        history_rows: list[dict[str, Any]] = []
        history_updates: list[RowUpdate] = []
        undo: list[dict[str, Any]] = []
        for item in items:
            o, r = item.outcome, item.db
            if item.standing is None:
                member_id = next(fresh)
                inserts.append(
                    {
                        "id": member_id,
                        "phone": item.phone,
                        "name_pinyin": self.name_key(item.name),
                        "status": MemberStatus.ACTIVE,
                        "joined_month": month,
                        "notes": "",
                        "important": False,
                        "birth_leap_month": False,
                        "birth_calendar": None,
                        "birth_year": None,
                        "birth_month": None,
                        "birth_day": None,
                        "group_id": None,
                        "key_role": None,
                        **o.member,
                    }
                )
                before: dict[str, Any] | None = None
                after: dict[str, Any] | None = None
            else:
                member_id = r.id
                changes = dict(o.member)
                if "name" in changes:
                    changes["name_pinyin"] = self.name_key(changes["name"])
                base = {k: getattr(r, k) for k in changes}
                if changes:
                    updates.append(RowUpdate(member_id, r.version, changes, base))
                before, after = _json(base), _json(changes)
                if item.created_earlier:
                    before = None
            tier, change, points, spend = o.history
            values = {"tier": tier, "change": change, "points": points, "monthly_spend_fen": spend}
            if r is not None and r.h_id is not None:
                history_id = r.h_id
                current = {
                    "tier": r.h_tier,
                    "change": r.h_change,
                    "points": r.h_points,
                    "monthly_spend_fen": r.h_spend,
                    "deleted": r.h_deleted,
                }
                wanted = values | {"deleted": False}
                delta = {k: v for k, v in wanted.items() if current[k] != v}
                if delta:
                    history_updates.append(
                        RowUpdate(history_id, r.h_version, delta, {k: current[k] for k in delta})
                    )
                history_before: dict[str, Any] | None = _json(current)
                if item.created_earlier:
                    history_before = None
            else:
                history_id = None
                history_rows.append({"id": None, "member_id": member_id, "month": month, **values})
                history_before = None
            undo.append(
                {
                    "import_id": self.import_id,
                    "member_id": member_id,
                    "member_before": before,
                    "member_after": after,
                    "history_id": history_id,
                    "history_before": history_before,
                }
            )
        fresh_history = iter(new_ids(len(history_rows)))
        for row in history_rows:
            row["id"] = next(fresh_history)
        pending = iter(history_rows)
        for entry in undo:
            if entry["history_id"] is None:
                entry["history_id"] = next(pending)["id"]
        insert_rows(self.session, Member, inserts)
        update_rows(self.session, Member, updates)
        insert_rows(self.session, TierHistory, history_rows)
        update_rows(self.session, TierHistory, history_updates)
        insert_plain(self.session, table_of(GradingUndo), undo)

    def write_new(self, chunk: _NewChunk, groups: dict[str, uuid.UUID]) -> None:
        """Write a chunk of new members set-based: what :meth:`write` writes for them, row
        for row and in the same order (members with their outbox entries, their month's
        tier history with its entries, the undo rows), by ``INSERT … SELECT`` from the
        file's table; ids drawn as :meth:`write` draws them, handed out in file order."""
        connection = self.session.connection()
        run = connection.exec_driver_sql
        if not self.groups_written:
            run(f"CREATE TEMP TABLE IF NOT EXISTS {_GROUP_IDS} (code TEXT PRIMARY KEY, id TEXT)")
            run(f"DELETE FROM temp.{_GROUP_IDS}")
            if groups:
                run(
                    f"INSERT INTO temp.{_GROUP_IDS} VALUES (?, ?)",
                    [(c, g.hex) for c, g in groups.items()],
                )
            self.groups_written = True
        # The search keys and the JSON text of the texts, made here (Python functions called
        # from SQL would turn Ctrl+C arriving in them into a database error).
        key, encode = self.name_key, encode_json
        texts = []
        for row, name, phone in run(_NEW_TEXTS_OF, (chunk.after, chunk.last)):
            pinyin = key(name)
            texts.append((row, pinyin, encode(pinyin), encode(name), encode(phone)))
        for temp_table, create in ((_NEW_TEXTS, _NEW_TEXTS_TABLE), (_NEW_IDS, _NEW_TABLE)):
            run(create)
            run(f"DELETE FROM temp.{temp_table}")
        run(f"INSERT INTO temp.{_NEW_TEXTS} VALUES (?, ?, ?, ?, ?)", texts)
        n = chunk.count
        run(
            _NEW_FILL,
            {
                "after": chunk.after,
                "last": chunk.last,
                "members": new_id_bytes(n),
                "history": new_id_bytes(n),
                "member_ops": new_id_bytes(n),
                "history_ops": new_id_bytes(n),
            },
        )
        outbox = not self.session.info.get("no_outbox")
        dialect = connection.dialect
        month = encode_json(self.month)
        for table, insert, entries in (
            (table_of(Member), _NEW_MEMBERS, _NEW_MEMBERS_OUTBOX),
            (table_of(TierHistory), _NEW_HISTORY, _NEW_HISTORY_OUTBOX),
        ):
            now = utcnow()
            stamp = stored_value(table.c.updated_at, dialect, now)
            run(insert, {"month": self.month, "stamp": stamp})
            if outbox:
                values = {"month": month, "updated": encode_json(now), "created": outbox_stamp(now)}
                run(entries, values)
        run(_NEW_UNDO, {"import_id": self.import_id.hex})


def _dashed(hex_id: str) -> str:
    """SQL for the text form of a stored id (32 hex digits): ``str(uuid)``."""
    parts = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))
    return " || '-' || ".join(f"substr({hex_id}, {a}, {b})" for a, b in parts)


def _json_or_null(value: str, text: str) -> str:
    return f"CASE WHEN {value} IS NULL THEN 'null' ELSE {text} END"


_GROUP_JSON = _json_or_null("n.group_id", "'\"' || " + _dashed("n.group_id") + " || '\"'")
_NEW_IDS = "vipcrm_grading_new"
_NEW_TEXTS = "vipcrm_grading_texts"
_NEW_TEXTS_TABLE = f"""
CREATE TEMP TABLE IF NOT EXISTS {_NEW_TEXTS} (
    row INTEGER PRIMARY KEY, pinyin TEXT, pinyin_json TEXT, name_json TEXT, phone_json TEXT)
"""
_NEW_TEXTS_OF = """
SELECT row, name, phone FROM temp.vipcrm_grading_rows
WHERE good = 1 AND row > ? AND row <= ? ORDER BY row
"""
_GROUP_IDS = "vipcrm_grading_groups"
_NEW_TABLE = f"""
CREATE TEMP TABLE IF NOT EXISTS {_NEW_IDS} (
    row INTEGER PRIMARY KEY, member_id TEXT, history_id TEXT, member_op TEXT, history_op TEXT,
    pinyin TEXT, pinyin_json TEXT, name_json TEXT, phone_json TEXT, grouped INTEGER,
    group_id TEXT)
"""
#: A chunk's new members: their ids (the k-th of each list for the k-th row), search keys
#: and groups (group and role set only when the row gives both: ``file_fields``).
_NEW_FILL = f"""
INSERT INTO temp.{_NEW_IDS}
SELECT f.row,
    lower(hex(substr(:members, 16 * f.k + 1, 16))),
    lower(hex(substr(:history, 16 * f.k + 1, 16))),
    lower(hex(substr(:member_ops, 16 * f.k + 1, 16))),
    lower(hex(substr(:history_ops, 16 * f.k + 1, 16))),
    t.pinyin, t.pinyin_json, t.name_json, t.phone_json,
    f.grouped,
    CASE WHEN f.grouped THEN g.id END
FROM (SELECT row, name, group_code,
        coalesce(group_code, '') <> '' AND coalesce(key_role, '') <> '' AS grouped,
        row_number() OVER (ORDER BY row) - 1 AS k
      FROM temp.vipcrm_grading_rows WHERE good = 1 AND row > :after AND row <= :last) AS f
JOIN temp.{_NEW_TEXTS} AS t ON t.row = f.row
LEFT JOIN temp.{_GROUP_IDS} AS g ON g.code = f.group_code
ORDER BY f.row
"""
_NEW_FROM = f"""
FROM temp.{_NEW_IDS} AS n JOIN temp.vipcrm_grading_rows AS f ON f.row = n.row
ORDER BY n.row
"""
_NEW_MEMBERS = f"""
INSERT INTO members (id, phone, name_pinyin, status, joined_month, notes, important,
    birth_leap_month, birth_calendar, birth_year, birth_month, birth_day, group_id, key_role,
    name, tier, points, monthly_spend_fen, version, updated_at, deleted)
SELECT n.member_id, f.phone, n.pinyin, 'active', :month, '', 0, 0,
    CASE WHEN f.birth_month IS NOT NULL THEN 'solar' END, f.birth_year, f.birth_month,
    f.birth_day, n.group_id, CASE WHEN n.grouped THEN f.key_role END,
    f.name, f.tier, f.points, f.spend, 1, :stamp, 0
{_NEW_FROM}"""
#: The payload ``insert_rows`` writes for the dictionary ``_Writer.write`` makes (its keys
#: in that order), as ``encode_json`` writes it.
_NEW_MEMBERS_OUTBOX = f"""
INSERT INTO outbox (op_id, table_name, row_id, op, base_version, payload, created_at)
SELECT n.member_op, 'members', n.member_id, 'insert', NULL,
    '{{"row": {{"id": "' || {_dashed("n.member_id")}
    || '", "phone": ' || n.phone_json
    || ', "name_pinyin": ' || n.pinyin_json
    || ', "status": "active", "joined_month": ' || :month
    || ', "notes": "", "important": false, "birth_leap_month": false, "birth_calendar": '
    || CASE WHEN f.birth_month IS NULL THEN 'null' ELSE '"solar"' END
    || ', "birth_year": ' || coalesce(f.birth_year, 'null')
    || ', "birth_month": ' || coalesce(f.birth_month, 'null')
    || ', "birth_day": ' || coalesce(f.birth_day, 'null')
    || ', "group_id": ' || {_GROUP_JSON}
    || ', "key_role": '
    || CASE WHEN n.grouped AND f.key_role IS NOT NULL THEN '"' || f.key_role || '"' ELSE 'null' END
    || ', "name": ' || n.name_json
    || ', "tier": "' || f.tier || '", "points": ' || f.points
    || ', "monthly_spend_fen": ' || f.spend
    || ', "version": 1, "updated_at": ' || :updated || ', "deleted": false}}}}',
    :created
{_NEW_FROM}"""
_NEW_HISTORY = f"""
INSERT INTO tier_history (id, member_id, month, tier, change, points, monthly_spend_fen,
    version, updated_at, deleted)
SELECT n.history_id, n.member_id, :month, f.tier, '{TierChange.NEW.value}', f.points, f.spend,
    1, :stamp, 0
{_NEW_FROM}"""
_NEW_HISTORY_OUTBOX = f"""
INSERT INTO outbox (op_id, table_name, row_id, op, base_version, payload, created_at)
SELECT n.history_op, 'tier_history', n.history_id, 'insert', NULL,
    '{{"row": {{"id": "' || {_dashed("n.history_id")}
    || '", "member_id": "' || {_dashed("n.member_id")}
    || '", "month": ' || :month
    || ', "tier": "' || f.tier || '", "change": "{TierChange.NEW.value}", "points": ' || f.points
    || ', "monthly_spend_fen": ' || f.spend
    || ', "version": 1, "updated_at": ' || :updated || ', "deleted": false}}}}',
    :created
{_NEW_FROM}"""
_NEW_UNDO = f"""
INSERT INTO grading_undo (import_id, member_id, member_before, member_after, history_id,
    history_before)
SELECT :import_id, n.member_id, NULL, NULL, n.history_id, NULL
{_NEW_FROM}"""


def _delete_undo(session: Session, which: Any) -> None:
    """Delete the undo rows ``which`` selects, CHUNK × 10 at a time: one statement deleting a
    million rows holds all their row ids in memory (~200 MB more at the end of an import
    replacing a million-row month's undo data)."""
    session.flush()  # as session.execute() would first
    batch = select(GradingUndo.id).where(which).limit(CHUNK * 10).scalar_subquery()
    while (
        session.connection().execute(delete(GradingUndo).where(GradingUndo.id.in_(batch))).rowcount
    ):
        pass


def _import_id(session: Session, month: str, digest: str) -> uuid.UUID:
    """The id of the import being written: the one this file had before (undone or
    replaced), else a new one; its stale undo data is deleted."""
    known = session.scalar(
        select(GradingImport.id).where(GradingImport.month == month, GradingImport.sha256 == digest)
    )
    if known is None:
        return uuid.uuid4()
    _delete_undo(session, GradingUndo.import_id == known)
    return known


def _record_import(
    session: Session,
    actor: Actor,
    import_id: uuid.UUID,
    month: str,
    path: Path,
    digest: str,
    counts: dict[str, int],
) -> GradingImport:
    """The import's row (a new one, or the one this file had before, again in force); the
    undo data of earlier months is discarded: this month builds on them."""
    row = session.get(GradingImport, import_id)
    if row is None:
        row = GradingImport(
            id=import_id,
            month=month,
            file_name=path.name[:260],
            sha256=digest,
            counts=counts,
            imported_by_id=actor.manager_id,
        )
        session.add(row)
    else:
        row.deleted = False
        row.file_name = path.name[:260]
        row.imported_at = utcnow()
        row.imported_by_id = actor.manager_id
        row.counts = counts
    session.flush()
    earlier = select(GradingImport.id).where(GradingImport.month < month)
    _delete_undo(session, GradingUndo.import_id.in_(earlier))
    return row


# --- the import ------------------------------------------------------------------------------


def _digest(path: Path) -> str:
    if not path.is_file():
        return ""  # open_table says why
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def import_grading(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    month: str,
    dry_run: bool = False,
    skip_invalid: bool = False,
    encoding: str | None = None,
    accept_leavers: int | None = None,
    progress: Progress | None = None,
) -> tuple[GradingResult, Changes]:
    actor.require(Role.LEAD, Role.ADMIN, action=msg("import a re-grading file"))
    month = normal_month(month)
    report = progress or _no_progress
    latest = latest_import_month(session)
    if latest is not None and month < latest:
        raise ValidationError(
            "month",
            msg(
                "{month} is older than the latest imported month {latest}",
                month=month,
                latest=latest,
            ),
        )
    path = Path(path)
    year, mon = int(month[:4]), int(month[5:])
    rules = rules_in_force(session, date(year, mon, 1))
    digest = _digest(path)
    # On any error (a refusal, Cancel, Ctrl+C) the caller rolls the transaction back, and
    # the temporary table with it; only a finished import or preview drops it here.
    _file_table(session)
    outcome = _import_file(
        session, actor, path, month, digest, rules, dry_run, skip_invalid, encoding,
        accept_leavers, report,
    )  # fmt: skip
    _drop_file_table(session)
    return outcome


def _import_file(
    session: Session,
    actor: Actor,
    path: Path,
    month: str,
    digest: str,
    rules: ServiceRules,
    dry_run: bool,
    skip_invalid: bool,
    encoding: str | None,
    accept_leavers: int | None,
    report: Progress,
) -> tuple[GradingResult, Changes]:
    """:func:`import_grading` once the file's table exists."""
    from vipcrm.services.grading_undo import undo_data_here, undo_import_rows

    loaded = _load(session, path, encoding, rules, report)
    result = GradingResult(
        file=path.name,
        month=month,
        encoding=loaded.encoding,
        rows=loaded.rows,
        counts={},
        problems=[p.where(path.name) for p in loaded.problems],
        bad_rows=loaded.problems,
        problem_count=loaded.problem_count,
        guard_share=rules.regrading_leave_share_guard,
    )
    result.untouched = _untouched(session)
    earlier = current_import(session, month)
    result.already_imported = earlier is not None and earlier.sha256 == digest
    writing = not dry_run and not result.already_imported
    if writing:
        _refuse_bad_rows(result, skip_invalid)
    replaced = None
    if earlier is not None and not result.already_imported:
        result.replaces = earlier.file_name
        replaced = earlier if undo_data_here(session, earlier) else None
    replaced_id = replaced.id if replaced is not None else None
    # A preview of a replacing file undoes the month's import in a savepoint, rolled back.
    scratch = session.begin_nested() if not writing and replaced is not None else None
    summary = _Summary(month)
    with bulk_writes(session):  # a larger page cache, the garbage collector paused
        if replaced is not None:
            undo_import_rows(session, replaced, keep_listed=True, forget=False, progress=report)
        groups = _groups(session, create=writing)
        writer = None
        if writing:
            import_id = _import_id(session, month, digest)
            writer = _Writer(session, month, import_id)
        phase = "writing" if writing else "checking"
        for chunk in _items(session, month, rules, groups, replaced_id, report, phase):
            if isinstance(chunk, _NewChunk):
                if writer is not None:
                    writer.write_new(chunk, groups)
                summary.add_new(session, chunk)
                continue
            if writer is not None:
                writer.write(chunk)
            for item in chunk:
                summary.add(item)
    if scratch is not None:  # on an error, the caller's rollback takes it too
        scratch.rollback()
    result.counts = summary.counts
    result.book = summary.book
    result.leave_share = leave_share(summary.counts[Kind.LEFT.value], summary.book)
    result.needs_confirmation = result.leave_share > result.guard_share
    result.members = summary.members
    result.leavers_by_manager = summary.leavers()
    if not writing:
        return result, Changes()
    # Checked on what was just written; refused, the caller's transaction is rolled back.
    _refuse_unless_confirmed(result, accept_leavers)
    record = _record_import(session, actor, import_id, month, path, digest, result.counts)
    if replaced_id is not None:
        _delete_undo(session, GradingUndo.import_id == replaced_id)
    session.flush()
    result.written = True
    result.imported_at = record.imported_at
    return result, Changes(everything=True)


def _untouched(session: Session) -> int:
    """Members whose number is only on bad rows: an import leaves them as they are."""
    bad = FILE_ROWS.alias("bad")
    return (
        session.scalar(
            select(func.count(func.distinct(bad.c.phone))).where(
                bad.c.good.is_(False),
                ~exists().where(_F.phone == bad.c.phone, _F.good.is_(True)),
                exists().where(
                    Member.phone == bad.c.phone,
                    Member.deleted.is_(False),
                    Member.status == MemberStatus.ACTIVE,
                ),
            )
        )
        or 0
    )


def _percent(share: float) -> str:
    return f"{share * 100:.1f} %".replace(".0 %", " %")


def _refuse_bad_rows(result: GradingResult, skip_invalid: bool) -> None:
    if result.problem_count and not skip_invalid:
        shown = result.problems
        more = result.problem_count - len(result.bad_rows)
        if more > 0:
            shown = [*shown, msg("… and {count} more", count=more)]
        raise ImportRefused(
            msg(
                "{count} bad row(s) in {file}; nothing was written "
                "(fix them, or --skip-invalid to import the good rows):\n{problems}",
                count=result.problem_count,
                file=result.file,
                problems=Lines(shown),
            ),
            result,
        )


def _refuse_unless_confirmed(result: GradingResult, accept_leavers: int | None) -> None:
    leaving = result.counts[Kind.LEFT.value]
    if accept_leavers is not None and accept_leavers != leaving:
        raise ImportRefused(
            msg(
                "--accept-leavers {given} does not match: {file} would mark {count} member(s) "
                "as left; nothing was written",
                given=accept_leavers,
                file=result.file,
                count=leaving,
            ),
            result,
        )
    if result.needs_confirmation and accept_leavers is None:
        raise ImportRefused(
            msg(
                "{file} would mark {count} of the {book} members as left ({share}), more than "
                "the {limit} allowed without confirmation; nothing was written. Check that it "
                "is the whole club's list for {month}; to import it anyway, confirm the "
                "number: --accept-leavers {count}",
                file=result.file,
                count=leaving,
                book=result.book,
                share=_percent(result.leave_share),
                limit=_percent(result.guard_share),
                month=result.month,
            ),
            result,
        )
