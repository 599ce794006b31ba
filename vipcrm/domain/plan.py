"""Plan roll-up (SERVICE_RULES.md section 8): plan periods, what is due laid out by day,
month grids, a year's forecast from the book and the rules, minimum-contact periods and
churn rates. Pure: no Qt, no SQL, no clock.

Laying due items out by day (:func:`plan_items`)
------------------------------------------------
The due engine gives each item a *due date* (a deadline) and a *window start* (from when
the action counts). A printed plan says on which day to do it:

- carried over: due before the plan starts (overdue as of its first day) - the first
  working day of the plan;
- fixed-day items (birthday and holiday greetings, birthday gifts, hand delivery of a
  card, the mailed-card receipt check) - their due date, whatever day it is;
- routine items (weekly SMS, monthly call, minimum contact) - spread evenly over the
  working days of their window inside the plan (diamond members first, then by name), so
  that a month's 100 calls are not all on the 31st;
- deadline items (first contact, first call after an SMS, unreachable retries, card data,
  card arrival notice, pick-up reminders) - the first working day of their window inside
  the plan: these have a service-level deadline, so as soon as possible.

A window with no working day inside the plan puts the item on its due date. Every item
given is placed exactly once, on a day between the plan's start and end; the totals
therefore equal the due engine's (``vipcrm due --on START --horizon DAYS``).
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.due import DueItem, DueKind
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.lunar import greeting_holidays_between, occurrences_between
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
SPREAD_KINDS = frozenset({DueKind.ROUTINE_SMS, DueKind.ROUTINE_CALL, DueKind.MINIMUM_CONTACT})
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


def plan_items(
    items: Iterable[DueItem], calendar: WorkdayCalendar, start: date, end: date
) -> tuple[PlannedItem, ...]:
    """Each due item placed on one day of ``start``..``end`` (rules in the module docstring).

    Items due after ``end`` are refused (ValueError): the caller asks the engine for the
    plan's range only.
    """
    workdays = [d for d in _days(start, end) if calendar.is_workday(d)]
    first_workday = workdays[0] if workdays else start
    placed: list[PlannedItem] = []
    groups: dict[tuple[DueKind, date, date], list[DueItem]] = defaultdict(list)
    for item in items:
        if item.due_date > end:
            raise ValueError(f"{item.kind} of {item.member_name} is due after the plan ends")
        if item.due_date < start:
            placed.append(PlannedItem(first_workday, item, carried=True))
        elif item.kind in FIXED_DAY_KINDS:
            placed.append(PlannedItem(item.due_date, item))
        else:
            lo = max(item.window_start, start)
            if item.kind in SPREAD_KINDS:
                groups[(item.kind, lo, item.due_date)].append(item)
            else:
                days = _workdays_in(workdays, lo, item.due_date)
                placed.append(PlannedItem(days[0] if days else item.due_date, item))
    for (_kind, lo, due), group in groups.items():
        days = _workdays_in(workdays, lo, due) or [due]
        group.sort(key=lambda i: (i.tier.rank, i.member_name, str(i.member_id)))
        n, d = len(group), len(days)
        placed.extend(PlannedItem(days[k * d // n], item) for k, item in enumerate(group))
    placed.sort(key=planned_sort_key)
    return tuple(placed)


def planned_sort_key(p: PlannedItem) -> tuple:
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


def count_by_day(planned: Iterable[PlannedItem]) -> Counter[date]:
    return Counter(p.on for p in planned)


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
    greeting_holidays: tuple[str, ...]

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
    holiday_label: Callable[[object], str] = str,
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
        greeting_holidays=tuple(holiday_label(h) for _d, h in greetings),
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
