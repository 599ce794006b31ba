"""Saved service plans (SERVICE_RULES.md section 8): a manager's monthly (or weekly) plan
kept in ``service_plans`` / ``plan_items``, edited, submitted and approved by the lead.

The API (the ``vipcrm plans`` commands and the Plans screen use it)::

    generate_plan(session, actor, manager="M001", period="2026-12", replace=False)
        -> (PlanView, Changes)        # one item per row of the printed plan, on its day
    plan_for(session, actor, manager="M001", period="2026-12") -> PlanView | None
    load_plan(session, actor, plan_id) -> PlanView
    list_plans(session, actor, manager=None, status=None) -> list[PlanSummary]
    plans_to_approve(session, actor) -> list[PlanSummary]   # a lead's queue (lead/admin)
    move_item(session, actor, item_id, on=day) -> Changes
    add_item(session, actor, plan_id, on=day, kind="visit", note="", member_ref=None)
        -> (PlanItemRow, Changes)
    remove_item(session, actor, item_id) -> Changes       # own items only
    mark_done(session, actor, item_id, done=True) -> Changes
    submit_plan(session, actor, plan_id) -> Changes
    approve_plan(session, actor, plan_id, seen_version=N, comment="why") -> Changes
    reject_plan(session, actor, plan_id, seen_version=N, comment="why") -> Changes

Generating reuses the printed plan's data (:func:`vipcrm.services.plan_contents.month_plan` /
``week_plan``, laid out by :func:`vipcrm.domain.plan_layout.plan_items`): the saved plan starts as
exactly the rows the printed plan lists, each on its planned day (a week with no plan of
its own lists the saved monthly plan on the days of a saved month: those are copied).
Generating again (``replace=True``) replaces the rule items not yet done and keeps the
manager's own items and what is done: a rule item is the same item when it has the same
member, kind and reason (codes and values, :class:`vipcrm.domain.due.Reason`), whatever
the language the plan is shown or printed in. Items go on working days only: moving or adding
one onto a day off (a weekend, a holiday, official or provisional) is refused.

Who does what: the plan's manager (or an admin) generates and edits it and submits it; a
lead of the manager's team (or an admin) approves or rejects it. A manager is refused the
lead's actions here, not only in the window.

Versions and approval: the version a user sees is the plan's content
(``ServicePlan.content_version``: 1 until the plan changes after a submission), not the
row's ``version`` (bumped by every write, the optimistic lock the central store counts).
Submitting records the content version in ``submitted_version``; the lead decides on the
version they were shown (``seen_version``) and is refused if the plan changed since;
``approved_version`` is the submitted version. So a plan submitted and approved without
edits stays version 1. Changing a submitted, approved or rejected plan (moving, adding,
removing items, generating again) returns it to draft as the next version, which needs
approval again. Ticking an item done records the work, not a change of plan: it keeps the
status. Approving and rejecting both take a comment, as a gift's decision does: it stays
on the row with who and when; earlier decisions are in the audit trail.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, String, case, cast, func, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import utcnow
from vipcrm.domain.due import Reason
from vipcrm.domain.errors import NotFound, PermissionDenied, ValidationError, VipcrmError, msg
from vipcrm.domain.plan_layout import PlanPeriod, parse_plan_month, parse_plan_week
from vipcrm.domain.values import PlanKind, PlanStatus, Role, Tier
from vipcrm.services.budgets import require_lead_of
from vipcrm.services.context import Changes
from vipcrm.services.directory import find_manager
from vipcrm.services.members import find_visible_member, visible_manager_ids
from vipcrm.services.plan_contents import (
    OWN_KINDS,
    PlanData,
    month_plan,
    reason_key,
    row_key,
    stored_reason,
    week_plan,
)
from vipcrm.store.due_facts import workday_calendar
from vipcrm.store.models import Manager, Member, PlanItem, ServicePlan, Synced, Team
from vipcrm.store.queries import referenced

NOTE_LIMIT = 500
_Row = TypeVar("_Row", bound=Synced)
CHANGES = Changes(plans=True)


class PlanStateError(VipcrmError):
    """A step that does not fit where the plan is (submitting an approved plan ...)."""


class PlanChanged(PlanStateError):
    """The plan changed since the lead looked at it: the decision is refused."""


# -- values ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanItemRow:
    id: uuid.UUID
    on: date
    kind: str  # a DueKind value, or one of OWN_KINDS
    member_id: uuid.UUID | None
    member_name: str
    member_phone: str
    tier: Tier | None
    note: str  # own items: what the manager wrote; a rule item saved by an older vipcrm: its text
    done: bool
    reason: Reason | None = None  # rule items: why due (codes and values)
    carried_from: date | None = None  # rule items carried over: the day they were due

    @property
    def own(self) -> bool:
        return self.kind in OWN_KINDS

    @property
    def sort_text(self) -> str:
        return self.note if self.reason is None else reason_key(self.reason)


@dataclass(frozen=True)
class PlanSummary:
    id: uuid.UUID
    manager_code: str
    manager_name: str
    kind: PlanKind
    period: str
    status: PlanStatus
    version: int
    submitted_at: datetime | None
    items: int
    done: int


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    manager_code: str
    manager_name: str
    team_code: str | None
    kind: PlanKind
    period: str
    start: date
    end: date
    status: PlanStatus
    version: int
    submitted_at: datetime | None
    submitted_version: int | None
    approved_version: int | None
    decided_by_code: str | None
    decided_by_name: str | None
    decided_at: datetime | None
    decision_comment: str
    items: tuple[PlanItemRow, ...]  # by day, then as the printed plan orders a day

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.done)

    def by_day(self) -> dict[date, tuple[PlanItemRow, ...]]:
        out: dict[date, list[PlanItemRow]] = {}
        for item in self.items:
            out.setdefault(item.on, []).append(item)
        return {d: tuple(v) for d, v in out.items()}


# -- finding and reading -----------------------------------------------------------------------
def parse_period(text: str, field: str = "period") -> PlanPeriod:
    """A month ``2026-12`` or an ISO week ``2026-W49`` (a yearly plan is a forecast, not items)."""
    raw = (text or "").strip()
    if "w" in raw.lower():
        return parse_plan_week(raw, field)
    try:
        return parse_plan_month(raw, field)
    except ValidationError:
        raise ValidationError(
            field, msg("'{text}' is not a month or an ISO week (2026-12, 2026-W49)", text=text)
        ) from None


def _find(session: Session, model: type[_Row], ref: str | uuid.UUID, what: str) -> _Row:
    """A row by id or by an unambiguous prefix of at least 6 hex digits."""
    if isinstance(ref, uuid.UUID):
        row = session.get(model, ref)
        if row is None or row.deleted:
            raise NotFound(msg("{field}: no {what} {ref}", field="id", what=what, ref=ref))
        return row
    text = (ref or "").strip().lower().replace("-", "")
    if len(text) < 6 or any(c not in "0123456789abcdef" for c in text):
        raise ValidationError(
            "id", msg("'{ref}' is not a {what} id (give at least 6 hex digits)", ref=ref, what=what)
        )
    column = func.replace(cast(model.id, String), "-", "")
    matches = list(
        session.scalars(
            select(model).where(column.like(f"{text}%"), model.deleted.is_(False)).limit(2)
        )
    )
    if not matches:
        raise NotFound(msg("{field}: no {what} {ref}", field="id", what=what, ref=ref))
    if len(matches) > 1:
        raise ValidationError(
            "id", msg("'{ref}' matches more than one {what}; give more digits", ref=ref, what=what)
        )
    return matches[0]


def find_plan(session: Session, actor: Actor, ref: str | uuid.UUID) -> ServicePlan:
    plan = _find(session, ServicePlan, ref, msg("plan"))
    _require_visible(session, actor, plan)
    return plan


def _require_visible(session: Session, actor: Actor, plan: ServicePlan) -> None:
    visible = visible_manager_ids(session, actor)
    if visible is not None and plan.manager_id not in visible:
        raise PermissionDenied(
            msg("{field}: {user} may not see this plan", field="plan", user=actor.code)
        )


def _require_editor(actor: Actor, plan_manager_id: uuid.UUID, action: str) -> None:
    """The plan's own manager, or an admin (``action``: a ``msg()``)."""
    if actor.role is Role.ADMIN or actor.bootstrap:
        return
    if actor.manager_id is not None and actor.manager_id == plan_manager_id:
        return
    actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=action)
    raise PermissionDenied(
        msg("{action}: only the plan's own manager (or an admin) may do this", action=action)
    )


def _manager_and_team(session: Session, manager_id: uuid.UUID) -> tuple[Manager, Team | None]:
    manager = referenced(session, Manager, manager_id)
    team = session.get(Team, manager.team_id) if manager.team_id else None
    return manager, team


def _period_of(plan: ServicePlan) -> PlanPeriod:
    return (
        parse_plan_week(plan.period)
        if plan.kind is PlanKind.WEEK
        else parse_plan_month(plan.period)
    )


def _item_rows(session: Session, plan_id: uuid.UUID) -> tuple[PlanItemRow, ...]:
    rows = session.execute(
        select(PlanItem, Member.name, Member.phone, Member.tier)
        .outerjoin(Member, Member.id == PlanItem.member_id)
        .where(PlanItem.plan_id == plan_id, PlanItem.deleted.is_(False))
    ).all()
    items = [
        PlanItemRow(
            id=i.id,
            on=i.on,
            kind=i.kind,
            member_id=i.member_id,
            member_name=name or "",
            member_phone=phone or "",
            tier=tier,
            note=i.note,
            done=i.done,
            reason=None if i.kind in OWN_KINDS else stored_reason(i.kind, i.reason),
            carried_from=i.carried_from,
        )
        for i, name, phone, tier in rows
    ]
    items.sort(
        key=lambda i: (i.on, *row_key(i.kind, i.tier, i.member_name, i.sort_text), str(i.id))
    )
    return tuple(items)


def _view(session: Session, plan: ServicePlan) -> PlanView:
    manager, team = _manager_and_team(session, plan.manager_id)
    decider = session.get(Manager, plan.decided_by_id) if plan.decided_by_id else None
    period = _period_of(plan)
    return PlanView(
        id=plan.id,
        manager_code=manager.code,
        manager_name=manager.name,
        team_code=team.code if team else None,
        kind=plan.kind,
        period=plan.period,
        start=period.start,
        end=period.end,
        status=plan.status,
        version=plan.content_version,
        submitted_at=plan.submitted_at,
        submitted_version=plan.submitted_version,
        approved_version=plan.approved_version,
        decided_by_code=decider.code if decider else None,
        decided_by_name=decider.name if decider else None,
        decided_at=plan.decided_at,
        decision_comment=plan.decision_comment,
        items=_item_rows(session, plan.id),
    )


def load_plan(session: Session, actor: Actor, plan_id: str | uuid.UUID) -> PlanView:
    return _view(session, find_plan(session, actor, plan_id))


def plan_for(
    session: Session, actor: Actor, *, manager: str | None = None, period: str | PlanPeriod
) -> PlanView | None:
    """The saved plan of ``manager`` (default: the actor) for the period, if there is one."""
    p = period if isinstance(period, PlanPeriod) else parse_period(period)
    who = _manager(session, actor, manager)
    plan = _plan_row(session, who.id, p)
    if plan is None:
        return None
    _require_visible(session, actor, plan)
    return _view(session, plan)


def _manager(session: Session, actor: Actor, code: str | None) -> Manager:
    if code:
        return find_manager(session, code)
    if actor.manager_id is None:
        actor.require(Role.MANAGER, Role.LEAD, Role.ADMIN, action=msg("plans"))
        raise ValidationError("manager", msg("say whose plan (--manager CODE)"))
    return referenced(session, Manager, actor.manager_id)


def _plan_row(session: Session, manager_id: uuid.UUID, period: PlanPeriod) -> ServicePlan | None:
    return session.scalar(
        select(ServicePlan).where(
            ServicePlan.manager_id == manager_id,
            ServicePlan.kind == PlanKind(period.kind),
            ServicePlan.period == period.key,
            ServicePlan.deleted.is_(False),
        )
    )


def _summaries(session: Session, stmt: Select[*tuple[Any, ...]]) -> list[PlanSummary]:
    found = session.execute(stmt).all()
    ids = [plan.id for plan, _code, _name in found]
    counts: dict[uuid.UUID, tuple[int, int]] = {}
    if ids:
        for plan_id, total, done in session.execute(
            select(
                PlanItem.plan_id,
                func.count(),
                func.sum(case((PlanItem.done.is_(True), 1), else_=0)),
            )
            .where(PlanItem.plan_id.in_(ids), PlanItem.deleted.is_(False))
            .group_by(PlanItem.plan_id)
        ):
            counts[plan_id] = (int(total), int(done or 0))
    return [
        PlanSummary(
            id=plan.id,
            manager_code=code,
            manager_name=name,
            kind=plan.kind,
            period=plan.period,
            status=plan.status,
            version=plan.content_version,
            submitted_at=plan.submitted_at,
            items=counts.get(plan.id, (0, 0))[0],
            done=counts.get(plan.id, (0, 0))[1],
        )
        for plan, code, name in found
    ]


def list_plans(
    session: Session,
    actor: Actor,
    *,
    manager: str | None = None,
    status: PlanStatus | None = None,
) -> list[PlanSummary]:
    """The saved plans the actor may see (their own; a lead's team's; an admin all)."""
    stmt = (
        select(ServicePlan, Manager.code, Manager.name)
        .join(Manager, Manager.id == ServicePlan.manager_id)
        .where(ServicePlan.deleted.is_(False))
        .order_by(ServicePlan.period.desc(), Manager.code)
    )
    visible = visible_manager_ids(session, actor)
    if visible is not None:
        stmt = stmt.where(ServicePlan.manager_id.in_(visible))
    if manager:
        who = find_manager(session, manager)
        if visible is not None and who.id not in visible:
            raise PermissionDenied(
                msg(
                    "{field}: {manager}'s plans are not visible to {user}",
                    field="manager",
                    manager=manager,
                    user=actor.code,
                )
            )
        stmt = stmt.where(ServicePlan.manager_id == who.id)
    if status is not None:
        stmt = stmt.where(ServicePlan.status == status)
    return _summaries(session, stmt)


def plans_to_approve(session: Session, actor: Actor) -> list[PlanSummary]:
    """The submitted plans waiting for the actor's decision: a lead's team, an admin all."""
    actor.require(Role.LEAD, Role.ADMIN, action=msg("approve plans"))
    rows = list_plans(session, actor, status=PlanStatus.SUBMITTED)
    return sorted(rows, key=lambda r: (r.submitted_at is None, r.submitted_at, r.manager_code))


# -- changing a plan ---------------------------------------------------------------------------
def _edited(plan: ServicePlan) -> None:
    """A change of the plan's content: a submitted or decided plan is back to draft."""
    if plan.status is not PlanStatus.DRAFT:
        plan.status = PlanStatus.DRAFT


def generate_plan(
    session: Session,
    actor: Actor,
    *,
    manager: str | None = None,
    period: str | PlanPeriod,
    replace: bool = False,
) -> tuple[PlanView, Changes]:
    """Save the manager's plan for a month (or week) from the rules engine.

    One item per row of the printed plan, on the day the plan puts it. If the plan exists,
    it is refused unless ``replace``: then the rule items not done are replaced by fresh
    ones, and the manager's own items and the items done are kept.
    """
    p = period if isinstance(period, PlanPeriod) else parse_period(period)
    if p.kind not in ("month", "week"):
        raise ValidationError("period", msg("a plan is generated for a month or an ISO week"))
    who = _manager(session, actor, manager)
    _require_editor(actor, who.id, msg("generate a plan"))
    plan = _plan_row(session, who.id, p)
    if plan is not None and not replace:
        raise PlanStateError(
            msg(
                "{manager} already has a plan for {period} ({status}); "
                "generate it again with replace to refresh the rule items",
                manager=who.code,
                period=p.key,
                status=plan.status,
            )
        )
    if p.kind == "week":
        data = week_plan(session, actor, manager=who.code, week=p)
    else:
        data = month_plan(session, actor, manager=who.code, month=p)
    fresh = plan is None
    kept: Counter[tuple[Any, ...]] = Counter()  # rule items done: not planned a second time
    if plan is None:
        plan = ServicePlan(manager_id=who.id, kind=PlanKind(p.kind), period=p.key)
        session.add(plan)
        session.flush()
    else:
        for old in session.scalars(
            select(PlanItem).where(
                PlanItem.plan_id == plan.id,
                PlanItem.deleted.is_(False),
                PlanItem.kind.notin_(OWN_KINDS),
            )
        ):
            if old.done:
                kept[_done_key(old)] += 1
            else:
                old.deleted = True
        _edited(plan)
    for item in _generated(data, plan.id, fresh):
        key = _done_key(item)
        if kept[key]:
            kept[key] -= 1
            continue
        session.add(item)
    session.flush()
    return _view(session, plan), CHANGES


def _done_key(item: PlanItem) -> tuple[Any, ...]:
    """What makes two rule items the same: member, kind and reason (codes and values; a
    rule item saved by an older vipcrm, with no reason, by its text)."""
    reason = stored_reason(item.kind, item.reason)
    return (item.member_id, item.kind, item.note if reason is None else reason_key(reason))


def _generated(data: PlanData, plan_id: uuid.UUID, fresh: bool) -> list[PlanItem]:
    """The items a generated plan starts with: what the plan shows. A week with no plan of
    its own shows the saved monthly plan on the days of a saved month, so those days are
    copied from it as saved (its own items and ticks too, the first time: generating
    again only refreshes the rule items); the other days are the rules' proposal."""
    copied = set(data.month_plans)
    out = [
        PlanItem(
            plan_id=plan_id,
            member_id=uuid.UUID(str(planned.item.member_id)),
            on=planned.on,
            kind=planned.item.kind.value,
            reason=planned.item.reason.to_json(),
            carried_from=planned.item.due_date if planned.carried else None,
        )
        for planned in data.items
        if planned.on.strftime("%Y-%m") not in copied
    ]
    for row in data.rows:
        if row.on.strftime("%Y-%m") not in copied or (row.own and not fresh):
            continue
        out.append(
            PlanItem(
                plan_id=plan_id,
                member_id=uuid.UUID(row.member_id) if row.member_id else None,
                on=row.on,
                kind=row.kind,
                note=row.note,
                done=row.done and fresh,
                reason=None if row.reason is None else row.reason.to_json(),
                carried_from=row.due_date if row.carried else None,
            )
        )
    return out


def _editable_item(
    session: Session, actor: Actor, item_ref: str | uuid.UUID, action: str
) -> tuple[PlanItem, ServicePlan]:
    item = _find(session, PlanItem, item_ref, msg("plan item"))
    plan = referenced(session, ServicePlan, item.plan_id)
    _require_editor(actor, plan.manager_id, action)
    return item, plan


def _check_day(session: Session, plan: ServicePlan, on: date) -> None:
    """A day of the plan, and a working day: a plan puts no work on a day off."""
    period = _period_of(plan)
    if not period.start <= on <= period.end:
        raise ValidationError(
            "on",
            msg(
                "{day} is outside the plan {period} ({start} to {end})",
                day=on,
                period=plan.period,
                start=period.start,
                end=period.end,
            ),
        )
    calendar = workday_calendar(session)
    if not calendar.is_workday(on):
        why = calendar.holiday_name(on)
        raise ValidationError(
            "on",
            msg(
                "{day} is a day off ({why}); a plan puts work on working days only", day=on, why=why
            )
            if why
            else msg("{day} is a weekend day; a plan puts work on working days only", day=on),
        )


def move_item(session: Session, actor: Actor, item_id: str | uuid.UUID, *, on: date) -> Changes:
    """Move an item to another day of the plan (a change: the plan is back to draft)."""
    item, plan = _editable_item(session, actor, item_id, msg("move a plan item"))
    _check_day(session, plan, on)
    if item.done:
        raise PlanStateError(msg("this item is done; untick it before moving it"))
    if item.on == on:
        return Changes()
    item.on = on
    _edited(plan)
    session.flush()
    return CHANGES


def add_item(
    session: Session,
    actor: Actor,
    plan_id: str | uuid.UUID,
    *,
    on: date,
    kind: str = "visit",
    note: str = "",
    member_ref: str | None = None,
) -> tuple[PlanItemRow, Changes]:
    """Add an own item (a visit, a meeting, a note) on a day of the plan."""
    plan = find_plan(session, actor, plan_id)
    _require_editor(actor, plan.manager_id, msg("add a plan item"))
    kind = (kind or "").strip().lower()
    if kind not in OWN_KINDS:
        raise ValidationError(
            "kind", msg("'{kind}' is not one of {kinds}", kind=kind, kinds=list(OWN_KINDS))
        )
    _check_day(session, plan, on)
    note = (note or "").strip()
    if len(note) > NOTE_LIMIT:
        raise ValidationError("note", msg("is longer than {n} characters", n=NOTE_LIMIT))
    member = None
    if member_ref:
        member = find_visible_member(session, actor, str(member_ref))
        if member.manager_id != plan.manager_id:
            raise ValidationError(
                "member", msg("{phone} is not in this plan's book", phone=member.phone)
            )
    if member is None and not note:
        raise ValidationError("note", msg("say what the item is (a note), or pick a member"))
    item = PlanItem(
        plan_id=plan.id, member_id=member.id if member else None, on=on, kind=kind, note=note
    )
    session.add(item)
    _edited(plan)
    session.flush()
    row = PlanItemRow(
        id=item.id,
        on=on,
        kind=kind,
        member_id=member.id if member else None,
        member_name=member.name if member else "",
        member_phone=member.phone if member else "",
        tier=member.tier if member else None,
        note=note,
        done=False,
    )
    return row, CHANGES


def remove_item(session: Session, actor: Actor, item_id: str | uuid.UUID) -> Changes:
    """Remove an own item (rule items stay: the rules make them due; move them instead)."""
    item, plan = _editable_item(session, actor, item_id, msg("remove a plan item"))
    if item.kind not in OWN_KINDS:
        raise PlanStateError(
            msg(
                "only your own items (visits, meetings, notes) can be removed; "
                "what the rules make due stays in the plan (move it to another day)"
            )
        )
    item.deleted = True
    _edited(plan)
    session.flush()
    return CHANGES


def mark_done(
    session: Session, actor: Actor, item_id: str | uuid.UUID, *, done: bool = True
) -> Changes:
    """Tick an item done (or untick it). The work, not a change of plan: the status stays."""
    item, _plan = _editable_item(session, actor, item_id, msg("mark a plan item done"))
    if item.done == done:
        return Changes()
    item.done = done
    session.flush()
    return CHANGES


# -- approval ----------------------------------------------------------------------------------
def submit_plan(session: Session, actor: Actor, plan_id: str | uuid.UUID) -> Changes:
    plan = find_plan(session, actor, plan_id)
    _require_editor(actor, plan.manager_id, msg("submit a plan"))
    if plan.status is PlanStatus.SUBMITTED:
        raise PlanStateError(msg("the plan is already submitted"))
    if plan.status is PlanStatus.APPROVED:
        raise PlanStateError(
            msg("the plan is approved; change it first if it needs approval again")
        )
    plan.submitted_version = plan.content_version  # a rejected plan, unchanged, keeps it
    plan.status = PlanStatus.SUBMITTED
    plan.submitted_at = utcnow()
    session.flush()
    return CHANGES


def _decision_plan(
    session: Session, actor: Actor, plan_id: str | uuid.UUID, seen_version: int, action: str
) -> ServicePlan:
    actor.require(Role.LEAD, Role.ADMIN, action=action)
    plan = find_plan(session, actor, plan_id)
    require_lead_of(actor, referenced(session, Manager, plan.manager_id).team_id, action)
    if seen_version != plan.content_version:
        raise PlanChanged(
            msg(
                "the plan changed since it was looked at (version {seen}, now {version}); "
                "look at it again before deciding",
                seen=seen_version,
                version=plan.content_version,
            )
        )
    if plan.status is not PlanStatus.SUBMITTED:
        raise PlanStateError(
            msg(
                "only a submitted plan can be decided on; this one is {status}",
                status=plan.status,
            )
        )
    return plan


def _decide(plan: ServicePlan, actor: Actor, status: PlanStatus, comment: str) -> None:
    plan.status = status
    plan.decided_by_id = actor.manager_id
    plan.decided_at = utcnow()
    plan.decision_comment = comment.strip()


def approve_plan(
    session: Session,
    actor: Actor,
    plan_id: str | uuid.UUID,
    *,
    seen_version: int,
    comment: str,
) -> Changes:
    """Approve the version the lead was shown (refused if the plan changed since)."""
    plan = _decision_plan(session, actor, plan_id, seen_version, msg("approve a plan"))
    if not comment.strip():
        raise ValidationError("comment", msg("say why the plan is approved (the comment is kept)"))
    plan.approved_version = plan.submitted_version
    _decide(plan, actor, PlanStatus.APPROVED, comment)
    session.flush()
    return CHANGES


def reject_plan(
    session: Session,
    actor: Actor,
    plan_id: str | uuid.UUID,
    *,
    seen_version: int,
    comment: str,
) -> Changes:
    plan = _decision_plan(session, actor, plan_id, seen_version, msg("reject a plan"))
    if not comment.strip():
        raise ValidationError("comment", msg("say why the plan is rejected"))
    _decide(plan, actor, PlanStatus.REJECTED, comment)
    session.flush()
    return CHANGES
