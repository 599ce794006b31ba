"""Undoing a month's re-grading import (``vipcrm import-grading --undo --month 2026-12``).

An import keeps, member by member, what it changed (``grading_undo``: written in its own
transaction, on the laptop that imported; :mod:`vipcrm.services.grading`). Undo puts back:

- each member field the import set (tier, status, joined/left month, points, spend, name,
  group and role, birthday) where the member still holds the value the import wrote; a
  value changed since (a manager corrected a name) is kept, and counted;
- the members the import created are removed (tombstoned) when nothing refers to them yet
  (contacts, notes, cards, gifts, benefit uses, plan items); otherwise they stay, marked
  left, and are listed;
- the month's tier-history rows: removed where the import created them, their values
  back where it changed them;
- the import's row is tombstoned, with the undo's counts (audited: who, when, which
  device), and its undo data deleted.

All in one transaction; the changes reach the central store as ordinary changes (outbox).
Refused while a later month's import builds on the month, and on a laptop that does not
hold the undo data: it is not synchronised (the laptop that imported can undo), and it is
discarded when a later month is imported (that month builds on this one).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, func, literal, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import KeyRole, MemberStatus, Role, Tier, TierChange
from vipcrm.services.context import Changes
from vipcrm.services.grading import (
    CHUNK,
    FIELDS,
    FILE_ROWS,
    LIST_LIMIT,
    Progress,
    current_import,
    normal_month,
)
from vipcrm.store.bulk import RowUpdate, bulk_writes, update_rows
from vipcrm.store.models import (
    AuditEntry,
    BenefitUse,
    Card,
    ContactAttempt,
    Gift,
    GradingImport,
    GradingUndo,
    Manager,
    Member,
    MemberNote,
    PlanItem,
    TierHistory,
)
from vipcrm.store.outbox import to_json

#: Rows that refer to a member: a member an import created stays (marked left) while any exists.
REFERRING = (ContactAttempt, MemberNote, Card, Gift, BenefitUse, PlanItem)
HISTORY_FIELDS = ("tier", "change", "points", "monthly_spend_fen", "deleted")
#: From the undo data's JSON back to the values the columns hold.
_TYPED: dict[str, Callable[[Any], Any]] = {
    "status": MemberStatus,
    "tier": Tier,
    "key_role": KeyRole,
    "group_id": uuid.UUID,
    "change": TierChange,
}


def _typed(name: str, value: Any) -> Any:
    convert = _TYPED.get(name)
    return value if value is None or convert is None else convert(value)


@dataclass
class UndoResult:
    month: str
    file: str
    imported_at: datetime
    imported_by: str | None  # the manager code of who imported
    counts: dict[str, int] = field(
        default_factory=lambda: {
            "restored": 0,  # members given back the values they had
            "removed": 0,  # members the import created, removed
            "kept_left": 0,  # members the import created that something refers to: left
            "kept_edits": 0,  # fields changed since the import: kept as they are
            "missing": 0,  # members no longer on this laptop (another team's now)
        }
    )
    kept_left: list[str] = field(default_factory=list)  # their numbers (at most LIST_LIMIT)
    undone: bool = False


def undo_data_here(session: Session, record: GradingImport) -> bool:
    """Whether this laptop holds what undoing ``record`` needs (an import that touched
    nobody needs nothing)."""
    if not sum(v for v in (record.counts or {}).values() if isinstance(v, int)):
        return True
    return (
        session.scalar(select(GradingUndo.id).where(GradingUndo.import_id == record.id).limit(1))
        is not None
    )


def undo_import(
    session: Session,
    actor: Actor,
    *,
    month: str,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> tuple[UndoResult, Changes]:
    """Undo the month's import in force; ``dry_run``: say what would change, write nothing."""
    actor.require(Role.LEAD, Role.ADMIN, action=msg("undo a re-grading import"))
    month = normal_month(month)
    record = current_import(session, month)
    if record is None:
        raise ValidationError("month", msg("{month} has no import to undo", month=month))
    later = session.scalar(
        select(func.max(GradingImport.month)).where(
            GradingImport.month > month, GradingImport.deleted.is_(False)
        )
    )
    if later is not None:
        raise ValidationError(
            "month",
            msg(
                "the import of {month} cannot be undone: the import of {later} builds on it "
                "(undo {later} first)",
                month=month,
                later=later,
            ),
        )
    if not undo_data_here(session, record):
        raise ValidationError("month", _elsewhere(session, record))
    result = undo_import_rows(
        session, record, keep_listed=False, forget=True, dry_run=dry_run, progress=progress
    )
    return result, Changes() if dry_run else Changes(everything=True)


def _elsewhere(session: Session, record: GradingImport) -> str:
    device = session.scalar(
        select(AuditEntry.device)
        .where(AuditEntry.table_name == "grading_imports", AuditEntry.row_id == record.id)
        .order_by(AuditEntry.at.desc())
        .limit(1)
    )
    if device:
        return msg(
            "the import of {month} ({file}) cannot be undone on this laptop: its undo data is "
            "kept only on the laptop that imported it ({device}), until a later month is "
            "imported there; undo it there, or import the right file for {month} (it "
            "replaces this one)",
            month=record.month,
            file=record.file_name,
            device=device,
        )
    return msg(
        "the import of {month} ({file}) cannot be undone on this laptop: its undo data is "
        "kept only on the laptop that imported it, until a later month is imported there; "
        "undo it there, or import the right file for {month} (it replaces this one)",
        month=record.month,
        file=record.file_name,
    )


def _referred(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    if not ids:
        return found
    for model in REFERRING:
        column = model.member_id
        found.update(
            session.scalars(
                select(column).where(column.in_(ids), model.deleted.is_(False)).distinct()
            )
        )
    return found


def undo_import_rows(
    session: Session,
    record: GradingImport,
    *,
    keep_listed: bool,
    forget: bool,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> UndoResult:
    """Put back what ``record`` changed (see the module's text); ``keep_listed``: members it
    created that the file being imported lists stay as they are (an import replacing it
    uses this); ``forget``: delete the undo data afterwards."""
    imported_by = (
        session.scalar(select(Manager.code).where(Manager.id == record.imported_by_id))
        if record.imported_by_id
        else None
    )
    result = UndoResult(record.month, record.file_name, record.imported_at, imported_by)
    counts = result.counts
    report = progress or (lambda phase, done, total: None)
    total = (
        session.scalar(select(func.count(GradingUndo.id)).where(GradingUndo.import_id == record.id))
        or 0
    )
    f = FILE_ROWS.c
    listed = (
        exists().where(f.phone == Member.phone, f.good.is_(True)) if keep_listed else literal(False)
    )
    query = (
        select(
            GradingUndo.id.label("u_id"),
            GradingUndo.member_before,
            GradingUndo.member_after,
            GradingUndo.history_before,
            Member.id,
            Member.version,
            Member.phone,
            Member.deleted,
            *(getattr(Member, name) for name in FIELDS),
            TierHistory.id.label("h_id"),
            TierHistory.version.label("h_version"),
            *(getattr(TierHistory, name).label(f"h_{name}") for name in HISTORY_FIELDS),
            listed.label("listed"),
        )
        .select_from(GradingUndo)
        .outerjoin(Member, Member.id == GradingUndo.member_id)
        .outerjoin(TierHistory, TierHistory.id == GradingUndo.history_id)
        .where(GradingUndo.import_id == record.id)
        .order_by(GradingUndo.id)
    )
    done = 0
    last = 0
    report("undoing", 0, total)
    with bulk_writes(session):
        while True:
            rows = session.execute(query.where(GradingUndo.id > last).limit(CHUNK)).all()
            if not rows:
                break
            last = rows[-1].u_id
            created = [r.id for r in rows if r.member_before is None and r.id is not None]
            referred = _referred(session, created)
            members: list[RowUpdate] = []
            history: list[RowUpdate] = []
            for r in rows:
                if r.id is None or r.deleted:
                    counts["missing"] += 1
                    continue
                if r.member_before is None:
                    if r.listed:
                        continue  # the new file lists it: it stays the month's new member
                    if r.id in referred:
                        counts["kept_left"] += 1
                        if len(result.kept_left) < LIST_LIMIT:
                            result.kept_left.append(r.phone)
                        if r.status is MemberStatus.ACTIVE:
                            members.append(
                                RowUpdate(
                                    r.id,
                                    r.version,
                                    {"status": MemberStatus.LEFT, "left_month": record.month},
                                    {"status": r.status, "left_month": r.left_month},
                                )
                            )
                    else:
                        counts["removed"] += 1
                        members.append(
                            RowUpdate(r.id, r.version, {"deleted": True}, {"deleted": False})
                        )
                else:
                    back = _restore(r, counts)
                    if back:
                        counts["restored"] += 1
                        members.append(
                            RowUpdate(r.id, r.version, back, {k: getattr(r, k) for k in back})
                        )
                if r.h_id is not None:
                    wanted = (
                        {"deleted": True}
                        if r.history_before is None
                        else {k: _typed(k, r.history_before[k]) for k in HISTORY_FIELDS}
                    )
                    delta = {k: v for k, v in wanted.items() if getattr(r, f"h_{k}") != v}
                    if delta:
                        history.append(
                            RowUpdate(
                                r.h_id, r.h_version, delta, {k: getattr(r, f"h_{k}") for k in delta}
                            )
                        )
            if not dry_run:
                update_rows(session, Member, members)
                update_rows(session, TierHistory, history)
            done += len(rows)
            report("undoing", min(done, total), total)
    if dry_run:
        return result
    record.deleted = True
    record.counts = {**(record.counts or {}), "undone": dict(counts)}
    session.flush()
    if forget:
        session.execute(delete(GradingUndo).where(GradingUndo.import_id == record.id))
    result.undone = True
    return result


def _restore(r: Any, counts: dict[str, int]) -> dict[str, Any]:
    """The fields to set back on one member: those still holding what the import wrote."""
    before, after = r.member_before, r.member_after or {}
    back: dict[str, Any] = {}
    for name, written in after.items():
        if name == "name_pinyin":
            continue  # follows the name
        if to_json(getattr(r, name)) == written:
            back[name] = _typed(name, before[name])
        else:
            counts["kept_edits"] += 1
    if "name" in back and "name_pinyin" in before:
        back["name_pinyin"] = before["name_pinyin"]
    return back
