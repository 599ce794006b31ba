"""Applying the monthly re-grading file (升降级): preview first, then all or nothing.

The previous month's list is every member whose latest tier-history row before the month
is not "left". Against it the file gives new members, upgrades, downgrades, members who
left (status left, history kept, counted as churn) and unchanged ones. By default nothing
is written if any row is bad; ``skip_invalid`` writes the good rows and reports the rest.
Importing the same file for the same month again changes nothing; a month older than the
latest imported one is refused.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipcrm.domain.dates import parse_month, utcnow
from vipcrm.domain.errors import Lines, ValidationError, VipcrmError, msg
from vipcrm.domain.grading import (
    Diff,
    GradedRow,
    Previous,
    Problem,
    diff,
    map_headers,
    parse_rows,
)
from vipcrm.domain.pinyin import pinyin_key
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import MemberStatus, Role, Tier, TierChange
from vipcrm.services.context import Actor, Changes
from vipcrm.services.grading_files import read_table
from vipcrm.services.rules import rules_in_force
from vipcrm.store.bulk import RowUpdate, bulk_writes, insert_rows, new_ids, update_rows
from vipcrm.store.models import GradingImport, GroupCustomer, Member, TierHistory


class ImportRefused(VipcrmError):
    """The file has problems (and --skip-invalid was not given), or the month is too old."""


@dataclass
class GradingResult:
    file: str
    month: str
    encoding: str | None
    rows: int
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)
    bad_rows: list[Problem] = field(default_factory=list)  # the same, as row/column/reason
    written: bool = False
    already_imported: bool = False
    new_phones: list[str] = field(default_factory=list)


def latest_import_month(session: Session) -> str | None:
    return session.scalar(
        select(func.max(GradingImport.month)).where(GradingImport.deleted.is_(False))
    )


def previous_list(session: Session, month: str) -> dict[str, Previous]:
    """The previous month's list: latest history row before ``month`` per member, unless "left"."""
    latest = (
        select(TierHistory.member_id, func.max(TierHistory.month).label("month"))
        .where(TierHistory.month < month, TierHistory.deleted.is_(False))
        .group_by(TierHistory.member_id)
        .subquery()
    )
    rows = session.execute(
        select(Member.phone, TierHistory.tier, TierHistory.change)
        .join(latest, latest.c.member_id == TierHistory.member_id)
        .join(Member, Member.id == TierHistory.member_id)
        .where(TierHistory.month == latest.c.month, Member.deleted.is_(False))
    )
    return {
        phone: Previous(phone, tier)
        for phone, tier, change in rows
        if change is not TierChange.LEFT and tier
    }


def import_grading(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    month: str,
    dry_run: bool = False,
    skip_invalid: bool = False,
    encoding: str | None = None,
) -> tuple[GradingResult, Changes]:
    actor.require(Role.LEAD, Role.ADMIN, action=msg("import a re-grading file"))
    year, mon = parse_month(month, "month")
    month = f"{year:04d}-{mon:02d}"
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
    table = read_table(path, encoding)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    result = GradingResult(
        file=path.name, month=month, encoding=table.encoding, rows=len(table.rows), counts={}
    )
    mapping, header_problems = map_headers(table.headers)
    if header_problems:
        result.problems = [p.where(path.name) for p in header_problems]
        result.bad_rows = list(header_problems)
        raise ImportRefused(
            msg(
                "{file}: the columns are not as expected; nothing was written:\n{problems}",
                file=path.name,
                problems=Lines(result.problems),
            )
        )
    rules = rules_in_force(session, date(year, mon, 1))
    rows, problems = parse_rows(table.rows, mapping, rules)
    rows = _with_key_person_tiers(session, rows, rules)
    result.problems = [p.where(path.name) for p in problems]
    result.bad_rows = list(problems)
    changes = diff(rows, previous_list(session, month))
    result.counts = changes.counts()
    result.new_phones = [r.phone for r in changes.new]
    imports = session.scalars(
        select(GradingImport)
        .where(GradingImport.month == month, GradingImport.deleted.is_(False))
        .order_by(GradingImport.imported_at.desc())
    ).all()
    if imports and imports[0].sha256 == digest:  # the month's list is this file already
        result.already_imported = True
        return result, Changes()
    if dry_run:
        return result, Changes()
    if problems and not skip_invalid:
        raise ImportRefused(
            msg(
                "{count} bad row(s) in {file}; nothing was written "
                "(fix them, or --skip-invalid to import the good rows):\n{problems}",
                count=len(problems),
                file=path.name,
                problems=Lines(result.problems),
            )
        )
    with bulk_writes(session):  # a larger page cache, the garbage collector paused
        _apply(session, changes, month)
    earlier = next((i for i in imports if i.sha256 == digest), None)
    if earlier is None:
        session.add(
            GradingImport(
                month=month,
                file_name=path.name[:260],
                sha256=digest,
                counts=result.counts,
                imported_by_id=actor.manager_id,
            )
        )
    else:  # the same file again after a different one: it is the month's list once more
        earlier.imported_at, earlier.imported_by_id, earlier.counts = (
            utcnow(),
            actor.manager_id,
            result.counts,
        )
    session.flush()
    result.written = True
    return result, Changes(everything=True)


def _with_key_person_tiers(
    session: Session, rows: list[GradedRow], rules: ServiceRules
) -> list[GradedRow]:
    """Rows of members who are key persons here while the file names no role for them get
    the tier their role grants when it is higher (§2: the file keeps their role)."""
    key_persons = {
        phone: (group_class, key_role)
        for phone, group_class, key_role in session.execute(
            select(Member.phone, GroupCustomer.group_class, Member.key_role)
            .join(GroupCustomer, GroupCustomer.id == Member.group_id)
            .where(
                Member.deleted.is_(False),
                Member.status == MemberStatus.ACTIVE,
                Member.key_role.is_not(None),
            )
        )
    }
    if not key_persons:
        return rows
    out = []
    for row in rows:
        found = key_persons.get(row.phone) if row.key_role is None else None
        if found is not None:
            tier = rules.member_tier(row.tier, group_class=found[0], key_role=found[1])
            if tier is not None and tier is not row.tier:
                row = replace(row, tier=tier)
        out.append(row)
    return out


def _groups(session: Session, rows: list[GradedRow]) -> dict[str, uuid.UUID]:
    wanted = {r.group_code: r.group_class for r in rows if r.group_code and r.group_class}
    query = select(GroupCustomer.code, GroupCustomer.id).where(GroupCustomer.code.in_(wanted))
    existing = {code: gid for code, gid in session.execute(query)}
    for code, cls in wanted.items():
        if code not in existing:
            group = GroupCustomer(code=code[:32], name=code, group_class=cls)
            session.add(group)
            session.flush()
            existing[code] = group.id
    return existing


def _member_fields(row: GradedRow, groups: dict[str, uuid.UUID]) -> dict[str, Any]:
    fields = {
        "name": row.name,
        "tier": row.tier,
        "points": row.points,
        "monthly_spend_fen": row.monthly_spend_fen,
    }
    if row.group_code and row.key_role:
        fields["group_id"] = groups[row.group_code]
        fields["key_role"] = row.key_role
    return fields


def _apply(session: Session, changes: Diff, month: str) -> None:
    rows = [*changes.new, *changes.up, *changes.down, *changes.same]
    groups = _groups(session, rows)
    members = {
        m.phone: m
        for m in session.execute(
            select(
                Member.id,
                Member.phone,
                Member.version,
                Member.status,
                Member.name,
                Member.tier,
                Member.points,
                Member.monthly_spend_fen,
                Member.group_id,
                Member.key_role,
                Member.birth_month,
                Member.left_month,
                Member.joined_month,
            )
            .where(Member.deleted.is_(False))
            .order_by(Member.status.desc())  # 'active' after 'left': the active row wins
        )
    }
    history = {
        member_id: (hid, version)
        for hid, member_id, version in session.execute(
            select(TierHistory.id, TierHistory.member_id, TierHistory.version).where(
                TierHistory.month == month
            )
        )
    }
    inserts, updates, history_rows, history_updates = [], [], [], []
    fresh_ids = iter(new_ids(sum(1 for row in rows if row.phone not in members)))
    pinyin: dict[str, str] = {}  # name -> search key (names repeat)

    def name_key(name: str) -> str:
        key = pinyin.get(name)
        if key is None:
            key = pinyin[name] = pinyin_key(name)
        return key

    def record(
        member_id: uuid.UUID, change: TierChange, tier: Tier | None, points: int, spend: int
    ) -> None:
        values = {"tier": tier, "change": change, "points": points, "monthly_spend_fen": spend}
        if member_id in history:
            hid, version = history[member_id]
            history_updates.append(RowUpdate(hid, version, values, {}))
        else:
            history_rows.append(
                {"id": None, "member_id": member_id, "month": month, **values}  # id: below
            )

    for row in rows:
        change = changes.change_of(row)
        wanted = _member_fields(row, groups)
        existing = members.get(row.phone)
        if existing is None:
            member_id = next(fresh_ids)
            b = row.birthday
            inserts.append(
                {
                    "id": member_id,
                    "phone": row.phone,
                    "name_pinyin": name_key(row.name),
                    "status": MemberStatus.ACTIVE,
                    "joined_month": month,
                    "notes": "",
                    "important": False,
                    "birth_leap_month": False,
                    "birth_calendar": "solar" if b else None,
                    "birth_year": b.year if b else None,
                    "birth_month": b.month if b else None,
                    "birth_day": b.day if b else None,
                    "group_id": None,
                    "key_role": None,
                    **wanted,
                }
            )
        else:
            member_id = existing.id
            current = {k: getattr(existing, k) for k in wanted}
            delta = {k: v for k, v in wanted.items() if current[k] != v}
            if existing.status is not MemberStatus.ACTIVE:
                delta |= {"status": MemberStatus.ACTIVE, "left_month": None, "joined_month": month}
            if "name" in delta:
                delta["name_pinyin"] = name_key(row.name)
            if row.birthday and existing.birth_month is None:
                delta |= {
                    "birth_calendar": "solar",
                    "birth_year": row.birthday.year,
                    "birth_month": row.birthday.month,
                    "birth_day": row.birthday.day,
                }
            if delta:
                base = {k: getattr(existing, k, None) for k in delta if hasattr(existing, k)}
                updates.append(RowUpdate(existing.id, existing.version, delta, base))
        record(member_id, change, row.tier, row.points, row.monthly_spend_fen)
    in_file = {r.phone for r in rows}
    # An earlier import of this month may have added members a corrected file drops.
    dropped = {m.phone for m in members.values() if m.id in history and m.phone not in in_file}
    for phone in sorted(set(changes.left) | dropped):
        m = members[phone]
        if m.status is MemberStatus.ACTIVE:
            updates.append(
                RowUpdate(
                    m.id,
                    m.version,
                    {"status": MemberStatus.LEFT, "left_month": month},
                    {"status": m.status, "left_month": m.left_month},
                )
            )
        record(m.id, TierChange.LEFT, m.tier, m.points, m.monthly_spend_fen)
    for history_row, history_id in zip(history_rows, new_ids(len(history_rows)), strict=True):
        history_row["id"] = history_id
    insert_rows(session, Member, inserts)
    update_rows(session, Member, updates)
    insert_rows(session, TierHistory, history_rows)
    update_rows(session, TierHistory, history_updates)
