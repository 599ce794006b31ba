"""What a printed service plan shows (monthly, weekly, yearly), as plain values.

The API (``vipcrm plans print`` and the Plans screen's Print both use it)::

    month_plan(session, actor, manager="M001", month="2026-12") -> PlanData
    week_plan(session, actor, manager="M001", week="2026-W49")   -> PlanData
    year_plan(session, actor, manager="M001", year="2026")       -> YearPlanData
    plan_managers(session, actor, team="T01")                    -> list[str]

Render with :mod:`vipcrm.reports.plan_report` (``render_plan`` / ``render_year_plan``), or in one
call with :func:`vipcrm.reports.printing.print_plan`. Nothing here is in a language: rule
items carry their :class:`~vipcrm.domain.due.Reason`, greeting holidays their codes, the
plan the provisional years its calendar was worked out from; the PDF and the window write
them out (:mod:`vipcrm.texts`).

Who may print: a manager their own plan, the lead of the manager's team, an admin.

What the monthly plan lists
---------------------------
Every item of the due engine for the month, once: ``due_for(today=first day,
horizon_days=...)`` up to the month's last day, and on through the days off that follow
it (items due then are done on the month's last working days, :func:`plan_tail`).
Recurring items are one row per occurrence (a member's weekly SMS is four or five rows:
one per Monday-Sunday week whose Sunday falls in the month or in those days off). Each
item is laid out on a working day by :func:`vipcrm.domain.plan_layout.plan_items`: items due
before the first (overdue then, if still open) are carried over onto the first working
days within the manager's daily capacity (derived from the book size unless the rules
set it), an item with no working day on time is planned late, and a day over capacity
is marked (:attr:`DayInfo.over_capacity`). The engine's facts are the log as it is now:
an item of the current week or month already done since the first is not listed, so a
plan printed mid-month shows what is left.

The weekly plan is the same placement: the days of the month (or the two months) holding
the week, as their monthly proposals lay them out (:func:`plan_days`), so the week and
the month agree item for item.

Saved plans: what is printed
----------------------------
``items`` is always the proposal above (what the rules make due, laid out by day; saving a
plan starts from it: :func:`vipcrm.services.saved_plans.generate_plan`). What the printed plan
lists is ``rows``: when the manager has saved a plan for the period (the same month, or
the same ISO week), its items on their days as saved - moved items on the day they were
moved to, the manager's own visits, meetings and notes with their text, ticked items
marked done - and ``saved`` carries the plan's status and version. A saved rule item
keeps its reason (codes and values) and, carried over, the day it was due; it is the
proposal's item with the same member, kind and reason (that is how its due date and card
are found, and how generating the plan again knows what is done). A week with no saved
plan of its own shows the saved monthly plan's items on its days (``month_plans`` names
those months). With neither, ``rows`` is the proposal and ``saved`` is None (the PDF says
it is not saved).

The yearly plan is a forecast from the book as it stands and the rules in force
(:func:`vipcrm.domain.plan_layout.forecast_month`), with each month's budget and gifts.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.birthday import Birthday
from vipcrm.domain.dates import DEFAULT_TZ, local_date
from vipcrm.domain.due import DueKind, Reason
from vipcrm.domain.errors import PermissionDenied, msg
from vipcrm.domain.lunar import (
    GreetingHoliday,
    greeting_holidays_between,
    lunar_label,
    occurrences_between,
)
from vipcrm.domain.periods import parse_period, periods_containing
from vipcrm.domain.plan_layout import (
    CARD_KINDS,
    PLAN_ORDER,
    BookMember,
    DailyCapacity,
    MonthForecast,
    PlannedItem,
    PlanPeriod,
    below_minimum,
    channel_counts,
    daily_capacity,
    forecast_month,
    month_period,
    parse_plan_month,
    parse_plan_week,
    parse_plan_year,
    plan_items,
    plan_tail,
)
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import (
    GiftStatus,
    MemberStatus,
    Occasion,
    Outcome,
    PlanKind,
    PlanStatus,
    Role,
    Tier,
    tier_counts,
)
from vipcrm.services.benefits import BenefitAlert, benefit_alerts
from vipcrm.services.budgets import BudgetLine, require_lead_of
from vipcrm.services.budgets import left_of as _left_of
from vipcrm.services.cards import CardRow, card_rows_statement
from vipcrm.services.directory import find_manager, find_team
from vipcrm.services.due import due_for
from vipcrm.store.bulk import gc_paused
from vipcrm.store.due_facts import workday_calendar
from vipcrm.store.models import (
    Budget,
    ContactAttempt,
    Gift,
    Manager,
    Member,
    PlanItem,
    ServicePlan,
    Team,
)
from vipcrm.store.queries import chunks
from vipcrm.store.rules_data import birthday_caps_in_force, caps_in_force, rules_in_force

ACTIVE_GIFTS = (GiftStatus.PENDING, GiftStatus.APPROVED, GiftStatus.DELIVERED)
#: Items a manager adds to a plan themselves (the other kinds are the rules' due kinds).
OWN_KINDS = ("visit", "meeting", "note")
#: The order of a day's rows: the rules' kinds (deadlines first ...), then own items.
ROW_ORDER = {kind.value: i for i, kind in enumerate(PLAN_ORDER)}
ROW_ORDER.update({kind: len(PLAN_ORDER) + i for i, kind in enumerate(OWN_KINDS)})


# -- values --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanOwner:
    manager_code: str
    manager_name: str
    team_code: str | None
    team_name: str | None


@dataclass(frozen=True)
class DayInfo:
    day: date
    workday: bool
    holiday: str | None  # the public holiday a day off belongs to
    makeup: str | None  # the holiday a make-up working day (调休) belongs to
    planned: int  # rows of the plan on this day
    provisional: bool = False  # the day's year has no official schedule yet (from the law)
    calls: int = 0  # rows of the day a daily capacity counts as calls
    sms: int = 0  # ... and as SMS
    capacity: DailyCapacity | None = None  # None: no capacity (a team's overview)

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.capacity.over(self.calls, self.sms)


@dataclass(frozen=True)
class BirthdayRow:
    day: date
    member_name: str
    phone: str
    tier: Tier
    lunar: str | None  # e.g. 十月初八 for a lunar birthday
    gift_cap_fen: int  # 0: greeting only


@dataclass(frozen=True)
class HolidayRow:
    start: date
    end: date
    name: str  # the calendar's name of the holiday (days off, make-up day); "" for a greeting
    kind: str  # holiday (days off) | makeup (make-up working day) | greeting (key persons)
    key_persons: int = 0  # greeting: how many key persons to greet
    greeting: GreetingHoliday | None = None  # greeting: which holiday


@dataclass(frozen=True)
class PlanGift:
    planned_on: date | None
    member_name: str
    tier: Tier
    occasion: Occasion
    items: str
    amount_fen: int
    status: GiftStatus | None  # None: a birthday gift still to request (estimated at its cap)
    names: tuple[str, str] | None = None  # still to request: the caps' gift (zh, en), no items


@dataclass(frozen=True)
class BudgetView:
    lines: tuple[BudgetLine, ...]  # the manager's lines for the periods holding the plan
    line: BudgetLine | None  # the narrowest one: the one new gifts draw on
    pending_fen: int  # requested, waiting for the lead (not yet committed)
    expected_fen: int  # birthday gifts due but not requested yet, at their caps

    @property
    def left_after_fen(self) -> int | None:
        if self.line is None:
            return None
        return self.line.left_fen - self.pending_fen - self.expected_fen


@dataclass(frozen=True)
class BelowMinimum:
    member_name: str
    phone: str
    tier: Tier
    last_reached: date | None


@dataclass(frozen=True)
class PlanRow:
    """One row of the printed plan: an item the rules make due, or the manager's own."""

    on: date  # the day the plan puts it on (as saved: moved items on their new day)
    kind: str  # a DueKind value, or one of OWN_KINDS
    member_id: str | None
    member_name: str
    phone: str
    tier: Tier | None  # None: an own item with no member
    reason: Reason | None  # rule items: why due (None: saved by an older vipcrm, see note)
    note: str = ""  # own items: what the manager wrote; an older rule item: its sentence
    carried: bool = False  # due before the plan's first day
    due_date: date | None = None  # rule items: when due (carried items of a saved plan too)
    card_id: str | None = None
    done: bool = False  # ticked done in the saved plan

    @property
    def own(self) -> bool:
        return self.kind in OWN_KINDS

    @property
    def sort_text(self) -> str:
        """What orders rows of one kind, tier and name (see :func:`row_key`)."""
        return self.note if self.reason is None else reason_key(self.reason)

    @property
    def late(self) -> bool:
        """Planned after it was due (carried over, or no working day on time)."""
        return self.due_date is not None and self.on > self.due_date

    @property
    def due_kind(self) -> DueKind | None:
        """The rule that made the item due; None for own items and for a kind this version
        does not know (an item saved by a newer vipcrm prints, uncounted by kind)."""
        if self.own:
            return None
        try:
            return DueKind(self.kind)
        except ValueError:
            return None

    @classmethod
    def planned(cls, p: PlannedItem) -> PlanRow:
        """A row of the proposal (what the rules make due, laid out)."""
        i = p.item
        return cls(
            on=p.on,
            kind=i.kind.value,
            member_id=str(i.member_id),
            member_name=i.member_name,
            phone=i.phone,
            tier=i.tier,
            reason=i.reason,
            carried=p.carried,
            due_date=i.due_date,
            card_id=i.card_id,
        )


@dataclass(frozen=True)
class SavedPlan:
    """The saved plan a printed plan shows: its status and version."""

    id: uuid.UUID
    status: PlanStatus
    version: int
    submitted_at: datetime | None
    submitted_version: int | None
    approved_version: int | None
    decided_by: str | None  # the lead's name
    decided_at: datetime | None


@dataclass(frozen=True)
class PlanData:
    """One manager's monthly or weekly plan."""

    period: PlanPeriod
    owner: PlanOwner
    as_of: date  # the engine's "today": the first day of the (first) month
    through: date  # items due up to this day: the period's end, or the days off after it
    items: tuple[PlannedItem, ...]  # the proposal: what the rules make due, sorted by day
    rows: tuple[PlanRow, ...]  # what is printed: the saved plan's items, else the proposal
    saved: SavedPlan | None  # the saved plan printed (None: the proposal, not saved)
    month_plans: tuple[str, ...]  # a week with no plan of its own: saved months it shows
    days: tuple[DayInfo, ...]  # ``planned``: rows on the day
    book_by_tier: dict[Tier, int]
    due_by_kind: dict[DueKind, int]  # rows by the rules' kinds
    own_by_kind: dict[str, int]  # the manager's own rows (visit, meeting, note)
    cards: tuple[CardRow, ...]  # cards on their way to the manager's members
    birthdays: tuple[BirthdayRow, ...]
    holidays: tuple[HolidayRow, ...]
    gifts: tuple[PlanGift, ...]
    budget: BudgetView
    below_minimum: tuple[BelowMinimum, ...]  # as of the day before the plan
    provisional_years: tuple[int, ...]  # years of the plan's calendar with no official schedule
    #: limited benefits whose allowance renews within the plan, or runs low at its start
    benefit_alerts: tuple[BenefitAlert, ...] = ()

    @property
    def calendar_known(self) -> bool:
        """Official working-day data covers every day of the plan."""
        return not self.provisional_years

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def carried(self) -> int:
        return sum(1 for r in self.rows if r.carried)

    @property
    def card_items(self) -> tuple[PlanRow, ...]:
        return tuple(r for r in self.rows if r.due_kind in CARD_KINDS)

    @property
    def book_size(self) -> int:
        return sum(self.book_by_tier.values())


@dataclass(frozen=True)
class YearMonth:
    forecast: MonthForecast
    budget: BudgetLine | None  # the manager's line for the month, if any
    gifts_fen: int  # gifts requested for the month (pending, approved, delivered)
    gifts: int


@dataclass(frozen=True)
class YearPlanData:
    period: PlanPeriod
    owner: PlanOwner
    book_by_tier: dict[Tier, int]
    key_persons: int
    months: tuple[YearMonth, ...]
    other_budgets: tuple[BudgetLine, ...]  # the manager's quarter and year lines
    provisional_years: tuple[int, ...]  # years of the calendar with no official schedule

    @property
    def book_size(self) -> int:
        return sum(self.book_by_tier.values())


# -- who may print ---------------------------------------------------------------------------
def plan_owner(session: Session, actor: Actor, manager: str) -> tuple[Manager, PlanOwner]:
    """The manager whose plan is printed, refused unless the actor may print it."""
    who = find_manager(session, manager)
    allowed = (
        actor.role is Role.ADMIN
        or (actor.manager_id is not None and actor.manager_id == who.id)
        or (actor.role is Role.LEAD and actor.team_id is not None and actor.team_id == who.team_id)
    )
    if not allowed:
        raise PermissionDenied(
            msg(
                "{field}: {user} may not print {manager}'s plan "
                "(a manager prints their own, a team lead the team's)",
                field="manager",
                user=actor.code,
                manager=who.code,
            )
        )
    team = session.get(Team, who.team_id) if who.team_id else None
    return who, PlanOwner(
        who.code, who.name, team.code if team else None, team.name if team else None
    )


def plan_managers(session: Session, actor: Actor, team: str) -> list[str]:
    """The codes of the team's account managers, for printing one plan each (lead or admin)."""
    team_row = find_team(session, team)
    require_lead_of(actor, team_row.id, msg("print the team's plans"))
    return list(
        session.scalars(
            select(Manager.code)
            .where(
                Manager.team_id == team_row.id,
                Manager.role == Role.MANAGER,
                Manager.deleted.is_(False),
            )
            .order_by(Manager.code)
        )
    )


# -- monthly and weekly plans ----------------------------------------------------------------------
def month_plan(
    session: Session,
    actor: Actor,
    *,
    manager: str,
    month: str | PlanPeriod,
) -> PlanData:
    period = month if isinstance(month, PlanPeriod) else parse_plan_month(month)
    return _plan(session, actor, manager, period)


def week_plan(
    session: Session,
    actor: Actor,
    *,
    manager: str,
    week: str | PlanPeriod,
) -> PlanData:
    period = week if isinstance(week, PlanPeriod) else parse_plan_week(week)
    return _plan(session, actor, manager, period)


@dataclass(frozen=True)
class MonthLayout:
    """The rules' proposal for one month: the due engine as of its first day, laid out on
    its working days (:func:`vipcrm.domain.plan_layout.plan_items`)."""

    period: PlanPeriod
    items: tuple[PlannedItem, ...]
    capacity: DailyCapacity | None  # None: a team's overview (no one book)
    provisional_years: frozenset[int]  # years without an official schedule it depends on
    through: date  # items due up to this day: the month's end, or the days off after it


def month_layout(
    session: Session,
    actor: Actor,
    month: PlanPeriod,
    *,
    manager: Manager | None,
) -> MonthLayout:
    """One manager's month (or, with ``manager=None``, what the actor sees: a lead's team)."""
    calendar = workday_calendar(session).tracked()
    tail = plan_tail(calendar, month.end)
    result = due_for(
        session,
        actor,
        today=month.start,
        horizon_days=(tail - month.start).days,
        manager_code=manager.code if manager is not None else None,
    )
    capacity = None
    if manager is not None:
        working = sum(1 for d in month.dates() if calendar.is_workday(d))
        rules = rules_in_force(session, month.start)
        capacity = daily_capacity(book_size(session, manager.id), rules, month, working)
    items = plan_items(result.items, calendar, month.start, month.end, capacity)
    years = result.guessed_years | calendar.guessed_years
    return MonthLayout(month, items, capacity, years, tail)


def months_of(period: PlanPeriod) -> list[PlanPeriod]:
    """The calendar months a plan period's days fall in (one, or two for a week)."""
    keys = sorted({(d.year, d.month) for d in (period.start, period.end)})
    return [month_period(y, m) for y, m in keys]


@dataclass(frozen=True)
class PlanDays:
    """What a plan puts on each of its days: the part the window and the PDF share."""

    period: PlanPeriod
    items: tuple[PlannedItem, ...]  # the rules' proposal on the period's days
    rows: tuple[PlanRow, ...]  # what is shown: the saved plan, else the proposal
    saved: tuple[SavedPlan, tuple[PlanRow, ...]] | None  # the period's own saved plan
    month_plans: tuple[str, ...]  # a week without its own: the saved months it shows
    days: tuple[DayInfo, ...]
    provisional_years: tuple[int, ...]
    through: date  # the items due up to this day (see MonthLayout)


def plan_days(session: Session, actor: Actor, who: Manager | None, period: PlanPeriod) -> PlanDays:
    """The plan of a month or an ISO week, day by day: one manager's (``who``), or with
    None the proposal for every book the actor sees (a lead's team: no capacity).

    The week's proposal is the months' proposals on its days (one placement, two views);
    a week with no saved plan of its own shows, for the days of a month whose plan is
    saved, that month plan's items as saved.

    Built with the collector paused (a region's month is hundreds of thousands of
    small acyclic rows: :func:`~vipcrm.store.bulk.gc_paused`).
    """
    with gc_paused():
        return _plan_days(session, actor, who, period)


def _plan_days(session: Session, actor: Actor, who: Manager | None, period: PlanPeriod) -> PlanDays:
    layouts = [month_layout(session, actor, m, manager=who) for m in months_of(period)]
    proposal = tuple(p for layout in layouts for p in layout.items)
    inside = period.start, period.end
    items = tuple(p for p in proposal if inside[0] <= p.on <= inside[1])
    saved = _saved_plan(session, who.id, period) if who is not None else None
    month_plans: list[str] = []
    if saved is not None:
        rows = _as_proposed(saved[1], proposal)
    else:
        parts: list[PlanRow] = []
        for layout in layouts:
            weekly = period.kind == "week" and who is not None
            month = _saved_plan(session, who.id, layout.period) if who and weekly else None
            if month is not None:
                parts += _as_proposed(month[1], layout.items)
                month_plans.append(layout.period.key)
            else:
                parts += [PlanRow.planned(p) for p in layout.items]
        rows = tuple(sorted((r for r in parts if inside[0] <= r.on <= inside[1]), key=_row_day))
    calendar = workday_calendar(session).tracked()
    capacity = {layout.period.key: layout.capacity for layout in layouts}
    by_day: dict[date, list[PlanRow]] = {}
    for r in rows:
        by_day.setdefault(r.on, []).append(r)
    days = []
    for d in period.dates():
        calls, sms = channel_counts(r.kind for r in by_day.get(d, ()))
        days.append(
            DayInfo(
                d,
                calendar.is_workday(d),
                calendar.holiday_name(d),
                calendar.makeup_day_name(d),
                len(by_day.get(d, ())),
                calendar.is_provisional(d.year),
                calls,
                sms,
                capacity.get(f"{d.year:04d}-{d.month:02d}"),
            )
        )
    years = set(calendar.guessed_years).union(*(layout.provisional_years for layout in layouts))
    if period.kind == "week":  # a week says only what its own days and items depend on
        shown_years = {r.due_date.year for r in rows if r.due_date is not None}
        years &= set(calendar.guessed_years) | shown_years
    return PlanDays(
        period,
        items,
        rows,
        saved,
        tuple(month_plans),
        tuple(days),
        tuple(sorted(years)),
        layouts[-1].through,
    )


def _row_day(row: PlanRow) -> date:
    return row.on


def book_size(session: Session, manager_id: uuid.UUID) -> int:
    """The manager's active members (what a derived daily capacity is worked out from)."""
    m = Member
    count = session.scalar(
        select(func.count()).where(
            m.manager_id == manager_id, m.status == MemberStatus.ACTIVE, m.deleted.is_(False)
        )
    )
    return count or 0


def _plan(
    session: Session,
    actor: Actor,
    manager: str,
    period: PlanPeriod,
) -> PlanData:
    who, owner = plan_owner(session, actor, manager)
    start = period.start
    shown = plan_days(session, actor, who, period)
    items, rows, saved, days = shown.items, shown.rows, shown.saved, shown.days
    rules = rules_in_force(session, start)
    caps = birthday_caps_in_force(session, start)
    book = book_rows(session, who.id)
    gifts, pending = _gifts(session, who.id, period)
    gift_names = {
        c.tier: (c.gift_zh, c.gift_en)
        for c in caps_in_force(session, start)
        if c.occasion is Occasion.BIRTHDAY
    }
    expected = [
        PlanGift(
            p.item.due_date,
            p.item.member_name,
            p.item.tier,
            Occasion.BIRTHDAY,
            "",
            caps.get(p.item.tier, 0),
            None,
            gift_names.get(p.item.tier, ("", "")),
        )
        for p in items
        if p.item.kind is DueKind.BIRTHDAY_GIFT
    ]
    lines = budget_lines(session, who.id, period)
    budget = BudgetView(
        lines=lines,
        line=lines[0] if lines else None,
        pending_fen=pending,
        expected_fen=sum(g.amount_fen for g in expected),
    )
    return PlanData(
        period=period,
        owner=owner,
        as_of=months_of(period)[0].start,
        through=shown.through,
        items=items,
        rows=rows,
        saved=saved[0] if saved else None,
        month_plans=shown.month_plans,
        days=days,
        book_by_tier=tier_counts(b.tier for b in book),
        due_by_kind=dict(Counter(r.due_kind for r in rows if r.due_kind is not None)),
        own_by_kind=dict(Counter(r.kind for r in rows if r.own)),
        cards=_cards(session, who.id),
        birthdays=_birthdays(book, period, caps),
        holidays=_holidays(days, book, period),
        gifts=tuple(sorted([*gifts, *expected], key=_gift_key)),
        budget=budget,
        below_minimum=_below_minimum(session, book, start, rules),
        provisional_years=shown.provisional_years,
        benefit_alerts=benefit_alerts(
            session, [b.id for b in book], period.start, period.end, rules.benefit_low_left
        ),
    )


# -- the saved plan ---------------------------------------------------------------------------
def _as_proposed(rows: tuple[PlanRow, ...], items: tuple[PlannedItem, ...]) -> tuple[PlanRow, ...]:
    """Saved rule rows with the due date and card of the proposal item they were saved from
    (same member, kind and reason), so an item moved off its day still prints when it is
    due. Rows the rules no longer propose (done since, or a changed book) stay as saved."""
    proposed: dict[tuple[str | None, str, Reason | None], PlannedItem] = {
        (str(p.item.member_id), p.item.kind.value, p.item.reason): p for p in items
    }
    matched = []
    for row in rows:
        p = None if row.own else proposed.get((row.member_id, row.kind, row.reason))
        if p is not None:
            row = replace(row, due_date=row.due_date or p.item.due_date, card_id=p.item.card_id)
        matched.append(row)
    return tuple(matched)


def reason_key(reason: Reason | None) -> str:
    """A reason as text that sorts and compares the same in every language (a saved
    item's sort key, the key generating again matches done items by)."""
    return "" if reason is None else json.dumps(reason.to_json(), sort_keys=True)


def stored_reason(kind: str, data: object) -> Reason | None:
    """The reason a saved rule item keeps (``plan_items.reason``); None when there is none
    (saved by an older vipcrm) or the kind is one this version does not know."""
    if not isinstance(data, dict):
        return None
    try:
        return Reason.from_json(DueKind(kind), data)
    except ValueError:
        return None


def row_key(kind: str, tier: Tier | None, member_name: str, text: str) -> tuple[Any, ...]:
    """How a day's rows are ordered (after the day): the kind, the tier, the name, then
    ``text`` (an own item's note, a rule item's :func:`reason_key`)."""
    return (ROW_ORDER.get(kind, len(ROW_ORDER)), tier.rank if tier else 9, member_name, text)


def _saved_plan(
    session: Session, manager_id: uuid.UUID, period: PlanPeriod
) -> tuple[SavedPlan, tuple[PlanRow, ...]] | None:
    """The manager's saved plan for exactly this period (month or ISO week), if any."""
    plan = session.scalar(
        select(ServicePlan).where(
            ServicePlan.manager_id == manager_id,
            ServicePlan.kind == PlanKind(period.kind),
            ServicePlan.period == period.key,
            ServicePlan.deleted.is_(False),
        )
    )
    if plan is None:
        return None
    found = session.execute(
        select(PlanItem, Member.name, Member.phone, Member.tier)
        .outerjoin(Member, Member.id == PlanItem.member_id)
        .where(PlanItem.plan_id == plan.id, PlanItem.deleted.is_(False))
    ).all()
    rows = []
    for item, name, phone, tier in found:
        reason = None if item.kind in OWN_KINDS else stored_reason(item.kind, item.reason)
        rows.append(
            PlanRow(
                on=item.on,
                kind=item.kind,
                member_id=str(item.member_id) if item.member_id else None,
                member_name=name or "",
                phone=phone or "",
                tier=tier,
                reason=reason,
                note=item.note,
                carried=item.carried_from is not None,
                due_date=item.carried_from,
                done=item.done,
            )
        )
    rows.sort(key=lambda r: (r.on, *row_key(r.kind, r.tier, r.member_name, r.sort_text)))
    decider = session.get(Manager, plan.decided_by_id) if plan.decided_by_id else None
    info = SavedPlan(
        id=plan.id,
        status=plan.status,
        version=plan.content_version,
        submitted_at=plan.submitted_at,
        submitted_version=plan.submitted_version,
        approved_version=plan.approved_version,
        decided_by=decider.name if decider else None,
        decided_at=plan.decided_at,
    )
    return info, tuple(rows)


# -- the book ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BookRow:
    id: uuid.UUID
    name: str
    phone: str
    tier: Tier
    birthday: Birthday | None
    key_person: bool
    assigned_on: date | None


def book_rows(session: Session, manager_id: uuid.UUID) -> list[BookRow]:
    m = Member
    rows = session.execute(
        select(
            m.id,
            m.name,
            m.phone,
            m.tier,
            m.birth_calendar,
            m.birth_year,
            m.birth_month,
            m.birth_day,
            m.birth_leap_month,
            m.key_role,
            m.assigned_on,
        )
        .where(m.manager_id == manager_id, m.status == MemberStatus.ACTIVE, m.deleted.is_(False))
        .order_by(m.name, m.id)
    )
    out = []
    for mid, name, phone, tier, cal, year, month, day, leap, key_role, assigned in rows:
        birthday = Birthday.from_columns(cal, year, month, day, leap)
        out.append(BookRow(mid, name, phone, tier, birthday, key_role is not None, assigned))
    return out


def _birthdays(
    book: list[BookRow], period: PlanPeriod, caps: dict[Tier, int]
) -> tuple[BirthdayRow, ...]:
    rows = []
    for b in book:
        if b.birthday is None:
            continue
        for day in occurrences_between(b.birthday, period.start, period.end):
            label = (
                lunar_label(b.birthday.month, b.birthday.day, b.birthday.leap)
                if b.birthday.lunar
                else None
            )
            rows.append(BirthdayRow(day, b.name, b.phone, b.tier, label, caps.get(b.tier, 0)))
    rows.sort(key=lambda r: (r.day, r.tier.rank, r.member_name))
    return tuple(rows)


def _holidays(
    days: tuple[DayInfo, ...], book: list[BookRow], period: PlanPeriod
) -> tuple[HolidayRow, ...]:
    rows: list[HolidayRow] = []
    for d in days:
        for kind, name in (("holiday", d.holiday), ("makeup", d.makeup)):
            if not name:
                continue
            last = rows[-1] if rows else None
            if (
                last is not None
                and last.kind == kind
                and last.name == name
                and last.end == d.day - timedelta(days=1)
            ):
                rows[-1] = HolidayRow(last.start, d.day, name, kind)
            else:
                rows.append(HolidayRow(d.day, d.day, name, kind))
    key_persons = sum(1 for b in book if b.key_person)
    for day, holiday in greeting_holidays_between(period.start, period.end):
        rows.append(HolidayRow(day, day, "", "greeting", key_persons, holiday))
    rows.sort(key=lambda r: (r.start, r.kind != "greeting"))
    return tuple(rows)


def _cards(session: Session, manager_id: uuid.UUID) -> tuple[CardRow, ...]:
    stmt = card_rows_statement().where(
        Member.manager_id == manager_id, Member.status == MemberStatus.ACTIVE
    )
    return tuple(CardRow(*row) for row in session.execute(stmt))


def _gifts(
    session: Session, manager_id: uuid.UUID, period: PlanPeriod
) -> tuple[list[PlanGift], int]:
    rows = session.execute(
        select(Gift, Member.name, Member.tier)
        .join(Member, Member.id == Gift.member_id)
        .where(
            Gift.manager_id == manager_id,
            Gift.deleted.is_(False),
            Gift.status.in_(ACTIVE_GIFTS),
            Gift.planned_on >= period.start,
            Gift.planned_on <= period.end,
        )
        .order_by(Gift.planned_on, Gift.requested_at)
    ).all()
    gifts = [
        PlanGift(g.planned_on, name, tier, g.occasion, g.items, g.amount_fen, g.status)
        for g, name, tier in rows
    ]
    pending = sum(g.amount_fen for g in gifts if g.status is GiftStatus.PENDING)
    return gifts, pending


def _gift_key(g: PlanGift) -> tuple[Any, ...]:
    return (g.planned_on or date.min, g.status is None, g.tier.rank, g.member_name)


def budget_lines(
    session: Session, manager_id: uuid.UUID, period: PlanPeriod
) -> tuple[BudgetLine, ...]:
    """The manager's lines for the month, quarter and year holding the plan's first day,
    narrowest first (the one a new gift draws on comes first)."""
    keys = [p.key for p in periods_containing(period.start)]
    rows = session.execute(
        select(Budget, Team.code, Manager)
        .join(Team, Team.id == Budget.team_id)
        .join(Manager, Manager.id == Budget.manager_id)
        .where(
            Budget.manager_id == manager_id,
            Budget.period.in_(keys),
            Budget.deleted.is_(False),
        )
    ).all()
    lines = [
        BudgetLine(
            period=b.period,
            team_code=code,
            manager_code=mgr.code,
            manager_name=mgr.name,
            allocated_fen=b.allocated_fen,
            committed_fen=b.committed_fen,
            spent_fen=b.spent_fen,
            left_fen=_left_of(b),
        )
        for b, code, mgr in rows
    ]
    lines.sort(key=lambda line: keys.index(line.period))
    return tuple(lines)


def _below_minimum(
    session: Session, book: list[BookRow], start: date, rules: ServiceRules
) -> tuple[BelowMinimum, ...]:
    """Members with no reached contact in their tier's minimum period up to ``start - 1``."""
    as_of = start - timedelta(days=1)
    last = last_reached_before(session, [b.id for b in book], start)
    rows = [
        BelowMinimum(b.name, b.phone, b.tier, last.get(b.id))
        for b in book
        if below_minimum(b.tier, last.get(b.id), as_of, rules, b.assigned_on)
    ]
    rows.sort(key=lambda r: (r.tier.rank, r.last_reached or date.min, r.member_name))
    return tuple(rows)


def last_reached_before(
    session: Session, member_ids: list[uuid.UUID], before: date
) -> dict[uuid.UUID, date]:
    """Per member, the local date of the latest reached contact before local day ``before``."""
    if not member_ids:
        return {}
    until = datetime.combine(before, time(0), DEFAULT_TZ).astimezone(UTC)
    out: dict[uuid.UUID, date] = {}
    for chunk in chunks(member_ids):
        rows = session.execute(
            select(ContactAttempt.member_id, func.max(ContactAttempt.at))
            .where(
                ContactAttempt.member_id.in_(chunk),
                ContactAttempt.deleted.is_(False),
                ContactAttempt.outcome == Outcome.REACHED,
                ContactAttempt.at < until,
            )
            .group_by(ContactAttempt.member_id)
        )
        for member_id, at in rows:
            if at is not None:
                out[member_id] = local_date(_as_datetime(at))
    return out


def _as_datetime(value: datetime | str) -> datetime:
    if isinstance(value, str):  # SQLite's max() loses the column type
        moment = datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return value


# -- the yearly plan -----------------------------------------------------------------------------
def year_plan(
    session: Session,
    actor: Actor,
    *,
    manager: str,
    year: str | int | PlanPeriod,
) -> YearPlanData:
    period = year if isinstance(year, PlanPeriod) else parse_plan_year(str(year))
    who, owner = plan_owner(session, actor, manager)
    book = book_rows(session, who.id)
    calendar = workday_calendar(session).tracked()
    members = [BookMember(b.tier, b.birthday, b.key_person) for b in book]
    y = period.start.year
    gift_rows = session.execute(
        select(Gift.planned_on, Gift.amount_fen).where(
            Gift.manager_id == who.id,
            Gift.deleted.is_(False),
            Gift.status.in_(ACTIVE_GIFTS),
            Gift.planned_on >= period.start,
            Gift.planned_on <= period.end,
        )
    ).all()
    lines = {
        b.period: b
        for b in session.scalars(
            select(Budget).where(
                Budget.manager_id == who.id,
                Budget.deleted.is_(False),
                Budget.period.like(f"{y:04d}%"),
            )
        )
    }
    team_code = owner.team_code or ""

    def line(b: Budget) -> BudgetLine:
        return BudgetLine(
            b.period,
            team_code,
            who.code,
            who.name,
            b.allocated_fen,
            b.committed_fen,
            b.spent_fen,
            _left_of(b),
        )

    months = []
    for m in range(1, 13):
        mp = month_period(y, m)
        rules = rules_in_force(session, mp.start)
        caps = birthday_caps_in_force(session, mp.start)
        forecast = forecast_month(
            members,
            mp,
            rules=rules,
            calendar=calendar,
            birthday_caps_fen=caps,
        )
        in_month = [a for d, a in gift_rows if d is not None and d.month == m]
        months.append(
            YearMonth(
                forecast,
                line(lines[mp.key]) if mp.key in lines else None,
                sum(in_month),
                len(in_month),
            )
        )
    others = tuple(
        line(lines[k])
        for k in sorted(lines, key=lambda k: parse_period(k).start)
        if parse_period(k).kind != "month"
    )
    return YearPlanData(
        period=period,
        owner=owner,
        book_by_tier=tier_counts(b.tier for b in book),
        key_persons=sum(1 for b in book if b.key_person),
        months=tuple(months),
        other_budgets=others,
        provisional_years=tuple(sorted(calendar.guessed_years)),
    )
