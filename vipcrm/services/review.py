"""The team lead's monthly review of plans and work logs (SERVICE_RULES.md section 8), as
plain values for :mod:`vipcrm.reports.review`.

    work_review(session, actor, team="T01", month="2026-11", today=date(...)) -> Review

Only the team's lead (or an admin) may run it. ``today`` decides what is still open (not
yet due) and what is overdue; it defaults to the local date.

What was due and what was done (per manager, by kind and by tier)
-------------------------------------------------------------------
The work log is checked against the rules for the month, member by member (the due
engine answers "what is due now"; a review asks what was due then, so it reads the log of
the month itself):

- weekly SMS: one per Monday-Sunday week whose Sunday falls in the month, for members
  assigned before the week; done by any SMS logged that week;
- monthly call: one per member assigned before the month; done by a reached phone call,
  visit or meeting in the month;
- minimum contact: for each tier whose minimum-contact period ends with the month (every
  month for diamond and gold, at quarter ends for silver), one per member assigned before
  the period; done by any reached contact in the period;
- birthday greeting: one per birthday in the month (solar, or this year's lunar date);
  done by an SMS or a reached contact on the day or within ``greeting_late_days`` after;
- birthday gift: for tiers with a gift cap, one per birthday; done when a birthday gift
  (not rejected or cancelled) is planned after the previous birthday and by the late limit;
- holiday greeting: one per key person and greeting holiday (元旦, 春节, 端午, 中秋) in
  the month; done by an SMS or a reached contact from ``holiday_greeting_window_days``
  before to ``greeting_late_days`` after.

An item that is not done is *not yet due* while its due date is today or later, else
*missed*; the rate is done / (due - not yet due).

Service levels
--------------
- first contact: members assigned in the month; on time when the first reached contact
  (any channel) since assignment is within ``first_contact_working_days`` working days;
- cards: card data collected in the month sent to the maker within
  ``card_data_send_working_days`` working days; cards arrived in the month notified
  within ``card_notify_days`` days.

Churn (离网率)
--------------
From the members' ``joined_month`` / ``left_month`` (set by the monthly re-grading) and
the tier history: the members of the team at the start of the month (joined before it,
not left before it), by their tier then (the latest tier-history row before the month,
else the current tier), and how many of them left in the month. The year to date is the
same from the start of January to the end of the month. The targets are yearly
(``churn_target_all``, ``churn_target_diamond_gold``); a month is judged against a twelfth
of them and the year to date pro rata.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.birthday import Birthday
from vipcrm.domain.churn import month_churn, year_to_date_churn
from vipcrm.domain.dates import DEFAULT_TZ, local_date
from vipcrm.domain.due import VOICE_CHANNELS, DueItem, DueKind
from vipcrm.domain.errors import msg
from vipcrm.domain.lunar import greeting_holidays_between, occurrences_between, previous_birthday
from vipcrm.domain.plan_layout import (
    ChurnFigure,
    PlanPeriod,
    below_minimum,
    minimum_period,
    parse_plan_month,
)
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import (
    Channel,
    ContactSource,
    GiftStatus,
    MemberStatus,
    Occasion,
    Outcome,
    Role,
    Tier,
    tier_counts,
)
from vipcrm.domain.workdays import WorkdayCalendar
from vipcrm.services.budgets import BudgetLine, TeamBudget, require_lead_of, show_team
from vipcrm.services.churn import team_spans
from vipcrm.services.directory import find_team
from vipcrm.services.due import due_for
from vipcrm.services.plan_contents import (
    BelowMinimum,
    budget_lines,
    last_reached_before,
)
from vipcrm.store.benefits_data import uses_between
from vipcrm.store.due_facts import FETCH_ROWS, workday_calendar
from vipcrm.store.models import Card, CardStep, ContactAttempt, Gift, Manager, Member
from vipcrm.store.queries import chunks
from vipcrm.store.rules_data import birthday_caps_in_force, rules_in_force

#: The kinds a review counts from the log, in the order printed.
REVIEW_KINDS = (
    DueKind.ROUTINE_SMS,
    DueKind.ROUTINE_CALL,
    DueKind.MINIMUM_CONTACT,
    DueKind.BIRTHDAY_GREETING,
    DueKind.BIRTHDAY_GIFT,
    DueKind.HOLIDAY_GREETING,
)
_GIFT_DONE = (GiftStatus.PENDING, GiftStatus.APPROVED, GiftStatus.DELIVERED)


# -- values --------------------------------------------------------------------------------------
@dataclass
class Tally:
    """Due items of a kind or tier: done, not yet due (open), and missed."""

    due: int = 0
    done: int = 0
    open: int = 0

    @property
    def missed(self) -> int:
        return self.due - self.done - self.open

    @property
    def rate(self) -> float | None:
        judged = self.due - self.open
        return self.done / judged if judged > 0 else None

    def add(self, other: Tally) -> None:
        self.due += other.due
        self.done += other.done
        self.open += other.open


@dataclass(frozen=True)
class SlaCase:
    """One event with a service-level deadline and when it was answered."""

    member_name: str
    phone: str
    tier: Tier
    what: str  # first_contact | card_data | card_notify
    start: date  # assignment, card data collected, card arrived
    deadline: date
    done_on: date | None

    def status(self, today: date) -> str:
        """hit, late (done after the deadline), missed (not done, deadline passed), pending."""
        if self.done_on is not None:
            return "hit" if self.done_on <= self.deadline else "late"
        return "missed" if self.deadline < today else "pending"


def sla_rate(cases: tuple[SlaCase, ...] | list[SlaCase], today: date) -> float | None:
    judged = [c.status(today) for c in cases if c.status(today) != "pending"]
    return sum(1 for s in judged if s == "hit") / len(judged) if judged else None


@dataclass(frozen=True)
class GiftUse:
    count: dict[GiftStatus, int]
    amount_fen: dict[GiftStatus, int]
    budget: BudgetLine | None  # the narrowest line holding the month's first day

    @property
    def used_fen(self) -> int:
        return sum(self.amount_fen.get(s, 0) for s in (GiftStatus.APPROVED, GiftStatus.DELIVERED))

    @property
    def use_rate(self) -> float | None:
        b = self.budget
        if b is None or b.allocated_fen <= 0:
            return None
        return (b.committed_fen + b.spent_fen) / b.allocated_fen


@dataclass(frozen=True)
class ManagerReview:
    code: str
    name: str
    book: dict[Tier, int]
    by_kind: dict[DueKind, Tally]
    by_tier: dict[Tier, Tally]
    kind_tier: dict[tuple[DueKind, Tier], Tally]
    first_contact: tuple[SlaCase, ...]
    cards: tuple[SlaCase, ...]
    overdue: tuple[DueItem, ...]
    below_minimum: tuple[BelowMinimum, ...]
    gifts: GiftUse
    logged: int  # contact attempts logged in the month
    reached: int
    from_bill: int = 0  # of those logged, imported from the manager's phone bill (the rest typed)
    benefit_uses: int = 0  # benefit uses (lounge, spare SIM ...) of the manager's members

    @property
    def by_hand(self) -> int:
        return self.logged - self.from_bill

    @property
    def total(self) -> Tally:
        t = Tally()
        for tally in self.by_kind.values():
            t.add(tally)
        return t

    @property
    def book_size(self) -> int:
        return sum(self.book.values())


@dataclass(frozen=True)
class Review:
    team_code: str
    team_name: str
    period: PlanPeriod
    today: date
    below_as_of: date  # members below the minimum are judged on this day
    managers: tuple[ManagerReview, ...]
    churn_month: dict[str, ChurnFigure]
    churn_ytd: dict[str, ChurnFigure]
    target_all: float  # yearly targets from the rules
    target_diamond_gold: float
    team_budget: TeamBudget | None
    first_contact_days: int  # the rule the first-contact cases were judged by
    provisional_years: tuple[int, ...] = ()  # the calendar had no official schedule for these

    def total(self, kind: DueKind | None = None, tier: Tier | None = None) -> Tally:
        t = Tally()
        for m in self.managers:
            if kind is not None and tier is not None:
                t.add(m.kind_tier.get((kind, tier), Tally()))
            elif kind is not None:
                t.add(m.by_kind[kind])
            elif tier is not None:
                t.add(m.by_tier[tier])
            else:
                t.add(m.total)
        return t


# -- the review ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Member:
    id: uuid.UUID
    manager_id: uuid.UUID
    name: str
    phone: str
    tier: Tier
    birthday: Birthday | None
    key_person: bool
    assigned_on: date | None


@dataclass(frozen=True)
class _Attempt:
    on: date
    channel: Channel
    outcome: Outcome
    source: ContactSource = ContactSource.HAND


def work_review(
    session: Session,
    actor: Actor,
    *,
    team: str,
    month: str | PlanPeriod,
    today: date | None = None,
) -> Review:
    team_row = find_team(session, team)
    require_lead_of(actor, team_row.id, msg("print the team's work-log review"))
    period = month if isinstance(month, PlanPeriod) else parse_plan_month(month)
    today = today or datetime.now(DEFAULT_TZ).date()
    managers = list(
        session.execute(
            select(Manager.id, Manager.code, Manager.name)
            .where(
                Manager.team_id == team_row.id,
                Manager.role == Role.MANAGER,
                Manager.deleted.is_(False),
            )
            .order_by(Manager.code)
        )
    )
    log = _month_log(session, [m.id for m in managers], period, today)
    rules, members, attempts = log.rules, log.members, log.attempts
    calendar = workday_calendar(session).tracked()
    below_as_of = min(today, period.end)
    last = last_reached_before(session, [m.id for m in members], below_as_of + timedelta(days=1))
    steps = _card_steps(session, [m.id for m in managers], period, today)
    uses = Counter(
        u.member_id
        for u in uses_between(session, [m.id for m in members], period.start, period.end)
    )
    out = []
    for manager_id, code, name in managers:
        mine = [m for m in members if m.manager_id == manager_id]
        kind_tier = log.counts[manager_id]
        by_kind = {k: Tally() for k in REVIEW_KINDS}
        by_tier = {t: Tally() for t in Tier}
        for (kind, tier), tally in kind_tier.items():
            by_kind[kind].add(tally)
            by_tier[tier].add(tally)
        in_month = [
            a for m in mine for a in attempts.get(m.id, []) if period.start <= a.on <= period.end
        ]
        overdue = tuple(
            i
            for i in due_for(
                session,
                actor,
                today=today,
                horizon_days=0,
                manager_code=code,
                review=True,
            ).items
            if i.overdue_days > 0
        )
        below = tuple(
            sorted(
                (
                    BelowMinimum(m.name, m.phone, m.tier, last.get(m.id))
                    for m in mine
                    if below_minimum(m.tier, last.get(m.id), below_as_of, rules, m.assigned_on)
                ),
                key=lambda b: (b.tier.rank, b.last_reached or date.min, b.member_name),
            )
        )
        out.append(
            ManagerReview(
                code=code,
                name=name,
                book=tier_counts(m.tier for m in mine),
                by_kind=by_kind,
                by_tier=by_tier,
                kind_tier=kind_tier,
                first_contact=_first_contacts(mine, attempts, period, rules, calendar),
                cards=tuple(steps.get(manager_id, [])),
                overdue=overdue,
                below_minimum=below,
                gifts=_gift_use(session, manager_id, period),
                logged=len(in_month),
                reached=sum(1 for a in in_month if a.outcome is Outcome.REACHED),
                from_bill=sum(1 for a in in_month if a.source is ContactSource.BILL),
                benefit_uses=sum(uses[m.id] for m in mine),
            )
        )
    churn_month, churn_ytd = _churn(session, team_row.id, period, rules)
    budgets = show_team(session, actor, team_row.code, _month_key(period))
    return Review(
        team_code=team_row.code,
        team_name=team_row.name,
        period=period,
        today=today,
        below_as_of=below_as_of,
        managers=tuple(out),
        churn_month=churn_month,
        churn_ytd=churn_ytd,
        target_all=rules.churn_target_all,
        target_diamond_gold=rules.churn_target_diamond_gold,
        team_budget=budgets[0] if budgets else None,
        first_contact_days=rules.first_contact_working_days,
        provisional_years=tuple(sorted(calendar.guessed_years)),
    )


@dataclass(frozen=True)
class _MonthLog:
    """The month's members and their log, and what was due and done per manager."""

    rules: ServiceRules
    members: list[_Member]
    attempts: dict[uuid.UUID, list[_Attempt]]
    counts: dict[uuid.UUID, dict[tuple[DueKind, Tier], Tally]]  # manager id -> (kind, tier)


@dataclass(frozen=True)
class _Book:
    """The managers' members (any status) and their log, read once for a run of months."""

    rows: list[tuple[_Member, MemberStatus, str | None]]  # (member, status, left month)
    attempts: dict[uuid.UUID, list[_Attempt]]  # oldest first, from the earliest month's lo
    gifts: dict[uuid.UUID, list[date]]


def _log_start(rules: ServiceRules, period: PlanPeriod) -> date:
    """The first day of the log a month's counting reads (its minimum-contact periods and
    greeting windows reach back before it)."""
    return min(
        minimum_period(period.end, max([*rules.minimum_contact_months.values(), 1]))[0],
        period.start - timedelta(days=rules.holiday_greeting_window_days + 7),
    )


def _month_log(
    session: Session,
    manager_ids: list[uuid.UUID],
    period: PlanPeriod,
    today: date,
    book: _Book | None = None,
) -> _MonthLog:
    rules = rules_in_force(session, period.start)
    caps = birthday_caps_in_force(session, period.start)
    key_person_caps = birthday_caps_in_force(session, period.start, Occasion.KEY_PERSON_BIRTHDAY)
    lo, hi = _log_start(rules, period), max(today, period.end)
    if book is None:
        members = _members(session, manager_ids, period)
        attempts = _attempts(session, [m.id for m in members], lo, hi)
        gifts = _birthday_gifts(session, [m.id for m in members])
    else:  # the same days of the log as a read of this month alone
        members = _in_month(book.rows, period)
        attempts = {m.id: _between(book.attempts.get(m.id, []), lo, hi) for m in members}
        gifts = book.gifts
    counts: dict[uuid.UUID, dict[tuple[DueKind, Tier], Tally]] = {
        manager_id: defaultdict(Tally) for manager_id in manager_ids
    }
    for m in members:
        _count_member(
            m,
            attempts.get(m.id, []),
            gifts.get(m.id, []),
            period,
            today,
            rules,
            key_person_caps if m.key_person else caps,
            counts[m.manager_id],
        )
    return _MonthLog(rules, members, attempts, {k: dict(v) for k, v in counts.items()})


def _between(attempts: list[_Attempt], lo: date, hi: date) -> list[_Attempt]:
    """The attempts (oldest first) on days ``lo``..``hi``."""
    start = bisect_left(attempts, lo, key=_on)
    return attempts[start : bisect_right(attempts, hi, key=_on)]


def _on(attempt: _Attempt) -> date:
    return attempt.on


def _totals(counts: dict[uuid.UUID, dict[tuple[DueKind, Tier], Tally]]) -> dict[uuid.UUID, Tally]:
    out = {}
    for manager_id, kind_tier in counts.items():
        total = Tally()
        for tally in kind_tier.values():
            total.add(tally)
        out[manager_id] = total
    return out


def standard_by_manager(
    session: Session, manager_ids: list[uuid.UUID], period: PlanPeriod, today: date
) -> dict[uuid.UUID, Tally]:
    """Each manager's service standard of the month: the routine and care items due, done
    and not yet due on ``today``, counted as :func:`work_review` counts them (its
    ``ManagerReview.total``). No permission check: the caller has scoped the managers."""
    return _totals(_month_log(session, manager_ids, period, today).counts)


def standard_by_month(
    session: Session, manager_ids: list[uuid.UUID], periods: list[PlanPeriod], today: date
) -> list[dict[uuid.UUID, Tally]]:
    """:func:`standard_by_manager` of each month, the members and their log read once
    (a run of months reads each day of the log once, not once per month holding it)."""
    if not periods:
        return []
    rows = _read_members(session, manager_ids)
    ids = [m.id for m, _status, _left in rows]
    lo = min(_log_start(rules_in_force(session, p.start), p) for p in periods)
    hi = max(today, *(p.end for p in periods))
    book = _Book(rows, _attempts(session, ids, lo, hi), _birthday_gifts(session, ids))
    return [_totals(_month_log(session, manager_ids, p, today, book).counts) for p in periods]


def _month_key(period: PlanPeriod) -> str:
    return f"{period.start.year:04d}-{period.start.month:02d}"


# -- reading -------------------------------------------------------------------------------------
def _members(session: Session, manager_ids: list[uuid.UUID], period: PlanPeriod) -> list[_Member]:
    """The team's members during the month: assigned by its end, not left before it."""
    return _in_month(_read_members(session, manager_ids), period)


def _in_month(
    rows: list[tuple[_Member, MemberStatus, str | None]], period: PlanPeriod
) -> list[_Member]:
    key = _month_key(period)
    return [
        m
        for m, status, left_month in rows
        if not (status is MemberStatus.LEFT and (left_month is None or left_month <= key))
        and not (m.assigned_on is not None and m.assigned_on > period.end)
    ]


def _read_members(
    session: Session, manager_ids: list[uuid.UUID]
) -> list[tuple[_Member, MemberStatus, str | None]]:
    """The managers' members of any status, with their status and the month they left."""
    if not manager_ids:
        return []
    m = Member
    rows = session.execute(
        select(
            m.id,
            m.manager_id,
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
            m.status,
            m.left_month,
        )
        .where(m.manager_id.in_(manager_ids), m.deleted.is_(False))
        .order_by(m.name, m.id)
        .execution_options(yield_per=FETCH_ROWS)
    )
    out = []
    for (
        mid,
        manager_id,
        name,
        phone,
        tier,
        cal,
        year,
        month,
        day,
        leap,
        key_role,
        assigned,
        status,
        left_month,
    ) in rows:
        assert manager_id is not None  # the query asks for the managers' members
        birthday = Birthday.from_columns(cal, year, month, day, leap)
        member = _Member(
            mid, manager_id, name, phone, tier, birthday, key_role is not None, assigned
        )
        out.append((member, status, left_month))
    return out


def _utc(day: date) -> datetime:
    return datetime.combine(day, time(0), DEFAULT_TZ).astimezone(UTC)


def _attempts(
    session: Session, member_ids: list[uuid.UUID], start: date, end: date
) -> dict[uuid.UUID, list[_Attempt]]:
    """The members' attempts on local days ``start``..``end``, oldest first."""
    out: dict[uuid.UUID, list[_Attempt]] = defaultdict(list)
    ca = ContactAttempt
    # the codes as stored, turned into their enums by a dict (a run of months reads
    # hundreds of thousands of rows: the column type's per-row conversion is most of it)
    channels, outcomes = {c.value: c for c in Channel}, {o.value: o for o in Outcome}
    sources = {x.value: x for x in ContactSource}
    channel, outcome, source = (type_coerce(c, String) for c in (ca.channel, ca.outcome, ca.source))
    for chunk in chunks(member_ids):
        # FETCH_ROWS at a time: one fetchall() of them holds the interpreter lock throughout
        # (the window runs the lead's trends on a worker thread)
        rows = session.execute(
            select(ca.member_id, ca.at, channel, outcome, source)
            .where(
                ca.member_id.in_(chunk),
                ca.deleted.is_(False),
                ca.at >= _utc(start),
                ca.at < _utc(end + timedelta(days=1)),
            )
            .order_by(ca.member_id, ca.at)
            .execution_options(yield_per=FETCH_ROWS)
        )
        for member_id, at, how, result, by in rows:
            out[member_id].append(
                _Attempt(local_date(at), channels[how], outcomes[result], sources[by])
            )
    return out


def _birthday_gifts(session: Session, member_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[date]]:
    out: dict[uuid.UUID, list[date]] = defaultdict(list)
    for chunk in chunks(member_ids):
        rows = session.execute(
            select(Gift.member_id, Gift.planned_on, Gift.delivered_on).where(
                Gift.member_id.in_(chunk),
                Gift.deleted.is_(False),
                Gift.occasion.in_((Occasion.BIRTHDAY, Occasion.KEY_PERSON_BIRTHDAY)),
                Gift.status.in_(_GIFT_DONE),
            )
        )
        for member_id, planned, delivered in rows:
            when = planned or delivered
            if when is not None:
                out[member_id].append(when)
    return out


# -- counting one member -------------------------------------------------------------------------
def _count_member(
    m: _Member,
    attempts: list[_Attempt],
    gifts: list[date],
    period: PlanPeriod,
    today: date,
    rules: ServiceRules,
    caps: dict[Tier, int],
    out: dict[tuple[DueKind, Tier], Tally],
) -> None:
    def record(kind: DueKind, due: date, done: bool) -> None:
        tally = out[(kind, m.tier)]
        tally.due += 1
        if done:
            tally.done += 1
        elif due >= today:
            tally.open += 1

    def any_in(lo: date, hi: date, ok: Callable[[_Attempt], bool]) -> bool:
        return any(lo <= a.on <= hi and ok(a) for a in attempts)

    def is_sms(a: _Attempt) -> bool:
        return a.channel is Channel.SMS

    def is_reached(a: _Attempt) -> bool:
        return a.outcome is Outcome.REACHED

    def is_voice_reached(a: _Attempt) -> bool:
        return a.channel in VOICE_CHANNELS and a.outcome is Outcome.REACHED

    def is_sms_reached(a: _Attempt) -> bool:  # §6: only a reached contact counts
        return is_sms(a) and is_reached(a)

    assigned = m.assigned_on
    start, end = period.start, period.end
    if rules.routine_sms_per_week > 0:
        sunday = start + timedelta(days=(6 - start.weekday()) % 7)
        while sunday <= end:
            monday = sunday - timedelta(days=6)
            if assigned is None or assigned < monday:
                record(DueKind.ROUTINE_SMS, sunday, any_in(monday, sunday, is_sms_reached))
            sunday += timedelta(days=7)
    if rules.routine_calls_per_month > 0 and (assigned is None or assigned < start):
        record(DueKind.ROUTINE_CALL, end, any_in(start, end, is_voice_reached))
    months = rules.minimum_contact_months.get(m.tier.value, 0)
    if months > 0:
        p_start, p_end = minimum_period(end, months)
        if p_end == end and (assigned is None or assigned < p_start):
            record(DueKind.MINIMUM_CONTACT, end, any_in(p_start, p_end, is_reached))
    late = timedelta(days=rules.greeting_late_days)
    if m.birthday is not None:
        for day in occurrences_between(m.birthday, start, end):
            record(DueKind.BIRTHDAY_GREETING, day, any_in(day, day + late, is_reached))
            if caps.get(m.tier, 0) > 0:
                before = previous_birthday(m.birthday, day)
                given = any(before < g <= day + late for g in gifts)
                gift_due = day - timedelta(days=rules.birthday_gift_lead_days)
                record(DueKind.BIRTHDAY_GIFT, gift_due, given)
    if m.key_person:
        window = timedelta(days=rules.holiday_greeting_window_days)
        for day, _holiday in greeting_holidays_between(start, end):
            record(DueKind.HOLIDAY_GREETING, day, any_in(day - window, day + late, is_reached))


def _first_contacts(
    members: list[_Member],
    attempts: dict[uuid.UUID, list[_Attempt]],
    period: PlanPeriod,
    rules: ServiceRules,
    calendar: WorkdayCalendar,
) -> tuple[SlaCase, ...]:
    cases = []
    n = rules.first_contact_working_days
    for m in members:
        assigned = m.assigned_on
        if assigned is None or not period.start <= assigned <= period.end:
            continue
        deadline = calendar.add_working_days(assigned, n)
        first = next(
            (
                a.on
                for a in attempts.get(m.id, [])
                # §4.1: the first contact is a call (the introduction SMS alone is not)
                if a.on >= assigned and a.outcome is Outcome.REACHED and a.channel in VOICE_CHANNELS
            ),
            None,
        )
        cases.append(SlaCase(m.name, m.phone, m.tier, "first_contact", assigned, deadline, first))
    cases.sort(key=lambda c: (c.start, c.tier.rank, c.member_name))
    return tuple(cases)


def _card_steps(
    session: Session, manager_ids: list[uuid.UUID], period: PlanPeriod, today: date
) -> dict[uuid.UUID, list[SlaCase]]:
    """Card data collected and cards arrived in the month, with when they were answered."""
    if not manager_ids:
        return {}
    rules = rules_in_force(session, period.start)
    calendar = workday_calendar(session)
    rows = session.execute(
        select(
            CardStep.card_id,
            CardStep.step,
            CardStep.on,
            Member.manager_id,
            Member.name,
            Member.phone,
            Member.tier,
        )
        .join(Card, Card.id == CardStep.card_id)
        .join(Member, Member.id == Card.member_id)
        .where(
            Member.manager_id.in_(manager_ids),
            Member.deleted.is_(False),
            Card.deleted.is_(False),
            CardStep.deleted.is_(False),
            CardStep.on <= max(today, period.end),
        )
        .order_by(CardStep.card_id, CardStep.on, CardStep.at)
    ).all()
    by_card: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for row in rows:
        by_card[row.card_id].append(row)
    out: dict[uuid.UUID, list[SlaCase]] = defaultdict(list)
    answers = {"data_collected": "data_sent", "arrived": "notified", "remake_arrived": "notified"}
    for steps in by_card.values():
        for k, s in enumerate(steps):
            answer = answers.get(s.step)
            if answer is None or not period.start <= s.on <= period.end:
                continue
            if s.step == "data_collected":
                what = "card_data"
                deadline = calendar.add_working_days(s.on, rules.card_data_send_working_days)
            else:
                what = "card_notify"
                deadline = s.on + timedelta(days=rules.card_notify_days)
            done = next((x.on for x in steps[k + 1 :] if x.step == answer), None)
            out[s.manager_id].append(SlaCase(s.name, s.phone, s.tier, what, s.on, deadline, done))
    for cases in out.values():
        cases.sort(key=lambda c: (c.start, c.what, c.member_name))
    return out


def _gift_use(session: Session, manager_id: uuid.UUID, period: PlanPeriod) -> GiftUse:
    rows = session.execute(
        select(Gift.status, Gift.amount_fen).where(
            Gift.manager_id == manager_id,
            Gift.deleted.is_(False),
            Gift.planned_on >= period.start,
            Gift.planned_on <= period.end,
        )
    )
    count: Counter[GiftStatus] = Counter()
    amount: Counter[GiftStatus] = Counter()
    for status, fen in rows:
        count[status] += 1
        amount[status] += fen
    lines = budget_lines(session, manager_id, period)
    return GiftUse(dict(count), dict(amount), lines[0] if lines else None)


# -- churn -----------------------------------------------------------------------------------------
def _churn(
    session: Session, team_id: uuid.UUID, period: PlanPeriod, rules: ServiceRules
) -> tuple[dict[str, ChurnFigure], dict[str, ChurnFigure]]:
    """The month's and the year-to-date churn (vipcrm.services.churn, the same figures)."""
    spans = [r.span for r in team_spans(session, team_id)]
    month = _month_key(period)
    return month_churn(spans, month, rules), year_to_date_churn(spans, month, rules)
