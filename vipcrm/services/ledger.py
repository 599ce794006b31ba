"""The gift ledger of a team for a period, as plain values for printing or export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import msg
from vipcrm.domain.periods import parse_period
from vipcrm.domain.values import GiftStatus
from vipcrm.services.budgets import TeamBudget, require_lead_of, show_team
from vipcrm.services.directory import find_team
from vipcrm.store.models import Budget, Gift, Manager, Member


@dataclass(frozen=True)
class LedgerGift:
    manager_code: str
    manager_name: str
    member_name: str
    member_phone: str
    tier: str
    occasion: str
    items: str
    amount_fen: int
    cap_fen: int
    planned_on: date | None
    status: str
    requested_by: str | None
    requested_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None
    comment: str
    delivered_on: date | None


@dataclass(frozen=True)
class Reconciliation:
    committed_fen: int  # the budget lines say
    approved_open_fen: int  # approved, undelivered gifts on those lines add up to
    spent_fen: int
    delivered_fen: int

    @property
    def ok(self) -> bool:
        return self.committed_fen == self.approved_open_fen and self.spent_fen == self.delivered_fen


@dataclass(frozen=True)
class Ledger:
    team_code: str
    team_name: str
    period: str
    start: date
    end: date
    gifts: tuple[LedgerGift, ...]
    budget: TeamBudget | None
    reconciliation: Reconciliation

    def total(self, status: str) -> int:
        return sum(g.amount_fen for g in self.gifts if g.status == status)


def gift_ledger(session: Session, actor: Actor, *, team: str, period: str) -> Ledger:
    team_row = find_team(session, team)
    require_lead_of(actor, team_row.id, msg("print the gift ledger"))
    p = parse_period(period)
    requester, decider = aliased(Manager), aliased(Manager)
    rows = session.execute(
        select(Gift, Member, Manager, requester.code, decider.code)
        .join(Member, Gift.member_id == Member.id)
        .join(Manager, Gift.manager_id == Manager.id)
        .outerjoin(requester, Gift.requested_by_id == requester.id)
        .outerjoin(decider, Gift.decided_by_id == decider.id)
        .where(
            Manager.team_id == team_row.id,
            Gift.deleted.is_(False),
            Gift.planned_on >= p.start,
            Gift.planned_on <= p.end,
        )
        .order_by(Manager.code, Gift.planned_on, Gift.requested_at)
    ).all()
    gifts = tuple(
        LedgerGift(
            manager_code=mgr.code,
            manager_name=mgr.name,
            member_name=m.name,
            member_phone=m.phone,
            tier=m.tier.value,
            occasion=g.occasion.value,
            items=g.items,
            amount_fen=g.amount_fen,
            cap_fen=g.cap_fen,
            planned_on=g.planned_on,
            status=g.status.value,
            requested_by=req,
            requested_at=g.requested_at,
            decided_by=dec,
            decided_at=g.decided_at,
            comment=g.decision_comment,
            delivered_on=g.delivered_on,
        )
        for g, m, mgr, req, dec in rows
    )
    budgets = show_team(session, actor, team_row.code, p.key)
    lines = list(
        session.scalars(
            select(Budget).where(
                Budget.team_id == team_row.id,
                Budget.period == p.key,
                Budget.manager_id.is_not(None),
                Budget.deleted.is_(False),
            )
        )
    )
    line_ids = [b.id for b in lines]
    on_lines = (
        list(
            session.execute(
                select(Gift.status, Gift.amount_fen).where(
                    Gift.budget_id.in_(line_ids), Gift.deleted.is_(False)
                )
            )
        )
        if line_ids
        else []
    )
    reconciliation = Reconciliation(
        committed_fen=sum(b.committed_fen for b in lines),
        approved_open_fen=sum(a for s, a in on_lines if s is GiftStatus.APPROVED),
        spent_fen=sum(b.spent_fen for b in lines),
        delivered_fen=sum(a for s, a in on_lines if s is GiftStatus.DELIVERED),
    )
    return Ledger(
        team_code=team_row.code,
        team_name=team_row.name,
        period=p.key,
        start=p.start,
        end=p.end,
        gifts=gifts,
        budget=budgets[0] if budgets else None,
        reconciliation=reconciliation,
    )
