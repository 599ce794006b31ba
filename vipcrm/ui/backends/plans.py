"""What the Plans section asks of the application: what a plan puts on each day, the
saved plan and its edits, submitting, a lead's decision and queue, the book for the own
items, printing. No Qt here (see :mod:`vipcrm.ui.backends.base`)."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from vipcrm.domain.plan_layout import PlanPeriod
from vipcrm.domain.values import Role
from vipcrm.services import saved_plans
from vipcrm.services.context import Changes
from vipcrm.services.directory import TeamRow, find_manager, find_team, team_rows
from vipcrm.services.plan_contents import BookRow, DayInfo, PlanRow, book_rows, plan_days
from vipcrm.ui.backends.base import ReadsWorkLogs

if TYPE_CHECKING:
    from vipcrm.reports.printing import Printed


@dataclass(frozen=True)
class MonthView:
    """A plan period for the plan calendar: a month, or an ISO week (one or two months)."""

    period: PlanPeriod
    today: date
    days: dict[date, DayInfo]  # every day of the period: holiday, capacity, counts
    rows: dict[date, tuple[PlanRow, ...]]  # what the plan puts on the day (not saved, or a
    # week showing its saved months: month_plans)
    month_plans: tuple[str, ...]
    provisional_years: tuple[int, ...]  # the calendar had no official schedule for these

    @property
    def year(self) -> int:
        return self.period.start.year

    @property
    def month(self) -> int:
        return self.period.start.month

    @property
    def holidays(self) -> dict[date, str]:
        return {d: i.holiday for d, i in self.days.items() if i.holiday}

    @property
    def workdays(self) -> dict[date, str]:
        """Make-up working days (调休) on a weekend."""
        return {d: i.makeup for d, i in self.days.items() if i.makeup}


class PlansBackend(ReadsWorkLogs):
    def teams(self) -> list[TeamRow]:
        """The teams an administrator's plan calendar can be narrowed to."""
        with self.db.reading() as s:
            return team_rows(s)

    def plan_calendar(
        self, period: str, manager_code: str | None = None, team_code: str | None = None
    ) -> MonthView:
        """What a month's or a week's plan puts on each day, as the printed plan has it:
        one manager's book (``manager_code``, or the acting manager's own), else, for a
        lead, every book of the team (the rules' proposal, without a daily capacity); for
        an administrator every book of the region, or of the team ``team_code`` (what its
        lead sees: a region's month is ~470,000 items)."""
        p = saved_plans.parse_period(period)
        with self.db.reading() as s:
            code = manager_code or (self.actor.code if self.actor.role is Role.MANAGER else None)
            who = find_manager(s, code) if code else None
            actor = self.actor
            if who is None and team_code and actor.role is Role.ADMIN:
                actor = dataclasses.replace(
                    actor, role=Role.LEAD, team_id=find_team(s, team_code).id
                )
            shown = plan_days(s, actor, who, p)
        rows: dict[date, list[PlanRow]] = {}
        for row in shown.rows:
            rows.setdefault(row.on, []).append(row)
        return MonthView(
            period=p,
            today=self.today(),
            days={d.day: d for d in shown.days},
            rows={d: tuple(v) for d, v in rows.items()},
            month_plans=shown.month_plans,
            provisional_years=shown.provisional_years,
        )

    # --- saved plans (vipcrm.services.saved_plans) -------------------------------------

    def saved_plan(
        self, period: str, manager_code: str | None = None
    ) -> saved_plans.PlanView | None:
        with self.db.reading() as s:
            return saved_plans.plan_for(s, self.actor, manager=manager_code, period=period)

    def generate_plan(
        self, period: str, replace: bool = False
    ) -> tuple[saved_plans.PlanView, Changes]:
        with self.db.transaction() as s:
            return saved_plans.generate_plan(s, self.actor, period=period, replace=replace)

    def move_plan_item(self, item_id: uuid.UUID, on: date) -> Changes:
        with self.db.transaction() as s:
            return saved_plans.move_item(s, self.actor, item_id, on=on)

    def add_plan_item(
        self,
        plan_id: uuid.UUID,
        on: date,
        kind: str,
        note: str = "",
        member_id: uuid.UUID | None = None,
    ) -> Changes:
        with self.db.transaction() as s:
            return saved_plans.add_item(
                s,
                self.actor,
                plan_id,
                on=on,
                kind=kind,
                note=note,
                member_ref=str(member_id) if member_id else None,
            )[1]

    def remove_plan_item(self, item_id: uuid.UUID) -> Changes:
        with self.db.transaction() as s:
            return saved_plans.remove_item(s, self.actor, item_id)

    def mark_plan_item(self, item_id: uuid.UUID, done: bool) -> Changes:
        with self.db.transaction() as s:
            return saved_plans.mark_done(s, self.actor, item_id, done=done)

    def submit_plan(self, plan_id: uuid.UUID) -> Changes:
        with self.db.transaction() as s:
            return saved_plans.submit_plan(s, self.actor, plan_id)

    def decide_plan(
        self, plan_id: uuid.UUID, seen_version: int, approve: bool, comment: str
    ) -> Changes:
        with self.db.transaction() as s:
            decide = saved_plans.approve_plan if approve else saved_plans.reject_plan
            return decide(s, self.actor, plan_id, seen_version=seen_version, comment=comment)

    def plans_to_approve(self) -> list[saved_plans.PlanSummary]:
        with self.db.reading() as s:
            return saved_plans.plans_to_approve(s, self.actor)

    def plan_book(self, manager_code: str | None = None) -> list[BookRow]:
        """The members of a manager's book (default: the actor's), for the plan's own items."""
        with self.db.reading() as s:
            code = manager_code or self.actor.code
            return book_rows(s, find_manager(s, code).id) if code else []

    def print_plan(self, manager_code: str, period: str, out: Path) -> Printed:
        """Write the plan's PDF (slow: call it through the runner)."""
        from vipcrm.reports.printing import print_plan

        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with self.db.reading() as s:
            return print_plan(
                s, self.actor, manager=manager_code, period=period, out=out, lang=self.language
            )
