"""The Plans screen: generate the month's plan, move an item (drop and "Move to…"), add a
visit, submit; the lead approves the version shown; an edit after approval returns the plan
to draft; Print writes the PDF and opens it."""

from __future__ import annotations

import subprocess
from datetime import date

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDesktopServices

from tests.ui.conftest import TODAY
from vipcrm.domain.values import PlanStatus, Role, Tier
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.members import NewMember, add_member
from vipcrm.store.models import Manager
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.plans.dialogs import NewItem
from vipcrm.ui.screens.plans.month_model import ITEM_MIME
from vipcrm.ui.screens.plans.screen import ITEM_ROLE

DEC_1 = date(2026, 12, 1)


def plans_of(gui):
    screen = gui.window.show_section(Section.PLANS)
    screen.confirm = lambda *args: True
    return screen


def december_plan(gui):
    plans = plans_of(gui)
    plans.shift(1)
    assert plans.plan is None and plans.generate_button.text() == "&Generate plan"
    plans.generate_button.click()
    assert plans.plan is not None and plans.plan.status is PlanStatus.DRAFT
    return plans


def select_item(plans, item_id):
    """Select the day of a plan item in the calendar and the item in the day list."""
    item = next(i for i in plans.plan.items if i.id == item_id)
    plans.grid.setCurrentIndex(plans.model.index_of(item.on))
    for row in range(plans.day_items.count()):
        if plans.day_items.item(row).data(ITEM_ROLE) == str(item_id):
            plans.day_items.setCurrentRow(row)
            return item
    raise AssertionError("item not listed on its day")


def drop(plans, item_id, day):
    data = QMimeData()
    data.setData(ITEM_MIME, str(item_id).encode())
    index = plans.model.index_of(day)
    assert plans.model.flags(index) & Qt.ItemFlag.ItemIsDropEnabled
    assert plans.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, index)


def day_of(plans, item_id):
    return next(i.on for i in plans.plan.items if i.id == item_id)


def test_generate_move_submit_and_the_lead_approves(make_gui, job_errors, message_boxes):
    manager = make_gui("M001")
    plans = december_plan(manager)
    assert job_errors == [] and plans.plan.total > 0
    assert plans.status_pill.text() == "Draft"
    assert plans.generate_button.text() == "&Generate again…"
    # the calendar shows the saved plan's items per day
    first = plans.plan.items[0]
    cell = plans.model.data(plans.model.index_of(first.on), Qt.ItemDataRole.DisplayRole)
    assert cell.startswith(str(first.on.day)) and len(cell.splitlines()) > 1

    drop(plans, first.id, date(2026, 12, 16))  # dragged onto the 16th
    assert day_of(plans, first.id) == date(2026, 12, 16)
    second = plans.plan.items[-1]
    select_item(plans, second.id)
    plans.ask_day = lambda item: date(2026, 12, 2)
    assert plans.move_button.isEnabled()
    plans.move_button.click()
    assert day_of(plans, second.id) == date(2026, 12, 2)
    assert not plans.model.flags(plans.model.index_of(date(2027, 1, 2))) & (
        Qt.ItemFlag.ItemIsDropEnabled
    )

    plans.grid.setCurrentIndex(plans.model.index_of(date(2026, 12, 9)))
    plans.ask_new_item = lambda day, book: NewItem(day, "visit", book[0].id, "送新卡")
    plans.add_button.click()
    visits = [i for i in plans.plan.items if i.kind == "visit"]
    assert [(v.on, v.note) for v in visits] == [(date(2026, 12, 9), "送新卡")]
    assert "1 visit" in plans.model.data(
        plans.model.index_of(date(2026, 12, 9)), Qt.ItemDataRole.DisplayRole
    )

    plans.submit_button.click()
    assert plans.plan.status is PlanStatus.SUBMITTED
    assert plans.status_pill.text() == "Submitted"
    assert not plans.submit_button.isEnabled()
    assert job_errors == [] and message_boxes == []

    lead = make_gui("L001")
    queue = plans_of(lead)
    assert queue.approvals.isVisible()
    rows = queue.approvals.model.rows
    assert [(r.manager_code, r.period, r.version) for r in rows] == [
        ("M001", "2026-12", plans.plan.version)
    ]
    queue.approvals.open_button.click()  # shows M001's December plan in the calendar
    assert queue.plan is not None and queue.plan.id == plans.plan.id
    assert queue.generate_button.isHidden() and queue.add_button.isHidden()
    prompts = []
    queue.ask_comment = lambda parent, title, prompt: prompts.append(prompt) or "同意"
    queue.approvals.approve_button.click()
    assert job_errors == [] and message_boxes == []
    assert "version" in prompts[0]
    assert queue.approvals.model.rows == []
    assert queue.plan.status is PlanStatus.APPROVED
    assert queue.plan.decided_by_code == "L001" and queue.plan.decision_comment == "同意"

    plans.refresh()
    assert plans.status_pill.text() == "Approved" and "同意" in plans.status_text.text()


def test_approval_binds_to_the_version_shown_and_edits_need_it_again(
    make_gui, job_errors, message_boxes
):
    manager = make_gui("M001")
    plans = december_plan(manager)
    plans.submit_button.click()
    lead = make_gui("L001")
    queue = plans_of(lead)
    assert len(queue.approvals.model.rows) == 1
    item = plans.plan.items[0]
    drop(plans, item.id, date(2026, 12, 30))  # changed while the lead looks at version N
    assert plans.plan.status is PlanStatus.DRAFT
    plans.submit_button.click()
    assert plans.plan.version == 2  # changed after submitting version 1
    queue.ask_comment = lambda *args: "同意"
    queue.approvals.approve_button.click()  # the row still shows the old version
    assert [kind for kind, _text in message_boxes] == ["warning"]
    assert "changed since" in message_boxes[0][1]
    assert queue.approvals.model.rows[0].version == plans.plan.version == 2  # reloaded
    queue.ask_comment = lambda *args: ""
    queue.approvals.approve_button.click()  # approving says why, as for a gift
    assert [kind for kind, _text in message_boxes] == ["warning", "warning"]
    assert "say why the plan is approved" in message_boxes[1][1]
    queue.ask_comment = lambda *args: "同意"
    queue.approvals.approve_button.click()
    plans.refresh()
    assert plans.plan.status is PlanStatus.APPROVED
    assert plans.plan.version == 2 and "version 2" in plans.status_text.text()  # as seen

    select_item(plans, plans.plan.items[0].id)
    plans.done_button.click()  # ticking done is not a change of plan
    assert plans.plan.status is PlanStatus.APPROVED and plans.plan.done == 1
    visit_day = date(2026, 12, 11)
    plans.grid.setCurrentIndex(plans.model.index_of(visit_day))
    plans.ask_new_item = lambda day, book: NewItem(day, "meeting", None, "团队例会")
    plans.add_button.click()
    assert plans.plan.status is PlanStatus.DRAFT
    assert plans.status_pill.text() == "Draft"
    assert "again" in plans.status_text.text()
    assert plans.submit_button.isEnabled()
    meeting = next(i for i in plans.plan.items if i.kind == "meeting")
    select_item(plans, meeting.id)
    assert plans.remove_button.isEnabled()
    plans.remove_button.click()
    assert all(i.kind != "meeting" for i in plans.plan.items)
    assert job_errors == []


def test_print_writes_the_pdf_and_opens_it(make_gui, job_errors, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    manager = make_gui("M001")
    plans = plans_of(manager)
    plans.export_dir = tmp_path / "pdf"
    plans.shift(1)
    messages = []
    plans.message.connect(messages.append)
    plans.print_button.click()
    assert job_errors == []
    out = tmp_path / "pdf" / "plan-2026-12-M001.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert [u.toLocalFile() for u in opened] == [str(out)]
    assert plans.print_button.isEnabled()
    assert str(out) in messages[-1]


def test_a_manager_sees_no_approvals(make_gui):
    plans = plans_of(make_gui("M001"))
    assert plans.approvals.isHidden()
    assert plans.manager_combo.isHidden()
    assert plans.add_button.isHidden()  # nothing to add to before a plan is saved


def test_the_week_view_plans_a_week_like_a_month(make_gui, job_errors, message_boxes):
    manager = make_gui("M001")
    plans = plans_of(manager)
    plans.shift(1)  # December; the 2nd selected, then Week shows the week holding it
    plans.grid.setCurrentIndex(plans.model.index_of(date(2026, 12, 2)))
    plans.week_mode_button.click()
    assert plans.week_mode_button.isChecked() and not plans.month_mode_button.isChecked()
    assert plans.period == "2026-W49"
    assert plans.title.text() == "Service plan, week 49 of 2026 (11/30/2026 – 12/6/2026)"
    assert plans.previous_button.text() == "◀ &Previous week"
    assert (plans.model.rowCount(), plans.model.columnCount()) == (1, 7)
    assert plans.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Mon\n11/30/2026"  # two lines: seven columns fit
    )
    assert plans.selected_day == date(2026, 12, 2)
    # the week shows the month's placement: November's two open first contacts, carried
    # over onto Tuesday 1 December (the first working day of December's plan)
    shown = [r for d in sorted(plans.model.view.rows) for r in plans.model.view.rows[d]]
    assert [(r.on, r.kind, r.carried) for r in shown] == [(DEC_1, "first_contact", True)] * 2
    assert plans.plan is None and "this week" in plans.status_text.text()
    assert not plans.submit_button.isEnabled() and plans.submit_button.toolTip()
    assert "week's plan" in plans.print_button.toolTip()

    plans.generate_button.click()
    assert job_errors == [] and message_boxes == []
    week = plans.plan
    assert week is not None and week.kind.value == "week" and week.period == "2026-W49"
    assert [(i.on, i.member_name) for i in week.items] == [(r.on, r.member_name) for r in shown]
    first = week.items[0]
    # a week column lists its items, not only counts
    cell = plans.model.data(plans.model.index_of(first.on), Qt.ItemDataRole.DisplayRole)
    assert first.member_name in cell
    # days outside the week take no drop (the week is one row: 11-30 to 12-06 only), nor
    # days off (Saturday 5 December)
    assert plans.model.index_of(date(2026, 12, 7)).isValid() is False
    saturday = plans.model.index_of(date(2026, 12, 5))
    assert not plans.model.flags(saturday) & Qt.ItemFlag.ItemIsDropEnabled
    drop(plans, first.id, date(2026, 12, 4))
    assert day_of(plans, first.id) == date(2026, 12, 4)
    plans.grid.setCurrentIndex(plans.model.index_of(date(2026, 12, 3)))
    plans.ask_new_item = lambda day, book: NewItem(day, "visit", None, "拜访周会")
    plans.add_button.click()
    assert [(i.on, i.note) for i in plans.plan.items if i.own] == [(date(2026, 12, 3), "拜访周会")]
    cell = plans.model.data(plans.model.index_of(date(2026, 12, 3)), Qt.ItemDataRole.DisplayRole)
    assert "Visit: 拜访周会" in cell
    plans.submit_button.click()
    assert plans.plan.status is PlanStatus.SUBMITTED
    assert "Already submitted" in plans.submit_button.toolTip()

    plans.shift(1)
    assert plans.period == "2026-W50" and plans.plan is None
    plans.this_button.click()  # the week of "today", Sunday 22 November
    assert plans.period == "2026-W47"
    plans.shift(3)
    plans.month_mode_button.click()  # back to the month holding the selected day
    assert plans.period == "2026-12" and plans.model.rowCount() == 6
    assert plans.plan is None or plans.plan.kind.value == "month"

    lead = make_gui("L001")
    queue = plans_of(lead)
    rows = queue.approvals.model.rows
    assert [(r.period, r.kind.value) for r in rows] == [("2026-W49", "week")]
    period = queue.approvals.model.data(queue.approvals.model.index(0, 1))
    assert period == "2026-W49 (weekly plan)"
    queue.approvals.open_button.click()  # the week view, on the submitted week
    assert queue.week_mode_button.isChecked() and queue.period == "2026-W49"
    assert queue.plan is not None and queue.plan.id == week.id
    assert job_errors == []


def test_the_week_view_marks_holidays_and_spans_two_months(make_gui, job_errors):
    plans = plans_of(make_gui("M001"))
    plans.week_mode_button.click()
    assert plans.period == "2026-W47"  # the week of "today", 22 November
    plans.shift(-7)
    assert plans.period == "2026-W40"  # 28 September - 4 October: National Day
    view = plans.model.view
    assert plans.model.first == date(2026, 9, 28) and plans.model.last == date(2026, 10, 4)
    national_day = plans.model.data(
        plans.model.index_of(date(2026, 10, 1)), Qt.ItemDataRole.DisplayRole
    )
    assert "(off)" in national_day.splitlines()[0]
    assert date(2026, 10, 1) in view.holidays and date(2026, 9, 28) not in view.holidays
    background = plans.model.data(
        plans.model.index_of(date(2026, 10, 1)), Qt.ItemDataRole.BackgroundRole
    )
    assert background is not None
    assert (
        plans.model.data(plans.model.index_of(date(2026, 9, 29)), Qt.ItemDataRole.BackgroundRole)
        is None
    )  # a plain working day
    plans.shift(1)  # 5-11 October: the make-up working day on Saturday the 10th
    makeup = plans.model.data(plans.model.index_of(date(2026, 10, 10)), Qt.ItemDataRole.DisplayRole)
    assert "make-up day" in makeup.splitlines()[0]
    assert job_errors == []


def test_week_print_writes_the_week_pdf(make_gui, job_errors, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    plans = plans_of(make_gui("M001"))
    plans.export_dir = tmp_path / "pdf"
    plans.week_mode_button.click()
    plans.shift(2)
    plans.generate_button.click()
    plans.print_button.click()
    assert job_errors == []
    out = tmp_path / "pdf" / "plan-2026-W49-M001.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Weekly service plan" in text and "Week 49 of 2026" in text
    assert f"Plan status: Draft (version {plans.plan.version})" in text


def test_the_week_and_the_month_show_one_plan_across_the_new_year(make_gui, job_errors):
    """Issue 20, point 8 (fixed by the shared placement, services/plan_contents.plan_days):
    28 Dec - 3 Jan in the week view is the saved December plan on its days, as the month
    view shows it, moved items and own visits included; January's days are its proposal."""
    plans = december_plan(make_gui("M001"))
    moved = plans.plan.items[0]
    drop(plans, moved.id, date(2026, 12, 30))
    plans.grid.setCurrentIndex(plans.model.index_of(date(2026, 12, 29)))
    plans.ask_new_item = lambda day, book: NewItem(day, "visit", book[0].id, "年末拜访")
    plans.add_button.click()

    def shown(view, days):
        return {d: [(r.kind, r.member_name, r.note) for r in view.rows.get(d, ())] for d in days}

    december = [date(2026, 12, d) for d in range(28, 32)]
    month = shown(plans.model.view, december)
    assert ("visit", month[date(2026, 12, 29)][-1][1], "年末拜访") in month[date(2026, 12, 29)]
    assert any(name == moved.member_name for _k, name, _n in month[date(2026, 12, 30)])
    plans.shift(1)  # January's month view: its proposal (no plan saved)
    january = [date(2027, 1, d) for d in range(1, 4)]
    january_month = shown(plans.model.view, january)

    plans.grid.setCurrentIndex(plans.model.index_of(date(2027, 1, 1)))
    plans.week_mode_button.click()
    assert plans.period == "2026-W53" and plans.plan is None  # no week plan of its own
    week = plans.model.view
    assert shown(week, december) == month  # the saved month plan, item for item
    assert shown(week, january) == january_month
    assert week.month_plans == ("2026-12",)
    assert "saved monthly plan (2026-12)" in plans.status_text.text()
    assert job_errors == []


def test_an_admins_plans_open_on_one_team_and_pick_another_or_all(make_gui, team_db, job_errors):
    """An administrator's plan calendar opens on the first team (what its lead sees, not
    the whole region's month), and the team picker shows another team or every team."""
    with team_db.transaction() as s:
        s.info["no_outbox"] = True
        s.add(Manager(code="A001", name="管理员", role=Role.ADMIN))  # in no team
        s.flush()
        boot = resolve_actor(s, "A001")
        add_manager(s, boot, code="L002", name="周敏", team="T2", role=Role.LEAD)
        add_manager(s, boot, code="M003", name="吴刚", team="T2", role=Role.MANAGER)
        new = NewMember(phone="13700137004", name="郑爽", tier=Tier.DIAMOND, manager="M003")
        add_member(s, boot, new, TODAY)

    def names(view):
        return sorted({r.member_name for rows in view.rows.values() for r in rows})

    lead = plans_of(make_gui("L001"))
    t1 = names(lead.month_view)
    plans = plans_of(make_gui("A001"))
    assert plans.team_caption.isVisible() and plans.team_combo.isVisible()
    assert plans.team_caption.buddy() is plans.team_combo
    labels = [plans.team_combo.itemText(i) for i in range(plans.team_combo.count())]
    assert labels[0] == "All teams (the whole region)" and len(labels) == 3
    assert plans.viewed_team() == "T1" and plans.viewed_manager() is None
    assert t1 and names(plans.month_view) == t1  # T1's books only: not 郑爽 of T2
    plans.team_combo.setCurrentIndex(plans.team_combo.findData("T2"))
    assert plans.viewed_team() == "T2" and names(plans.month_view) == ["郑爽"]
    plans.team_combo.setCurrentIndex(0)  # every team
    assert plans.viewed_team() is None
    assert names(plans.month_view) == sorted({*t1, "郑爽"})
    assert job_errors == []


def test_a_long_day_is_listed_a_chunk_at_a_time_and_a_new_day_stops_it(make_gui, qtbot):
    """A lead's or an administrator's day holds thousands of items: the day's list fills a
    chunk per turn of the event loop (the window answers between them); showing another
    day meanwhile leaves the first day's remaining items out of its list."""
    gui = make_gui("L001")
    plans = plans_of(gui)
    plans.day_chunk = 1  # as 300 of thousands
    busy = next(d for d in sorted(plans.model.view.days) if len(plans.model.items_on(d)) == 4)
    plans.grid.setCurrentIndex(plans.model.index_of(busy))
    assert plans.day_items.count() == 1  # the first chunk at once
    qtbot.waitUntil(lambda: plans.day_items.count() == 4)
    plans.refresh()  # reloaded: the same day, listed again
    assert plans.selected_day == busy and plans.day_items.count() == 1
    empty = next(d for d in sorted(plans.model.view.days) if not plans.model.items_on(d))
    plans.grid.setCurrentIndex(plans.model.index_of(empty))
    qtbot.wait(50)
    assert plans.day_items.count() == 0


def test_a_long_days_list_is_laid_out_a_batch_at_a_time_to_its_last_item(make_gui, qtbot):
    """The day list measures its wrapped lines a batch per turn of the event loop: every
    item is still listed, in order, and the last one can be scrolled to and read."""
    gui = make_gui("L001")
    plans = plans_of(gui)
    plans.day_items.setBatchSize(1)  # as 200 of thousands
    busy = max(sorted(plans.model.view.days), key=lambda d: len(plans.model.items_on(d)))
    plans.grid.setCurrentIndex(plans.model.index_of(busy))
    items = plans.model.items_on(busy)
    assert len(items) >= 3
    qtbot.waitUntil(lambda: plans.day_items.count() == len(items))
    texts = [plans.day_items.item(r).text() for r in range(plans.day_items.count())]
    assert texts == [plans._row_text(i) for i in items]
    last = plans.day_items.item(len(items) - 1)
    plans.day_items.scrollToItem(last)

    def shown() -> bool:
        rect = plans.day_items.visualItemRect(last)
        return rect.height() > 0 and plans.day_items.viewport().rect().intersects(rect)

    qtbot.waitUntil(shown)


def test_the_calendar_counts_its_days_on_the_runner_as_a_paint_would(make_gui):
    """Each day's counts (calls, SMS, done) are worked out with the read, off the UI
    thread; the cells say what counting them at the paint said."""
    from vipcrm.ui.screens.plans.month_model import MonthModel, arrange

    gui = make_gui("L001")
    plans = plans_of(gui)
    view, plan = plans.model.view, plans.plan
    arranged = arrange(view, plan)
    assert sum(sum(every.values()) for _, every in arranged.kinds.values()) == sum(
        len(plans.model.items_on(d)) for d in view.days
    )
    counted_in_paint = MonthModel()
    counted_in_paint.set_view(view, plan)
    for row in range(plans.model.rowCount()):
        for column in range(7):
            index = plans.model.index(row, column)
            assert index.data() == counted_in_paint.index(row, column).data()
