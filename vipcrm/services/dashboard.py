"""The team lead's dashboard: one row per account manager, as plain values.

    team_dashboard(session, actor, team="T01", today=date(...)) -> Dashboard

Every figure is taken from the service the command line prints, so the window, the XLSX
export and the CLI agree:

- from the month's work-log review (:func:`vipcrm.services.review.work_review`, printed
  by ``vipcrm review``): the book by tier, compliance with the service standard (done /
  judged of the month's routine and care items), members below the minimum contact
  today, overdue items, the first-contact SLA (hit / judged), cards stuck past their
  follow-up (overdue card items) and the budget line of the month;
- gifts pending approval: ``vipcrm gift list --status pending`` (all periods);
- churn and the retention list: :func:`vipcrm.services.churn.churn_report`
  (``vipcrm churn``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.errors import msg
from vipcrm.domain.plan_layout import CARD_KINDS
from vipcrm.domain.values import CampaignStatus, GiftStatus, Tier
from vipcrm.services.budgets import BudgetLine, TeamBudget
from vipcrm.services.campaigns import Progress, campaign_progress, list_campaigns, team_view
from vipcrm.services.churn import ChurnReport, churn_report, team_for
from vipcrm.services.gifts import list_gifts
from vipcrm.services.review import ManagerReview, Tally, sla_rate, work_review


@dataclass(frozen=True)
class ManagerFigures:
    code: str
    name: str
    book: dict[Tier, int]
    standard: Tally  # the month's routine and care items: due, done, not yet due
    below_minimum: int  # members with no reached contact in their current minimum period
    overdue: int
    sla_hit: int  # first contacts of members assigned this month: on time
    sla_judged: int  # ... whose deadline has passed or that were made
    sla: float | None
    cards_stuck: int  # card follow-ups overdue
    gifts_pending: int
    budget: BudgetLine | None
    at_risk: int  # retention calls not yet made
    logged: int  # contact attempts logged this month
    reached: int
    from_bill: int  # of those logged, imported from the phone bill
    benefit_uses: int  # benefit uses of the manager's members this month

    @property
    def book_size(self) -> int:
        return sum(self.book.values())

    @property
    def standard_rate(self) -> float | None:
        return self.standard.rate

    @property
    def minimum_rate(self) -> float | None:
        size = self.book_size
        return (size - self.below_minimum) / size if size else None

    @property
    def budget_used_fen(self) -> int | None:
        b = self.budget
        return None if b is None else b.committed_fen + b.spent_fen

    @property
    def budget_rate(self) -> float | None:
        b = self.budget
        if b is None or b.allocated_fen <= 0:
            return None
        return (b.committed_fen + b.spent_fen) / b.allocated_fen


@dataclass(frozen=True)
class Dashboard:
    team_code: str
    team_name: str
    month: str  # YYYY-MM
    today: date
    managers: tuple[ManagerFigures, ...]
    churn: ChurnReport
    team_budget: TeamBudget | None
    provisional_years: tuple[int, ...] = ()  # the calendar had no official schedule for these
    # The team's campaigns running this month (and any still open), each with its progress.
    campaigns: tuple[Progress, ...] = ()

    def total(self, name: str) -> int:
        return sum(getattr(m, name) for m in self.managers)


def team_dashboard(
    session: Session,
    actor: Actor,
    *,
    team: str | None = None,
    today: date,
) -> Dashboard:
    team_row = team_for(session, actor, team, msg("see the team dashboard"))
    month = f"{today.year:04d}-{today.month:02d}"
    review = work_review(session, actor, team=team_row.code, month=month, today=today)
    churn = churn_report(session, actor, team=team_row.code, year=today.year, today=today)
    codes = {m.code for m in review.managers}
    pending = Counter(
        g.manager_code
        for g in list_gifts(session, actor, status=GiftStatus.PENDING)
        if g.manager_code in codes
    )
    at_risk = Counter(a.manager_code for a in churn.at_risk if a.called_on is None)
    rows = tuple(_figures(m, today, pending[m.code], at_risk[m.code]) for m in review.managers)
    return Dashboard(
        team_code=team_row.code,
        team_name=team_row.name,
        month=month,
        today=today,
        managers=rows,
        churn=churn,
        team_budget=review.team_budget,
        provisional_years=review.provisional_years,
        campaigns=_campaigns(session, actor, team_row.code, today),
    )


def _campaigns(session: Session, actor: Actor, team: str, today: date) -> tuple[Progress, ...]:
    """The team's campaigns (and the administrator's) that run this month or are open,
    each with the team's members' progress only: an administrator's campaign for every
    team counts the team's targets here, whoever looks (a lead; an administrator looking
    at the team), as the Campaigns tab does for the team."""
    first = today.replace(day=1)
    viewer = team_view(session, actor, team)
    return tuple(
        campaign_progress(session, viewer, row.id, today=today)
        for row in list_campaigns(session, viewer)
        if row.team_code in (team, None)
        and (row.status is CampaignStatus.OPEN or (row.ends_on >= first and row.starts_on <= today))
    )


def _figures(m: ManagerReview, today: date, pending: int, at_risk: int) -> ManagerFigures:
    judged = [c for c in m.first_contact if c.status(today) != "pending"]
    return ManagerFigures(
        code=m.code,
        name=m.name,
        book=dict(m.book),
        standard=m.total,
        below_minimum=len(m.below_minimum),
        overdue=len(m.overdue),
        sla_hit=sum(1 for c in judged if c.status(today) == "hit"),
        sla_judged=len(judged),
        sla=sla_rate(m.first_contact, today),
        cards_stuck=sum(1 for i in m.overdue if i.kind in CARD_KINDS),
        gifts_pending=pending,
        budget=m.gifts.budget,
        at_risk=at_risk,
        logged=m.logged,
        reached=m.reached,
        from_bill=m.from_bill,
        benefit_uses=m.benefit_uses,
    )


def dashboard_json(d: Dashboard) -> dict[str, object]:
    """The dashboard as ``vipcrm dashboard --json`` prints it."""
    from vipcrm.services.churn import figure_json

    return {
        "team": d.team_code,
        "month": d.month,
        "today": d.today.isoformat(),
        "managers": [
            {
                "code": m.code,
                "name": m.name,
                "book": {t.value: m.book.get(t, 0) for t in Tier},
                "book_size": m.book_size,
                "standard": {
                    "due": m.standard.due,
                    "done": m.standard.done,
                    "open": m.standard.open,
                    "missed": m.standard.missed,
                    "rate": m.standard_rate,
                },
                "below_minimum": m.below_minimum,
                "minimum_rate": m.minimum_rate,
                "overdue": m.overdue,
                "first_contact_sla": {"hit": m.sla_hit, "judged": m.sla_judged, "rate": m.sla},
                "cards_stuck": m.cards_stuck,
                "gifts_pending": m.gifts_pending,
                "budget": None
                if m.budget is None
                else {
                    "period": m.budget.period,
                    "allocated_fen": m.budget.allocated_fen,
                    "committed_fen": m.budget.committed_fen,
                    "spent_fen": m.budget.spent_fen,
                    "left_fen": m.budget.left_fen,
                    "use_rate": m.budget_rate,
                },
                "at_risk": m.at_risk,
                "logged": m.logged,
                "reached": m.reached,
                "from_bill": m.from_bill,
                "by_hand": m.logged - m.from_bill,
                "benefit_uses": m.benefit_uses,
            }
            for m in d.managers
        ],
        "churn_year_to_date": {g: figure_json(f) for g, f in d.churn.ytd.items()},
        "churn_targets": {"all": d.churn.target_all, "diamond_gold": d.churn.target_diamond_gold},
        "provisional_years": list(d.provisional_years),
    }
