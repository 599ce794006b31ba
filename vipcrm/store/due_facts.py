"""The facts the due engine needs, read in bulk (plain values, never ORM objects).

:func:`load_due_facts` gathers, for the members in a scope, everything
:func:`vipcrm.domain.due.compute_due` takes: one :class:`MemberFacts` per member, their
:class:`ContactFacts`, the open cards, the rules and birthday caps in force on a date and
the working-day calendar with the imported year data, all as they were at the end of that
date: attempts, 12580 confirmations, card steps and gifts of a later moment are left out
(``:until``), so `due --on` a past day reads as it was then.

How the contact facts are read
------------------------------
Each :class:`ContactFacts` field is "the latest (or earliest) attempt matching a filter".

On SQLite they come from the contact summary (``contact_summary``, kept by triggers:
:mod:`vipcrm.store.contact_summary`), one row per member joined to the member row in the
same statement: the three latest reached contacts and the failed-call facts relative to
the member's day of assignment, as the seeks below would find them. A row answers only
for a day at or after its member's latest attempt and for the day of assignment it was
made for; the members it cannot answer for (attempts logged after the day asked about, so
``due --on`` a past day) are read with the seeks instead, and when they are more than a
quarter of the scope (a day long past), everyone is. PostgreSQL (the central store has no
summary) and ``summary=False`` take the seeks.

The seeks: the three every member needs (last reached SMS, voice contact, contact) are read in the
same statement as the member; the failed-call facts of a *new* member (no voice contact
since assignment) by a second statement for those members only; the unconfirmed 12580
SMS from two searches of the partial index ``ix_contact_attempts_group_sms`` (a handful
of rows, read for everyone and filtered here). All are correlated ``ORDER BY at DESC
LIMIT 1`` sub-queries over the covering index ``ix_contact_attempts_due`` (member_id,
deleted, at, channel, outcome): each one seeks to the member's newest row and walks back
to the first match, so the cost grows with the number of members, not with the length
of their history (a manager's 500-member book with two years of calls reads as fast as a
fresh one). The docstring of :class:`ContactFacts` is the contract;
:func:`vipcrm.domain.due.fold_contacts` is the reference the tests compare with.

At region scale (100,000 members, 300,000 seeks and those of the new members) the order of the pages read matters as
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

``first_failed_call_on`` compares an instant with a local date (on or after the local day
of assignment). SQL compares ``at`` with ``assigned_on`` as the database sees it (some
split point P near that day) and returns the last failed call before P and the first at
or after it (and the first reached contact after that one). When the one before P falls
on or after the local day, or the one after P before it (a call within hours of the
local midnight), :func:`_first_failed_call_from` settles that member with exact queries.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CursorResult,
    Date,
    Select,
    String,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.cards import delivery_method_for
from vipcrm.domain.dates import DEFAULT_TZ, local_date
from vipcrm.domain.due import (
    UNREACHABLE_OUTCOMES,
    VOICE_CHANNELS,
    CampaignDue,
    CardFacts,
    ContactFacts,
    MemberFacts,
    quick_constructor,
)
from vipcrm.domain.errors import Message
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import (
    CampaignResult,
    CampaignStatus,
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
    Campaign,
    CampaignOutcome,
    CampaignTarget,
    Card,
    CardStep,
    ContactAttempt,
    ContactSummary,
    Gift,
    Manager,
    Member,
)
from vipcrm.store.rules_data import birthday_caps_in_force, rules_and_problems, rules_in_force

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
_new_birthday = quick_constructor(Birthday)


@dataclass(frozen=True)
class DueFacts:
    """Everything :func:`~vipcrm.domain.due.compute_due` needs besides the date."""

    members: list[MemberFacts]
    contacts: dict[str, ContactFacts]
    cards: list[CardFacts]
    rules: ServiceRules
    calendar: WorkdayCalendar
    birthday_caps_fen: dict[Tier, int]
    key_person_birthday_caps_fen: dict[Tier, int] = field(default_factory=dict)
    # A sentence per stored rule value left out because it does not fit its schema.
    rule_problems: tuple[Message, ...] = ()


def load_due_facts(
    session: Session,
    *,
    manager_ids: frozenset[uuid.UUID] | None,
    today: date,
    tz: tzinfo = DEFAULT_TZ,
    summary: bool = True,
    card_holders_only: bool = False,
) -> DueFacts:
    """The facts for the active members assigned to ``manager_ids`` (None: every manager)
    as they were at the end of ``today``: what was logged for a later moment (contacts,
    card steps, gifts and their decisions, confirmations) is left out, so a day in the
    past reads as it was then. The book is today's (members, tiers, assignment).

    Unassigned members are nobody's task yet and are left out. ``summary``: see
    :func:`member_and_contact_facts`. ``card_holders_only``: the open cards are read
    first and only their holders' member and contact facts after them (the card screen's
    follow-ups for a region: a few thousand members read, not 100,000).
    """
    if card_holders_only:
        cards = open_card_facts(session, manager_ids=manager_ids, as_of=today)
        raw = _raw_id_of(session)
        members, contacts = member_and_contact_facts(
            session,
            manager_ids=manager_ids,
            tz=tz,
            as_of=today,
            summary=summary,
            member_ids=sorted({raw(card.member_id) for card in cards}),
        )
    else:
        members, contacts = member_and_contact_facts(
            session, manager_ids=manager_ids, tz=tz, as_of=today, summary=summary
        )
        cards = open_card_facts(
            session, manager_ids=manager_ids, members_in_scope=contacts, as_of=today
        )
    rules, problems = rules_and_problems(session, today)
    return DueFacts(
        members=members,
        contacts=contacts,
        cards=cards,
        rules=rules,
        calendar=workday_calendar(session),
        birthday_caps_fen=birthday_caps_in_force(session, today),
        key_person_birthday_caps_fen=birthday_caps_in_force(
            session, today, Occasion.KEY_PERSON_BIRTHDAY
        ),
        rule_problems=problems,
    )


# -- campaigns -------------------------------------------------------------------------------
def open_campaign_facts(
    session: Session, *, as_of: date, tz: tzinfo = DEFAULT_TZ
) -> dict[str, tuple[CampaignDue, ...]]:
    """Per member id (text), the open campaigns targeting the member that are not done as
    of the end of ``as_of``: no outcome but ``unreachable`` recorded by then. One
    statement (built once) over every open campaign's targets (few campaigns are open at a
    time); the caller keeps the members in its scope."""
    end = datetime.combine(as_of + timedelta(days=1), time(), tz).astimezone(UTC)
    found: dict[str, list[CampaignDue]] = {}
    for member_id, code, name, starts_on, ends_on, *steps in session.execute(
        _campaigns_statement(), {"campaign_end": end}
    ):
        found.setdefault(_id_text(member_id), []).append(
            CampaignDue(
                code=code,
                name=name,
                starts_on=starts_on,
                ends_on=ends_on,
                steps=tuple((t, d) for t, d in zip(Tier, steps, strict=True) if d is not None),
            )
        )
    return {k: tuple(v) for k, v in found.items()}


@cache
def _campaigns_statement() -> Select[Any]:
    done = (
        select(CampaignOutcome.id)
        .where(
            CampaignOutcome.member_id == CampaignTarget.member_id,
            CampaignOutcome.campaign_id == Campaign.id,
            CampaignOutcome.deleted.is_(False),
            CampaignOutcome.result != CampaignResult.UNREACHABLE,
            CampaignOutcome.at < bindparam("campaign_end"),
        )
        .exists()
    )
    return (
        select(
            _raw(CampaignTarget.member_id),
            Campaign.code,
            Campaign.name,
            Campaign.starts_on,
            Campaign.ends_on,
            *(getattr(Campaign, f"{tier.value}_due_on") for tier in Tier),  # the steps
        )
        .join(Campaign, Campaign.id == CampaignTarget.campaign_id)
        .where(
            CampaignTarget.deleted.is_(False),
            Campaign.deleted.is_(False),
            Campaign.status == CampaignStatus.OPEN,
            ~done,
        )
    )


# -- scope ---------------------------------------------------------------------------------
# Statements are built once per scope shape (every manager, or a list of them) and reused:
# building and hashing a statement with seven sub-queries costs more than running it on a
# 500-member book.
_MANAGER_IDS: BindParameter[Any] = bindparam("manager_ids", expanding=True)


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


def _raw_id_of(session: Session) -> Callable[[str], Any]:
    """An id's text → the id as the driver gives it (and takes it for ``_raw`` columns):
    32 hex digits on SQLite, a UUID on PostgreSQL."""
    if session.connection().dialect.name == "sqlite":
        return lambda text: uuid.UUID(text).hex
    return uuid.UUID


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
#: The end of the day the facts are read for (exclusive): attempts from then on are ignored.
_UNTIL: BindParameter[datetime] = bindparam("until")
#: "Until" when no day is given: every attempt counts.
_NO_END = datetime(9999, 1, 1, tzinfo=UTC)


def _latest(*where: ColumnElement[bool], first: bool = False, ca: Any = ContactAttempt) -> Any:
    """The member's newest (``first``: oldest) non-deleted attempt ``at`` before ``:until``
    matching ``where``."""
    order = ca.at.asc() if first else ca.at.desc()
    return (
        select(_raw(ca.at))
        .where(ca.member_id == Member.id, ca.deleted.is_(False), ca.at < _UNTIL, *where)
        .order_by(order)
        .limit(1)
        .correlate(Member)
        .scalar_subquery()
    )


def _contact_columns() -> list[Any]:
    ca = ContactAttempt
    reached = ca.outcome == Outcome.REACHED
    return [
        _latest(ca.channel == Channel.SMS, reached),
        _latest(ca.channel.in_(sorted(VOICE_CHANNELS)), reached),
        _latest(reached),
    ]


def _member_columns() -> list[Any]:
    m = Member
    return [
        _raw(m.id),
        m.name,
        m.phone,
        _raw(m.tier),
        _raw(m.manager_id),  # its code looked up in Python (see _manager_codes)
        _raw(m.assigned_on),
        m.birth_calendar,
        m.birth_year,
        m.birth_month,
        m.birth_day,
        _raw(m.birth_leap_month),
        _raw(m.key_role),
        _raw(m.important),
    ]


def _members_statement(everyone: bool, by_ids: bool = False) -> Select[Any]:
    """The members in scope (``by_ids``: the members ``:ids``) with the seeks for their
    contact facts: the exact path, for any day (see the module docstring)."""
    return _statement(everyone, by_ids, summary=False)


def _summary_statement(everyone: bool) -> Select[Any]:
    """The members in scope with their contact summary row (see the module docstring)."""
    return _statement(everyone, by_ids=False, summary=True)


@cache
def _statement(everyone: bool, by_ids: bool, summary: bool) -> Select[Any]:
    """Both shapes give the columns :func:`_facts_of_rows` reads: the member's, the three
    latest reached contacts, then whether the row must be read the exact way instead and
    the failed-call facts (both None from the seeks: read for new members afterwards)."""
    m, s = Member, ContactSummary
    if summary:
        # A row answers for the end of :until unless the member has attempts from then
        # on, or it was made for another day of assignment than the member's.
        exact = case(
            (s.member_id.is_(None), 0),
            (or_(s.last_at >= _UNTIL, s.assigned_on.is_distinct_from(m.assigned_on)), 1),
            else_=0,
        )
        columns = [
            _raw(s.last_sms_reached_at),
            _raw(s.last_voice_reached_at),
            _raw(s.last_reached_at),
            exact,
            _raw(s.failed_before_at),
            _raw(s.failed_after_at),
            _raw(s.reached_after_failed_at),
        ]
    else:
        columns = [*_contact_columns(), null(), null(), null(), null()]
    statement = select(*_member_columns(), *columns)
    if summary:
        statement = statement.outerjoin(s, s.member_id == m.id)
    if by_ids:
        scope = and_(_raw(m.id).in_(bindparam("ids", expanding=True)), _in_scope(everyone=True))
    else:
        scope = _in_scope(everyone)
    # In id order: from ix_members_due, and the seeks walk ix_contact_attempts_due (or
    # the summary's primary key) from one end to the other (see the module docstring).
    return statement.where(scope).order_by(m.id)


@cache
def _new_members_statement() -> Select[Any]:
    """For the members ``:ids`` (new ones: no voice contact since assignment), the failed
    calls either side of the split point and the first reached contact after the first
    failed call at or after it (see the module docstring)."""
    ca = ContactAttempt
    failed = (ca.channel == Channel.PHONE, ca.outcome.in_(sorted(UNREACHABLE_OUTCOMES)))
    since = func.coalesce(Member.assigned_on, literal(date.min))
    # The first failed call from another alias, so that the seek after it is correlated
    # to the member only.
    inner = aliased(ContactAttempt)
    inner_failed = (inner.channel == Channel.PHONE, inner.outcome.in_(sorted(UNREACHABLE_OUTCOMES)))
    first_failed = _latest(*inner_failed, inner.at >= since, first=True, ca=inner)
    return select(
        _raw(Member.id),
        _latest(*failed, ca.at < Member.assigned_on),
        _latest(*failed, ca.at >= since, first=True),
        _latest(ca.outcome == Outcome.REACHED, ca.at >= first_failed, first=True),
    ).where(_raw(Member.id).in_(bindparam("ids", expanding=True)))


#: Above this share of the scope read the exact way, the seeks are run for all of it.
_EXACT_SHARE = 0.25


def member_and_contact_facts(
    session: Session,
    *,
    manager_ids: frozenset[uuid.UUID] | None,
    tz: tzinfo = DEFAULT_TZ,
    as_of: date | None = None,
    summary: bool = True,
    member_ids: Sequence[Any] | None = None,
) -> tuple[list[MemberFacts], dict[str, ContactFacts]]:
    """One row per member in scope with its contact facts.

    ``as_of``: the facts as they were at the end of that (local) day; attempts, gifts and
    confirmations after it are ignored (None: everything logged counts). ``summary``:
    read the contact summary where it answers (SQLite); False: the seeks for everyone.
    ``member_ids`` (ids as the driver gives them, of members in scope): those members
    only, read by id (the active, assigned ones among them).
    """
    everyone, params = _scope(manager_ids)
    to_local = LocalDates(tz)
    until = _NO_END if as_of is None else to_local.day_start(as_of + timedelta(days=1))
    gifts = _birthday_gift_dates(session, manager_ids, to_local, as_of, until)
    codes = _manager_codes(session)
    connection = session.connection()
    params["until"] = until
    members: list[MemberFacts] = []
    contacts: dict[str, ContactFacts] = {}
    unresolved: list[tuple[str, date]] = []
    exact: list[Any] = []
    new: list[tuple[Any, str, date]] = []
    if member_ids is not None:  # these members only, 500 at a time
        by_summary = summary and connection.dialect.name == "sqlite"
        statement = _statement(everyone=True, by_ids=True, summary=by_summary)
        for start in range(0, len(member_ids), 500):
            chunk = {"ids": list(member_ids[start : start + 500]), "until": until}
            rows = _plain_rows(connection.execute(statement, chunk))
            exact.extend(
                _facts_of_rows(rows, to_local, gifts, codes, members, contacts, new, unresolved)
            )
    elif summary and connection.dialect.name == "sqlite":
        rows = _plain_rows(connection.execute(_summary_statement(everyone), params))
        exact = _facts_of_rows(rows, to_local, gifts, codes, members, contacts, new, unresolved)
        summary = len(exact) <= len(rows) * _EXACT_SHARE
    if not summary and member_ids is None:  # PostgreSQL, or a day long past: the seeks
        members, contacts, unresolved, exact = [], {}, [], []
        rows = _plain_rows(connection.execute(_members_statement(everyone), params))
        _facts_of_rows(rows, to_local, gifts, codes, members, contacts, new, unresolved)
    for start in range(0, len(exact), 500):  # the few members the summary cannot answer for
        statement = _members_statement(everyone=True, by_ids=True)
        rows = _plain_rows(
            connection.execute(statement, {"ids": exact[start : start + 500], "until": until})
        )
        _facts_of_rows(rows, to_local, gifts, codes, members, contacts, new, unresolved)
    unresolved.extend(_new_member_facts(session, new, contacts, to_local, until))
    for member_id, (sent, attempt_id) in _unconfirmed_group_sms(
        session, to_local, until, contacts
    ).items():
        contacts[member_id] = replace(
            contacts[member_id], unconfirmed_group_sms_on=sent, unconfirmed_group_sms_id=attempt_id
        )
    for member_id, assigned in unresolved:
        failed, reached = _first_failed_call_from(
            session, member_id, to_local.day_start(assigned), until
        )
        contacts[member_id] = replace(
            contacts[member_id],
            first_failed_call_on=to_local(failed),
            first_reached_after_failed_call_on=to_local(reached),
        )
    return members, contacts


#: rows fetched per call: one ``fetchall()`` of a big result is a single C call holding
#: the interpreter lock throughout (a window running the due engine on a worker thread
#: froze meanwhile); between chunks other threads run
FETCH_ROWS = 2000


def _plain_rows(result: CursorResult[Any]) -> Sequence[Sequence[Any]]:
    """The rows as the driver gives them: every column is read raw (no result processing),
    so on SQLite the driver's tuples are taken as they are, without a Row object each
    (~1 µs per row at region scale). Read :data:`FETCH_ROWS` at a time."""
    rows: list[Sequence[Any]] = []
    if result.dialect.name == "sqlite":
        cursor = result.cursor
        while chunk := cursor.fetchmany(FETCH_ROWS):
            rows.extend(chunk)
        result.close()
        return rows
    for part in result.yield_per(FETCH_ROWS).partitions():
        rows.extend(part)
    return rows


def _manager_codes(session: Session) -> dict[Any, str]:
    """Every manager's code by id as the driver gives it (``_raw``): a few hundred rows.

    The member rows carry the manager's id and :func:`_facts_of_rows` looks its code up
    here: joining managers in the members statement probed their index once per member
    (40-50 ms of SQLite's time for the region's 100,000, measured). A member whose manager
    row is missing is left out, as the join left it out."""
    rows = session.connection().execute(select(_raw(Manager.id), Manager.code))
    return dict(_plain_rows(rows))  # type: ignore[arg-type]


def _facts_of_rows(
    rows: Iterable[Sequence[Any]],
    to_local: LocalDates,
    gifts: dict[str, date],
    codes: dict[Any, str],
    members: list[MemberFacts],
    contacts: dict[str, ContactFacts],
    new: list[tuple[Any, str, date]],
    unresolved: list[tuple[str, date]],
) -> list[Any]:
    """Add the MemberFacts and ContactFacts of the rows of :func:`_statement` (100,000 at
    region scale: this loop is kept to plain look-ups) to ``members`` and ``contacts``.

    A new member (no voice contact since assignment) read by the seeks goes to ``new``
    as (id as the driver gives it, id, day of assignment), for the failed-call facts read
    next (:func:`_new_member_facts`); one read from the summary has them in the row, or
    goes to ``unresolved`` for the exact query. Returns the ids (as the driver gives them)
    of the rows the summary cannot answer for, which are left out.
    """
    birthdays: dict[tuple[Any, ...], Birthday] = {}
    days: dict[Any, date | None] = {None: None}  # assigned_on as the driver gives it
    exact: list[Any] = []
    active, tiers, hours = MemberStatus.ACTIVE, _TIERS, to_local.hours
    add_member, gift_on, get_code = members.append, gifts.get, codes.get
    for (
        raw_id,
        name,
        phone,
        tier,
        manager,
        assigned_on,
        calendar,
        b_year,
        b_month,
        b_day,
        b_leap,
        key_role,
        important,
        sms_at,
        voice_at,
        reached_at,
        stale,
        failed_before_at,
        failed_after_at,
        reached_after_at,
    ) in rows:
        if stale:
            exact.append(raw_id)
            continue
        code = get_code(manager)
        if code is None:  # no such manager: the join of old left the member out
            continue
        if type(raw_id) is str and len(raw_id) == 32:  # SQLite: _id_text, inline
            member_id = f"{raw_id[:8]}-{raw_id[8:12]}-{raw_id[12:16]}-{raw_id[16:20]}-{raw_id[20:]}"
        else:
            member_id = _id_text(raw_id)
        assigned = days.get(assigned_on)
        if assigned is None and assigned_on is not None:
            assigned = days[assigned_on] = _as_date(assigned_on)
        if b_month is None or b_day is None:
            birthday = None  # as Birthday.from_columns has it
        else:
            key = (b_month, b_day, b_year, calendar, b_leap)
            birthday = birthdays.get(key)  # shared: many members have the same birthday
            if birthday is None:  # Birthday.from_columns, made quickly
                birthday = birthdays[key] = _new_birthday(
                    b_month, b_day, b_year, calendar == "lunar", bool(b_leap)
                )
        add_member(
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
        # per value, 300,000 of them at region scale.
        try:
            sms_on = hours[sms_at[:13]] if sms_at is not None else None
            voice_on = hours[voice_at[:13]] if voice_at is not None else None
            reached_on = hours[reached_at[:13]] if reached_at is not None else None
        except (_Straddles, TypeError):  # an hour across a local midnight; datetimes
            sms_on, voice_on, reached_on = map(to_local, (sms_at, voice_at, reached_at))
        failed_on = reached_after_on = None
        if assigned is not None and (voice_on is None or voice_on < assigned):
            if stale is None:  # from the seeks: the failed calls are read next
                new.append((raw_id, member_id, assigned))
            elif failed_before_at is not None or failed_after_at is not None:
                found = _failed_calls(
                    to_local, assigned, failed_before_at, failed_after_at, reached_after_at
                )
                if found is None:
                    unresolved.append((member_id, assigned))
                else:
                    failed_on, reached_after_on = found
            # else no failed call on either side of the split point: neither fact
        contacts[member_id] = _new_contacts(
            member_id,
            sms_on,
            voice_on,
            reached_on,
            failed_on,
            reached_after_on,
            None,  # the 12580 checks: read on their own (_unconfirmed_group_sms)
            None,
            gift_on(member_id),
        )
    return exact


def _failed_calls(
    to_local: LocalDates, assigned: date, before_at: Any, after_at: Any, reached_at: Any
) -> tuple[date | None, date | None] | None:
    """A new member's (first failed call since assignment, first reached contact after it)
    as local dates, from the failed calls either side of the database's split point (see
    the module docstring); None when only the exact query can tell."""
    before, after = to_local(before_at), to_local(after_at)
    if (before is not None and before >= assigned) or (after is not None and after < assigned):
        # The first failed call since the local day of assignment lies on the other side
        # of the database's split point.
        return None
    if after is None:
        return None, None
    return after, to_local(reached_at)


def _new_member_facts(
    session: Session,
    new: Sequence[tuple[Any, str, date]],
    contacts: dict[str, ContactFacts],
    to_local: LocalDates,
    until: datetime,
) -> list[tuple[str, date]]:
    """Fill in the failed-call facts of the new members (in ``contacts``) read by the
    seeks; returns the ones left to the exact query (:func:`_first_failed_call_from`)."""
    assigned_on = {member_id: assigned for _raw_id, member_id, assigned in new}
    unresolved: list[tuple[str, date]] = []
    statement = _new_members_statement()
    connection = session.connection()
    for start in range(0, len(new), 500):
        ids = [raw_id for raw_id, _member_id, _assigned in new[start : start + 500]]
        for raw_id, before_at, after_at, reached_at in connection.execute(
            statement, {"ids": ids, "until": until}
        ):
            member_id = _id_text(raw_id)
            assigned = assigned_on[member_id]
            found = _failed_calls(to_local, assigned, before_at, after_at, reached_at)
            if found is None:
                unresolved.append((member_id, assigned))
            elif found[0] is not None:
                contacts[member_id] = replace(
                    contacts[member_id],
                    first_failed_call_on=found[0],
                    first_reached_after_failed_call_on=found[1],
                )
    return unresolved


def _first_failed_call_from(
    session: Session, member_id: str, start: datetime, until: datetime
) -> tuple[Any, Any]:
    """The member's first failed call at or after ``start`` and the first reached contact
    not before it (both before ``until``), as the driver gives them."""
    ca = ContactAttempt
    mine = (ca.member_id == uuid.UUID(member_id), ca.deleted.is_(False), ca.at < until)
    failed = session.scalar(
        select(_raw(ca.at))
        .where(
            *mine,
            ca.channel == Channel.PHONE,
            ca.outcome.in_(sorted(UNREACHABLE_OUTCOMES)),
            ca.at >= start,
        )
        .order_by(ca.at)
        .limit(1)
    )
    if failed is None:
        return None, None
    reached = session.scalar(
        select(_raw(ca.at))
        .where(*mine, ca.outcome == Outcome.REACHED, _raw(ca.at) >= failed)
        .order_by(ca.at)
        .limit(1)
    )
    return failed, reached


def _unconfirmed_group_sms(
    session: Session, to_local: LocalDates, until: datetime, members: Container[str]
) -> dict[str, tuple[date, str]]:
    """Per member of ``members``, the oldest SMS sent through the 12580 platform before
    ``until`` whose delivery was not confirmed before it: (local date, attempt id).

    Two searches of the partial index of group SMS by confirmation: the unconfirmed ones
    and those confirmed at or after ``until`` (none, for today) are a handful, whatever
    the scope, so they are read for everyone and filtered here (joining members lets the
    planner walk every member's log instead).
    """
    out: dict[str, tuple[str, str, Any]] = {}
    rows = session.connection().execute(_group_sms_statement(), {"until": until})
    for raw_member, at, raw_id in rows:
        member_id = _id_text(raw_member)
        if member_id not in members:
            continue
        key = (str(at), _id_text(raw_id), at)
        found = out.get(member_id)
        if found is None or key[:2] < found[:2]:
            out[member_id] = key
    return {m: (to_local(at), attempt) for m, (_, attempt, at) in out.items()}  # type: ignore[misc]


@cache
def _group_sms_statement() -> Any:
    """The group SMS before ``:until`` not confirmed before it: two searches of the partial
    index ``ix_contact_attempts_group_sms`` (its WHERE terms written as it has them)."""
    ca = ContactAttempt
    group_sms = (ca.group_sms == true(), ca.deleted == false(), ca.channel == Channel.SMS)

    def part(confirmation: ColumnElement[bool]) -> Select[Any]:
        return select(_raw(ca.member_id), _raw(ca.at), _raw(ca.id)).where(
            *group_sms, confirmation, ca.at < _UNTIL
        )

    return union_all(part(ca.sent_confirmed_at.is_(None)), part(ca.sent_confirmed_at >= _UNTIL))


def _birthday_gift_dates(
    session: Session,
    manager_ids: frozenset[uuid.UUID] | None,
    to_local: LocalDates,
    as_of: date | None = None,
    until: datetime = _NO_END,
) -> dict[str, date]:
    """Per member, the latest date of a birthday gift that was not refused or withdrawn.

    A gift's date is the day it is planned for, else the day it was delivered, else the
    local day it was requested. As of a day: gifts requested later are left out, a later
    refusal or withdrawal or delivery is not known yet. For every manager (None) the
    members out of scope are not filtered out: the caller looks up the members in scope.
    """
    everyone, params = _scope(manager_ids)
    out: dict[str, date] = {}
    day = date.max if as_of is None else as_of
    rows = session.connection().execute(
        _gifts_statement(everyone), {**params, "until": until, "day": day}
    )
    for raw_id, planned, delivered, requested in rows:
        dates = [d for d in (planned, delivered, to_local(requested)) if d is not None]
        if dates:
            out[_id_text(raw_id)] = max(_as_date(d) for d in dates)
    return out


@cache
def _gifts_statement(everyone: bool) -> Select[Any]:
    g = Gift
    day = bindparam("day", type_=Date)
    delivered = and_(g.delivered_on.is_not(None), g.delivered_on <= day)
    statement = (
        select(
            _raw(g.member_id),
            func.max(g.planned_on),
            func.max(g.delivered_on).filter(g.planned_on.is_(None), delivered),
            func.max(_raw(g.requested_at)).filter(g.planned_on.is_(None), ~delivered),
        )
        .where(
            g.deleted.is_(False),
            g.occasion.in_(BIRTHDAY_OCCASIONS),
            g.requested_at < _UNTIL,
            or_(
                g.status.not_in(GIFT_NOT_GIVEN),
                func.coalesce(g.closed_at, g.decided_at) >= _UNTIL,
            ),
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
    as_of: date | None = None,
) -> list[CardFacts]:
    """Cards not yet confirmed received, of the members in scope.

    ``members_in_scope`` (the scope's member ids, when the caller has read them) lets the
    whole region's cards be read without joining members, which costs an index probe per
    card; the cards of members out of scope are then dropped here.

    ``as_of``: the cards as they were at the end of that day. A card whose current state
    began later is rebuilt from its steps up to that day (it did not exist yet without
    any); the others are as they are (their state began on or before it).
    """
    everyone, params = _scope(manager_ids)
    unjoined = everyone and members_in_scope is not None
    day = date.max if as_of is None else as_of
    rows = session.connection().execute(
        _cards_statement(everyone, joined=not unjoined), {**params, "day": day}
    )
    cards = []
    later: dict[str, tuple[str, Any]] = {}  # cards changed after the day: rebuilt below
    for card_id, member_id, state, since, method, agreed in rows:
        if _as_date(since) > day:
            later[_id_text(card_id)] = (_id_text(member_id), card_id)
            continue
        cards.append(
            _new_card(
                _id_text(card_id),
                _id_text(member_id),
                _STATES[state],
                since,
                _METHODS[method] if method else None,
                agreed,
            )
        )
    if later:
        cards.extend(_cards_as_of(session, later, day))
    if unjoined and members_in_scope is not None:
        cards = [card for card in cards if card.member_id in members_in_scope]
    return cards


def _cards_as_of(session: Session, cards: dict[str, tuple[str, Any]], day: date) -> list[CardFacts]:
    """The cards rebuilt from their steps on or before ``day`` (open ones only)."""
    step = CardStep
    found: dict[str, dict[str, Any]] = {}
    raw_ids = [raw for _member, raw in cards.values()]
    for chunk in range(0, len(raw_ids), 500):
        rows = session.execute(
            select(_raw(step.card_id), step.step, _raw(step.state), step.on, step.agreed_date)
            .where(
                _raw(step.card_id).in_(raw_ids[chunk : chunk + 500]),
                step.deleted.is_(False),
                step.on <= day,
            )
            .order_by(step.on, step.at)
        )
        for raw_id, name, state, on, agreed in rows:
            card = found.setdefault(_id_text(raw_id), {"method": None})
            card.update(state=_STATES[state], since=on, agreed=agreed)
            card["method"] = delivery_method_for(name) or card["method"]
    return [
        _new_card(
            card_id,
            cards[card_id][0],
            card["state"],
            card["since"],
            card["method"],
            card["agreed"],
        )
        for card_id, card in found.items()
        if card["state"] is not CardState.RECEIVED
    ]


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
    ).where(
        c.deleted.is_(False),
        or_(c.state != CardState.RECEIVED, c.state_since > bindparam("day", type_=Date)),
    )
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
