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

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import PermissionDenied, ValidationError, VipcrmError, msg
from vipcrm.domain.money import Fen
from vipcrm.domain.periods import parse_period, periods_containing
from vipcrm.domain.values import Role
from vipcrm.services.context import Changes
from vipcrm.services.directory import find_manager, find_team
from vipcrm.store.models import Budget, BudgetAdjustment, Manager, Team
from vipcrm.store.queries import referenced


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
    """Only an admin, or the lead of that team, may do this (``action``: a ``msg()``)."""
    actor.require(Role.LEAD, Role.ADMIN, action=action)
    if actor.role is Role.LEAD and actor.team_id != team_id:
        raise PermissionDenied(
            msg("{action}: {user} is not the lead of that team", action=action, user=actor.code)
        )


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


def budget_line(session: Session, manager: Manager, day: date) -> Budget | None:
    """The manager's existing budget line for the narrowest period holding ``day``."""
    for period in periods_containing(day):
        row = manager_row(session, manager.id, period.key)
        if row is not None:
            return row
    return None


def budget_for_day(session: Session, manager: Manager, day: date) -> Budget | None:
    """The manager's budget line for the narrowest period holding ``day``.

    When the team has a budget for such a period but the manager has no line yet, an
    empty line (allocated 0) is opened so that gifts can draw on the reserve.
    """
    row = budget_line(session, manager, day)
    if row is not None:
        return row
    periods = periods_containing(day)
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
    require_lead_of(actor, team_obj.id, msg("set a team budget"))
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
                msg(
                    "{field}: {committed} of {period} is already allocated to managers; "
                    "the team total cannot be {amount}",
                    field="amount",
                    committed=Fen(row.committed_fen),
                    period=p.key,
                    amount=Fen(amount_fen),
                )
            )
        row.allocated_fen = amount_fen
    session.flush()
    return Changes(gifts=True)


def set_manager_budget(
    session: Session, actor: Actor, *, manager: str, period: str, amount_fen: int
) -> Changes:
    who = find_manager(session, manager)
    require_lead_of(actor, who.team_id, msg("set a manager's budget"))
    p = parse_period(period)
    _check_amount(amount_fen)
    if who.team_id is None:
        raise ValidationError(
            "manager",
            msg("{manager} is in no team; budgets come from a team's total", manager=who.code),
        )
    team = team_row(session, who.team_id, p.key)
    if team is None:
        code = referenced(session, Team, who.team_id).code
        raise BudgetError(
            msg(
                "{field}: team {team} has no budget for {period}; set it first (budget set --team)",
                field="period",
                team=code,
                period=p.key,
            )
        )
    row = manager_row(session, who.id, p.key)
    if row is None:
        row = Budget(team_id=who.team_id, manager_id=who.id, period=p.key, allocated_fen=0)
        session.add(row)
    used = (row.committed_fen or 0) + (row.spent_fen or 0)
    if amount_fen < used:
        raise BudgetError(
            msg(
                "{field}: {manager} has {used} committed or spent in {period}; "
                "the allocation cannot be {amount}",
                field="amount",
                manager=who.code,
                used=Fen(used),
                period=p.key,
                amount=Fen(amount_fen),
            )
        )
    delta = amount_fen - (row.allocated_fen or 0)
    if delta > left_of(team):
        raise BudgetError(
            msg(
                "{field}: the team reserve for {period} is {reserve}; "
                "allocating {amount} to {manager} needs {needed}",
                field="amount",
                period=p.key,
                reserve=Fen(left_of(team)),
                amount=Fen(amount_fen),
                manager=who.code,
                needed=Fen(delta),
            )
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
            msg(
                "the team reserve for {period} is {reserve} and cannot cover "
                "the shortfall of {shortfall}; approval refused",
                period=budget.period,
                reserve=Fen(reserve),
                shortfall=Fen(shortfall_fen),
            )
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
        raise ValidationError("amount", msg("a budget cannot be negative"))


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
            raise ValidationError("manager", msg("name a manager (--manager C)"))
        who = referenced(session, Manager, actor.manager_id)
    else:
        who = find_manager(session, manager)
    if who.id != actor.manager_id and actor.role is not Role.ADMIN:
        if not (actor.role is Role.LEAD and actor.team_id == who.team_id):
            raise PermissionDenied(
                msg(
                    "{field}: {user} may not see {manager}'s budget",
                    field="manager",
                    user=actor.code,
                    manager=who.code,
                )
            )
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
            raise ValidationError("team", msg("name a team (--team T)"))
        team_obj = referenced(session, Team, actor.team_id)
    else:
        team_obj = find_team(session, team)
    require_lead_of(actor, team_obj.id, msg("see the team budget"))
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
