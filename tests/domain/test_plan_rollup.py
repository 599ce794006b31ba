"""Plan roll-up: periods, laying due items out by day, minimum contact, forecast, churn."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.due import DueItem, DueKind
from vipcrm.domain.errors import ValidationError
from vipcrm.domain.plan import (
    BookMember,
    below_minimum,
    churn_figures,
    forecast_month,
    minimum_period,
    month_period,
    month_weeks,
    parse_plan_month,
    parse_plan_week,
    parse_plan_year,
    plan_items,
)
from vipcrm.domain.rules import ServiceRules
from vipcrm.domain.values import Tier
from vipcrm.domain.workdays import WorkdayCalendar

CAL = WorkdayCalendar()
RULES = ServiceRules()


def item(kind, due, window=None, name="张伟", tier=Tier.GOLD, member="m1") -> DueItem:
    return DueItem(
        member_id=member,
        member_name=name,
        phone="13800000000",
        tier=tier,
        manager_code="M1",
        kind=kind,
        due_date=due,
        window_start=window or due,
        overdue_days=0,
        reason="",
    )


def test_periods_parse_and_refuse():
    assert parse_plan_month("2026-12") == month_period(2026, 12)
    assert parse_plan_month("2026-12").end == date(2026, 12, 31)
    week = parse_plan_week("2026-W49")
    assert (week.start, week.end, week.key) == (date(2026, 11, 30), date(2026, 12, 6), "2026-W49")
    assert parse_plan_week("2026w1").start == date(2025, 12, 29)  # ISO: week 1 holds 4 January
    assert parse_plan_year("2026").days == 365
    for bad, parse in (
        ("2026-13", parse_plan_month),
        ("2026-W54", parse_plan_week),
        ("26", parse_plan_year),
    ):
        with pytest.raises(ValidationError):
            parse(bad)


def test_month_weeks_run_monday_to_sunday_around_the_month():
    weeks = month_weeks(2026, 12)
    assert weeks[0][0] == date(2026, 11, 30) and weeks[-1][-1] == date(2027, 1, 3)
    assert all(len(w) == 7 and w[0].weekday() == 0 for w in weeks)


def test_every_item_is_placed_once_inside_the_plan():
    start, end = date(2026, 12, 1), date(2026, 12, 31)
    items = [
        item(DueKind.ROUTINE_CALL, end, start, name=f"会员{k:03d}", member=f"m{k}")
        for k in range(100)
    ]
    items += [
        item(DueKind.FIRST_CONTACT, date(2026, 11, 25), date(2026, 11, 20), member="late"),
        item(DueKind.BIRTHDAY_GREETING, date(2026, 12, 13), member="bd"),  # a Sunday
        item(DueKind.CARD_DATA, date(2026, 12, 9), date(2026, 12, 8), member="card"),
        item(DueKind.ROUTINE_SMS, date(2026, 12, 6), date(2026, 11, 30), member="sms"),
    ]
    planned = plan_items(items, CAL, start, end)
    assert len(planned) == len(items)
    assert Counter(id(p.item) for p in planned) == Counter(id(i) for i in items)
    assert all(start <= p.on <= end for p in planned)
    by_member = {p.item.member_id: p for p in planned}
    # carried over: on the first working day, flagged
    assert by_member["late"].on == date(2026, 12, 1) and by_member["late"].carried
    # fixed day: a birthday greeting on the day, even a Sunday
    assert by_member["bd"].on == date(2026, 12, 13)
    # a deadline: the first working day of its window
    assert by_member["card"].on == date(2026, 12, 8)
    # the week's SMS inside the plan: 1-4 December are the working days left of that week
    assert date(2026, 12, 1) <= by_member["sms"].on <= date(2026, 12, 4)
    # routine calls spread evenly over the 23 working days of December 2026
    calls = Counter(p.on for p in planned if p.item.kind is DueKind.ROUTINE_CALL)
    assert len(calls) == 23 and max(calls.values()) - min(calls.values()) <= 1
    assert all(CAL.is_workday(d) for d in calls)
    # rows by day; carried-over ones first
    assert [p.on for p in planned] == sorted(p.on for p in planned)
    assert planned[0].carried


def test_a_window_without_working_days_keeps_the_due_date():
    # National Day 2026: 1-7 October off; the week 28 Sep - 4 Oct, planned from 1 October
    sms = item(DueKind.ROUTINE_SMS, date(2026, 10, 4), date(2026, 9, 28))
    (p,) = plan_items([sms], CAL, date(2026, 10, 1), date(2026, 10, 31))
    assert p.on == date(2026, 10, 4)


def test_items_beyond_the_plan_are_refused():
    with pytest.raises(ValueError):
        plan_items(
            [item(DueKind.ROUTINE_CALL, date(2027, 1, 31))],
            CAL,
            date(2026, 12, 1),
            date(2026, 12, 31),
        )


def test_minimum_periods_and_who_is_below():
    assert minimum_period(date(2026, 11, 30), 3) == (date(2026, 10, 1), date(2026, 12, 31))
    assert minimum_period(date(2026, 11, 30), 1) == (date(2026, 11, 1), date(2026, 11, 30))
    day = date(2026, 11, 30)
    assert below_minimum(Tier.GOLD, date(2026, 10, 31), day, RULES)
    assert not below_minimum(Tier.GOLD, date(2026, 11, 1), day, RULES)
    assert not below_minimum(Tier.SILVER, date(2026, 10, 2), day, RULES)
    assert below_minimum(Tier.SILVER, None, day, RULES, assigned_on=date(2025, 1, 1))
    # new in the period: judged by the first-contact rule instead
    assert not below_minimum(Tier.GOLD, None, day, RULES, assigned_on=date(2026, 11, 20))


def test_forecast_of_a_month():
    book = [
        BookMember(Tier.GOLD, Birthday(12, 5)),
        BookMember(Tier.SILVER, Birthday(12, 9), key_person=True),
        BookMember(Tier.DIAMOND),
    ]
    caps = {Tier.DIAMOND: 15000, Tier.GOLD: 10000, Tier.SILVER: 0}
    f = forecast_month(
        book, month_period(2026, 10), rules=RULES, calendar=CAL, birthday_caps_fen=caps
    )
    assert f.routine_sms == 3 * 4  # Sundays 4, 11, 18, 25 October
    assert f.routine_calls == 3
    assert f.holidays == ("国庆节",) and f.makeup_days == 1  # 10 October
    assert f.working_days == 18  # 22 weekdays - 5 off + 1 make-up day
    d = forecast_month(
        book, month_period(2026, 12), rules=RULES, calendar=CAL, birthday_caps_fen=caps
    )
    assert (d.birthdays, d.birthday_gifts, d.birthday_gift_fen) == (2, 1, 10000)
    jan = forecast_month(
        book, month_period(2026, 1), rules=RULES, calendar=CAL, birthday_caps_fen=caps
    )
    assert jan.holiday_greetings == 1  # one key person, 元旦
    assert jan.contacts == jan.routine_sms + jan.routine_calls + jan.birthdays + 1


def test_churn_by_group_against_targets():
    members = [(Tier.DIAMOND, True)] + [(Tier.GOLD, False)] * 9 + [(Tier.SILVER, False)] * 40
    figures = churn_figures(members, target_all=0.035, target_diamond_gold=0.02)
    assert figures["all"].rate == pytest.approx(1 / 50) and figures["all"].met
    assert (
        figures["diamond_gold"].rate == pytest.approx(0.1) and figures["diamond_gold"].met is False
    )
    assert figures["silver"].rate == 0 and figures["silver"].met is None
    assert churn_figures([], target_all=0.1, target_diamond_gold=0.1)["all"].rate is None


def test_plans_are_laid_out_without_a_clock():
    # the same inputs give the same plan
    start = date(2026, 12, 1)
    items = [
        item(
            DueKind.ROUTINE_SMS, date(2026, 12, 13), date(2026, 12, 7), name=f"n{k}", member=str(k)
        )
        for k in range(30)
    ]
    a = plan_items(items, CAL, start, start + timedelta(days=30))
    b = plan_items(list(reversed(items)), CAL, start, start + timedelta(days=30))
    assert [(p.on, p.item.member_id) for p in a] == [(p.on, p.item.member_id) for p in b]
