"""What the screens ask of the application: plain values in, plain values out. No Qt here.

``Backend`` is the one door from the widgets to the services and query functions. Each
method opens one short session (a read, or one write transaction) and returns
dataclasses, never ORM objects. Screens do not call it directly on the GUI thread for
anything slow: they hand the call to the runner (``ui/ops.py``). Writes return the
``Changes`` the service reported, which the signal hub passes on to every screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from vipcrm.domain.actor import Actor
from vipcrm.domain.birthday import parse_birthday
from vipcrm.domain.dates import DEFAULT_TZ, month_key
from vipcrm.domain.due import DueItem, DueKind, DueResult
from vipcrm.domain.plan_layout import PlanPeriod
from vipcrm.domain.values import CardState, Channel, GiftStatus, Occasion, Outcome, Role, Tier
from vipcrm.services import benefits, budgets, contacts, gifts, profile, saved_plans, worklog
from vipcrm.services.cards import (
    CardRow,
    CardStarter,
    card_starters,
    list_cards,
    record_card_step,
    start_card,
)
from vipcrm.services.context import Changes
from vipcrm.services.directory import ManagerInfo, find_manager, list_managers
from vipcrm.services.due import due_for
from vipcrm.services.gifts import GiftTerms
from vipcrm.services.members import NewMember, add_member, scope_filter, visible_manager_ids
from vipcrm.services.phone_bill import BillResult, Progress, import_bill
from vipcrm.services.plan_contents import BookRow, DayInfo, PlanRow, book_rows, plan_days
from vipcrm.services.profile import MemberProfile, ProfileEdit
from vipcrm.store.db import Database, acting
from vipcrm.store.due_facts import workday_calendar
from vipcrm.store.queries import count_members
from vipcrm.store.timeline import EventKind, TimelineEvent

if TYPE_CHECKING:
    from vipcrm.reports.printing import Printed


#: The sections whose rail badge ``Backend.rail_counts`` counts.
RAIL_SECTIONS = ("today", "cards", "gifts", "plans", "team")


def local_today() -> date:
    return datetime.now(DEFAULT_TZ).date()


@dataclass(frozen=True)
class BudgetMeter:
    """The gift budget of a period as the meter shows it (fen)."""

    period: str
    owner: str  # the manager's or the team's code
    allocated_fen: int
    committed_fen: int
    spent_fen: int
    left_fen: int
    reserve_fen: int | None = None  # the team reserve (leads only)


@dataclass(frozen=True)
class GiftRequestResult:
    gift_id: uuid.UUID
    status: GiftStatus
    over_cap_fen: int
    over_budget_fen: int


@dataclass(frozen=True)
class MemberForm:
    """What the Add member dialog gathers, as typed (the backend parses, the service checks)."""

    phone: str
    name: str
    tier: Tier
    manager_code: str | None  # None: the acting manager's own book, or unassigned (a lead)
    birthday: str = ""  # [YYYY-]MM-DD, empty: not known
    lunar: bool = False
    important: bool = False
    notes: str = ""


@dataclass(frozen=True)
class BookState:
    """Whether the user has members to work with (what an empty list says next)."""

    members: int  # the members the user may see, in the club or not
    database_empty: bool  # no member at all: demo data may be loaded


@dataclass(frozen=True)
class DigestCounts:
    """What the morning digest says."""

    day: date
    workday: bool
    overdue: int
    today: int
    next_days: int


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


class Backend:
    """The acting user's view of one database."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = local_today,
        language: str = "zh_CN",
    ) -> None:
        self.db = db
        self.today = today
        self.language = language

    @property
    def actor(self) -> Actor:
        """Who acts: the database's one acting user (``Database.actor``, set by the window)."""
        return acting(self.db)

    # --- who ---------------------------------------------------------------------------

    def managers(self) -> dict[str, ManagerInfo]:
        with self.db.reading() as s:
            return {m.code: m for m in list_managers(s)}

    @property
    def is_lead(self) -> bool:
        return self.actor.role in (Role.LEAD, Role.ADMIN)

    # --- what is due -------------------------------------------------------------------

    def due(self, horizon_days: int = 7, today: date | None = None) -> DueResult:
        with self.db.reading() as s:
            return due_for(
                s,
                self.actor,
                today=today or self.today(),
                horizon_days=horizon_days,
            )

    def digest(self) -> DigestCounts:
        today = self.today()
        with self.db.reading() as s:
            workday = workday_calendar(s).is_workday(today)
        overdue, now, soon = due_sections(self.due(7, today).items, today)
        return DigestCounts(today, workday, len(overdue), len(now), len(soon))

    def overdue_member_ids(self) -> frozenset[uuid.UUID]:
        return frozenset(
            uuid.UUID(str(i.member_id)) for i in self.due(0).items if i.overdue_days > 0
        )

    # --- members -----------------------------------------------------------------------

    def add_member(self, form: MemberForm) -> tuple[uuid.UUID, Changes]:
        """Add a member as ``vipcrm member add`` does: the same parsing and checks, one
        transaction; a refusal names its field (``phone``, ``name``, ``birthday`` …)."""
        birthday = (
            parse_birthday(form.birthday, lunar=form.lunar) if form.birthday.strip() else None
        )
        new = NewMember(
            phone=form.phone,
            name=form.name,
            tier=form.tier,
            manager=form.manager_code,
            birthday=birthday,
            important=form.important,
            notes=form.notes,
        )
        with self.db.transaction() as s:
            member, changes = add_member(s, self.actor, new, self.today())
            return member.id, changes

    def book_state(self) -> BookState:
        with self.db.reading() as s:
            seen = count_members(s, replace(scope_filter(s, self.actor), status=None))
        return BookState(seen, seen == 0 and self.db.is_empty())

    def profile(self, member_id: uuid.UUID) -> MemberProfile:
        with self.db.reading() as s:
            return profile.load_profile(s, self.actor, member_id)

    def timeline(
        self, member_id: uuid.UUID, kinds: frozenset[EventKind] | None = None
    ) -> list[TimelineEvent]:
        with self.db.reading() as s:
            return profile.member_events(s, self.actor, member_id, kinds)

    def save_profile(self, member_id: uuid.UUID, edit: ProfileEdit) -> Changes:
        with self.db.transaction() as s:
            return profile.update_profile(s, self.actor, member_id, edit)

    def add_note(self, member_id: uuid.UUID, text: str) -> Changes:
        with self.db.transaction() as s:
            return profile.add_note(s, self.actor, member_id, text)

    def member_benefits(self, member_id: uuid.UUID) -> benefits.MemberBenefits:
        with self.db.reading() as s:
            return benefits.member_benefits(s, self.actor, str(member_id), today=self.today())

    def record_benefit_use(
        self, member_id: uuid.UUID, code: str, on: date, note: str, exception_reason: str = ""
    ) -> Changes:
        with self.db.transaction() as s:
            return benefits.record_use(
                s,
                self.actor,
                member_ref=str(member_id),
                code=code,
                today=self.today(),
                on=on,
                note=note,
                exception_reason=exception_reason,
            ).changes

    def log_contact(
        self,
        member_id: uuid.UUID | str,
        channel: Channel,
        outcome: Outcome,
        note: str = "",
        group_sms: bool = False,
    ) -> Changes:
        with self.db.transaction() as s:
            _, changes = contacts.log_contact(
                s,
                self.actor,
                member_ref=str(member_id),
                channel=channel,
                outcome=outcome,
                note=note,
                group_sms=group_sms,
            )
            return changes

    def confirm_group_sms(self, contact_id: str) -> Changes:
        """The 12580 check of a Today item: the SMS was really sent."""
        with self.db.transaction() as s:
            _, changes = contacts.confirm_group_sms(s, self.actor, contact_id)
            return changes

    # --- gifts -------------------------------------------------------------------------

    def gifts(self, status: GiftStatus | None = None) -> list[gifts.GiftRow]:
        with self.db.reading() as s:
            return gifts.list_gifts(s, self.actor, status=status)

    def gift_terms(
        self, member_id: uuid.UUID | str, occasion: Occasion, on: date | None = None
    ) -> GiftTerms:
        """The cap and the budget left for a gift to the member planned ``on`` (a quick read:
        the request dialog asks as the occasion or the date changes)."""
        with self.db.reading() as s:
            return gifts.gift_terms(
                s, self.actor, member_ref=str(member_id), occasion=occasion, day=on or self.today()
            )

    def budget_meter(self, on: date | None = None) -> BudgetMeter | None:
        """This month's budget: the manager's own line, or the team's for a lead."""
        period = month_key(on or self.today())
        with self.db.reading() as s:
            if self.actor.role is Role.LEAD and self.actor.team_id is not None:
                teams = budgets.show_team(s, self.actor, period=period)
                if not teams:
                    return None
                t = teams[0]
                return BudgetMeter(
                    period=period,
                    owner=t.team_code,
                    allocated_fen=t.total_fen,
                    committed_fen=sum(m.committed_fen for m in t.managers),
                    spent_fen=sum(m.spent_fen for m in t.managers),
                    left_fen=t.reserve_fen + sum(m.left_fen for m in t.managers),
                    reserve_fen=t.reserve_fen,
                )
            if self.actor.manager_id is None:
                return None
            lines = budgets.show_manager(s, self.actor, period=period)
            if not lines:
                return None
            b = lines[0]
            return BudgetMeter(
                period=period,
                owner=b.manager_code or "",
                allocated_fen=b.allocated_fen,
                committed_fen=b.committed_fen,
                spent_fen=b.spent_fen,
                left_fen=b.left_fen,
            )

    def request_gift(
        self,
        member_id: uuid.UUID | str,
        occasion: Occasion,
        amount_fen: int,
        items: str = "",
        planned_on: date | None = None,
        note: str = "",
    ) -> tuple[GiftRequestResult, Changes]:
        with self.db.transaction() as s:
            gift, changes = gifts.request_gift(
                s,
                self.actor,
                member_ref=str(member_id),
                occasion=occasion,
                amount_fen=amount_fen,
                today=self.today(),
                items=items,
                planned_on=planned_on,
                note=note,
            )
            over_cap, over_budget = gifts.parse_reason(gift.pending_reason)
            return GiftRequestResult(gift.id, gift.status, over_cap, over_budget), changes

    def approve_gift(self, gift_id: uuid.UUID, comment: str) -> Changes:
        with self.db.transaction() as s:
            return gifts.approve_gift(s, self.actor, gift_id.hex, comment=comment)[1]

    def reject_gift(self, gift_id: uuid.UUID, comment: str) -> Changes:
        with self.db.transaction() as s:
            return gifts.reject_gift(s, self.actor, gift_id.hex, comment=comment)[1]

    def deliver_gift(
        self, gift_id: uuid.UUID, on: date | None = None, how: str = "", proof: str = ""
    ) -> Changes:
        with self.db.transaction() as s:
            return gifts.deliver_gift(
                s, self.actor, gift_id.hex, on=on or self.today(), how=how, proof=proof
            )[1]

    def cancel_gift(self, gift_id: uuid.UUID, reason: str) -> Changes:
        with self.db.transaction() as s:
            return gifts.cancel_gift(s, self.actor, gift_id.hex, note=reason)[1]

    # --- work log ----------------------------------------------------------------------

    def work_log(
        self,
        start: date,
        end: date,
        channel: Channel | None = None,
        outcome: Outcome | None = None,
        manager_code: str | None = None,
    ) -> worklog.WorkLog:
        with self.db.reading() as s:
            return worklog.work_log(
                s,
                self.actor,
                start=start,
                end=end,
                channel=channel,
                outcome=outcome,
                manager_code=manager_code,
            )

    def preview_bill(self, path: str | Path, progress: Progress | None = None) -> BillResult:
        """What the phone bill would log; nothing is written (a dry run in a read session)."""
        with self.db.reading() as s:
            return import_bill(s, self.actor, path, dry_run=True, progress=progress)[0]

    def import_bill(
        self, path: str | Path, skip_invalid: bool, progress: Progress | None = None
    ) -> tuple[BillResult, Changes]:
        with self.db.transaction() as s:
            return import_bill(s, self.actor, path, skip_invalid=skip_invalid, progress=progress)

    def log_keepers(self) -> list[ManagerInfo]:
        """Whose work log the actor may read: their own, and a lead's team managers."""
        with self.db.reading() as s:
            visible = visible_manager_ids(s, self.actor)
            return [
                m
                for m in list_managers(s)
                if m.id == self.actor.manager_id
                or (self.actor.role is not Role.MANAGER and (visible is None or m.id in visible))
            ]

    # --- cards -----------------------------------------------------------------------

    def cards(self) -> list[CardRow]:
        with self.db.reading() as s:
            return list_cards(s, self.actor)

    def received_cards(self, days: int = 30) -> list[CardRow]:
        """Cards the members confirmed received in the last ``days`` days."""
        since = self.today() - timedelta(days=days)
        with self.db.reading() as s:
            return list_cards(s, self.actor, state=CardState.RECEIVED, since=since)

    def card_starters(self) -> list[CardStarter]:
        """The visible active members with no card on its way (who may start one)."""
        with self.db.reading() as s:
            return card_starters(s, self.actor)

    def start_card(
        self, member_id: uuid.UUID, remake: bool = False, on: date | None = None, note: str = ""
    ) -> Changes:
        with self.db.transaction() as s:
            return start_card(
                s, self.actor, str(member_id), on or self.today(), remake=remake, note=note
            )

    def card_followups(self, horizon_days: int = 60) -> dict[str, DueItem]:
        """The next card item due for each card (keyed by the card id's text)."""
        kinds = {
            DueKind.CARD_DATA,
            DueKind.CARD_NOTIFY,
            DueKind.CARD_RECEIPT_CHECK,
            DueKind.CARD_PICKUP_REMINDER,
            DueKind.CARD_DELIVERY,
        }
        with self.db.reading() as s:
            result = due_for(
                s,
                self.actor,
                today=self.today(),
                horizon_days=horizon_days,
                kinds=kinds,
            )
        out: dict[str, DueItem] = {}
        for item in result.items:
            if item.card_id is not None:
                out.setdefault(str(uuid.UUID(str(item.card_id))), item)
        return out

    def move_card(
        self,
        member_id: uuid.UUID,
        step: str,
        on: date | None = None,
        agreed_date: date | None = None,
        note: str = "",
    ) -> Changes:
        today = self.today()
        with self.db.transaction() as s:
            return record_card_step(
                s,
                self.actor,
                member_ref=str(member_id),
                step=step,
                on=on or today,
                agreed_date=agreed_date,
                note=note,
                today=today,
            )

    # --- plans -------------------------------------------------------------------------

    def plan_calendar(self, period: str, manager_code: str | None = None) -> MonthView:
        """What a month's or a week's plan puts on each day, as the printed plan has it:
        one manager's book (``manager_code``, or the acting manager's own), else, for a
        lead, every book of the team (the rules' proposal, without a daily capacity)."""
        p = saved_plans.parse_period(period)
        with self.db.reading() as s:
            code = manager_code or (self.actor.code if self.actor.role is Role.MANAGER else None)
            who = find_manager(s, code) if code else None
            shown = plan_days(s, self.actor, who, p)
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

    # --- saved plans (vipcrm.services.saved_plans) ---------------------------------------------

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

    def rail_counts(self, wanted: Collection[str] = RAIL_SECTIONS) -> dict[str, int]:
        """The navigation rail's badges, as the sections count them, for the ``wanted`` ones
        of :data:`RAIL_SECTIONS`: what is overdue or due today (Today), cards whose
        follow-up is due (not for an administrator, who works no cards), and for a lead
        what waits for their decision (gifts, plans, both for the Team section)."""
        counts: dict[str, int] = {}
        today = self.today()
        if "today" in wanted:
            overdue, now, _soon = due_sections(self.due(7, today).items, today)
            counts["today"] = len(overdue) + len(now)
        if "cards" in wanted and self.actor.role is not Role.ADMIN:
            counts["cards"] = sum(
                1 for i in self.card_followups().values() if i.overdue_days or i.due_date <= today
            )
        if self.is_lead and {"gifts", "plans", "team"} & set(wanted):
            pending = len(self.gifts(GiftStatus.PENDING))
            submitted = len(self.plans_to_approve())
            counts.update(gifts=pending, plans=submitted)
            if self.actor.role is Role.LEAD:  # an administrator's Team section picks a team
                counts["team"] = pending + submitted
        return {name: n for name, n in counts.items() if name in wanted}

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

    # --- scope -------------------------------------------------------------------------

    def visible_manager_ids(self) -> frozenset[uuid.UUID] | None:
        with self.db.reading() as s:
            return visible_manager_ids(s, self.actor)


def due_sections(
    items: tuple[DueItem, ...] | list[DueItem], today: date, days: int = 7
) -> tuple[list[DueItem], list[DueItem], list[DueItem]]:
    """Split due items into overdue, due today and due in the next ``days`` days."""
    end = today + timedelta(days=days)
    overdue = [i for i in items if i.due_date < today]
    now = [i for i in items if i.due_date == today]
    soon = [i for i in items if today < i.due_date <= end]
    return overdue, now, soon
