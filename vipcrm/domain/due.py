"""What is due, when: a pure function of facts, the rules, a calendar and a date.

The store fetches three kinds of plain facts (one row per member, per-member aggregates
of the contact log, one row per open card) and calls :func:`compute_due`. Nothing here
reads a clock: ``today`` is an argument.

Phases of a member (SERVICE_RULES.md section 4)
-----------------------------------------------
Only a reached contact satisfies an obligation (section 6); failed attempts are logged
and change nothing, except that a failed call is what §4.3 and §4.4 start from.

A member with an ``assigned_on`` date who has no *voice contact* (a reached phone call,
visit or meeting, see :data:`VOICE_CHANNELS`) on or after that date is new. With
``failed`` the first failed call (:data:`UNREACHABLE_OUTCOMES`) since assignment and
``reached`` the first reached contact not before it (an SMS or another written message):

- ``first_call`` when both are known (§4.4: calls failed, then an SMS reached the
  member): due ``first_call_after_sms_working_days`` working days after ``reached``.
  The introduction group SMS of §4.1 (before any failed call) does not start it;
- otherwise ``first_contact``, due ``first_contact_working_days`` working days after
  assignment (§4.1: the group SMS, then a call);
- and, when a call failed, ``explain_sms`` (§4.3): due ``explain_sms_working_days``
  working days after the first-contact deadline;
- when a call failed and ``unreachable_after_working_days`` working days have passed
  (§4.4's special cases: phone off, forwarded, no answer), ``unreachable_retry``
  replaces ``first_contact``: a call or SMS each Monday-Sunday week from the day after
  that mark until the member is reached. Reaching the member ends this phase, so the
  item is the first week's, due its Sunday and overdue until then.

Every obligation not met stays listed, overdue, until it is met or reaching the member
makes it moot (a first call, the explaining SMS). Every other active member (reached
since assignment, or with no assignment date) is in the routine phase and gets the
routine items. Only one phase applies, so a new member is not also given routine or
minimum-contact items. Members whose status is ``left`` get nothing, nor do their cards.

The 12580 check (§4.5), in either phase: the oldest SMS sent through the group platform
whose delivery is not confirmed gives ``group_sms_check``, due
``group_sms_check_working_days`` working days after it, with the SMS's id
(``contact_id``) to confirm it by.

Routine phase (section 6), calendar periods, the current one and the future ones that
end within the horizon (a period that has ended is not carried over: the review reports
it from the log):

- ``routine_sms``: one reached SMS (group SMS included) each Monday-Sunday week, due on
  Sunday, window from Monday;
- ``routine_call``: one voice contact each calendar month, due on its last day;
- ``minimum_contact``: one reached contact of any channel each period of
  ``minimum_contact_months[tier]`` months (periods start in January: 1 = months,
  3 = quarters), due on the period's last day. ``at_risk`` is True when the period is the
  current one and fewer than ``minimum_contact_risk_days`` days are left. The manager's
  list (``review=False``) holds only at-risk ones; the lead's review (``review=True``)
  holds them all, flagged.

A rule count of 0 (``routine_sms_per_week``, ``routine_calls_per_month``) switches that
item off; 1 asks for one (the rules' schema allows nothing else).

Cards (section 5), by the card's state and the date it entered that state (``since``):

- ``card_data`` (data_collected): send within ``card_data_send_working_days`` working days
  of ``since`` (default 1: the card data collected at first contact goes to the card
  maker the next working day);
- ``card_notify`` (arrived): within ``card_notify_days`` days of ``since``;
- ``card_receipt_check`` (mailed): ``card_mail_check_days`` days after posting;
- ``card_pickup_reminder`` (awaiting_pickup): a reached phone reminder each
  Monday-Sunday week after the notice's week during ``card_pickup_weekly_months`` months
  (to the same date), then each calendar month; the period due is the first one after
  the latest reached call (see :func:`_pickup_reminder`);
- ``card_delivery`` (door_agreed): on the agreed date (``since`` when none is recorded).
  No item for data_sent, notified, delivered or received.

Care (section 7):

- ``birthday_greeting`` on the day (solar, or this year's lunar occurrence, see
  :mod:`vipcrm.domain.lunar`); done once a reached contact (an SMS that reached the
  member, a call ...) is logged on or after the day;
- ``birthday_gift`` ``birthday_gift_lead_days`` days before, for tiers whose cap in
  ``birthday_caps_fen`` (``key_person_birthday_caps_fen`` for key persons) is above 0;
  done once a birthday gift is recorded after the previous occurrence of the birthday;
- ``holiday_greeting`` for key persons on 元旦, 春节, 端午 and 中秋, window from
  ``holiday_greeting_window_days`` days before to the day; done by a reached contact
  inside or after the window.

A missed greeting or gift stays on the list, overdue, for ``greeting_late_days`` days.

Retention (section 1, 客户挽留):

- ``retention_call`` for a member the store marks at risk after the latest re-grading
  (``MemberFacts.retention_from`` is that month's first day; the causes, tier dropped
  or below the minimum contact, are :func:`vipcrm.domain.churn.retention_causes`): due
  ``retention_call_days`` days after it, done by a reached phone call, visit or meeting
  on or after it. Added whatever the member's phase.

Campaigns (活动推广 · 满意度回访, :mod:`vipcrm.domain.campaigns`):

- ``campaign_contact`` for each open campaign that targets the member
  (``MemberFacts.campaigns``): window from the campaign's first day, due on the step
  the lead set for the member's tier (``CampaignDue.steps``: diamond members by 5
  February, say), else on its last day (listed, like every item, once that day is within
  the horizon), overdue after it until the campaign is closed. A step's item says so:
  its reason carries ``step`` and the member's ``tier``.
  The store leaves out a campaign whose outcome for the member is recorded (any result
  but unreachable, which needs a reached contact in the period): that is when it is done.
  Added whatever the member's phase; it follows the member's current manager, and a
  member who left has none. The reached contact it needs is an ordinary contact: it
  resets the routine cadence like any other.

"Within N days" counts calendar days, D not counted (deadline D + N); "within N working
days" uses the :class:`~vipcrm.domain.workdays.WorkdayCalendar`. The result lists every
year whose provisional calendar (no official schedule yet) a deadline depends on, with a
warning. Nothing here is a sentence: an item says why it is due with a
:class:`Reason` (its kind and the dates, counts, tier ... the sentence names), rendered in
a language only where people read it (:meth:`vipcrm.texts.Texts.reason`: the window, the
PDFs, the command line), and stored as it is with a saved plan's item.

Returned items have ``due_date <= today + horizon_days`` (overdue ones included), sorted
by due date, tier (diamond first), name, then member id, kind and card id, so the result
does not depend on the order of the inputs.

How it runs at region scale (100,000 members, ~177,000 items in a week)
-------------------------------------------------------------------------
The items are never sorted. The members are (by id, then by name tier by tier: stable
sorts on plain string keys), and each member's items are added in :class:`DueKind` order
(cards by card id) to one list per due date (:class:`_Items`). Every list is then
already in the result's order, and the result is the lists joined in date order. A new
kind must therefore be added in :class:`DueKind` order by :func:`_members_items`.

Whatever does not depend on the member is computed once per run (:class:`_Context`):
the routine items as *tails* (the list an item goes to and every field of it after the
member's five: :data:`_Tail`), a new member's items per (day of assignment, first failed
call, first reached contact after it), working-day deadlines and reasons per start date,
birthday occurrences per (month, day, calendar). What is left per member is a few date
comparisons and the items themselves, made with :func:`quick_constructor` (a frozen
dataclass's own ``__init__`` costs 3-4 times more). ``tests/domain/test_due.py`` checks
that this sharing changes nothing: a crowd of members gets, in order, what each member
gets alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, dataclass, fields
from datetime import date, datetime, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Any, TypeVar

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.campaigns import due_on
from vipcrm.domain.errors import Message
from vipcrm.domain.lunar import (
    GreetingHoliday,
    greeting_holidays_between,
    occurrences_between,
    previous_birthday,
)
from vipcrm.domain.rules import DEFAULT_GIFT_CAPS, ServiceRules
from vipcrm.domain.values import (
    CardState,
    Channel,
    DeliveryMethod,
    MemberStatus,
    Occasion,
    Outcome,
    Tier,
)
from vipcrm.domain.workdays import WorkdayCalendar

#: Channels whose reached contact counts as a first contact and as the monthly call.
VOICE_CHANNELS: frozenset[Channel] = frozenset({Channel.PHONE, Channel.VISIT, Channel.MEETING})
#: Phone outcomes that make a new member "unreachable" (special cases of section 4.4).
UNREACHABLE_OUTCOMES: frozenset[Outcome] = frozenset(
    {Outcome.NO_ANSWER, Outcome.PHONE_OFF, Outcome.FORWARDED}
)


class DueKind(StrEnum):
    """Stable identifiers of what is due (stored, printed, used on the command line)."""

    FIRST_CONTACT = "first_contact"
    FIRST_CALL = "first_call"
    EXPLAIN_SMS = "explain_sms"
    UNREACHABLE_RETRY = "unreachable_retry"
    GROUP_SMS_CHECK = "group_sms_check"
    ROUTINE_SMS = "routine_sms"
    ROUTINE_CALL = "routine_call"
    MINIMUM_CONTACT = "minimum_contact"
    CARD_DATA = "card_data"
    CARD_NOTIFY = "card_notify"
    CARD_RECEIPT_CHECK = "card_receipt_check"
    CARD_PICKUP_REMINDER = "card_pickup_reminder"
    CARD_DELIVERY = "card_delivery"
    BIRTHDAY_GIFT = "birthday_gift"
    BIRTHDAY_GREETING = "birthday_greeting"
    HOLIDAY_GREETING = "holiday_greeting"
    RETENTION_CALL = "retention_call"
    CAMPAIGN_CONTACT = "campaign_contact"


_KIND_ORDER = {kind: i for i, kind in enumerate(DueKind)}
_T = TypeVar("_T")


# -- inputs ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CampaignDue:
    """An open campaign a member is targeted by and has no closing outcome for."""

    code: str
    name: str
    starts_on: date
    ends_on: date
    # The lead's per-tier steps: (tier, the day its members are due by), diamond first.
    steps: tuple[tuple[Tier, date], ...] = ()

    def due_on(self, tier: Tier) -> date:
        """The day a member of ``tier`` is due by: the tier's step, else the end."""
        return due_on(self.ends_on, dict(self.steps), tier)


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """One member as the engine needs it (a plain row, no ORM object)."""

    member_id: str
    name: str
    phone: str
    tier: Tier
    manager_code: str
    status: MemberStatus = MemberStatus.ACTIVE
    assigned_on: date | None = None  # assignment to the current manager
    birthday: Birthday | None = None
    is_key_person: bool = False
    important: bool = False
    # At risk after the latest re-grading: that month's first day, and why (see churn.py).
    retention_from: date | None = None
    retention_causes: tuple[str, ...] = ()
    # Open campaigns targeting the member, not yet done (see "Campaigns" above).
    campaigns: tuple[CampaignDue, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactFacts:
    """Per-member aggregates of the contact log (local dates), as of the end of a day.

    Each field is a MAX or MIN over the member's log rows with a filter::

        last_sms_reached_on    max(on) where channel = sms and outcome = reached
        last_voice_reached_on  max(on) where channel in VOICE_CHANNELS and outcome = reached
        last_reached_on        max(on) where outcome = reached            (any channel)
        first_failed_call_on   min(on) where channel = phone and outcome in UNREACHABLE_OUTCOMES
                                       and on >= member.assigned_on
        first_reached_after_failed_call_on
                               min(on) where outcome = reached (any channel) and the
                                       attempt is not before that first failed call
                               (these two for a new member only: assigned, and no voice
                               contact reached since; None otherwise)
        unconfirmed_group_sms_on, unconfirmed_group_sms_id
                               the oldest SMS sent through the 12580 group platform
                               (any outcome) whose delivery is not confirmed
        last_birthday_gift_on  max(gift date) over birthday / key-person-birthday gifts
                               that were not rejected or cancelled

    :func:`fold_contacts` computes the same from a list of attempts (the reference).
    """

    member_id: str
    last_sms_reached_on: date | None = None
    last_voice_reached_on: date | None = None
    last_reached_on: date | None = None
    first_failed_call_on: date | None = None
    first_reached_after_failed_call_on: date | None = None
    unconfirmed_group_sms_on: date | None = None
    unconfirmed_group_sms_id: str | None = None
    last_birthday_gift_on: date | None = None


@dataclass(frozen=True, slots=True)
class CardFacts:
    """One membership card that is not yet confirmed received."""

    card_id: str
    member_id: str
    state: CardState
    since: date  # the date the card entered ``state``
    delivery_method: DeliveryMethod | None = None
    agreed_on: date | None = None  # hand delivery: the date agreed with the member


@dataclass(frozen=True, slots=True)
class Attempt:
    """One logged contact attempt, for :func:`fold_contacts`.

    ``at`` (the instant) orders attempts of one day; without it they are ordered by day.
    """

    on: date
    channel: Channel
    outcome: Outcome
    at: datetime | None = None
    group_sms: bool = False
    confirmed: bool = False  # a group SMS whose delivery the manager confirmed
    attempt_id: str | None = None


def fold_contacts(
    member_id: str,
    attempts: Iterable[Attempt],
    *,
    assigned_on: date | None = None,
    birthday_gifts_on: Iterable[date] = (),
) -> ContactFacts:
    """The :class:`ContactFacts` of a list of attempts: the reference for the SQL query."""

    def latest(dates: Iterable[date]) -> date | None:
        return max(dates, default=None)

    def when(a: Attempt) -> Any:
        return (a.on if a.at is None else a.at, a.attempt_id or "")

    rows = sorted(attempts, key=when)
    reached = [a for a in rows if a.outcome is Outcome.REACHED]
    voice = latest(a.on for a in reached if a.channel in VOICE_CHANNELS)
    failed = None
    if assigned_on is not None and (voice is None or voice < assigned_on):  # a new member
        failed = next(
            (
                a
                for a in rows
                if a.channel is Channel.PHONE
                and a.outcome in UNREACHABLE_OUTCOMES
                and a.on >= assigned_on
            ),
            None,
        )
    after = None
    if failed is not None:
        after = next((a for a in reached if when(a)[0] >= when(failed)[0]), None)
    check = next(
        (a for a in rows if a.channel is Channel.SMS and a.group_sms and not a.confirmed), None
    )
    return ContactFacts(
        member_id=member_id,
        last_sms_reached_on=latest(a.on for a in reached if a.channel is Channel.SMS),
        last_voice_reached_on=voice,
        last_reached_on=latest(a.on for a in reached),
        first_failed_call_on=failed.on if failed is not None else None,
        first_reached_after_failed_call_on=after.on if after is not None else None,
        unconfirmed_group_sms_on=check.on if check is not None else None,
        unconfirmed_group_sms_id=check.attempt_id if check is not None else None,
        last_birthday_gift_on=latest(birthday_gifts_on),
    )


def default_birthday_caps(occasion: Occasion = Occasion.BIRTHDAY) -> dict[Tier, int]:
    """Birthday (or key-person birthday) gift caps (fen) by tier from the built-in defaults."""
    return {c.tier: c.cap_fen for c in DEFAULT_GIFT_CAPS if c.occasion is occasion}


# -- outputs ---------------------------------------------------------------------------------
#: The values a reason may name, and their types (what :meth:`Reason.from_json` reads back).
#: ``month`` is a month's first day; ``lunar`` a lunar birthday's (month, day, leap month).
REASON_VALUES: Mapping[str, type] = {
    "assigned": date,
    "sms": date,
    "deadline": date,
    "start": date,
    "end": date,
    "since": date,
    "agreed": date,
    "day": date,
    "birthday": date,
    "month": date,
    "n": int,
    "cap": int,  # fen
    "tier": Tier,
    "holiday": GreetingHoliday,
    "lunar": tuple,
    "causes": tuple,  # retention causes (vipcrm.domain.churn): "tier_down", "below_minimum"
    "important": bool,
    "campaign": str,  # a campaign's code
    "title": str,  # a campaign's name
    "step": date,  # a campaign's step for the member's tier: due by this day, not the end
}


@dataclass(frozen=True, slots=True)
class Reason:
    """Why an item is due, as codes and values: its kind and the facts its sentence names.

    ``values`` are (name, value) pairs sorted by name, of the names and types in
    :data:`REASON_VALUES`. Equal facts give equal reasons whatever the language, so a
    reason identifies an obligation: a saved plan keeps it (:meth:`to_json`) and finds
    the item again by it. :meth:`vipcrm.texts.Texts.reason` writes it as a sentence.
    """

    kind: DueKind
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, kind: DueKind, **values: Any) -> Reason:
        return cls(kind, tuple(sorted((k, v) for k, v in values.items() if v is not None)))

    def get(self, name: str, default: Any = None) -> Any:
        for key, value in self.values:
            if key == name:
                return value
        return default

    def to_json(self) -> dict[str, Any]:
        """The values as JSON (dates ISO, enums by value, tuples as lists)."""
        return {k: _json_value(v) for k, v in self.values}

    @classmethod
    def from_json(cls, kind: DueKind, data: Mapping[str, Any]) -> Reason:
        """The reason of :meth:`to_json`. A value that does not read as its type (a newer
        version's, a damaged row) is left out: its sentence shows a gap, never a crash."""
        values = {}
        for name, raw in data.items():
            typ = REASON_VALUES.get(name)
            try:
                values[name] = _typed_value(typ, raw)
            except (TypeError, ValueError):
                continue
        return cls.of(kind, **values)


def _json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    return value


def _typed_value(typ: type | None, raw: Any) -> Any:
    if typ is date:
        return date.fromisoformat(raw)
    if typ is bool or typ is int:
        if type(raw) is not typ:
            raise TypeError(raw)
        return raw
    if typ is tuple:
        if not isinstance(raw, list) or not all(isinstance(v, str | int) for v in raw):
            raise TypeError(raw)
        return tuple(raw)
    if typ is not None:
        return typ(raw)  # an enum
    if not isinstance(raw, str | int):
        raise TypeError(raw)
    return raw  # a name a newer version uses: kept as it came


@dataclass(frozen=True, slots=True)
class DueItem:
    member_id: str
    member_name: str
    phone: str
    tier: Tier
    manager_code: str
    kind: DueKind
    due_date: date
    window_start: date  # from this date the action counts
    overdue_days: int  # 0 unless today is after due_date
    reason: Reason  # why: codes and values, rendered at the edges (vipcrm.texts)
    card_id: str | None = None
    at_risk: bool = False  # minimum_contact only: last days of the current period
    contact_id: str | None = None  # group_sms_check: the SMS (contact attempt) to confirm


@dataclass(frozen=True, slots=True)
class DueResult:
    items: tuple[DueItem, ...]
    guessed_years: frozenset[int]  # provisional years (no official schedule) dates depend on
    #: stored rules that do not fit their schema, left out (vipcrm.services.due adds them)
    problems: tuple[Message, ...] = ()


def quick_constructor(cls: type[_T]) -> Callable[..., _T]:
    """A positional constructor of the frozen, slotted dataclass ``cls`` for hot loops.

    A frozen dataclass's ``__init__`` sets each field with ``object.__setattr__`` (plain
    assignment is what freezing forbids), which makes it 3-4 times as slow as filling a
    plain slotted object. This returns a mutable twin class with the same slots whose
    ``__init__`` fills them by plain assignment and then gives the object its real class
    (``__class__`` assignment is allowed between classes of one layout) as its last step,
    so making one costs a single Python call. The result is an ordinary ``cls`` instance:
    equal, hashable, immutable and serialisable like one made by ``cls(...)``.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    scope: dict[str, Any] = {"_cls": cls}
    params = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"    self.{name} = {name}\n" for name in names)
    exec(f"def __init__(self, {', '.join(params)}):\n{body}    self.__class__ = _cls\n", scope)
    twin = type(
        f"_Mutable{cls.__name__}", (), {"__slots__": tuple(names), "__init__": scope["__init__"]}
    )
    twin.__doc__ = f"{cls.__name__}(...) made quickly (the object made is a {cls.__name__})."
    return twin


#: DueItem(...), positional, for the engine's loops (100,000s of items at region scale).
_new_item = quick_constructor(DueItem)


# -- the engine ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Period:
    """A calendar period within the horizon, with its reason made once."""

    start: date
    end: date
    current: bool  # holds today
    reason: Reason
    at_risk: bool = False
    reason_important: Reason | None = None


@dataclass(frozen=True, slots=True)
class _Occurrence:
    """A birthday occurrence in the window, with its greeting's reason made once."""

    day: date
    greeting_reason: Reason
    gift_due: date
    previous: date  # the occurrence before: a gift after it belongs to this one
    lunar: tuple[int, int, bool] | None  # a lunar birthday's (month, day, leap month)


#: An item's target list (its due date's, see :class:`_Items`) and its fields after the
#: member's five (:func:`_head`): kind, due date, window start, days overdue, reason,
#: card id, at risk, contact id. Items that do not depend on the member beyond those five
#: are made once per run as tails and given to each member they concern.
_Tail = tuple[list[DueItem], tuple[Any, ...]]


def _head(member: MemberFacts) -> tuple[str, str, str, Tier, str]:
    """The fields an item takes from its member, in :class:`DueItem` order."""
    return (member.member_id, member.name, member.phone, member.tier, member.manager_code)


class _Items:
    """The items found so far, one list per due date beyond which nothing is kept.

    Members are visited in the result's order (tier, name, id) and each member's items are
    added in kind order, so every list is already sorted: the result is the lists joined
    in date order (see :func:`compute_due`).
    """

    def __init__(self, today: date, end: date) -> None:
        self.today, self.end = today, end
        self.by_date: dict[date, list[DueItem]] = {}

    def on(self, due: date) -> list[DueItem]:
        """The list of the items due on ``due`` (``due`` within the horizon)."""
        found = self.by_date.get(due)
        if found is None:
            found = self.by_date[due] = []
        return found

    def tail(
        self,
        kind: DueKind,
        due: date,
        window_start: date,
        reason: Reason,
        card_id: str | None = None,
        at_risk: bool = False,
        contact_id: str | None = None,
    ) -> _Tail | None:
        """An item for any member: the list it goes to and its fields after the member's
        (see :data:`_Tail`); None when it is due beyond the horizon."""
        if due > self.end:
            return None
        overdue = (self.today - due).days
        fields = (kind, due, window_start, overdue if overdue > 0 else 0, reason)
        return self.on(due), (*fields, card_id, at_risk, contact_id)

    def add(
        self,
        member: MemberFacts,
        kind: DueKind,
        due: date,
        window_start: date,
        reason: Reason,
        card_id: str | None = None,
        at_risk: bool = False,
        contact_id: str | None = None,
    ) -> None:
        found = self.tail(kind, due, window_start, reason, card_id, at_risk, contact_id)
        if found is not None:
            items, tail = found
            items.append(_new_item(*_head(member), *tail))

    def sort_each(self, key: Callable[[DueItem], Any]) -> None:
        for items in self.by_date.values():
            items.sort(key=key)

    def in_order(self) -> tuple[DueItem, ...]:
        found: list[DueItem] = []
        for due in sorted(self.by_date):
            found.extend(self.by_date[due])
        return tuple(found)


class _Context:
    """Everything a run shares: inputs, the periods, memoised deadlines and reasons."""

    def __init__(
        self,
        rules: ServiceRules,
        cal: WorkdayCalendar,
        today: date,
        end: date,
        caps: Mapping[Tier, int],
        key_person_caps: Mapping[Tier, int],
        review: bool,
    ) -> None:
        self.rules, self.cal, self.today, self.end = rules, cal, today, end
        self.caps, self.key_person_caps, self.review = caps, key_person_caps, review
        self.items = _Items(today, end)
        late = timedelta(days=rules.greeting_late_days)
        self.birthday_from = today - late
        window = timedelta(days=rules.holiday_greeting_window_days)
        self.holidays = tuple(
            (
                day,
                day - window,
                Reason.of(DueKind.HOLIDAY_GREETING, holiday=h, day=day),
            )
            for day, h in greeting_holidays_between(today - late, end)
        )
        # The routine items as tails (see _Tail), each with the start of the period a
        # contact on or after it satisfies: the current period's; None for a future period
        # (always due). Every period ends within the horizon and on or after today (it
        # starts with the current one): not overdue.
        weeks = _weeks(self) if rules.routine_sms_per_week > 0 else ()
        self.weeks = tuple(self._routine(DueKind.ROUTINE_SMS, w, w.reason) for w in weeks)
        months = _months(self) if rules.routine_calls_per_month > 0 else ()
        self.months = tuple(self._routine(DueKind.ROUTINE_CALL, m, m.reason) for m in months)
        # Only the minimum-contact periods this view lists: at risk, or all in a review;
        # per tier, the tail for members who are not important, then for those who are.
        kind = DueKind.MINIMUM_CONTACT
        self.minimum = {
            tier: tuple(
                (
                    *self._routine(kind, period, period.reason),
                    self._routine(kind, period, period.reason_important or period.reason)[2],
                )
                for period in _minimum_periods(self, tier)
                if period.at_risk or review
            )
            for tier in Tier
        }
        # A new member's items by (assigned, first failed call, first reached after it).
        self.new_member_tails: dict[tuple[date, date | None, date | None], tuple[_Tail, ...]] = {}
        # Birthday occurrences by (month, day, lunar, leap month): see occurrences().
        self.birthdays: dict[tuple[int, int, bool, bool], tuple[_Occurrence, ...]] = {}
        self._deadlines: dict[tuple[DueKind, date, int], tuple[date, Reason]] = {}
        self._reasons: dict[tuple[object, ...], Reason] = {}

    def _routine(
        self, kind: DueKind, period: _Period, reason: Reason
    ) -> tuple[date | None, list[DueItem], tuple[Any, ...]]:
        found = self.items.tail(kind, period.end, period.start, reason, None, period.at_risk)
        assert found is not None  # the periods end within the horizon
        return (period.start if period.current else None, *found)

    def working_deadline(
        self, kind: DueKind, start: date, days: int, **fields: object
    ) -> tuple[date, Reason]:
        """``days`` working days after ``start`` and the reason, once per run and start.

        The calendar view records a provisional year on the first look-up, so the run's
        warnings are the same as when every deadline is computed on its own.
        """
        key = (kind, start, days)
        found = self._deadlines.get(key)
        if found is None:
            due = self.cal.add_working_days(start, days)
            found = self._deadlines[key] = (due, Reason.of(kind, **fields))
        return found

    def reason(self, key: tuple[object, ...], kind: DueKind, **fields: object) -> Reason:
        """A reason that depends only on ``key`` (kind first), made once per run (items
        share it: equal facts, one object)."""
        found = self._reasons.get(key)
        if found is None:
            found = self._reasons[key] = Reason.of(kind, **fields)
        return found

    def occurrences(self, birthday: Birthday) -> tuple[_Occurrence, ...]:
        key = (birthday.month, birthday.day, birthday.lunar, birthday.leap)
        found = self.birthdays.get(key)
        if found is None:
            found = self.birthdays[key] = self._find_occurrences(birthday)
        return found

    def _find_occurrences(self, birthday: Birthday) -> tuple[_Occurrence, ...]:
        lead = timedelta(days=self.rules.birthday_gift_lead_days)
        days = occurrences_between(birthday, self.birthday_from, self.end + lead)
        found = []
        lunar = (birthday.month, birthday.day, birthday.leap) if birthday.lunar else None
        for day in days:
            found.append(
                _Occurrence(
                    day=day,
                    greeting_reason=Reason.of(DueKind.BIRTHDAY_GREETING, birthday=day, lunar=lunar),
                    gift_due=day - lead,
                    previous=previous_birthday(birthday, day),
                    lunar=lunar,
                )
            )
        return tuple(found)

    def gift_reason(self, occ: _Occurrence, cap: int) -> Reason:
        return self.reason(
            (DueKind.BIRTHDAY_GIFT, occ.day, occ.lunar, cap),
            DueKind.BIRTHDAY_GIFT,
            birthday=occ.day,
            lunar=occ.lunar,
            n=self.rules.birthday_gift_lead_days,
            cap=cap,
        )


_NO_CONTACTS = ContactFacts(member_id="")


def compute_due(
    members: Iterable[MemberFacts],
    contacts: Mapping[str, ContactFacts] | Iterable[ContactFacts] = (),
    cards: Iterable[CardFacts] = (),
    *,
    rules: ServiceRules,
    calendar: WorkdayCalendar,
    today: date,
    horizon_days: int = 0,
    birthday_caps_fen: Mapping[Tier, int] | None = None,
    key_person_birthday_caps_fen: Mapping[Tier, int] | None = None,
    review: bool = False,
) -> DueResult:
    """Everything due by ``today + horizon_days`` (see the module docstring for the rules).

    ``contacts`` is keyed by member id (or an iterable of ContactFacts); a member without
    a row has no logged contact. Cards of members not in ``members`` are ignored.
    ``review=True`` is the team lead's view (every minimum-contact item, flagged
    ``at_risk`` or not); the default is the manager's (only the at-risk ones).
    """
    if horizon_days < 0:
        raise ValueError("horizon_days must be zero or more")
    ctx = _Context(
        rules=rules,
        cal=calendar.tracked(),
        today=today,
        end=today + timedelta(days=horizon_days),
        caps=default_birthday_caps() if birthday_caps_fen is None else birthday_caps_fen,
        key_person_caps=(
            default_birthday_caps(Occasion.KEY_PERSON_BIRTHDAY)
            if key_person_birthday_caps_fen is None
            else key_person_birthday_caps_fen
        ),
        review=review,
    )
    by_member = contacts if isinstance(contacts, Mapping) else {c.member_id: c for c in contacts}
    listed = [m for m in members if m.status is not MemberStatus.LEFT]
    # A card goes with the last listed member of its id (ids are unique in practice).
    owner = {m.member_id: m for m in listed}
    member_cards = _cards_by_member(cards, owner)
    # The result's order is (due date, tier, name, member id, kind, card id): visiting the
    # members in (tier, name, id) order and adding each one's items in (kind, card id)
    # order fills every per-date list in that order.
    _members_items(_in_result_order(listed), by_member, member_cards, owner, ctx)
    if len(owner) < len(listed):
        # The same member id more than once: their items interleave by kind.
        ctx.items.sort_each(_item_order)
    return DueResult(items=ctx.items.in_order(), guessed_years=ctx.cal.guessed_years)


def _in_result_order(members: list[MemberFacts]) -> list[MemberFacts]:
    """The members in (tier rank, name, id) order: sorted by id (the store gives them in
    id order: a quick pass), then by name tier by tier (stable sorts on plain strings are
    several times faster than one on (tier, name, id) tuples)."""
    members.sort(key=_member_id_text)
    by_tier: dict[Tier, list[MemberFacts]] = {tier: [] for tier in _TIERS_BY_RANK}
    for member in members:
        by_tier[member.tier].append(member)
    ordered: list[MemberFacts] = []
    for tier in _TIERS_BY_RANK:
        ordered.extend(sorted(by_tier[tier], key=_NAME))
    return ordered


def _member_id_text(member: MemberFacts) -> str:
    return str(member.member_id)


_TIERS_BY_RANK = sorted(Tier, key=lambda tier: tier.rank)
_NAME = attrgetter("name")


def _item_order(item: DueItem) -> tuple[int, str, str, int, str]:
    """The order of the items due on one day."""
    return (
        item.tier.rank,
        item.member_name,
        str(item.member_id),
        _KIND_ORDER[item.kind],
        str(item.card_id or ""),
    )


#: The item of each card state that has one, in kind order.
_CARD_KINDS = {
    CardState.DATA_COLLECTED: DueKind.CARD_DATA,
    CardState.ARRIVED: DueKind.CARD_NOTIFY,
    CardState.MAILED: DueKind.CARD_RECEIPT_CHECK,
    CardState.AWAITING_PICKUP: DueKind.CARD_PICKUP_REMINDER,
    CardState.DOOR_AGREED: DueKind.CARD_DELIVERY,
}


def _cards_by_member(
    cards: Iterable[CardFacts], owner: Mapping[str, MemberFacts]
) -> dict[str, list[CardFacts]]:
    """The cards that have an item, per listed member, in (kind, card id) order."""
    found: dict[str, list[CardFacts]] = {}
    for card in cards:
        if card.state in _CARD_KINDS and card.member_id in owner:
            found.setdefault(card.member_id, []).append(card)
    for own in found.values():
        if len(own) > 1:
            own.sort(key=lambda c: (_KIND_ORDER[_CARD_KINDS[c.state]], str(c.card_id or "")))
    return found


def _members_items(
    listed: list[MemberFacts],
    by_member: Mapping[str, ContactFacts],
    member_cards: dict[str, list[CardFacts]],
    owner: dict[str, MemberFacts],
    ctx: _Context,
) -> None:
    """The items of the members in ``listed`` (in the result's order), each member's in
    DueKind order (see "How it runs" in the module docstring): phase (new or routine, with
    the 12580 check between), cards, care, retention.

    This loop runs once per member of a region (100,000): the common items (routine, a new
    member's) are tails made once per run (:class:`_Context`), and it is kept to plain
    look-ups and comparisons, the rest going to the functions of each section.
    """
    get_facts, get_cards = by_member.get, member_cards.get
    weeks, months, minimum, holidays = ctx.weeks, ctx.months, ctx.minimum, ctx.holidays
    new_member_tails, occurrences = ctx.new_member_tails, ctx.birthdays
    new_item, no_contacts = _new_item, _NO_CONTACTS
    for member in listed:
        member_id = member.member_id
        facts = get_facts(member_id, no_contacts)
        head = (member_id, member.name, member.phone, member.tier, member.manager_code)
        assigned = member.assigned_on
        voice = facts.last_voice_reached_on
        if assigned is not None and (voice is None or voice < assigned):
            # New: no voice contact since assignment (section 4).
            routine = False
            failed = facts.first_failed_call_on
            reached = facts.first_reached_after_failed_call_on
            tails = new_member_tails.get((assigned, failed, reached))
            if tails is None:
                tails = _new_member_tails(assigned, failed, reached, ctx)
            for items, tail in tails:
                items.append(new_item(*head, *tail))
        else:
            routine = True
        sent = facts.unconfirmed_group_sms_on
        if sent is not None:
            _group_sms_check_item(member, sent, facts.unconfirmed_group_sms_id, ctx)
        if routine:  # section 6: the hot path, most members get a weekly SMS item or two
            last = facts.last_sms_reached_on
            for start, items, tail in weeks:
                if start is None or last is None or last < start:
                    items.append(new_item(*head, *tail))
            for start, items, tail in months:
                if start is None or voice is None or voice < start:
                    items.append(new_item(*head, *tail))
            periods = minimum[member.tier]
            if periods:
                last = facts.last_reached_on
                important = member.important
                for start, items, tail, tail_important in periods:
                    if start is None or last is None or last < start:
                        items.append(new_item(*head, *(tail_important if important else tail)))
        cards = get_cards(member_id)
        if cards is not None and owner[member_id] is member:
            for card in cards:
                _card_item(member, card, facts, ctx)
        birthday = member.birthday
        if birthday is not None:
            key = (birthday.month, birthday.day, birthday.lunar, birthday.leap)
            found = occurrences.get(key)
            if found is None:
                found = ctx.occurrences(birthday)
            if found:  # a birthday in the window: a few members in a hundred
                _birthday_items(member, found, facts, ctx)
        if member.is_key_person and holidays:
            _holiday_items(member, facts, ctx)
        if member.retention_from is not None:
            _retention_item(member, member.retention_from, facts, ctx)
        if member.campaigns:
            _campaign_items(member, ctx)


# -- section 4: newly assigned members ---------------------------------------------------------
def _new_member_tails(
    assigned: date, failed: date | None, reached: date | None, ctx: _Context
) -> tuple[_Tail, ...]:
    """The items of a member with no voice contact since ``assigned``, ``failed`` the first
    failed call since and ``reached`` the first reached contact not before it:
    first_contact, first_call, explain_sms and unreachable_retry (see "Phases of a member"
    in the module docstring). They depend on these three dates only: made once per run
    for each such triple (:attr:`_Context.new_member_tails`)."""
    key = (assigned, failed, reached)
    found = ctx.new_member_tails.get(key)
    if found is None:
        found = ctx.new_member_tails[key] = tuple(
            t for t in _new_member_items(assigned, failed, reached, ctx) if t is not None
        )
    return found


def _new_member_items(
    assigned: date, failed: date | None, reached: date | None, ctx: _Context
) -> Iterable[_Tail | None]:
    rules, tail = ctx.rules, ctx.items.tail
    if failed is not None and reached is not None:
        # 4.4: calls failed, then an SMS (or another written message) reached the member.
        n = rules.first_call_after_sms_working_days
        due, reason = ctx.working_deadline(DueKind.FIRST_CALL, reached, n, sms=reached, n=n)
        yield tail(DueKind.FIRST_CALL, due, reached, reason)
        return
    n = rules.first_contact_working_days
    deadline, reason = ctx.working_deadline(
        DueKind.FIRST_CONTACT, assigned, n, assigned=assigned, n=n
    )
    special = False
    if failed is not None:
        mark = ctx.cal.add_working_days(assigned, rules.unreachable_after_working_days)
        special = ctx.today > mark
    if not special:
        yield tail(DueKind.FIRST_CONTACT, deadline, assigned, reason)
    if failed is not None:
        # 4.3: not reached by phone within the deadline: an SMS explaining the matter.
        due = ctx.cal.add_working_days(deadline, rules.explain_sms_working_days)
        text = ctx.reason(
            (DueKind.EXPLAIN_SMS, assigned, deadline),
            DueKind.EXPLAIN_SMS,
            assigned=assigned,
            deadline=deadline,
        )
        yield tail(DueKind.EXPLAIN_SMS, due, min(failed, due), text)
    if special:
        # 4.4 special cases: after the mark, a call or SMS every Monday-Sunday week until
        # the member is reached. Only reaching satisfies it (and ends this phase), so the
        # first week's deadline stays overdue until then.
        start = mark + timedelta(days=1)
        due = start + timedelta(days=6 - start.weekday())
        text = ctx.reason(
            (DueKind.UNREACHABLE_RETRY, assigned, start),
            DueKind.UNREACHABLE_RETRY,
            assigned=assigned,
            start=start,
        )
        yield tail(DueKind.UNREACHABLE_RETRY, due, start, text)


def _group_sms_check_item(
    member: MemberFacts, sent: date, contact_id: str | None, ctx: _Context
) -> None:
    """4.5: an SMS sent through the 12580 platform on ``sent`` is checked as really sent,
    the next working day; the item stays until the manager confirms it (the oldest first)."""
    n = ctx.rules.group_sms_check_working_days
    due, reason = ctx.working_deadline(DueKind.GROUP_SMS_CHECK, sent, n, sms=sent)
    ctx.items.add(member, DueKind.GROUP_SMS_CHECK, due, sent, reason, contact_id=contact_id)


# -- section 6: routine contact ---------------------------------------------------------------
def _weeks(ctx: _Context) -> tuple[_Period, ...]:
    """Monday-Sunday weeks from the current one whose Sunday is within the horizon."""
    weeks = []
    monday = ctx.today - timedelta(days=ctx.today.weekday())
    while (sunday := monday + timedelta(days=6)) <= ctx.end:
        reason = Reason.of(DueKind.ROUTINE_SMS, start=monday, end=sunday)
        weeks.append(_Period(monday, sunday, monday <= ctx.today, reason))
        monday += timedelta(days=7)
    return tuple(weeks)


def _months(ctx: _Context) -> tuple[_Period, ...]:
    """Calendar months from the current one whose last day is within the horizon."""
    months = []
    first = ctx.today.replace(day=1)
    while (last := _months_later(first, 1) - timedelta(days=1)) <= ctx.end:
        reason = Reason.of(DueKind.ROUTINE_CALL, month=first)
        months.append(_Period(first, last, first <= ctx.today, reason))
        first = last + timedelta(days=1)
    return tuple(months)


def _minimum_periods(ctx: _Context, tier: Tier) -> tuple[_Period, ...]:
    """The tier's minimum-contact periods from the current one, ending within the horizon."""
    months = ctx.rules.minimum_contact_months.get(tier.value, 0)
    if months <= 0:
        return ()
    periods = []
    start = _period_start(ctx.today, months)
    while (last := _period_end(start, months)) <= ctx.end:
        current = start <= ctx.today
        at_risk = current and (last - ctx.today).days < ctx.rules.minimum_contact_risk_days
        kind = DueKind.MINIMUM_CONTACT
        reason = Reason.of(kind, tier=tier, start=start, end=last)
        important = Reason.of(kind, tier=tier, start=start, end=last, important=True)
        periods.append(_Period(start, last, current, reason, at_risk, important))
        start = last + timedelta(days=1)
    return tuple(periods)


def _months_later(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _period_start(d: date, months: int) -> date:
    """First day of the calendar period of ``months`` months (aligned on January) holding d."""
    return date(d.year, (d.month - 1) // months * months + 1, 1)


def _period_end(start: date, months: int) -> date:
    """Last day of the period starting at ``start``; a period never crosses a year end."""
    nxt = _months_later(start, months)
    if nxt.year != start.year:
        nxt = date(start.year + 1, 1, 1)
    return nxt - timedelta(days=1)


# -- section 5: cards --------------------------------------------------------------------------
def _card_item(member: MemberFacts, card: CardFacts, facts: ContactFacts, ctx: _Context) -> None:
    rules, since, cid, state = ctx.rules, card.since, card.card_id, card.state
    if state is CardState.DATA_COLLECTED:
        kind, n = DueKind.CARD_DATA, rules.card_data_send_working_days
        due, reason = ctx.working_deadline(kind, since, n, since=since, n=n)
        window = since
    elif state is CardState.ARRIVED:
        kind, n = DueKind.CARD_NOTIFY, rules.card_notify_days
        due, window = since + timedelta(days=n), since
        reason = ctx.reason((kind, since), kind, since=since, n=n)
    elif state is CardState.MAILED:
        kind, n = DueKind.CARD_RECEIPT_CHECK, rules.card_mail_check_days
        due = window = since + timedelta(days=n)
        reason = ctx.reason((kind, since), kind, since=since, n=n)
    elif state is CardState.AWAITING_PICKUP:
        due, window = _pickup_reminder(since, facts.last_voice_reached_on, rules)
        kind = DueKind.CARD_PICKUP_REMINDER
        reason = ctx.reason((kind, since), kind, since=since)
    elif state is CardState.DOOR_AGREED:
        due = window = card.agreed_on or since
        kind = DueKind.CARD_DELIVERY
        reason = ctx.reason((kind, due), kind, agreed=due)
    else:
        return
    ctx.items.add(member, kind, due, window, reason, card_id=cid)


def _pickup_reminder(since: date, reached: date | None, rules: ServiceRules) -> tuple[date, date]:
    """(due date, window start) of the phone reminder a card awaiting pick-up needs.

    The reminders run in calendar periods after the notice on ``since``: the Monday-Sunday
    weeks after the notice's week while the week starts within ``card_pickup_weekly_months``
    months of the notice (to the same date), then calendar months, the first of them from
    the day after the last week to the end of its month. Only a reached call (or visit,
    meeting) counts: the one due is the first period that starts after the latest one
    since the notice; an earlier period missed stays due, overdue, until the member is
    reached.
    """
    after = reached if reached is not None and reached >= since else None
    weekly_until = _same_day_months_later(since, rules.card_pickup_weekly_months)
    monday = since + timedelta(days=7 - since.weekday())
    start = since + timedelta(days=1)
    while monday <= weekly_until:
        if after is None or monday > after:
            return monday + timedelta(days=6), monday
        monday += timedelta(days=7)
        start = monday
    while True:
        nxt = _months_later(start.replace(day=1), 1)
        if after is None or start > after:
            return nxt - timedelta(days=1), start
        start = nxt


def _same_day_months_later(day: date, months: int) -> date:
    """The same date ``months`` calendar months later (the month's last day if it is shorter)."""
    first = _months_later(day.replace(day=1), months)
    last = _months_later(first, 1) - timedelta(days=1)
    return first.replace(day=min(day.day, last.day))


# -- section 7: care ---------------------------------------------------------------------------
def _greeted_on(facts: ContactFacts) -> date:
    """The latest day a greeting was given: a reached contact (an SMS that failed is not one)."""
    return facts.last_reached_on or date.min


def _birthday_items(
    member: MemberFacts, occurrences: tuple[_Occurrence, ...], facts: ContactFacts, ctx: _Context
) -> None:
    caps = ctx.key_person_caps if member.is_key_person else ctx.caps
    cap = caps.get(member.tier, 0)
    if cap > 0:  # gifts before greetings: kind order, should two fall on one day
        for occ in occurrences:
            if occ.gift_due <= ctx.end and not _gift_given(occ, facts):
                reason = ctx.gift_reason(occ, cap)
                ctx.items.add(member, DueKind.BIRTHDAY_GIFT, occ.gift_due, occ.gift_due, reason)
    greeted = _greeted_on(facts)
    for occ in occurrences:
        if occ.day <= ctx.end and greeted < occ.day:
            ctx.items.add(member, DueKind.BIRTHDAY_GREETING, occ.day, occ.day, occ.greeting_reason)


def _gift_given(occ: _Occurrence, facts: ContactFacts) -> bool:
    """A birthday gift recorded after the previous occurrence belongs to this one."""
    given = facts.last_birthday_gift_on
    return given is not None and given > occ.previous


def _holiday_items(member: MemberFacts, facts: ContactFacts, ctx: _Context) -> None:
    greeted = _greeted_on(facts)
    for day, start, reason in ctx.holidays:
        if greeted < start:
            ctx.items.add(member, DueKind.HOLIDAY_GREETING, day, start, reason)


# -- section 1: retention calls ----------------------------------------------------------------
def _retention_item(member: MemberFacts, since: date, facts: ContactFacts, ctx: _Context) -> None:
    voice = facts.last_voice_reached_on
    if voice is not None and voice >= since:
        return
    n = ctx.rules.retention_call_days
    reason = ctx.reason(
        (DueKind.RETENTION_CALL, since, member.retention_causes),
        DueKind.RETENTION_CALL,
        month=since.replace(day=1),
        causes=member.retention_causes,
        n=n,
    )
    ctx.items.add(member, DueKind.RETENTION_CALL, since + timedelta(days=n), since, reason)


# -- campaigns (活动推广 · 满意度回访) ---------------------------------------------------------------
def _campaign_items(member: MemberFacts, ctx: _Context) -> None:
    for campaign in sorted(member.campaigns, key=lambda c: (c.due_on(member.tier), c.code)):
        due = campaign.due_on(member.tier)
        step = due if due != campaign.ends_on else None  # a step on the end is the end
        tier = member.tier if step is not None else None
        reason = ctx.reason(
            (
                DueKind.CAMPAIGN_CONTACT,
                campaign.code,
                campaign.starts_on,
                campaign.ends_on,
                step,
                tier,
            ),
            DueKind.CAMPAIGN_CONTACT,
            campaign=campaign.code,
            title=campaign.name,
            start=campaign.starts_on,
            end=campaign.ends_on,
            step=step,
            tier=tier,
        )
        ctx.items.add(member, DueKind.CAMPAIGN_CONTACT, due, campaign.starts_on, reason)
