"""Plans and the working-day calendar (issue 19): the January 2027 plan of a demo book
made in December 2026, when 2027 has no official schedule yet; the week and the month
agree; an official import replaces the provisional year and the plan follows."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from vipcrm.domain.errors import ValidationError
from vipcrm.services import saved_plans
from vipcrm.services.calendar import import_calendar
from vipcrm.services.context import resolve_actor
from vipcrm.services.demo import DemoOptions, generate_demo
from vipcrm.services.plan_contents import month_plan, week_plan
from vipcrm.store.db import open_database

TODAY = date(2026, 12, 5)  # the day: planning January in early December


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("jan") / "book.db"
    database = open_database(path)
    generate_demo(database, DemoOptions(managers=1, members=300, seed=3, today=TODAY))
    yield database
    database.dispose()


def as_manager(database, fn, **kw):
    with database.reading() as s:
        return fn(s, resolve_actor(s, "M001"), manager="M001", **kw)


def test_the_january_2027_plan_puts_nothing_on_new_years_day(book):
    data = as_manager(book, month_plan, month="2027-01")
    days = {d.day: d for d in data.days}
    assert days[date(2027, 1, 1)].holiday == "元旦" and days[date(2027, 1, 1)].provisional
    assert not days[date(2027, 1, 1)].workday
    assert data.rows and not any(r.on == date(2027, 1, 1) for r in data.rows)
    assert all(days[r.on].workday for r in data.rows)
    # the plan says which year's calendar is provisional; the edges say so in their language
    assert data.provisional_years == (2027,) and not data.calendar_known


def test_what_december_leaves_is_spread_within_the_daily_capacity(book):
    data = as_manager(book, month_plan, month="2027-01")
    carried = [r for r in data.rows if r.carried]
    # December's first contacts, card steps ... still open on 5 December (the routine
    # SMS and calls of a period that has ended are not carried over)
    assert len(carried) > 20
    capacity = data.days[0].capacity
    assert capacity is not None and capacity.calls >= 10 and capacity.sms >= 30
    per_day = Counter(r.on for r in carried)
    assert len(per_day) > 1  # not piled on the first working day
    first = min(per_day)
    assert first == date(2027, 1, 4)  # 01-01 元旦, then a weekend
    assert not {d.day: d for d in data.days}[first].over_capacity
    # within capacity wherever the month has room; a day over is said
    over = [d for d in data.days if d.over_capacity]
    room = sum(
        capacity.calls - d.calls for d in data.days if d.workday and d.calls < capacity.calls
    )
    if room > 0:
        assert len(over) < sum(1 for d in data.days if d.workday)
    for d in data.days:
        assert d.over_capacity == (d.calls > capacity.calls or d.sms > capacity.sms)


def test_the_week_and_the_month_agree_item_for_item(book):
    december = as_manager(book, month_plan, month="2026-12")
    january = as_manager(book, month_plan, month="2027-01")
    week = as_manager(book, week_plan, week="2026-W53")  # 28 December to 3 January

    def key(r):
        return (r.on, r.kind, r.member_id, r.reason, r.note)

    in_week = [
        r for r in (*december.rows, *january.rows) if week.period.start <= r.on <= week.period.end
    ]
    assert [key(r) for r in week.rows] == [key(r) for r in in_week]
    assert week.rows and all(r.on <= date(2026, 12, 31) for r in week.rows)  # 1-3 Jan off
    # the week ending Sunday 3 January: its SMS are planned in December, on time
    sms = [r for r in week.rows if r.kind == "routine_sms" and r.due_date == date(2027, 1, 3)]
    assert sms and not any(r.late for r in sms)
    w01 = as_manager(book, week_plan, week="2027-W01")
    assert [key(r) for r in w01.rows] == [
        key(r) for r in january.rows if w01.period.start <= r.on <= w01.period.end
    ]


def test_a_saved_plan_takes_no_item_onto_a_day_off(book, tmp_path):
    with book.transaction() as s:
        m1 = resolve_actor(s, "M001")
        view, _ = saved_plans.generate_plan(s, m1, period="2027-01")
        assert not any(i.on == date(2027, 1, 1) for i in view.items)
        item = view.items[0]
        for day, words in ((date(2027, 1, 1), "元旦"), (date(2027, 1, 9), "weekend")):
            with pytest.raises(ValidationError) as refused:
                saved_plans.move_item(s, m1, item.id, on=day)
            assert refused.value.field == "on" and words in refused.value.message
        s.rollback()


def test_an_official_import_replaces_the_provisional_year_and_the_plan_follows(book, tmp_path):
    # a made-up notice for the test (not the State Council's): 元旦 1-3 January off, and
    # Saturday 9 January a make-up working day
    notice = tmp_path / "2027.csv"
    notice.write_text(
        "date,type,name\n2027-01-01,holiday,元旦\n2027-01-02,holiday,元旦\n"
        "2027-01-03,holiday,元旦\n2027-01-09,workday,元旦\n",
        encoding="utf-8",
    )
    with book.transaction() as s:
        result = import_calendar(s, resolve_actor(s, "L01"), notice)
        assert result.years[0].replaces == "provisional"
        with s.no_autoflush:
            data = month_plan(s, resolve_actor(s, "M001"), manager="M001", month="2027-01")
        days = {d.day: d for d in data.days}
        assert data.provisional_years == () and data.calendar_known
        assert days[date(2027, 1, 9)].workday and days[date(2027, 1, 9)].makeup == "元旦"
        assert not days[date(2027, 1, 1)].provisional
        # the law's other days are gone: 2027-02-09 was a provisional 补假
        february = month_plan(s, resolve_actor(s, "M001"), manager="M001", month="2027-02")
        assert {d.day: d for d in february.days}[date(2027, 2, 9)].workday
        s.rollback()
