"""The due engine's SQL facts agree with the Python reference (domain.due.fold_contacts)."""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from vipcrm.domain.dates import local_date
from vipcrm.domain.due import Attempt, CardFacts, fold_contacts
from vipcrm.domain.values import (
    CardKind,
    CardState,
    Channel,
    DeliveryMethod,
    GiftStatus,
    MemberStatus,
    Occasion,
    Outcome,
    Role,
    Tier,
)
from vipcrm.store.due_facts import (
    LocalDates,
    birthday_caps_in_force,
    load_due_facts,
    member_and_contact_facts,
    open_card_facts,
    rules_in_force,
    workday_calendar,
)
from vipcrm.store.models import (
    CalendarDay,
    Card,
    ContactAttempt,
    Gift,
    GiftCapRule,
    Manager,
    Member,
    RuleSetting,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _manager(s, code: str) -> Manager:
    m = Manager(id=uuid.uuid4(), code=code, name=code, role=Role.MANAGER)
    s.add(m)
    return m


def _random_book(db, seed: int, tz) -> dict[str, tuple[date | None, list, list]]:
    """Members with random attempts (many near local midnight; group SMS, some confirmed
    at random moments) and birthday gifts (some refused or withdrawn at random moments).

    Per member: (assigned, [(Attempt, confirmed_at or None)], [(planned, delivered,
    requested_at, refused_or_withdrawn_at or None, status)])."""
    rng = random.Random(seed)
    base = datetime(2026, 9, 1, tzinfo=UTC)
    book: dict[str, tuple[date | None, list, list]] = {}
    with db.transaction() as s:
        s.info["no_outbox"] = True
        manager = _manager(s, "M001")
        s.flush()
        for k in range(40):
            assigned = None if k % 7 == 0 else date(2026, 9, 1) + timedelta(days=rng.randrange(60))
            member = Member(
                id=uuid.uuid4(),
                phone=f"138{k:08d}",
                name=f"会员{k}",
                tier=rng.choice(list(Tier)),
                manager_id=manager.id,
                assigned_on=assigned,
            )
            s.add(member)
            s.flush()
            attempts, gifts = [], []
            for _ in range(rng.randrange(0, 25)):
                if assigned is not None and rng.random() < 0.4:
                    # around the local midnight that starts the day of assignment
                    start = datetime(
                        assigned.year, assigned.month, assigned.day, tzinfo=tz
                    ).astimezone(UTC)
                    at = start + timedelta(minutes=rng.randrange(-600, 600))
                else:
                    at = base + timedelta(minutes=rng.randrange(90 * 24 * 60))
                channel = rng.choice(list(Channel))
                outcome = rng.choice(list(Outcome))
                group = channel is Channel.SMS and rng.random() < 0.5
                confirmed = None
                if group and rng.random() < 0.7:
                    confirmed = at + timedelta(hours=rng.randrange(1, 200))
                deleted = rng.random() < 0.1
                row = ContactAttempt(
                    id=uuid.uuid4(),
                    member_id=member.id,
                    at=at,
                    channel=channel,
                    outcome=outcome,
                    group_sms=group,
                    sent_confirmed_at=confirmed,
                    deleted=deleted,
                )
                s.add(row)
                if not deleted:
                    on = local_date(at, tz)
                    attempt = Attempt(on, channel, outcome, at, group, False, str(row.id))
                    attempts.append((attempt, confirmed))
            for _ in range(rng.randrange(0, 3)):
                occasion = rng.choice(
                    [Occasion.BIRTHDAY, Occasion.KEY_PERSON_BIRTHDAY, Occasion.FUNERAL]
                )
                status = rng.choice(list(GiftStatus))
                planned = (
                    date(2026, 5, 1) + timedelta(days=rng.randrange(200))
                    if rng.random() < 0.5
                    else None
                )
                delivered = (
                    date(2026, 5, 1) + timedelta(days=rng.randrange(200))
                    if rng.random() < 0.5
                    else None
                )
                requested = base - timedelta(minutes=rng.randrange(200 * 24 * 60))
                closed = None
                if status in (GiftStatus.REJECTED, GiftStatus.CANCELLED):
                    closed = requested + timedelta(days=rng.randrange(1, 120))
                s.add(
                    Gift(
                        member_id=member.id,
                        manager_id=manager.id,
                        occasion=occasion,
                        amount_fen=100,
                        cap_fen=100,
                        status=status,
                        planned_on=planned,
                        delivered_on=delivered,
                        requested_at=requested,
                        decided_at=closed if status is GiftStatus.REJECTED else None,
                        closed_at=closed if status is GiftStatus.CANCELLED else None,
                    )
                )
                if occasion is not Occasion.FUNERAL:
                    gifts.append((planned, delivered, requested, closed, status))
            book[str(member.id)] = (assigned, attempts, gifts)
    return book


def _expected(member_id, assigned, attempts, gifts, tz, as_of=None):
    """The reference facts of a random book's member as of the end of ``as_of``."""
    until = datetime.max.replace(tzinfo=UTC)
    if as_of is not None:
        until = datetime.combine(as_of + timedelta(days=1), datetime.min.time(), tz)
    seen = [
        replace(a, confirmed=confirmed is not None and confirmed < until)
        for a, confirmed in attempts
        if a.at < until
    ]
    given = []
    for planned, delivered, requested, closed, _status in gifts:
        if requested >= until or (closed is not None and closed < until):
            continue
        known = (
            delivered if delivered is not None and (as_of is None or delivered <= as_of) else None
        )
        given.append(planned or known or local_date(requested, tz))
    return fold_contacts(member_id, seen, assigned_on=assigned, birthday_gifts_on=given)


@pytest.mark.parametrize(
    "tz_name", ["Asia/Shanghai", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"]
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_contact_facts_equal_the_python_reference(db, tz_name, seed):
    tz = ZoneInfo(tz_name)
    book = _random_book(db, seed, tz)
    with db.reading() as s:
        members, contacts = member_and_contact_facts(s, manager_ids=None, tz=tz)
    assert {m.member_id for m in members} == set(book)
    for member_id, (assigned, attempts, gifts) in book.items():
        expected = _expected(member_id, assigned, attempts, gifts, tz)
        assert contacts[member_id] == expected, (tz_name, member_id)


@pytest.mark.parametrize("tz_name", ["Asia/Shanghai", "America/New_York"])
@pytest.mark.parametrize("as_of", [date(2026, 9, 20), date(2026, 10, 15), date(2026, 11, 10)])
def test_facts_as_of_a_day_ignore_what_was_logged_after_it(db, tz_name, as_of):
    """Attempts, 12580 confirmations and gifts (and their refusals) after the end of the
    day are not known yet on that day."""
    tz = ZoneInfo(tz_name)
    book = _random_book(db, 11, tz)
    with db.reading() as s:
        _, contacts = member_and_contact_facts(s, manager_ids=None, tz=tz, as_of=as_of)
    for member_id, (assigned, attempts, gifts) in book.items():
        expected = _expected(member_id, assigned, attempts, gifts, tz, as_of)
        assert contacts[member_id] == expected, (tz_name, as_of, member_id)


@pytest.mark.parametrize("tz_name", ["Asia/Shanghai", "Asia/Kolkata", "America/New_York"])
def test_the_row_loop_reads_text_and_datetimes_alike(db, tz_name):
    """The inline hour look-ups (SQLite text) and their fallback (a straddled hour, or
    PostgreSQL's aware datetimes) give the same facts, equal to the reference; the new
    members are picked out for the failed-call facts, some of them for the exact query."""
    from vipcrm.store.due_facts import (
        _NO_END,
        _facts_of_rows,
        _manager_codes,
        _members_statement,
        _new_member_facts,
        _parse_utc,
    )

    tz = ZoneInfo(tz_name)
    book = _random_book(db, 7, tz)
    with db.reading() as s:
        rows = s.connection().execute(_members_statement(True), {"until": _NO_END}).fetchall()
        codes = _manager_codes(s)
    as_datetimes = [
        tuple(row[:13]) + tuple(None if v is None else _parse_utc(v) for v in row[13:])
        for row in rows
    ]
    assert any(v is not None for row in as_datetimes for v in row[13:])

    def facts(rows):
        members, contacts, new, unresolved = [], {}, [], []
        exact = _facts_of_rows(rows, LocalDates(tz), {}, codes, members, contacts, new, unresolved)
        assert exact == [] and unresolved == []  # the seeks: nothing left over
        return members, contacts, new

    from_text = facts(rows)
    from_datetimes = facts(as_datetimes)
    assert from_text == from_datetimes
    _, contacts, new = from_text
    later = {
        "first_failed_call_on": None,  # new members only, read next
        "first_reached_after_failed_call_on": None,
        "unconfirmed_group_sms_on": None,  # read by their own statement
        "unconfirmed_group_sms_id": None,
    }
    for member_id, (assigned, attempts, _) in book.items():
        expected = _expected(member_id, assigned, attempts, [], tz)
        assert contacts[member_id] == replace(expected, **later), (tz_name, member_id)
    new_ids = {member_id for _raw, member_id, _assigned in new}
    assert new_ids == {
        member_id
        for member_id, (assigned, _, _) in book.items()
        if assigned is not None
        and (contacts[member_id].last_voice_reached_on or date.min) < assigned
    }
    with db.reading() as s:
        unresolved = _new_member_facts(s, new, contacts, LocalDates(tz), _NO_END)
    assert unresolved  # failed calls within hours of the local midnight of assignment


def test_members_in_scope_are_the_active_assigned_ones_of_those_managers(db):
    with db.transaction() as s:
        a, b = _manager(s, "A"), _manager(s, "B")
        s.flush()
        s.add_all(
            [
                Member(phone="13800000001", name="甲", tier=Tier.GOLD, manager_id=a.id),
                Member(phone="13800000002", name="乙", tier=Tier.SILVER, manager_id=b.id),
                Member(phone="13800000003", name="丙", tier=Tier.GOLD),  # unassigned
                Member(
                    phone="13800000004",
                    name="丁",
                    tier=Tier.GOLD,
                    manager_id=a.id,
                    status=MemberStatus.LEFT,
                ),
                Member(
                    phone="13800000005", name="戊", tier=Tier.GOLD, manager_id=a.id, deleted=True
                ),
                Member(
                    phone="13800000006",
                    name="己",
                    tier=Tier.DIAMOND,
                    manager_id=a.id,
                    birth_calendar="lunar",
                    birth_month=8,
                    birth_day=15,
                    key_role="contact",
                    important=True,
                ),
            ]
        )
        a_id = a.id
    with db.reading() as s:
        only_a, _ = member_and_contact_facts(s, manager_ids=frozenset({a_id}))
        everyone, _ = member_and_contact_facts(s, manager_ids=None)
        nobody, _ = member_and_contact_facts(s, manager_ids=frozenset())
    assert sorted(m.name for m in only_a) == ["己", "甲"]
    assert sorted(m.name for m in everyone) == ["乙", "己", "甲"]
    assert nobody == []
    ji = next(m for m in only_a if m.name == "己")
    assert ji.manager_code == "A" and ji.tier is Tier.DIAMOND
    assert ji.is_key_person and ji.important
    assert (
        ji.birthday is not None
        and ji.birthday.lunar
        and (ji.birthday.month, ji.birthday.day) == (8, 15)
    )
    assert str(uuid.UUID(ji.member_id)) == ji.member_id  # canonical id text


def test_open_cards_rules_caps_and_calendar_in_force(db):
    today = date(2026, 11, 22)
    with db.transaction() as s:
        a = _manager(s, "A")
        s.flush()
        m = Member(id=uuid.uuid4(), phone="13800000001", name="甲", tier=Tier.GOLD, manager_id=a.id)
        s.add(m)
        s.flush()
        mailed = Card(
            id=uuid.uuid4(),
            member_id=m.id,
            kind=CardKind.NEW,
            state=CardState.MAILED,
            state_since=date(2026, 11, 10),
            delivery_method=DeliveryMethod.MAIL,
        )
        s.add(mailed)
        s.add(Card(member_id=m.id, state=CardState.RECEIVED, state_since=date(2026, 1, 1)))
        s.add(RuleSetting(key="card_mail_check_days", value=5, effective_from=date(2026, 11, 1)))
        s.add(RuleSetting(key="card_notify_days", value=9, effective_from=date(2026, 12, 1)))
        s.add(
            GiftCapRule(
                occasion=Occasion.BIRTHDAY,
                tier=Tier.GOLD,
                cap_fen=12000,
                gift_zh="书",
                gift_en="book",
                effective_from=date(2026, 6, 1),
            )
        )
        s.add(CalendarDay(day=date(2027, 2, 8), kind="holiday", name="春节"))
        s.add(CalendarDay(day=date(2027, 2, 20), kind="workday", name="春节"))
        s.add(CalendarDay(day=date(2027, 2, 9), kind="holiday", name="春节", deleted=True))
        card_id, member_id = str(mailed.id), str(m.id)
    with db.reading() as s:
        cards = open_card_facts(s, manager_ids=None)
        rules = rules_in_force(s, today)
        caps = birthday_caps_in_force(s, today)
        cal = workday_calendar(s)
        facts = load_due_facts(s, manager_ids=None, today=today)
    assert cards == [
        CardFacts(card_id, member_id, CardState.MAILED, date(2026, 11, 10), DeliveryMethod.MAIL)
    ]
    assert rules.card_mail_check_days == 5
    assert rules.card_notify_days == 3  # the change applies from December only
    assert caps == {Tier.DIAMOND: 15000, Tier.GOLD: 12000, Tier.SILVER: 0}
    assert cal.has_data(2027) and cal.source(2027) == "imported"
    assert not cal.is_workday(date(2027, 2, 8))
    assert cal.is_workday(date(2027, 2, 20))  # a Saturday, made a working day
    assert cal.is_workday(date(2027, 2, 9))  # withdrawn: a plain Tuesday again
    assert facts.cards == cards and facts.birthday_caps_fen == caps


def test_local_dates_handle_hours_that_straddle_a_local_midnight():
    kolkata = ZoneInfo("Asia/Kolkata")  # +05:30: local midnight is at 18:30 UTC
    to_local = LocalDates(kolkata)
    assert to_local("2026-09-28 18:29:59.999999") == date(2026, 9, 28)
    assert to_local("2026-09-28 18:30:00.000000") == date(2026, 9, 29)
    shanghai = LocalDates(SHANGHAI)
    assert shanghai("2026-09-28 15:59:59.000000") == date(2026, 9, 28)
    assert shanghai("2026-09-28 16:00:00.000000") == date(2026, 9, 29)
    assert shanghai(datetime(2026, 9, 28, 16, tzinfo=UTC)) == date(2026, 9, 29)
    assert shanghai(None) is None
    assert shanghai.day_start(date(2026, 9, 29)) == datetime(2026, 9, 28, 16, tzinfo=UTC)


def test_the_contact_facts_use_the_covering_index(db):
    from vipcrm.store.due_facts import _NO_END, _members_statement

    with db.engine.connect() as conn:
        statement = _members_statement(True).params(until=_NO_END)
        sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    searches = [p for p in plan if "contact_attempts" in p]
    assert len(searches) == 3
    assert all("COVERING INDEX ix_contact_attempts_due" in p for p in searches), plan
    with db.reading() as s:  # the statement runs on an empty database too
        assert s.scalars(select(Member.id)).all() == []


def test_the_new_members_failed_calls_use_the_covering_index(db):
    from vipcrm.store.due_facts import _NO_END, _new_members_statement

    with db.engine.connect() as conn:
        statement = _new_members_statement().params(until=_NO_END, ids=["00" * 16])
        sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    searches = [p for p in plan if "contact_attempts" in p]
    assert len(searches) == 4  # before and after the split point, the nested first failed
    assert all("COVERING INDEX ix_contact_attempts_due" in p for p in searches), plan


def test_the_12580_checks_are_read_from_the_partial_index(db):
    """Group SMS are read by confirmation from their own small index: the unconfirmed ones
    (and those confirmed after the day asked about), never the whole contact log."""
    from vipcrm.store.due_facts import _NO_END, _group_sms_statement

    with db.engine.connect() as conn:
        statement = _group_sms_statement().params(until=_NO_END)
        sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    searches = [p for p in plan if "contact_attempts" in p]
    assert len(searches) == 2, plan
    assert all(p.startswith("SEARCH") and "ix_contact_attempts_group_sms" in p for p in searches)


@pytest.mark.parametrize("summary", [True, False])
@pytest.mark.parametrize("as_of", [date(2026, 9, 20), date(2026, 11, 10)])
def test_card_holders_only_reads_the_holders_facts_the_same(db, summary, as_of):
    """``card_holders_only``: the open cards first, then their holders' facts by id — the
    same facts, cards and rules as the whole scope's, kept to the card holders."""
    book = _random_book(db, 5, SHANGHAI)
    with db.transaction() as s:
        other = _manager(s, "M002")
        s.flush()
        outsider = Member(
            id=uuid.uuid4(), phone="13900000001", name="外", tier=Tier.GOLD, manager_id=other.id
        )
        s.add(outsider)
        s.flush()
        s.add(Card(member_id=outsider.id, state=CardState.MAILED, state_since=date(2026, 9, 1)))
        for k, member_id in enumerate(sorted(book)):
            if k % 3:
                continue
            since = date(2026, 9, 1) + timedelta(days=7 * (k % 10))
            state = CardState.RECEIVED if k % 9 == 0 else CardState.MAILED
            s.add(Card(member_id=uuid.UUID(member_id), state=state, state_since=since))
        mine = frozenset({_manager_id(s, "M001")})
    for scope in (None, mine):
        with db.reading() as s:
            full = load_due_facts(s, manager_ids=scope, today=as_of, summary=summary)
            holders = load_due_facts(
                s, manager_ids=scope, today=as_of, summary=summary, card_holders_only=True
            )
        kept = {card.member_id for card in full.cards}
        by_id = {m.member_id: m for m in full.members}
        assert kept and _sorted(holders.cards) == _sorted(full.cards)
        assert sorted(m.member_id for m in holders.members) == sorted(kept)
        assert all(m == by_id[m.member_id] for m in holders.members)
        assert holders.contacts == {k: v for k, v in full.contacts.items() if k in kept}
        assert (holders.rules, holders.birthday_caps_fen) == (full.rules, full.birthday_caps_fen)
        assert (str(outsider.id) in kept) is (scope is None)


def _manager_id(s, code: str) -> uuid.UUID:
    return s.scalar(select(Manager.id).where(Manager.code == code))


def _sorted(cards):
    return sorted(cards, key=lambda card: card.card_id)
