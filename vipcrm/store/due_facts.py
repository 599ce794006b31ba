"""The facts the due engine needs, read in bulk (plain values, never ORM objects).

:func:`load_due_facts` gathers, for the members in a scope, everything
:func:`vipcrm.domain.due.compute_due` takes: one :class:`MemberFacts` per member, their
:class:`ContactFacts`, the open cards, the rules and birthday caps in force on a date and
the working-day calendar with the imported year data.

How the contact facts are read
------------------------------
Each :class:`ContactFacts` field is "the latest (or earliest) attempt matching a filter".
They are read in the same statement as the member, as correlated ``ORDER BY at DESC
LIMIT 1`` sub-queries over the covering index ``ix_contact_attempts_due`` (member_id,
deleted, at, channel, outcome): each one seeks to the member's newest row and walks back
to the first match, so the cost grows with the number of members, not with the length
of their history (a manager's 500-member book with two years of calls reads as fast as a
fresh one). The docstring of :class:`ContactFacts` is the contract;
:func:`vipcrm.domain.due.fold_contacts` is the reference the tests compare with.

At region scale (100,000 members, 700,000 seeks) the order of the pages read matters as
much as the seeks, all the more in an encrypted database, where every page read into
SQLite's cache is decrypted and authenticated first. The members are read in id order,
from the covering index ``ix_members_due`` (id first, then every column used): the
member rows come in index order without a look-up in the table, and since
``ix_contact_attempts_due`` also starts with the member id, the seeks move through it
from one end to the other, so each of its pages is read once per run instead of once per
member. For the whole region, gifts and open cards are read without joining members
(that join probes an index once per gift or card) and filtered by the members read.
The loop that turns the rows into facts builds them with
:func:`vipcrm.domain.due.quick_constructor` and converts timestamps with inline look-ups
in the hour memo of :class:`LocalDates` (falling back to the exact conversion for a row
with an hour that straddles a local midnight, or with datetimes); it is the largest
Python cost after the engine's.

Reading every member's attempts in one pass instead (``GROUP BY member_id`` with seven
conditional ``max``/``min`` aggregates over the same index) was measured and is slower
at region scale: ~0.62 s of CPU against ~0.5 s for the 700,000 seeks, as every one of
the 1,000,000 rows then evaluates seven filters.

Local dates
-----------
Timestamps are stored in UTC; the engine speaks in local calendar dates (Asia/Shanghai
by default). The local date is a monotonic function of the instant, so the latest
attempt's local date is the latest local date: the SQL picks instants and Python turns
the few picked values into dates (:class:`LocalDates`, memoised by the UTC hour).

``first_sms_reached_since_assigned`` compares an instant with a local date (on or after
the local day of assignment). SQL compares ``at`` with ``assigned_on`` as the database
sees it (some split point P near that day) and returns the last SMS before P and the
first at or after it; :func:`_first_since` turns the two into the exact answer, and in the
rare case they cannot decide (an SMS within hours of the local midnight, in a time zone
west of UTC) one exact query for that member settles it.
"""

from __future__ import annotations

import uuid
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.dates import DEFAULT_TZ, local_date
from vipcrm.domain.due import (
    UNREACHABLE_OUTCOMES,
    VOICE_CHANNELS,
    CardFacts,
    ContactFacts,
    MemberFacts,
    quick_constructor,
)
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import (
    CardState,
    Channel,
    DeliveryMethod,
    GiftStatus,
    MemberStatus,
    Occasion,
    Outcome,
    Tier,
)
from vipcrm.domain.workdays import HOLIDAY, WorkdayCalendar
from vipcrm.store.models import (
    CalendarDay,
    Card,
    ContactAttempt,
    Gift,
    Manager,
    Member,
)
from vipcrm.store.rules_data import birthday_caps_in_force, rules_in_force

#: Gifts that count as "the birthday gift was given" (not refused, not withdrawn).
BIRTHDAY_OCCASIONS = (Occasion.BIRTHDAY, Occasion.KEY_PERSON_BIRTHDAY)
GIFT_NOT_GIVEN = (GiftStatus.REJECTED, GiftStatus.CANCELLED)

_TIERS = {t.value: t for t in Tier}
_STATES = {s.value: s for s in CardState}
_METHODS = {m.value: m for m in DeliveryMethod}
# MemberFacts(...), ContactFacts(...), CardFacts(...), positional (100,000s at region scale).
_new_member = quick_constructor(MemberFacts)
_new_contacts = quick_constructor(ContactFacts)
_new_card = quick_constructor(CardFacts)


@dataclass(frozen=True)
class DueFacts:
    """Everything :func:`~vipcrm.domain.due.compute_due` needs besides the date."""

    members: list[MemberFacts]
    contacts: dict[str, ContactFacts]
    cards: list[CardFacts]
    rules: ServiceRules
    calendar: WorkdayCalendar
    birthday_caps_fen: dict[Tier, int]


def load_due_facts(
    session: Session,
    *,
    manager_ids: frozenset[uuid.UUID] | None,
    today: date,
    tz: tzinfo = DEFAULT_TZ,
) -> DueFacts:
    """The facts for the active members assigned to ``manager_ids`` (None: every manager).

    Unassigned members are nobody's task yet and are left out.
    """
    members, contacts = member_and_contact_facts(session, manager_ids=manager_ids, tz=tz)
    return DueFacts(
        members=members,
        contacts=contacts,
        cards=open_card_facts(session, manager_ids=manager_ids, members_in_scope=contacts),
        rules=rules_in_force(session, today),
        calendar=workday_calendar(session),
        birthday_caps_fen=birthday_caps_in_force(session, today),
    )


# -- scope ---------------------------------------------------------------------------------
# Statements are built once per scope shape (every manager, or a list of them) and reused:
# building and hashing a statement with seven sub-queries costs more than running it on a
# 500-member book.
_MANAGER_IDS = bindparam("manager_ids", expanding=True)


def _in_scope(everyone: bool) -> ColumnElement[bool]:
    """Active, not deleted members assigned to someone (``everyone``) or to ``:manager_ids``."""
    assigned = Member.manager_id.is_not(None) if everyone else Member.manager_id.in_(_MANAGER_IDS)
    return and_(Member.deleted.is_(False), Member.status == MemberStatus.ACTIVE, assigned)


def _scope(manager_ids: frozenset[uuid.UUID] | None) -> tuple[bool, dict[str, Any]]:
    if manager_ids is None:
        return True, {}
    return False, {"manager_ids": sorted(manager_ids)}


def _raw(column: Any) -> Any:
    """A column read as the driver gives it (no per-value type processing: this is hot)."""
    return type_coerce(column, String)


def _id_text(value: Any) -> str:
    """The canonical text of an id (SQLite gives 32 hex digits, PostgreSQL a UUID)."""
    if isinstance(value, str) and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(uuid.UUID(str(value)) if not isinstance(value, uuid.UUID) else value)


# -- local dates ---------------------------------------------------------------------------
class LocalDates:
    """Local calendar dates of stored UTC timestamps, memoised by the UTC hour.

    SQLite gives ``'YYYY-MM-DD HH:MM:SS.ffffff'`` text, PostgreSQL aware datetimes. An hour
    whose 60 minutes fall on one local date (every hour, for whole-hour offsets) is looked
    up once in :attr:`hours` (and kept across calls, see :func:`_hour_date`); an hour that
    straddles a local midnight is converted value by value.
    """

    def __init__(self, tz: tzinfo = DEFAULT_TZ) -> None:
        self.tz = tz
        self.hours = _HourDates(tz)

    def __call__(self, value: str | datetime | None) -> date | None:
        if isinstance(value, str):  # SQLite: one look-up in the common case
            try:
                return self.hours[value[:13]]
            except _Straddles:
                return local_date(_parse_utc(value), self.tz)
        if value is None:
            return None
        return local_date(value, self.tz)

    def day_start(self, day: date) -> datetime:
        """The UTC instant at which local ``day`` begins."""
        return datetime(day.year, day.month, day.day, tzinfo=self.tz).astimezone(UTC)


class _Straddles(Exception):
    """An hour whose instants fall on two local dates (or text not in the usual layout)."""


class _HourDates(dict[str, date]):
    """UTC hour text ``'YYYY-MM-DD HH'`` → the local date of every instant in that hour.

    A missing hour is looked up and kept; one that straddles a local midnight raises
    :class:`_Straddles` instead, so ``hours[text[:13]]`` is the whole common path (the
    row loop of :func:`_facts_of_rows` uses it inline, with the exact conversion as its
    fallback).
    """

    __slots__ = ("tz",)

    def __init__(self, tz: tzinfo) -> None:
        super().__init__()
        self.tz = tz

    def __missing__(self, key: str) -> date:
        found = _hour_date(key, self.tz)
        if found is None:
            raise _Straddles(key)
        self[key] = found
        return found


@lru_cache(maxsize=1 << 17)  # ~15 years of hours
def _hour_date(key: str, tz: tzinfo) -> date | None:
    """The local date of every instant in the UTC hour ``'YYYY-MM-DD HH'``, or None when the
    hour straddles a local midnight (or the text is not in that layout)."""
    try:
        start = datetime.fromisoformat(key + ":00:00").replace(tzinfo=UTC)
    except ValueError:
        return None
    first = local_date(start, tz)
    last = local_date(start + timedelta(hours=1, microseconds=-1), tz)
    return first if first == last else None


def _as_date(value: str | date) -> date:
    """A date column as SQLite gives it (``'YYYY-MM-DD'`` text) or as a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _parse_utc(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


# -- members and their contact facts -------------------------------------------------------
def _latest(*where: ColumnElement[bool], first: bool = False) -> Any:
    """The member's newest (``first``: oldest) non-deleted attempt ``at`` matching ``where``."""
    ca = ContactAttempt
    order = ca.at.asc() if first else ca.at.desc()
    return (
        select(_raw(ca.at))
        .where(ca.member_id == Member.id, ca.deleted.is_(False), *where)
        .order_by(order)
        .limit(1)
        .correlate(Member)
        .scalar_subquery()
    )


def _contact_columns() -> list[Any]:
    ca = ContactAttempt
    voice = sorted(VOICE_CHANNELS)
    unreachable = sorted(UNREACHABLE_OUTCOMES)
    sms_reached = (ca.channel == Channel.SMS, ca.outcome == Outcome.REACHED)
    since = func.coalesce(Member.assigned_on, literal(date.min))
    return [
        _latest(ca.channel == Channel.PHONE),
        _latest(ca.channel == Channel.SMS),
        _latest(ca.channel.in_(voice), ca.outcome == Outcome.REACHED),
        _latest(ca.outcome == Outcome.REACHED),
        _latest(ca.channel == Channel.PHONE, ca.outcome.in_(unreachable)),
        # The last reached SMS before the split point and the first one at or after it.
        _latest(*sms_reached, ca.at < Member.assigned_on),
        _latest(*sms_reached, ca.at >= since, first=True),
    ]


@cache
def _members_statement(everyone: bool) -> Select[Any]:
    m = Member
    return (
        select(
            _raw(m.id),
            m.name,
            m.phone,
            _raw(m.tier),
            Manager.code,
            _raw(m.assigned_on),
            m.birth_calendar,
            m.birth_year,
            m.birth_month,
            m.birth_day,
            _raw(m.birth_leap_month),
            _raw(m.key_role),
            _raw(m.important),
            *_contact_columns(),
        )
        .join(Manager, Manager.id == m.manager_id)
        .where(_in_scope(everyone))
        # In id order: from ix_members_due, and the seeks walk ix_contact_attempts_due
        # from one end to the other (see the module docstring).
        .order_by(m.id)
    )


def member_and_contact_facts(
    session: Session,
    *,
    manager_ids: frozenset[uuid.UUID] | None,
    tz: tzinfo = DEFAULT_TZ,
) -> tuple[list[MemberFacts], dict[str, ContactFacts]]:
    """One row per member in scope with its contact facts, in one statement."""
    everyone, params = _scope(manager_ids)
    to_local = LocalDates(tz)
    gifts = _birthday_gift_dates(session, manager_ids, to_local)
    rows = session.connection().execute(_members_statement(everyone), params).fetchall()
    members, contacts, unresolved = _facts_of_rows(rows, to_local, gifts)
    for member_id, assigned in unresolved:
        exact = _first_sms_reached_from(session, member_id, to_local.day_start(assigned))
        contacts[member_id] = replace(
            contacts[member_id], first_sms_reached_since_assigned=to_local(exact)
        )
    return members, contacts


def _facts_of_rows(
    rows: Iterable[Sequence[Any]], to_local: LocalDates, gifts: dict[str, date]
) -> tuple[list[MemberFacts], dict[str, ContactFacts], list[tuple[str, date]]]:
    """MemberFacts and ContactFacts of the members statement's rows (100,000 at region
    scale: this loop is kept to plain look-ups), plus the members whose first reached SMS
    since assignment needs the exact query."""
    birthdays: dict[tuple[Any, ...], Birthday] = {}
    days: dict[Any, date | None] = {None: None}  # assigned_on as the driver gives it
    members: list[MemberFacts] = []
    contacts: dict[str, ContactFacts] = {}
    unresolved: list[tuple[str, date]] = []
    active, tiers, hours = MemberStatus.ACTIVE, _TIERS, to_local.hours
    for (
        raw_id,
        name,
        phone,
        tier,
        code,
        assigned_on,
        calendar,
        b_year,
        b_month,
        b_day,
        b_leap,
        key_role,
        important,
        phone_at,
        sms_at,
        voice_at,
        reached_at,
        failed_at,
        sms_before,
        sms_after,
    ) in rows:
        member_id = _id_text(raw_id)
        assigned = days.get(assigned_on)
        if assigned is None and assigned_on is not None:
            assigned = days[assigned_on] = _as_date(assigned_on)
        key = (b_month, b_day, b_year, calendar, b_leap)
        birthday = birthdays.get(key)  # shared: many members have the same birthday
        if birthday is None and key not in birthdays:
            birthday = birthdays[key] = Birthday.from_columns(
                calendar, b_year, b_month, b_day, b_leap
            )
        members.append(
            _new_member(
                member_id,
                name,
                phone,
                tiers[tier],
                code,
                active,
                assigned,
                birthday,
                key_role is not None,
                bool(important),
            )
        )
        # The local dates, inline: hours[text[:13]] (see _HourDates) saves a LocalDates call
        # per value, 700,000 of them at region scale.
        try:
            phone_on = hours[phone_at[:13]] if phone_at is not None else None
            sms_on = hours[sms_at[:13]] if sms_at is not None else None
            voice_on = hours[voice_at[:13]] if voice_at is not None else None
            reached_on = hours[reached_at[:13]] if reached_at is not None else None
            failed_on = hours[failed_at[:13]] if failed_at is not None else None
            before = hours[sms_before[:13]] if sms_before is not None else None
            after = hours[sms_after[:13]] if sms_after is not None else None
        except (_Straddles, TypeError):  # an hour across a local midnight; datetimes
            phone_on, sms_on, voice_on, reached_on, failed_on, before, after = map(
                to_local, (phone_at, sms_at, voice_at, reached_at, failed_at, sms_before, sms_after)
            )
        first_sms = None
        if before is not None or after is not None:
            first_sms = _first_since(before, after, assigned)
            if first_sms is _UNDECIDED:
                unresolved.append((member_id, assigned))
                first_sms = None
        contacts[member_id] = _new_contacts(
            member_id,
            phone_on,
            sms_on,
            voice_on,
            reached_on,
            failed_on,
            first_sms,
            gifts.get(member_id),
        )
    return members, contacts, unresolved


_UNDECIDED = object()


def _first_since(before: date | None, after: date | None, assigned: date | None) -> object:
    """The local date of the first reached SMS on or after the local day ``assigned``.

    ``before`` is the last such SMS before the database's split point, ``after`` the first
    at or after it (both as local dates). Returns a date, None (there is none), or
    ``_UNDECIDED`` when only an exact query can tell.
    """
    if assigned is None:
        return after
    if before is not None and before >= assigned:
        # Some SMS before the split point is on or after the day: the first such one lies
        # between the day and ``before``; only when those coincide is it known.
        return assigned if before == assigned else _UNDECIDED
    if after is None or after >= assigned:
        return after
    return _UNDECIDED


def _first_sms_reached_from(session: Session, member_id: str, start: datetime) -> Any:
    ca = ContactAttempt
    return session.scalar(
        select(_raw(ca.at))
        .where(
            ca.member_id == uuid.UUID(member_id),
            ca.deleted.is_(False),
            ca.channel == Channel.SMS,
            ca.outcome == Outcome.REACHED,
            ca.at >= start,
        )
        .order_by(ca.at)
        .limit(1)
    )


def _birthday_gift_dates(
    session: Session, manager_ids: frozenset[uuid.UUID] | None, to_local: LocalDates
) -> dict[str, date]:
    """Per member, the latest date of a birthday gift that was not refused or withdrawn.

    A gift's date is the day it is planned for, else the day it was delivered, else the
    local day it was requested. For every manager (None) the members out of scope are
    not filtered out: the caller looks up the members in scope.
    """
    everyone, params = _scope(manager_ids)
    out: dict[str, date] = {}
    rows = session.connection().execute(_gifts_statement(everyone), params)
    for raw_id, planned, delivered, requested in rows:
        dates = [d for d in (planned, delivered, to_local(requested)) if d is not None]
        if dates:
            out[_id_text(raw_id)] = max(dates)
    return out


@cache
def _gifts_statement(everyone: bool) -> Select[Any]:
    g = Gift
    statement = (
        select(
            _raw(g.member_id),
            func.max(g.planned_on),
            func.max(g.delivered_on).filter(g.planned_on.is_(None)),
            func.max(_raw(g.requested_at)).filter(g.planned_on.is_(None), g.delivered_on.is_(None)),
        )
        .where(
            g.deleted.is_(False),
            g.occasion.in_(BIRTHDAY_OCCASIONS),
            g.status.not_in(GIFT_NOT_GIVEN),
        )
        .group_by(g.member_id)
    )
    if everyone:
        # Every member's gifts, looked up later for the members in scope only: joining
        # members here has SQLite probe the gifts index once per member of the region.
        return statement
    return statement.join(Member, Member.id == g.member_id).where(_in_scope(everyone))


# -- cards -------------------------------------------------------------------------------
def open_card_facts(
    session: Session,
    *,
    manager_ids: frozenset[uuid.UUID] | None,
    members_in_scope: Container[str] | None = None,
) -> list[CardFacts]:
    """Cards not yet confirmed received, of the members in scope.

    ``members_in_scope`` (the scope's member ids, when the caller has read them) lets the
    whole region's cards be read without joining members, which costs an index probe per
    card; the cards of members out of scope are then dropped here.
    """
    everyone, params = _scope(manager_ids)
    unjoined = everyone and members_in_scope is not None
    rows = session.connection().execute(_cards_statement(everyone, joined=not unjoined), params)
    cards = [
        _new_card(
            _id_text(card_id),
            _id_text(member_id),
            _STATES[state],
            since,
            _METHODS[method] if method else None,
            agreed,
        )
        for card_id, member_id, state, since, method, agreed in rows
    ]
    if unjoined and members_in_scope is not None:
        cards = [card for card in cards if card.member_id in members_in_scope]
    return cards


@cache
def _cards_statement(everyone: bool, joined: bool = True) -> Select[Any]:
    c = Card
    statement = select(
        _raw(c.id),
        _raw(c.member_id),
        _raw(c.state),
        c.state_since,
        _raw(c.delivery_method),
        c.agreed_date,
    ).where(c.deleted.is_(False), c.state != CardState.RECEIVED)
    if not joined:
        return statement
    return statement.join(Member, Member.id == c.member_id).where(_in_scope(everyone))


# -- calendar (rules and caps: vipcrm.store.rules_data) -----------------------------------------------------------------
def imported_calendar(session: Session) -> dict[int, dict[str, dict[date, str]]]:
    """The imported calendar days by year: ``{year: {"holidays": ..., "workdays": ...}}``."""
    years: dict[int, dict[str, dict[date, str]]] = {}
    rows = session.execute(
        select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
        .where(CalendarDay.deleted.is_(False))
        .order_by(CalendarDay.day)
    )
    for day, kind, name in rows:
        year = years.setdefault(day.year, {"holidays": {}, "workdays": {}})
        year["holidays" if kind == HOLIDAY else "workdays"][day] = name
    return years


def workday_calendar(session: Session) -> WorkdayCalendar:
    """The working-day calendar: the shipped official years, the imported ones (synced),
    and the provisional calendar from the law for any other year."""
    return WorkdayCalendar(extra=imported_calendar(session))


__all__ = [
    "DueFacts",
    "LocalDates",
    "birthday_caps_in_force",
    "imported_calendar",
    "load_due_facts",
    "member_and_contact_facts",
    "open_card_facts",
    "rules_in_force",
    "workday_calendar",
]
