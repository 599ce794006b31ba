"""Plan data and the lead's review: scope, totals against the due engine, what was due
and done by the log, service levels, churn."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from vipcrm.domain.dates import DEFAULT_TZ
from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import PermissionDenied
from vipcrm.domain.values import (
    CardState,
    Channel,
    GiftStatus,
    MemberStatus,
    Occasion,
    Outcome,
    Role,
    Tier,
    TierChange,
)
from vipcrm.services.context import resolve_actor
from vipcrm.services.due import due_for
from vipcrm.services.plan_contents import month_plan, plan_managers, week_plan, year_plan
from vipcrm.services.review import work_review
from vipcrm.store.models import (
    Card,
    CardStep,
    ContactAttempt,
    Gift,
    Manager,
    Member,
    Team,
    TierHistory,
)

TODAY = date(2026, 11, 22)


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00").replace(tzinfo=DEFAULT_TZ).astimezone(UTC)


@pytest.fixture
def team(db):
    """Team T1 (lead L1; M1 with a member of long standing and three new ones; M2 with a
    diamond member who left in November and a gold one who stayed); M3 in team T2."""
    with db.transaction() as s:
        s.info["no_outbox"] = True
        t1, t2 = (
            Team(id=uuid.uuid4(), code="T1", name="一组"),
            Team(id=uuid.uuid4(), code="T2", name="二组"),
        )
        s.add_all([t1, t2])
        s.flush()
        m = {
            code: Manager(id=uuid.uuid4(), code=code, name=f"经理{code}", role=role, team_id=tid)
            for code, role, tid in (
                ("L1", Role.LEAD, t1.id),
                ("M1", Role.MANAGER, t1.id),
                ("M2", Role.MANAGER, t1.id),
                ("M3", Role.MANAGER, t2.id),
            )
        }
        s.add_all(m.values())
        s.flush()

        def member(name, tier, manager, assigned, joined, phone, **kw):
            row = Member(
                id=uuid.uuid4(),
                phone=phone,
                name=name,
                tier=tier,
                manager_id=m[manager].id,
                assigned_on=assigned,
                joined_month=joined,
                **kw,
            )
            s.add(row)
            return row

        old = member(
            "老会员", Tier.GOLD, "M1", date(2025, 6, 1), "2025-06", "13800000001",
            birth_calendar="solar", birth_month=11, birth_day=12,
        )  # fmt: skip
        a = member("新会员甲", Tier.SILVER, "M1", date(2026, 11, 2), "2026-11", "13800000002")
        b = member("新会员乙", Tier.SILVER, "M1", date(2026, 11, 2), "2026-11", "13800000003")
        member("新会员丙", Tier.SILVER, "M1", date(2026, 11, 18), "2026-11", "13800000004")
        gone = member(
            "离网会员", Tier.DIAMOND, "M2", date(2025, 1, 2), "2025-01", "13800000005",
            status=MemberStatus.LEFT, left_month="2026-11",
        )  # fmt: skip
        member("留存会员", Tier.GOLD, "M2", date(2025, 1, 2), "2025-01", "13800000006")
        member("别组会员", Tier.GOLD, "M3", date(2025, 1, 2), "2025-01", "13800000007")
        s.flush()
        s.add(
            TierHistory(
                member_id=gone.id, month="2025-01", tier=Tier.DIAMOND, change=TierChange.NEW
            )
        )
        for who, day, channel, outcome in (
            (old, "2026-11-03", Channel.SMS, Outcome.REACHED),
            (old, "2026-11-10", Channel.PHONE, Outcome.REACHED),
            (a, "2026-11-04", Channel.SMS, Outcome.REACHED),
            (b, "2026-11-09", Channel.PHONE, Outcome.REACHED),
        ):
            s.add(
                ContactAttempt(
                    member_id=who.id,
                    manager_id=m["M1"].id,
                    at=at(day),
                    channel=channel,
                    outcome=outcome,
                )
            )
        s.add(
            Gift(
                member_id=old.id,
                manager_id=m["M1"].id,
                occasion=Occasion.BIRTHDAY,
                amount_fen=10000,
                cap_fen=10000,
                planned_on=date(2026, 11, 9),
                status=GiftStatus.APPROVED,
            )
        )
        card = Card(
            id=uuid.uuid4(),
            member_id=old.id,
            state=CardState.NOTIFIED,
            state_since=date(2026, 11, 12),
        )
        s.add(card)
        for step, state, day in (
            ("data_collected", CardState.DATA_COLLECTED, date(2026, 11, 3)),
            ("data_sent", CardState.DATA_SENT, date(2026, 11, 5)),
            ("arrived", CardState.ARRIVED, date(2026, 11, 10)),
            ("notified", CardState.NOTIFIED, date(2026, 11, 12)),
        ):
            s.add(CardStep(card_id=card.id, step=step, state=state, on=day))
    return db


def as_user(db, code, fn, **kw):
    with db.reading() as s:
        return fn(s, resolve_actor(s, code), **kw)


def test_the_month_plan_holds_exactly_what_the_engine_says(team):
    data = as_user(team, "M1", month_plan, manager="M1", month="2026-12")
    # up to the month's end and through the days off after it (01-01 元旦 and a weekend, by
    # the provisional 2027 calendar): their items are done on December's last working days
    due = as_user(team, "M1", due_for, today=date(2026, 12, 1), horizon_days=33, manager_code="M1")
    assert sorted((i.member_id, i.kind, i.due_date) for i in due.items) == sorted(
        (p.item.member_id, p.item.kind, p.item.due_date) for p in data.items
    )
    assert any(p.item.due_date == date(2027, 1, 3) for p in data.items)  # the week's SMS
    workdays = {d.day for d in data.days if d.workday}
    assert all(p.on in workdays for p in data.items)
    assert data.provisional_years == (2027,) and not data.calendar_known
    assert data.book_by_tier == {Tier.DIAMOND: 0, Tier.GOLD: 1, Tier.SILVER: 3}
    assert data.owner.manager_code == "M1" and data.owner.team_code == "T1"
    assert [c.state for c in data.cards] == [CardState.NOTIFIED]
    # the long-standing gold member was reached in November: not below the minimum
    assert data.below_minimum == ()
    assert data.carried == sum(1 for i in due.items if i.due_date < date(2026, 12, 1))


def test_weekly_and_yearly_plans(team):
    week = as_user(team, "M1", week_plan, manager="M1", week="2026-W49")
    assert week.period.start == date(2026, 11, 30) and len(week.days) == 7
    assert all(date(2026, 11, 30) <= p.on <= date(2026, 12, 6) for p in week.items)
    year = as_user(team, "M1", year_plan, manager="M1", year="2026")
    assert len(year.months) == 12
    nov = year.months[10]
    assert nov.gifts == 1 and nov.gifts_fen == 10000
    assert nov.forecast.routine_calls == 4 and nov.forecast.birthdays == 1


def test_who_may_see_a_plan(team):
    with pytest.raises(PermissionDenied):
        as_user(team, "M2", month_plan, manager="M1", month="2026-12")
    with pytest.raises(PermissionDenied):
        as_user(team, "M3", month_plan, manager="M1", month="2026-12")
    assert as_user(team, "L1", month_plan, manager="M2", month="2026-12").owner.manager_code == "M2"
    assert as_user(team, "L1", plan_managers, team="T1") == ["M1", "M2"]
    with pytest.raises(PermissionDenied):
        as_user(team, "M1", plan_managers, team="T1")
    with pytest.raises(PermissionDenied):
        as_user(team, "M1", work_review, team="T1", month="2026-11", today=TODAY)


def test_review_counts_due_and_done_from_the_log(team):
    review = as_user(team, "L1", work_review, team="T1", month="2026-11", today=TODAY)
    assert [m.code for m in review.managers] == ["M1", "M2"]
    m1 = review.managers[0]
    sms = m1.by_kind[DueKind.ROUTINE_SMS]
    # weeks ending 1, 8, 15, 22, 29 November; new members only from the week after assignment
    assert (sms.due, sms.done, sms.open, sms.missed) == (12, 1, 7, 4)
    call = m1.by_kind[DueKind.ROUTINE_CALL]
    assert (call.due, call.done) == (1, 1)  # only the member assigned before November
    minimum = m1.by_kind[DueKind.MINIMUM_CONTACT]
    assert (minimum.due, minimum.done) == (1, 1)  # gold, monthly; silver's quarter ends in December
    greeting = m1.by_kind[DueKind.BIRTHDAY_GREETING]
    assert (greeting.due, greeting.done, greeting.missed) == (1, 0, 1)  # nothing on or after 12 Nov
    gift = m1.by_kind[DueKind.BIRTHDAY_GIFT]
    assert (gift.due, gift.done) == (1, 1)
    assert m1.by_tier[Tier.GOLD].due == 5 + 1 + 1 + 1 + 1
    assert m1.total.due == sum(t.due for t in m1.by_tier.values())
    assert (m1.logged, m1.reached) == (4, 4)


def test_review_service_levels(team):
    review = as_user(team, "L1", work_review, team="T1", month="2026-11", today=TODAY)
    m1 = review.managers[0]
    first = {c.member_name: (c.deadline, c.status(TODAY)) for c in m1.first_contact}
    assert first == {
        # reached by SMS only: §4.1's first contact is the group SMS and then a call
        "新会员甲": (date(2026, 11, 5), "missed"),
        "新会员乙": (date(2026, 11, 5), "late"),
        "新会员丙": (date(2026, 11, 23), "pending"),
    }
    cards = {c.what: (c.deadline, c.done_on, c.status(TODAY)) for c in m1.cards}
    assert cards == {
        "card_data": (date(2026, 11, 4), date(2026, 11, 5), "late"),
        "card_notify": (date(2026, 11, 13), date(2026, 11, 12), "hit"),
    }
    assert m1.gifts.amount_fen == {GiftStatus.APPROVED: 10000}


def test_review_churn_of_the_month_and_the_year(team):
    review = as_user(team, "L1", work_review, team="T1", month="2026-11", today=TODAY)
    month, ytd = review.churn_month, review.churn_ytd
    # at the start of November: the member of long standing and M2's two (new ones joined in November)
    assert (month["all"].base, month["all"].left) == (3, 1)
    assert (month["diamond_gold"].base, month["diamond_gold"].left) == (3, 1)
    assert (month["diamond"].base, month["diamond"].left) == (1, 1)  # the tier it had then
    assert month["all"].target == pytest.approx(0.035 / 12)
    assert month["all"].met is False
    assert (ytd["all"].base, ytd["all"].left) == (3, 1)
    assert ytd["all"].target == pytest.approx(0.035 * 11 / 12)
    # the other team's member is not counted; the member who left is not in M2's book
    assert review.managers[1].book_size == 1
