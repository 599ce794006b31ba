"""The screens' models without views; the work log, the plan calendar, SMS and the digest."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt

from tests.ui.conftest import TODAY
from vipcrm.domain.due import DueItem, DueKind, Reason
from vipcrm.domain.plan_layout import DailyCapacity, month_period
from vipcrm.domain.values import Channel, Outcome, Tier
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.services.plan_contents import DayInfo, PlanRow
from vipcrm.store.timeline import EventKind, TimelineEvent
from vipcrm.ui.backends.plans import MonthView
from vipcrm.ui.backends.today import DigestCounts
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.members.timeline_model import TCol, TimelineModel
from vipcrm.ui.screens.plans import MonthModel
from vipcrm.ui.screens.today.model import ITEM_ROLE, Col, Part, TodayModel
from vipcrm.ui.sms import SmsPurpose, check_template, default_template, fill_sms, template_for
from vipcrm.ui.tray import MorningDigest, digest_is_due, parse_digest_time

DISPLAY = Qt.ItemDataRole.DisplayRole


def due(name: str, on: date, kind=DueKind.ROUTINE_CALL, tier=Tier.GOLD, overdue=0) -> DueItem:
    why = Reason.of(kind, start=on)
    return DueItem(str(uuid.uuid4()), name, "13800138000", tier, "M001", kind, on, on, overdue, why)


def test_today_model_sections_counts_and_removal(qapp):
    model = TodayModel()
    items = [
        due("甲", date(2026, 11, 20), overdue=2),
        due("乙", TODAY),
        due("丙", date(2026, 11, 25), tier=Tier.DIAMOND),
        due("丁", date(2026, 12, 10)),  # beyond the 7 days: not shown
    ]
    model.set_items(items, TODAY)
    assert model.rowCount() == 3
    assert [model.count(p) for p in Part] == [1, 1, 1]
    overdue = model.index(Part.OVERDUE, 0)
    assert model.data(overdue, DISPLAY) == "Overdue · 1"
    row = model.index(0, Col.DUE, overdue)
    assert model.data(row, DISPLAY) == "2 days overdue"
    assert model.data(model.index(0, Col.DUE, model.index(Part.TODAY, 0)), DISPLAY) == "today"
    soon = model.index(0, Col.TIER, model.index(Part.SOON, 0))
    assert model.data(soon, DISPLAY) == "Diamond"
    assert model.data(soon, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.parent(row) == overdue
    assert model.data(model.index(0, 0, overdue), ITEM_ROLE).member_name == "甲"
    assert model.remove(items[0]) and model.count(Part.OVERDUE) == 0
    assert not model.remove(items[0])
    assert model.data(overdue, DISPLAY) == "Overdue · 0"


def test_timeline_model_texts(qapp):
    at = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)  # 23:30 in Beijing
    model = TimelineModel()
    model.set_events(
        [
            TimelineEvent(at, EventKind.CONTACT, "赵磊", Channel.SMS, Outcome.REACHED, True),
            TimelineEvent(at, EventKind.NOTE, text="备注"),
        ]
    )
    assert model.rowCount() == 2
    assert model.data(model.index(0, TCol.WHEN), DISPLAY) == "11/20/2026 23:30"  # en_US
    assert model.data(model.index(0, TCol.WHAT), DISPLAY) == "SMS: Reached (group SMS)"
    assert model.data(model.index(0, TCol.BY), DISPLAY) == "赵磊"
    assert model.data(model.index(1, TCol.WHAT), DISPLAY) == "Note"


def row(name: str, on: date, kind: str = "routine_call") -> PlanRow:
    why = Reason.of(DueKind(kind), month=on.replace(day=1))
    return PlanRow(on, kind, str(uuid.uuid4()), name, "13800138000", Tier.GOLD, why)


def test_month_model_marks_holidays_capacity_and_counts(qapp):
    october = month_period(2026, 10)
    capacity = DailyCapacity(calls=1, sms=30)
    days = {
        d: DayInfo(d, d.weekday() < 5, None, None, 0, capacity=capacity) for d in october.dates()
    }
    days[date(2026, 10, 1)] = DayInfo(date(2026, 10, 1), False, "国庆节", None, 0)
    days[date(2026, 10, 10)] = DayInfo(date(2026, 10, 10), True, None, "国庆节", 0)
    view = MonthView(
        period=october,
        today=date(2026, 10, 8),
        days=days,
        rows={
            date(2026, 10, 9): (row("甲", date(2026, 10, 9)), row("乙", date(2026, 10, 9))),
            date(2026, 10, 12): (row("丙", date(2026, 10, 12)),),
        },
        month_plans=(),
        provisional_years=(),
    )
    model = MonthModel()
    model.set_view(view)
    assert (model.rowCount(), model.columnCount()) == (6, 7)
    assert model.day_at(0, 0) == date(2026, 9, 28)  # the Monday before 1 October
    assert model.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Mon"
    oct1 = model.index(0, 3)
    assert model.data(oct1, DISPLAY).startswith("1  国庆节 (off)")
    assert "make-up day" in model.data(model.index(1, 5), DISPLAY)  # Saturday 10 October
    # two calls where the capacity is one: said, in red, with the numbers in the tooltip
    assert model.data(model.index(1, 4), DISPLAY) == "9\n2 calls\n⚠ over capacity"
    assert model.data(model.index(1, 4), Qt.ItemDataRole.ForegroundRole) is not None
    assert "2 of 1 calls" in model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(2, 0), DISPLAY) == "12\n1 call"  # within capacity


def test_month_model_marks_a_provisional_holiday(qapp):
    january = month_period(2027, 1)
    days = {d: DayInfo(d, d.weekday() < 5, None, None, 0, True) for d in january.dates()}
    days[date(2027, 1, 1)] = DayInfo(date(2027, 1, 1), False, "元旦", None, 0, True)
    view = MonthView(january, date(2026, 12, 5), days, {}, (), ("provisional …",))
    model = MonthModel()
    model.set_view(view)
    new_year = model.index_of(date(2027, 1, 1))
    assert model.data(new_year, DISPLAY).startswith("1  元旦 (off, provisional)")
    assert "no official schedule" in model.data(new_year, Qt.ItemDataRole.ToolTipRole)


def test_plans_screen_shows_the_month_from_the_rules_engine(make_gui, job_errors):
    gui = make_gui("M001")
    plans = gui.window.show_section(Section.PLANS)
    assert job_errors == []
    view = plans.model.view
    assert (view.year, view.month) == (2026, 11)
    assert sum(len(v) for v in view.rows.values()) >= 2  # the two first contacts
    assert plans.title.text() == "Service plan 2026-11"
    plans.shift(1)
    assert (plans.model.view.year, plans.model.view.month) == (2026, 12)
    assert plans.print_button.isVisible()  # printing exists: the action is there


def test_work_log_screen_counts_by_channel_and_outcome(make_gui, team_db):
    with team_db.transaction() as s:
        m1 = resolve_actor(s, "M001")
        for at, channel, outcome in [
            (datetime(2026, 11, 20, 2, 0, tzinfo=UTC), Channel.PHONE, Outcome.NO_ANSWER),
            (datetime(2026, 11, 21, 2, 0, tzinfo=UTC), Channel.SMS, Outcome.REACHED),
        ]:
            log_contact(s, m1, member_ref="13900139001", channel=channel, outcome=outcome, at=at)
    gui = make_gui("M001")
    log = gui.window.show_section(Section.WORKLOG)
    log.mode.setCurrentIndex(log.mode.findData("week"))
    # the fixture's call on the 20th (23:30 local) and the two above
    assert log.total_pill.text() == "3 contacts"
    assert "Phone call 2" in log.channel_counts.text() and "SMS 1" in log.channel_counts.text()
    assert "No answer 1" in log.outcome_counts.text()
    log.channel_combo.setCurrentIndex(log.channel_combo.findData("sms"))
    assert log.model.rowCount() == 1
    log.mode.setCurrentIndex(log.mode.findData("day"))
    assert log.model.rowCount() == 0  # Sunday the 22nd: nothing logged
    assert not log.empty.isHidden()


def test_sms_templates(settings):
    assert template_for(settings, SmsPurpose.BIRTHDAY) == default_template(SmsPurpose.BIRTHDAY)
    assert fill_sms(
        "{member}，我是{manager}（{phone}）", member="张伟", manager="赵磊", phone="1"
    ) == ("张伟，我是赵磊（1）")
    assert fill_sms("{member} {oops}", member="张伟", manager="", phone="") == "张伟 {oops}"
    assert check_template("{member} {phone}") is None
    assert "{oops}" in check_template("{member} {oops}")
    assert check_template("{member") is not None


def test_digest_is_due_after_its_time_once_a_day(settings):
    morning = datetime(2026, 11, 23, 8, 0)
    assert parse_digest_time("garbage") == time(8, 30)
    assert not digest_is_due(settings, morning)
    assert digest_is_due(settings, morning.replace(hour=9))
    settings.digest_last_day = "2026-11-23"
    assert not digest_is_due(settings, morning.replace(hour=9))
    settings.digest_enabled = False
    assert not digest_is_due(settings, datetime(2026, 11, 24, 9, 0))


def test_digest_counts_through_the_runner_and_clicking_opens_today(make_gui, settings, qtbot):
    gui = make_gui("M001")
    gui.window.show_section(Section.CARDS)
    digest = MorningDigest(
        settings,
        gui.ops,
        lambda: DigestCounts(date(2026, 11, 23), True, 1, 2, 3),
        clock=lambda: datetime(2026, 11, 23, 9, 0),
    )
    digest.show_today.connect(gui.show_today)
    digest.check()
    title, text = digest.last_message
    assert text.startswith("1 overdue, 2 due today, 3 in the next 7 days")
    assert settings.digest_last_day == "2026-11-23"
    digest.last_message = None
    digest.check()  # already shown today
    assert digest.last_message is None
    digest.tray.messageClicked.emit()
    assert gui.window.current_section() is Section.TODAY


def test_one_scheduler_owns_every_timed_job(make_gui, settings):
    gui = make_gui("M001")
    settings.digest_last_day = date.today().isoformat()
    gui.start_schedules()
    assert set(gui.schedule.jobs()) == {"sync", "digest", "backup", "wake"}
    settings.digest_time = "07:15"
    settings.backup_time = "13:05"
    gui.add_jobs()
    jobs = gui.schedule.jobs()
    assert "hour='7'" in str(jobs["digest"].trigger) and "minute='15'" in str(
        jobs["digest"].trigger
    )
    assert "hour='13'" in str(jobs["backup"].trigger) and "minute='5'" in str(
        jobs["backup"].trigger
    )
    assert all(str(job.trigger.timezone) == "Asia/Shanghai" for job in jobs.values())
    gui.schedule.stop()
    assert gui.schedule.jobs() == {}
