"""Plan roll-up (SERVICE_RULES.md section 8): plan periods, what is due laid out by day,
month grids, a year's forecast from the book and the rules, minimum-contact periods and
churn rates. Pure: no Qt, no SQL, no clock.

Laying due items out by day (:func:`plan_items`)
------------------------------------------------
The due engine gives each item a *due date* (a deadline) and a *window start* (from when
the action counts). A plan says on which day to do it, and that day is always a working
day of the plan (official or provisional calendar alike: nothing on a day off):

- routine items (weekly SMS, monthly call, minimum contact) - spread evenly over the
  working days of their window inside the plan (diamond members first, then by name), so
  that a month's 100 calls are not all on the 31st;
- deadline items (first contact, first call after an SMS, unreachable retries, retention
  calls, card data, card arrival notice, pick-up reminders) - the first working day of
  their window inside the plan: these have a service-level deadline, so as soon as
  possible;
- fixed-day items (birthday and holiday greetings, birthday gifts, hand delivery of a
  card, the mailed-card receipt check) - their due date when it is a working day, else
  the nearest earlier working day that keeps them on time (inside their window; a
  birthday gift counts whenever it is given after the previous birthday, so any earlier
  working day of the plan does);
- an item with no working day on time inside the plan goes on the next working day after
  its due date, **late** (:attr:`PlannedItem.late`); if that day is after the plan, the
  item is left to the next plan (it is carried over there);
- carried over (due before the plan starts, overdue as of its first day; or due in the
  days off that open it, when its working days on time were all before it) - spread over
  the first working days within a daily capacity (:class:`DailyCapacity`: calls and SMS
  per day), counting what the other rules already put on each day: the most urgent kinds
  first (:data:`PLAN_ORDER`), then the oldest; a day full, the next one; when every
  working day is full, the least loaded day, which is then over capacity
  (:meth:`DailyCapacity.over`) and shown so. Without a capacity (a team's overview)
  they go on the first working day.

A plan may take items due just after it ends, on the days off that follow it (a month
ending before a holiday): their nearest earlier working day is in this plan
(:func:`plan_tail`). Every item given is placed at most once, on a working day between
the plan's start and end.

The daily capacity (:func:`daily_capacity`) is rules data: ``plan_calls_per_day`` and
``plan_sms_per_day``; 0 (the default) derives it from the book size - the month's
routine load of the book (members x ``routine_calls_per_month`` calls; members x
``routine_sms_per_week`` x the month's Sundays SMS) over its working days, times
``plan_capacity_percent`` / 100 (room for what is carried over and what falls due), and
never below ``plan_min_calls_per_day`` / ``plan_min_sms_per_day``.
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.due import DueItem, DueKind
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.lunar import GreetingHoliday, greeting_holidays_between, occurrences_between
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import Tier
from vipcrm.domain.workdays import WorkdayCalendar

FIXED_DAY_KINDS = frozenset(
    {
        DueKind.BIRTHDAY_GREETING,
        DueKind.BIRTHDAY_GIFT,
        DueKind.HOLIDAY_GREETING,
        DueKind.CARD_DELIVERY,
        DueKind.CARD_RECEIPT_CHECK,
    }
)
SPREAD_KINDS = frozenset(
    {
        DueKind.ROUTINE_SMS,
        DueKind.ROUTINE_CALL,
        DueKind.MINIMUM_CONTACT,
        DueKind.CAMPAIGN_CONTACT,  # spread over the campaign's working days
    }
)
#: Fixed-day items that count whenever they are done before the due date.
EARLY_KINDS = frozenset({DueKind.BIRTHDAY_GIFT})
#: What a day's capacity counts: calls (and other voice contact), and SMS.
CALL_KINDS = frozenset(
    {
        DueKind.FIRST_CONTACT,
        DueKind.FIRST_CALL,
        DueKind.UNREACHABLE_RETRY,
        DueKind.RETENTION_CALL,
        DueKind.CAMPAIGN_CONTACT,
        DueKind.ROUTINE_CALL,
        DueKind.MINIMUM_CONTACT,
        DueKind.CARD_NOTIFY,
        DueKind.CARD_RECEIPT_CHECK,
        DueKind.CARD_PICKUP_REMINDER,
    }
)
SMS_KINDS = frozenset(
    {DueKind.ROUTINE_SMS, DueKind.EXPLAIN_SMS, DueKind.BIRTHDAY_GREETING, DueKind.HOLIDAY_GREETING}
)
CARD_KINDS = frozenset(
    {
        DueKind.CARD_DATA,
        DueKind.CARD_NOTIFY,
        DueKind.CARD_RECEIPT_CHECK,
        DueKind.CARD_PICKUP_REMINDER,
        DueKind.CARD_DELIVERY,
    }
)
#: The order of a day's rows: deadlines first, then care, then calls, then SMS.
PLAN_ORDER = (
    DueKind.FIRST_CONTACT,
    DueKind.FIRST_CALL,
    DueKind.EXPLAIN_SMS,
    DueKind.UNREACHABLE_RETRY,
    DueKind.GROUP_SMS_CHECK,
    DueKind.RETENTION_CALL,
    DueKind.CAMPAIGN_CONTACT,
    DueKind.CARD_DATA,
    DueKind.CARD_NOTIFY,
    DueKind.CARD_DELIVERY,
    DueKind.CARD_RECEIPT_CHECK,
    DueKind.CARD_PICKUP_REMINDER,
    DueKind.BIRTHDAY_GIFT,
    DueKind.BIRTHDAY_GREETING,
    DueKind.HOLIDAY_GREETING,
    DueKind.MINIMUM_CONTACT,
    DueKind.ROUTINE_CALL,
    DueKind.ROUTINE_SMS,
)
_KIND_ORDER = {kind: i for i, kind in enumerate(PLAN_ORDER)}


# -- plan periods -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanPeriod:
    """The days a plan covers: a calendar month, an ISO week (Monday-Sunday) or a year."""

    kind: str  # month | week | year
    key: str  # 2026-12 | 2026-W49 | 2026
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def dates(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.days)]


def month_period(year: int, month: int) -> PlanPeriod:
    last = _calendar.monthrange(year, month)[1]
    return PlanPeriod(
        "month", f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last)
    )


def week_period(year: int, week: int) -> PlanPeriod:
    """ISO week ``week`` of ``year`` (weeks run Monday to Sunday, week 1 holds 4 January)."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError(
            "week", msg("{year} has no week {week}", year=year, week=week)
        ) from None
    return PlanPeriod("week", f"{year:04d}-W{week:02d}", monday, monday + timedelta(days=6))


def year_period(year: int) -> PlanPeriod:
    return PlanPeriod("year", f"{year:04d}", date(year, 1, 1), date(year, 12, 31))


_MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
_WEEK_RE = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_YEAR_RE = re.compile(r"^(\d{4})$")


def parse_plan_month(text: str, field: str = "month") -> PlanPeriod:
    m = _MONTH_RE.match((text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(
            field, msg("'{text}' is not a month (use YYYY-MM, e.g. 2026-12)", text=text)
        )
    return month_period(int(m.group(1)), int(m.group(2)))


def parse_plan_week(text: str, field: str = "week") -> PlanPeriod:
    m = _WEEK_RE.match((text or "").strip())
    if not m:
        raise ValidationError(
            field, msg("'{text}' is not an ISO week (use YYYY-Www, e.g. 2026-W49)", text=text)
        )
    year, week = int(m.group(1)), int(m.group(2))
    try:
        return week_period(year, week)
    except ValidationError:
        raise ValidationError(
            field, msg("'{text}': {year} has no week {week}", text=text, year=year, week=week)
        ) from None


def parse_plan_year(text: str, field: str = "year") -> PlanPeriod:
    m = _YEAR_RE.match((text or "").strip())
    if not m:
        raise ValidationError(field, msg("'{text}' is not a year (use YYYY, e.g. 2026)", text=text))
    return year_period(int(m.group(1)))


def month_weeks(year: int, month: int) -> list[list[date]]:
    """The Monday-to-Sunday weeks covering a month (days outside it included)."""
    first = date(year, month, 1)
    monday = first - timedelta(days=first.weekday())
    last = month_period(year, month).end
    weeks = []
    while monday <= last:
        weeks.append([monday + timedelta(days=i) for i in range(7)])
        monday += timedelta(days=7)
    return weeks


# -- due items laid out by day ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PlannedItem:
    on: date  # the day the plan puts it on
    item: DueItem
    carried: bool = False  # due before the plan's first day (carried over)

    @property
    def late(self) -> bool:
        """Planned after its due date (carried over, or no working day on time)."""
        return self.on > self.item.due_date


def channel(kind: str) -> str | None:
    """``calls`` or ``sms``: what a day's capacity counts an item of this kind as (a due
    kind's value; None for the others: card data, gifts, hand delivery, own items)."""
    try:
        due = DueKind(kind)
    except ValueError:
        return None
    return "calls" if due in CALL_KINDS else "sms" if due in SMS_KINDS else None


@dataclass(frozen=True)
class DailyCapacity:
    """The most calls and SMS a plan puts on one working day."""

    calls: int
    sms: int

    def of(self, name: str) -> int:
        return self.calls if name == "calls" else self.sms

    def over(self, calls: int, sms: int) -> bool:
        """True when a day with these many calls and SMS holds more than this."""
        return calls > self.calls or sms > self.sms


def channel_counts(kinds: Iterable[str]) -> tuple[int, int]:
    """(calls, SMS) among a day's items, by their kinds (see :func:`channel`)."""
    counts = Counter(channel(k) for k in kinds)
    return counts["calls"], counts["sms"]


def daily_capacity(
    book_size: int, rules: ServiceRules, month: PlanPeriod, working_days: int
) -> DailyCapacity:
    """The capacity of the days of ``month`` (see the module docstring): the rules' numbers,
    or, where they are 0, the book's routine pace with room to spare."""
    sundays = sum(1 for d in month.dates() if d.weekday() == 6)
    loads = {
        "calls": book_size * rules.routine_calls_per_month,
        "sms": book_size * rules.routine_sms_per_week * sundays,
    }
    fixed = {"calls": rules.plan_calls_per_day, "sms": rules.plan_sms_per_day}
    floor = {"calls": rules.plan_min_calls_per_day, "sms": rules.plan_min_sms_per_day}
    days = max(working_days, 1)
    out = {}
    for name, load in loads.items():
        if fixed[name] > 0:
            out[name] = fixed[name]
        else:
            derived = -(-load * rules.plan_capacity_percent // (100 * days))  # ceiling
            out[name] = max(floor[name], derived)
    return DailyCapacity(**out)


def plan_tail(calendar: WorkdayCalendar, end: date) -> date:
    """The last day whose items a plan ending on ``end`` may take: ``end``, or the last of
    the days off that follow it (their items' nearest earlier working day is in the plan)."""
    day = end
    while not calendar.is_workday(day + timedelta(days=1)):
        day += timedelta(days=1)
    return day


def plan_items(
    items: Iterable[DueItem],
    calendar: WorkdayCalendar,
    start: date,
    end: date,
    capacity: DailyCapacity | None = None,
) -> tuple[PlannedItem, ...]:
    """Due items placed on working days of ``start``..``end`` (rules in the module
    docstring). Items the plan cannot place (no working day on time nor after the due
    date inside the plan) are left out: the next plan carries them over."""
    workdays = [d for d in _days(start, end) if calendar.is_workday(d)]
    placed: list[PlannedItem] = []
    carried: list[DueItem] = []
    groups: dict[tuple[DueKind, date, date], list[DueItem]] = defaultdict(list)
    for item in items:
        if item.due_date < start:
            carried.append(item)
            continue
        lo = start if item.kind in EARLY_KINDS else max(item.window_start, start)
        on_time = _workdays_in(workdays, lo, item.due_date)
        if on_time and item.kind in SPREAD_KINDS:
            groups[(item.kind, lo, item.due_date)].append(item)
        elif on_time:
            placed.append(PlannedItem(on_time[-1 if item.kind in FIXED_DAY_KINDS else 0], item))
        elif _due_before(item, calendar, start):
            carried.append(item)  # it was the previous plan's to do: carried over
        else:
            later = next((d for d in workdays if d > item.due_date), None)
            if later is not None:
                placed.append(PlannedItem(later, item))
    for (_kind, lo, due), group in groups.items():
        days = _workdays_in(workdays, lo, due)
        group.sort(key=lambda i: (i.tier.rank, i.member_name, str(i.member_id)))
        n, d = len(group), len(days)
        placed.extend(PlannedItem(days[k * d // n], item) for k, item in enumerate(group))
    if workdays:
        placed.extend(_carry_over(carried, workdays, placed, capacity))
    placed.sort(key=planned_sort_key)
    return tuple(placed)


def _due_before(item: DueItem, calendar: WorkdayCalendar, start: date) -> bool:
    """An item due in the days off that open a plan, whose working days on time were all
    before it (the week's SMS due on the Sunday after New Year's Day ...)."""
    first = start - timedelta(days=31) if item.kind in EARLY_KINDS else item.window_start
    return any(calendar.is_workday(d) for d in _days(first, start - timedelta(days=1)))


def _carry_over(
    items: list[DueItem],
    workdays: list[date],
    placed: list[PlannedItem],
    capacity: DailyCapacity | None,
) -> list[PlannedItem]:
    """Carried-over items on the first working days within the capacity (module docstring)."""
    items.sort(
        key=lambda i: (
            _KIND_ORDER[i.kind],
            i.due_date,
            i.tier.rank,
            i.member_name,
            str(i.member_id),
        )
    )
    if capacity is None:
        return [PlannedItem(workdays[0], i, carried=True) for i in items]
    load: Counter[tuple[date, str | None]] = Counter((p.on, channel(p.item.kind)) for p in placed)
    out = []
    for item in items:
        name = channel(item.kind)
        if name is None:
            day = workdays[0]
        else:
            limit = capacity.of(name)
            day = next((d for d in workdays if load[(d, name)] < limit), None) or min(
                workdays, key=lambda d: load[(d, name)]
            )
        load[(day, name)] += 1
        out.append(PlannedItem(day, item, carried=True))
    return out


def planned_sort_key(p: PlannedItem) -> tuple[Any, ...]:
    """By day; carried-over items first; then by kind (calls together, SMS together ...),
    tier (diamond first), name."""
    i = p.item
    return (
        p.on,
        not p.carried,
        _KIND_ORDER[i.kind],
        i.tier.rank,
        i.member_name,
        str(i.member_id),
        i.due_date,
        str(i.card_id or ""),
    )


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=k) for k in range((end - start).days + 1)]


def _workdays_in(workdays: Sequence[date], lo: date, hi: date) -> list[date]:
    return [d for d in workdays if lo <= d <= hi]


# -- minimum contact ---------------------------------------------------------------------------
def minimum_period(day: date, months: int) -> tuple[date, date]:
    """The minimum-contact period of ``months`` months (aligned on January) holding ``day``."""
    first_month = (day.month - 1) // months * months + 1
    start = date(day.year, first_month, 1)
    last_month = min(first_month + months - 1, 12)
    return start, month_period(day.year, last_month).end


def below_minimum(
    tier: Tier,
    last_reached: date | None,
    as_of: date,
    rules: ServiceRules,
    assigned_on: date | None = None,
) -> bool:
    """No reached contact since the start of the tier's minimum period holding ``as_of``.

    A member assigned on or after that start is new (judged by the first-contact rule),
    not below the minimum.
    """
    months = rules.minimum_contact_months.get(tier.value, 0)
    if months <= 0:
        return False
    start, _end = minimum_period(as_of, months)
    if assigned_on is not None and assigned_on >= start:
        return False
    return last_reached is None or last_reached < start


# -- the year's forecast -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BookMember:
    """A member as the yearly forecast needs it."""

    tier: Tier
    birthday: Birthday | None = None
    key_person: bool = False


@dataclass(frozen=True)
class MonthForecast:
    period: PlanPeriod
    working_days: int
    holidays: tuple[str, ...]  # names of the public holidays with days off in the month
    makeup_days: int
    routine_sms: int
    routine_calls: int
    birthdays: int
    birthday_gifts: int
    birthday_gift_fen: int  # at the caps in force
    holiday_greetings: int
    greeting_holidays: tuple[GreetingHoliday, ...]  # key persons are greeted on these

    @property
    def contacts(self) -> int:
        """Expected contacts: routine SMS and calls, birthday and holiday greetings."""
        return self.routine_sms + self.routine_calls + self.birthdays + self.holiday_greetings


def forecast_month(
    book: Sequence[BookMember],
    period: PlanPeriod,
    *,
    rules: ServiceRules,
    calendar: WorkdayCalendar,
    birthday_caps_fen: Mapping[Tier, int],
) -> MonthForecast:
    """What the rules ask of this book in one month, if nobody joins or leaves."""
    days = period.dates()
    sundays = sum(1 for d in days if d.weekday() == 6)
    holidays: list[str] = []
    for d in days:
        name = calendar.holiday_name(d)
        if name and name not in holidays:
            holidays.append(name)
    makeup = sum(1 for d in days if calendar.makeup_day_name(d))
    greetings = greeting_holidays_between(period.start, period.end)
    key_persons = sum(1 for m in book if m.key_person)
    birthdays = gifts = gift_fen = 0
    for m in book:
        if m.birthday is None:
            continue
        n = len(occurrences_between(m.birthday, period.start, period.end))
        birthdays += n
        cap = birthday_caps_fen.get(m.tier, 0)
        if cap > 0:
            gifts += n
            gift_fen += n * cap
    return MonthForecast(
        period=period,
        working_days=sum(1 for d in days if calendar.is_workday(d)),
        holidays=tuple(holidays),
        makeup_days=makeup,
        routine_sms=len(book) * sundays if rules.routine_sms_per_week > 0 else 0,
        routine_calls=len(book) if rules.routine_calls_per_month > 0 else 0,
        birthdays=birthdays,
        birthday_gifts=gifts,
        birthday_gift_fen=gift_fen,
        holiday_greetings=key_persons * len(greetings),
        greeting_holidays=tuple(h for _d, h in greetings),
    )


# -- churn -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChurnFigure:
    """Members who left in a period over the members at its start (离网率)."""

    base: int
    left: int
    target: float | None = None  # the rate not to exceed, for the period

    @property
    def rate(self) -> float | None:
        return self.left / self.base if self.base else None

    @property
    def met(self) -> bool | None:
        if self.target is None or self.rate is None:
            return None
        return self.rate <= self.target


def churn_figures(
    members: Iterable[tuple[Tier, bool]], *, target_all: float, target_diamond_gold: float
) -> dict[str, ChurnFigure]:
    """Churn by group from (tier at the period's start, left during it) pairs.

    Keys: ``all``, ``diamond_gold``, and each tier value. Targets apply to the first two.
    """
    base: Counter[str] = Counter()
    left: Counter[str] = Counter()
    for tier, gone in members:
        groups = ["all", tier.value]
        if tier in (Tier.DIAMOND, Tier.GOLD):
            groups.append("diamond_gold")
        for g in groups:
            base[g] += 1
            left[g] += int(gone)
    targets = {"all": target_all, "diamond_gold": target_diamond_gold}
    keys = ["all", "diamond_gold", *(t.value for t in Tier)]
    return {k: ChurnFigure(base[k], left[k], targets.get(k)) for k in keys}
