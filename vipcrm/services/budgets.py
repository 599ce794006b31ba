"""Gift budgets: a team total per period, allocated to managers; the rest is the reserve.

Storage (table ``budgets``, one row per owner and period):

- the team's row (``manager_id`` NULL): ``allocated_fen`` is the team total,
  ``committed_fen`` what is allocated to managers, so its left-over is the **team
  reserve**; ``spent_fen`` stays 0;
- a manager's row: ``allocated_fen`` given by the lead (plus reserve top-ups),
  ``committed_fen`` approved gifts not yet delivered, ``spent_fen`` delivered gifts.

A CHECK constraint keeps ``allocated - committed - spent >= 0`` on every row, so neither a
manager's budget nor the team reserve can go below zero whatever the caller does; every
change goes through the ORM, whose version column makes each update conditional on the
row not having changed since it was read (and SQLite writers take the write lock first).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.errors import PermissionDenied, ValidationError, VipcrmError
from vipcrm.domain.money import format_fen
from vipcrm.domain.periods import parse_period, periods_containing
from vipcrm.domain.values import Role
from vipcrm.services.context import Actor, Changes
from vipcrm.services.directory import find_manager, find_team
from vipcrm.store.models import Budget, BudgetAdjustment, Manager, Team


class BudgetError(VipcrmError):
    """A budget change that would overspend or has nothing to draw on."""


@dataclass(frozen=True)
class BudgetLine:
    period: str
    team_code: str
    manager_code: str | None  # None: the team's own line
    manager_name: str | None
    allocated_fen: int
    committed_fen: int
    spent_fen: int
    left_fen: int


@dataclass(frozen=True)
class TeamBudget:
    period: str
    team_code: str
    total_fen: int
    allocated_to_managers_fen: int
    reserve_fen: int
    managers: tuple[BudgetLine, ...]


def left_of(budget: Budget) -> int:
    return budget.allocated_fen - budget.committed_fen - budget.spent_fen


def require_lead_of(actor: Actor, team_id: uuid.UUID | None, action: str) -> None:
    """Only an admin, or the lead of that team, may do this."""
    actor.require(Role.LEAD, Role.ADMIN, action=action)
    if actor.role is Role.LEAD and actor.team_id != team_id:
        raise PermissionDenied(f"{action}: {actor.code} is not the lead of that team")


def team_row(session: Session, team_id: uuid.UUID, period: str) -> Budget | None:
    return session.scalar(
        select(Budget).where(
            Budget.team_id == team_id,
            Budget.manager_id.is_(None),
            Budget.period == period,
            Budget.deleted.is_(False),
        )
    )


def manager_row(session: Session, manager_id: uuid.UUID, period: str) -> Budget | None:
    return session.scalar(
        select(Budget).where(
            Budget.manager_id == manager_id, Budget.period == period, Budget.deleted.is_(False)
        )
    )


def budget_for_day(session: Session, manager: Manager, day: date) -> Budget | None:
    """The manager's budget line for the narrowest period holding ``day``.

    When the team has a budget for such a period but the manager has no line yet, an
    empty line (allocated 0) is opened so that gifts can draw on the reserve.
    """
    periods = periods_containing(day)
    for period in periods:
        row = manager_row(session, manager.id, period.key)
        if row is not None:
            return row
    if manager.team_id is None:
        return None
    for period in periods:
        if team_row(session, manager.team_id, period.key) is not None:
            row = Budget(
                team_id=manager.team_id, manager_id=manager.id, period=period.key, allocated_fen=0
            )
            session.add(row)
            session.flush()
            return row
    return None


def set_team_budget(
    session: Session, actor: Actor, *, team: str, period: str, amount_fen: int
) -> Changes:
    team_obj = find_team(session, team)
    require_lead_of(actor, team_obj.id, "set a team budget")
    p = parse_period(period)
    _check_amount(amount_fen)
    row = team_row(session, team_obj.id, p.key)
    if row is None:
        session.add(
            Budget(team_id=team_obj.id, manager_id=None, period=p.key, allocated_fen=amount_fen)
        )
    else:
        if amount_fen < row.committed_fen:
            raise BudgetError(
                f"amount: {format_fen(row.committed_fen)} of {p.key} is already allocated to managers; "
                f"the team total cannot be {format_fen(amount_fen)}"
            )
        row.allocated_fen = amount_fen
    session.flush()
    return Changes(gifts=True)


def set_manager_budget(
    session: Session, actor: Actor, *, manager: str, period: str, amount_fen: int
) -> Changes:
    who = find_manager(session, manager)
    require_lead_of(actor, who.team_id, "set a manager's budget")
    p = parse_period(period)
    _check_amount(amount_fen)
    if who.team_id is None:
        raise ValidationError(
            "manager", f"{who.code} is in no team; budgets come from a team's total"
        )
    team = team_row(session, who.team_id, p.key)
    if team is None:
        code = session.get(Team, who.team_id).code
        raise BudgetError(
            f"period: team {code} has no budget for {p.key}; set it first (budget set --team)"
        )
    row = manager_row(session, who.id, p.key)
    if row is None:
        row = Budget(team_id=who.team_id, manager_id=who.id, period=p.key, allocated_fen=0)
        session.add(row)
    used = (row.committed_fen or 0) + (row.spent_fen or 0)
    if amount_fen < used:
        raise BudgetError(
            f"amount: {who.code} has {format_fen(used)} committed or spent in {p.key}; "
            f"the allocation cannot be {format_fen(amount_fen)}"
        )
    delta = amount_fen - (row.allocated_fen or 0)
    if delta > left_of(team):
        raise BudgetError(
            f"amount: the team reserve for {p.key} is {format_fen(left_of(team))}; "
            f"allocating {format_fen(amount_fen)} to {who.code} needs {format_fen(delta)}"
        )
    team.committed_fen += delta
    row.allocated_fen = amount_fen
    session.flush()
    return Changes(gifts=True)


def cover_from_reserve(
    session: Session,
    actor: Actor,
    budget: Budget,
    shortfall_fen: int,
    *,
    gift_id: uuid.UUID,
    reason: str,
) -> None:
    """Move ``shortfall_fen`` from the team reserve to the manager's line, or refuse."""
    team = team_row(session, budget.team_id, budget.period)
    reserve = left_of(team) if team is not None else 0
    if team is None or reserve < shortfall_fen:
        raise BudgetError(
            f"the team reserve for {budget.period} is {format_fen(reserve)} and cannot cover "
            f"the shortfall of {format_fen(shortfall_fen)}; approval refused"
        )
    team.committed_fen += shortfall_fen
    budget.allocated_fen += shortfall_fen
    session.add(
        BudgetAdjustment(
            from_budget_id=team.id,
            to_budget_id=budget.id,
            amount_fen=shortfall_fen,
            reason=reason,
            gift_id=gift_id,
            by_id=actor.manager_id,
        )
    )


def _check_amount(amount_fen: int) -> None:
    if amount_fen < 0:
        raise ValidationError("amount", "a budget cannot be negative")


def _line(b: Budget, team_code: str, manager: Manager | None) -> BudgetLine:
    return BudgetLine(
        period=b.period,
        team_code=team_code,
        manager_code=manager.code if manager else None,
        manager_name=manager.name if manager else None,
        allocated_fen=b.allocated_fen,
        committed_fen=b.committed_fen,
        spent_fen=b.spent_fen,
        left_fen=left_of(b),
    )


def show_manager(
    session: Session, actor: Actor, manager: str | None = None, period: str | None = None
) -> list[BudgetLine]:
    """A manager's budget lines (the actor's own by default)."""
    if manager is None:
        if actor.manager_id is None:
            raise ValidationError("manager", "name a manager (--manager C)")
        who = session.get(Manager, actor.manager_id)
    else:
        who = find_manager(session, manager)
    if who.id != actor.manager_id and actor.role is not Role.ADMIN:
        if not (actor.role is Role.LEAD and actor.team_id == who.team_id):
            raise PermissionDenied(f"manager: {actor.code} may not see {who.code}'s budget")
    stmt = (
        select(Budget, Team.code)
        .join(Team, Budget.team_id == Team.id)
        .where(Budget.manager_id == who.id, Budget.deleted.is_(False))
    )
    if period:
        stmt = stmt.where(Budget.period == parse_period(period).key)
    return [_line(b, code, who) for b, code in session.execute(stmt.order_by(Budget.period))]


def show_team(
    session: Session, actor: Actor, team: str | None = None, period: str | None = None
) -> list[TeamBudget]:
    """Each period's team total, what is allocated, the reserve, and every manager's line."""
    if team is None:
        if actor.team_id is None:
            raise ValidationError("team", "name a team (--team T)")
        team_obj = session.get(Team, actor.team_id)
    else:
        team_obj = find_team(session, team)
    require_lead_of(actor, team_obj.id, "see the team budget")
    stmt = select(Budget).where(
        Budget.team_id == team_obj.id, Budget.manager_id.is_(None), Budget.deleted.is_(False)
    )
    if period:
        stmt = stmt.where(Budget.period == parse_period(period).key)
    out = []
    for t in session.scalars(stmt.order_by(Budget.period)):
        rows = session.execute(
            select(Budget, Manager)
            .join(Manager, Budget.manager_id == Manager.id)
            .where(
                Budget.team_id == team_obj.id, Budget.period == t.period, Budget.deleted.is_(False)
            )
            .order_by(Manager.code)
        ).all()
        out.append(
            TeamBudget(
                period=t.period,
                team_code=team_obj.code,
                total_fen=t.allocated_fen,
                allocated_to_managers_fen=t.committed_fen,
                reserve_fen=left_of(t),
                managers=tuple(_line(b, team_obj.code, m) for b, m in rows),
            )
        )
    return out
