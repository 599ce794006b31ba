"""Plan roll-up: periods, laying due items out by day, minimum contact, forecast, churn."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.due import DueItem, DueKind, Reason
from vipcrm.domain.errors import ValidationError
from vipcrm.domain.plan_layout import (
    BookMember,
    DailyCapacity,
    below_minimum,
    channel,
    churn_figures,
    daily_capacity,
    forecast_month,
    minimum_period,
    month_period,
    month_weeks,
    parse_plan_month,
    parse_plan_week,
    parse_plan_year,
    plan_items,
    plan_tail,
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
        reason=Reason.of(kind, start=window or due),
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
    # carried over: on the first working day (no capacity given), flagged, late
    assert by_member["late"].on == date(2026, 12, 1) and by_member["late"].carried
    assert by_member["late"].late
    # fixed day on a Sunday: the greeting counts from the day, so Monday, late
    assert by_member["bd"].on == date(2026, 12, 14) and by_member["bd"].late
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


def test_nothing_is_planned_on_a_day_off():
    # National Day 2026: 1-7 October off; the week 28 Sep - 4 Oct, planned from 1 October:
    # its working days were September's, so October carries it over (late) if still open
    sms = item(DueKind.ROUTINE_SMS, date(2026, 10, 4), date(2026, 9, 28))
    (p,) = plan_items([sms], CAL, date(2026, 10, 1), date(2026, 10, 31))
    assert p.on == date(2026, 10, 8) and p.late and p.carried
    # ... and September's plan takes it, on time: its days off follow the month
    assert plan_tail(CAL, date(2026, 9, 30)) == date(2026, 10, 7)
    (p,) = plan_items([sms], CAL, date(2026, 9, 1), date(2026, 9, 30))
    assert date(2026, 9, 28) <= p.on <= date(2026, 9, 30) and not p.late


def test_a_fixed_day_on_a_holiday_moves_to_the_nearest_earlier_working_day_on_time():
    start, end = date(2026, 9, 1), date(2026, 9, 30)
    # 中秋 2026-09-25..27 off: the key person's greeting (window from 09-22) goes on Thu 24
    greeting = item(DueKind.HOLIDAY_GREETING, date(2026, 9, 25), date(2026, 9, 22))
    # a birthday gift due Saturday 26 counts whenever given: Thursday 24 too
    gift = item(DueKind.BIRTHDAY_GIFT, date(2026, 9, 26), member="gift")
    # a card handed over on an agreed day off: the next working day, late
    delivery = item(DueKind.CARD_DELIVERY, date(2026, 9, 26), member="card")
    by_member = {
        p.item.member_id: p for p in plan_items([greeting, gift, delivery], CAL, start, end)
    }
    assert by_member["m1"].on == date(2026, 9, 24) and not by_member["m1"].late
    assert by_member["gift"].on == date(2026, 9, 24) and not by_member["gift"].late
    assert by_member["card"].on == date(2026, 9, 28) and by_member["card"].late


def test_an_item_with_no_working_day_left_in_the_plan_goes_to_the_next_one():
    # due Sunday 2027-01-31, its window that day only: Monday 02-01 is February's
    greeting = item(DueKind.BIRTHDAY_GREETING, date(2027, 1, 31))
    assert plan_items([greeting], CAL, date(2027, 1, 1), date(2027, 1, 31)) == ()
    (p,) = plan_items([greeting], CAL, date(2027, 2, 1), date(2027, 2, 28))
    assert p.on == date(2027, 2, 1) and p.carried and p.late


def test_new_years_day_2027_is_off_in_the_provisional_calendar():
    start, end = date(2027, 1, 1), date(2027, 1, 31)
    overdue = [
        item(DueKind.ROUTINE_CALL, date(2026, 12, 31), date(2026, 12, 1), member=f"c{k}")
        for k in range(30)
    ]
    view = CAL.tracked()
    planned = plan_items(overdue, view, start, end)
    assert len(planned) == 30 and all(p.on >= date(2027, 1, 4) for p in planned)
    assert view.guessed_years == {2027}


def test_carried_over_items_are_spread_within_the_daily_capacity():
    start, end = date(2026, 12, 1), date(2026, 12, 31)
    carried = [
        item(DueKind.ROUTINE_CALL, date(2026, 11, 30), date(2026, 11, 1), member=f"c{k:02d}")
        for k in range(25)
    ] + [
        item(DueKind.ROUTINE_SMS, date(2026, 11, 29), date(2026, 11, 23), member=f"s{k:02d}")
        for k in range(12)
    ]
    # what the rules already put on Tuesday 1 December: 6 first contacts (calls)
    first = [
        item(DueKind.FIRST_CONTACT, date(2026, 12, 3), date(2026, 11, 30), member=f"f{k}")
        for k in range(6)
    ]
    capacity = DailyCapacity(calls=10, sms=5)
    planned = plan_items(carried + first, CAL, start, end, capacity)
    per_day = Counter((p.on, channel(p.item.kind.value)) for p in planned)
    # calls: 4 more on 12-01 (6 there already), then 10 on 12-02, 10 on 12-03, 1 on 12-04
    assert [per_day[(date(2026, 12, d), "calls")] for d in (1, 2, 3, 4, 7)] == [10, 10, 10, 1, 0]
    # SMS: 5 a day from the first working day
    assert [per_day[(date(2026, 12, d), "sms")] for d in (1, 2, 3, 4)] == [5, 5, 2, 0]
    assert all(p.carried and p.late for p in planned if p.item.member_id[0] in "cs")
    assert not any(capacity.over(per_day[(d, "calls")], per_day[(d, "sms")]) for d, _ in per_day)


def test_when_every_day_is_full_the_least_loaded_days_go_over_capacity():
    week = date(2026, 12, 7), date(2026, 12, 13)  # Monday to Sunday: five working days
    carried = [
        item(DueKind.ROUTINE_CALL, date(2026, 11, 30), date(2026, 11, 1), member=f"c{k:02d}")
        for k in range(13)
    ]
    capacity = DailyCapacity(calls=2, sms=5)
    planned = plan_items(carried, CAL, *week, capacity)
    per_day = Counter(p.on for p in planned)
    assert set(per_day) == {date(2026, 12, d) for d in range(7, 12)}
    assert sorted(per_day.values()) == [2, 2, 3, 3, 3]  # 10 within, 3 over: spread, not piled
    assert [d for d, n in per_day.items() if capacity.over(n, 0)] == [
        date(2026, 12, 7),
        date(2026, 12, 8),
        date(2026, 12, 9),
    ]


def test_the_daily_capacity_is_derived_from_the_book_unless_the_rules_set_it():
    december = month_period(2026, 12)  # 23 working days, 4 Sundays
    # 500 members: 500 calls and 2000 SMS a month; x 150 % / 23 working days
    assert daily_capacity(500, RULES, december, 23) == DailyCapacity(calls=33, sms=131)
    # a small book: the floors
    assert daily_capacity(40, RULES, december, 23) == DailyCapacity(calls=10, sms=30)
    fixed = ServiceRules.from_mapping({"plan_calls_per_day": 40})
    assert daily_capacity(500, fixed, december, 23) == DailyCapacity(calls=40, sms=131)
    quieter = ServiceRules.from_mapping({"plan_capacity_percent": 100})
    assert daily_capacity(500, quieter, december, 23).calls == 22  # ceil(500 / 23)


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
